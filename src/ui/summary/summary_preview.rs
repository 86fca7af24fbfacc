//! The live preview: the `<article>` that is the printed page, drawn from `build(...)` only.
use leptos::prelude::*;

use super::summary_chart::SummaryChart;
use super::summary_data::SummaryData;
use crate::domain::summary::{ItemBody, SummaryItem, NOT_READY_LINE};
use crate::domain::summary_text::{title, CARRIED_OVER_NOTE};

/// Exactly what will be shared, and only that: header, sections, chart and footer line.
#[component]
pub fn SummaryPreview(data: SummaryData) -> impl IntoView {
    move || {
        let summary = data.summary.get();
        let header = &summary.header;
        let dates = format!("{} to {}", header.from.long(), header.to.long());
        let next = header
            .next_session
            .map(|d| view! { <p class="sheet-next">"Next session: " {d.long()}</p> });
        let body = if summary.is_empty() {
            view! { <p class="sheet-empty">"Nothing is included yet. Choose what to share above."</p> }.into_any()
        } else {
            summary
                .sections
                .iter()
                .map(|section| {
                    let items = section.items.iter().map(item).collect_view();
                    view! {
                        <section class="sheet-section">
                            <h3>{section.heading}</h3>
                            <ul class="sheet-items" role="list">{items}</ul>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        };
        let chart = (!summary.chart.is_empty()).then(|| view! { <SummaryChart chart=summary.chart.clone()/> });
        view! {
            <article class="summary-sheet" aria-label="Summary preview">
                <header class="sheet-header">
                    <p class="sheet-title">{title(&summary)}</p>
                    <p class="sheet-dates">{dates.clone()}</p>
                    {next}
                </header>
                {body}
                {chart}
                <p class="sheet-footer">"Between · " {dates}</p>
            </article>
        }
    }
}

/// One shared entry: its date and marks, then its words or, for topic only, just a title.
fn item(item: &SummaryItem) -> impl IntoView {
    let mut meta = item.date.long();
    if item.priority {
        meta.push_str(" · Priority");
    }
    if item.carried_over {
        meta.push_str(" · ");
        meta.push_str(CARRIED_OVER_NOTE);
    }
    let body = match &item.body {
        ItemBody::TopicOnly { title } => view! {
            <p class="sheet-topic">{title.clone()}</p>
            <p class="sheet-not-ready">{NOT_READY_LINE} "."</p>
        }
        .into_any(),
        ItemBody::Full { text, prompt, tags, details, .. } => {
            let prompt = prompt.clone().map(|p| view! { <p class="sheet-prompt">"Prompt: " {p}</p> });
            let details = details
                .iter()
                .map(|(label, answer)| view! { <p class="sheet-answer"><span class="sheet-label">{*label} ": "</span>{answer.clone()}</p> })
                .collect_view();
            let text = (!text.trim().is_empty()).then(|| view! { <p class="sheet-text">{text.clone()}</p> });
            let tags = (!tags.is_empty()).then(|| view! { <p class="sheet-tags">"Tags: " {tags.join(", ")}</p> });
            view! { {prompt} {details} {text} {tags} }.into_any()
        }
    };
    view! {
        <li class=format!("sheet-item sheet-item--{}", item.kind.slug())>
            <p class="sheet-meta">{meta}</p>
            {body}
        </li>
    }
}
