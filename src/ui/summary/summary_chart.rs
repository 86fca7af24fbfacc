//! The small weekly chart: stacked bars by kind, a feeling line, and the same in words.
use leptos::prelude::*;

use crate::domain::chart::WeeklyChart;
use crate::domain::EntryKind;

const WIDTH: f32 = 320.0;
const HEIGHT: f32 = 96.0;
/// Room under the bars for week labels.
const AXIS: f32 = 18.0;

/// Entries per week by kind, told apart by pattern and word as well as shade.
#[component]
pub fn SummaryChart(chart: WeeklyChart) -> impl IntoView {
    let alternative = chart.text_alternative();
    let bars = chart
        .bars(WIDTH, HEIGHT)
        .into_iter()
        .map(|bar| {
            view! {
                <rect x=bar.x y=bar.y width=bar.w height=bar.h
                    fill=format!("url(#fill-{})", bar.kind.slug())
                    class=format!("bar bar--{}", bar.kind.slug())/>
            }
        })
        .collect_view();
    let labels = chart
        .axis_labels(WIDTH)
        .into_iter()
        .map(|l| view! { <text x=l.x y=HEIGHT + 14.0 text-anchor="middle" class="axis-label">{l.text}</text> })
        .collect_view();
    let points = chart.feeling_points(WIDTH, HEIGHT);
    let feeling = (!points.is_empty()).then(|| {
        let line: Vec<String> = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let dots = points
            .iter()
            .map(|(x, y)| view! { <circle cx=*x cy=*y r="3" class="feeling-dot"/> })
            .collect_view();
        view! {
            <polyline points=line.join(" ") fill="none" class="feeling-line" stroke-dasharray="4 3"/>
            {dots}
        }
    });
    let kinds: Vec<EntryKind> = EntryKind::SUMMARY_ORDER
        .into_iter()
        .filter(|k| chart.weeks.iter().any(|w| w.counts.iter().any(|(kk, n)| kk == k && *n > 0)))
        .collect();
    let key = kinds
        .iter()
        .map(|k| {
            view! {
                <li>
                    <svg class="key-swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
                        <rect width="14" height="14" fill=format!("url(#fill-{})", k.slug()) class=format!("bar bar--{}", k.slug())/>
                    </svg>
                    " " {k.plural()}
                </li>
            }
        })
        .collect_view();
    let has_feeling = chart.has_feeling();
    view! {
        <figure class="sheet-chart">
            <svg class="chart" role="img" aria-labelledby="chart-title chart-words"
                viewBox=format!("0 0 {WIDTH} {}", HEIGHT + AXIS) preserveAspectRatio="xMidYMid meet">
                <title id="chart-title">"Entries per week, by kind"</title>
                <defs>
                    <pattern id="fill-concern" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="6" class="pat-bg pat-concern"/>
                    </pattern>
                    <pattern id="fill-win" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="6" class="pat-light"/>
                        <path d="M0 6L6 0M-1 1L1 -1M5 7L7 5" class="pat-ink pat-win"/>
                    </pattern>
                    <pattern id="fill-reflection" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="6" class="pat-light"/>
                        <circle cx="3" cy="3" r="1.4" class="pat-dot pat-reflection"/>
                    </pattern>
                    <pattern id="fill-check-in" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="6" class="pat-light"/>
                        <path d="M0 3H6" class="pat-ink pat-check-in"/>
                    </pattern>
                    <pattern id="fill-feedback" width="6" height="6" patternUnits="userSpaceOnUse">
                        <rect width="6" height="6" class="pat-light"/>
                        <path d="M3 0V6" class="pat-ink pat-feedback"/>
                    </pattern>
                </defs>
                <line x1="0" y1=HEIGHT x2=WIDTH y2=HEIGHT class="axis"/>
                {bars}
                {feeling}
                {labels}
            </svg>
            <figcaption>
                <ul class="chart-key" role="list">
                    {key}
                    {has_feeling.then(|| view! { <li><span class="key-line" aria-hidden="true"></span>" How I felt (lighter is higher)"</li> })}
                </ul>
                <p id="chart-words" class="chart-words">{alternative}</p>
            </figcaption>
        </figure>
    }
}
