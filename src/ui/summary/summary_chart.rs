//! The small weekly chart: stacked bars by kind, a feeling line, and the same in words.
use web_sys::{Document, Element};

use super::sheet_dom::add;
use crate::domain::language::say::summary as say;
use crate::domain::sessions::chart::WeeklyChart;
use crate::domain::EntryKind;

const SVG: &str = "http://www.w3.org/2000/svg";
// Whole numbers only: drawing never formats a float.
const WIDTH: i32 = 640;
const HEIGHT: i32 = 192;
/// Room under the bars for week labels.
const AXIS: i32 = 36;

/// Each kind's fill: a shade plus a pattern, so kinds differ in print without colour.
const PATTERNS: [&str; 5] = ["concern", "win", "reflection", "check-in", "feedback"];

fn px(value: f32) -> String {
    (value.round() as i32).to_string()
}

fn svg(doc: &Document, parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let el = doc.create_element_ns(Some(SVG), tag).expect("an SVG tag");
    for (name, value) in attrs {
        let _ = el.set_attribute(name, value);
    }
    let _ = parent.append_child(&el);
    el
}

/// One pattern per kind: a solid shade, hatching, dots, or lines across or down.
fn patterns(doc: &Document, chart: &Element) {
    let defs = svg(doc, chart, "defs", &[]);
    for slug in PATTERNS {
        let id = format!("fill-{slug}");
        let p = svg(
            doc,
            &defs,
            "pattern",
            &[
                ("id", &id),
                ("width", "6"),
                ("height", "6"),
                ("patternUnits", "userSpaceOnUse"),
            ],
        );
        let inked = format!("pat-ink pat-{slug}");
        match slug {
            "concern" => {
                svg(
                    doc,
                    &p,
                    "rect",
                    &[("width", "6"), ("height", "6"), ("class", "pat-concern")],
                );
            }
            _ => {
                svg(
                    doc,
                    &p,
                    "rect",
                    &[("width", "6"), ("height", "6"), ("class", "pat-light")],
                );
                let (tag, attrs): (&str, &[(&str, &str)]) = match slug {
                    "win" => ("path", &[("d", "M0 6L6 0M-1 1L1 -1M5 7L7 5")]),
                    "reflection" => ("circle", &[("cx", "3"), ("cy", "3"), ("r", "1.4")]),
                    "check-in" => ("path", &[("d", "M0 3H6")]),
                    _ => ("path", &[("d", "M3 0V6")]),
                };
                let mark = svg(doc, &p, tag, attrs);
                let _ = mark.set_attribute("class", &inked);
            }
        }
    }
}

/// Entries per week by kind as an SVG `role="img"` named by its title and its words.
pub fn draw_chart(doc: &Document, parent: &Element, chart: &WeeklyChart) {
    let figure = add(doc, parent, "figure", "sheet-chart", "");
    let view_box = format!("0 0 {WIDTH} {}", HEIGHT + AXIS);
    let root = svg(
        doc,
        &figure,
        "svg",
        &[
            ("class", "chart"),
            ("role", "img"),
            ("aria-labelledby", "chart-title chart-words"),
            ("viewBox", &view_box),
        ],
    );
    let heading = svg(doc, &root, "title", &[("id", "chart-title")]);
    heading.set_text_content(Some(say::chart_title()));
    patterns(doc, &root);
    let (w, h) = (WIDTH as f32, HEIGHT as f32);
    svg(
        doc,
        &root,
        "line",
        &[
            ("x1", "0"),
            ("y1", &HEIGHT.to_string()),
            ("x2", &WIDTH.to_string()),
            ("y2", &HEIGHT.to_string()),
            ("class", "axis"),
        ],
    );
    for bar in chart.bars(w, h) {
        let slug = bar.kind.slug();
        svg(
            doc,
            &root,
            "rect",
            &[
                ("x", &px(bar.x)),
                ("y", &px(bar.y)),
                ("width", &px(bar.w)),
                ("height", &px(bar.h)),
                ("fill", &format!("url(#fill-{slug})")),
                ("class", "bar"),
            ],
        );
    }
    let points = chart.feeling_points(w, h);
    if !points.is_empty() {
        let line: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", px(*x), px(*y)))
            .collect();
        svg(
            doc,
            &root,
            "polyline",
            &[
                ("points", &line.join(" ")),
                ("fill", "none"),
                ("class", "feeling-line"),
                ("stroke-dasharray", "8 6"),
            ],
        );
        for (x, y) in &points {
            svg(
                doc,
                &root,
                "circle",
                &[
                    ("cx", &px(*x)),
                    ("cy", &px(*y)),
                    ("r", "6"),
                    ("class", "feeling-dot"),
                ],
            );
        }
    }
    let label_y = (HEIGHT + 26).to_string();
    for label in chart.axis_labels(w) {
        let text = svg(
            doc,
            &root,
            "text",
            &[
                ("x", &px(label.x)),
                ("y", &label_y),
                ("text-anchor", "middle"),
                ("class", "axis-label"),
            ],
        );
        text.set_text_content(Some(&label.text));
    }
    let caption = add(doc, &figure, "figcaption", "", "");
    let key = add(doc, &caption, "ul", "chart-key", "");
    let _ = key.set_attribute("role", "list");
    for kind in EntryKind::SUMMARY_ORDER {
        let shown = chart
            .weeks
            .iter()
            .any(|w| w.counts.iter().any(|(k, n)| *k == kind && *n > 0));
        if !shown {
            continue;
        }
        let li = add(doc, &key, "li", "", "");
        let swatch = svg(
            doc,
            &li,
            "svg",
            &[
                ("class", "key-swatch"),
                ("viewBox", "0 0 14 14"),
                ("width", "14"),
                ("height", "14"),
                ("aria-hidden", "true"),
            ],
        );
        svg(
            doc,
            &swatch,
            "rect",
            &[
                ("width", "14"),
                ("height", "14"),
                ("fill", &format!("url(#fill-{})", kind.slug())),
                ("class", "bar"),
            ],
        );
        let _ = li.append_with_str_1(&format!(" {}", kind.plural()));
    }
    if chart.has_feeling() {
        let li = add(doc, &key, "li", "", "");
        let line = add(doc, &li, "span", "key-line", "");
        let _ = line.set_attribute("aria-hidden", "true");
        let _ = li.append_with_str_1(&format!(" {}", say::chart_feeling_key()));
    }
    let words = add(doc, &caption, "p", "chart-words", &chart.text_alternative());
    words.set_id("chart-words");
}
