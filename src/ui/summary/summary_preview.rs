//! The live preview: the `<article>` that is the printed page, drawn from `build(...)` only.
//!
//! It is drawn with plain DOM calls (every word through `set_text_content`, never markup),
//! which keeps the summary bundle small: one non-generic function instead of a view type
//! per shape of summary.
use leptos::prelude::*;
use web_sys::{Document, Element};

use super::summary_chart::draw_chart;
use super::summary_data::SummaryData;
use crate::domain::sessions::summary::{ItemBody, Summary, SummaryItem, NOT_READY_LINE};
use crate::domain::sessions::summary_text::{title, CARRIED_OVER_NOTE, HOMEWORK_HEADING};

/// Exactly what will be shared, and only that: header, sections, chart and footer line.
#[component]
pub fn SummaryPreview(data: SummaryData) -> impl IntoView {
    let sheet = NodeRef::<leptos::html::Article>::new();
    Effect::new(move |_| {
        let Some(article) = sheet.get() else { return };
        data.summary.with(|summary| draw(&article, summary));
    });
    view! { <article class="summary-sheet" aria-label="Summary preview" node_ref=sheet></article> }
}

/// Appends `<tag class=…>text</tag>` to `parent`; the text is only ever text.
pub(super) fn add(doc: &Document, parent: &Element, tag: &str, class: &str, text: &str) -> Element {
    let el = doc.create_element(tag).expect("a known tag");
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    let _ = parent.append_child(&el);
    el
}

fn draw(article: &Element, summary: &Summary) {
    let Some(doc) = article.owner_document() else {
        return;
    };
    article.set_text_content(None);
    let header = &summary.header;
    let dates = format!("{} to {}", header.from.long(), header.to.long());
    let top = add(&doc, article, "header", "sheet-header", "");
    add(&doc, &top, "p", "sheet-title", &title(summary));
    add(&doc, &top, "p", "sheet-dates", &dates);
    if let Some(next) = header.next_session {
        add(
            &doc,
            &top,
            "p",
            "sheet-next",
            &format!("Next session: {}", next.long()),
        );
    }
    if summary.is_empty() {
        add(
            &doc,
            article,
            "p",
            "sheet-empty",
            "Nothing is included yet. Choose what to share above.",
        );
    }
    for section in &summary.sections {
        let part = add(&doc, article, "section", "sheet-section", "");
        add(&doc, &part, "h3", "", section.heading);
        let list = add(&doc, &part, "ul", "sheet-items", "");
        let _ = list.set_attribute("role", "list");
        for item in &section.items {
            draw_item(&doc, &list, item);
        }
    }
    if !summary.homework.is_empty() {
        let part = add(&doc, article, "section", "sheet-section", "");
        add(&doc, &part, "h3", "", HOMEWORK_HEADING);
        let list = add(&doc, &part, "ul", "sheet-items", "");
        let _ = list.set_attribute("role", "list");
        for homework in &summary.homework {
            let li = add(&doc, &list, "li", "sheet-item sheet-item--homework", "");
            add(&doc, &li, "p", "sheet-topic", &homework.title);
            match &homework.details {
                None => {
                    add(
                        &doc,
                        &li,
                        "p",
                        "sheet-not-ready",
                        &format!("{NOT_READY_LINE}."),
                    );
                }
                Some(lines) => {
                    for line in lines {
                        add(&doc, &li, "p", "sheet-answer", line);
                    }
                }
            }
        }
    }
    if !summary.chart.is_empty() {
        draw_chart(&doc, article, &summary.chart);
    }
    add(
        &doc,
        article,
        "p",
        "sheet-footer",
        &format!("Between · {dates}"),
    );
}

/// One shared entry: its date and marks, then its words or, for topic only, just a title.
fn draw_item(doc: &Document, list: &Element, item: &SummaryItem) {
    let li = add(
        doc,
        list,
        "li",
        &format!("sheet-item sheet-item--{}", item.kind.slug()),
        "",
    );
    let mut meta = item.date.long();
    if item.priority {
        meta.push_str(" · Priority");
    }
    if item.carried_over {
        meta.push_str(" · ");
        meta.push_str(CARRIED_OVER_NOTE);
    }
    add(doc, &li, "p", "sheet-meta", &meta);
    match &item.body {
        ItemBody::TopicOnly { title } => {
            add(doc, &li, "p", "sheet-topic", title);
            add(
                doc,
                &li,
                "p",
                "sheet-not-ready",
                &format!("{NOT_READY_LINE}."),
            );
        }
        ItemBody::Full {
            text,
            prompt,
            tags,
            details,
            ..
        } => {
            if let Some(prompt) = prompt {
                add(doc, &li, "p", "sheet-prompt", &format!("Prompt: {prompt}"));
            }
            for (label, answer) in details {
                let line = add(doc, &li, "p", "sheet-answer", "");
                add(doc, &line, "span", "sheet-label", &format!("{label}: "));
                let _ = line.append_with_str_1(answer);
            }
            if !text.trim().is_empty() {
                add(doc, &li, "p", "sheet-text", text);
            }
            if !tags.is_empty() {
                add(
                    doc,
                    &li,
                    "p",
                    "sheet-tags",
                    &format!("Tags: {}", tags.join(", ")),
                );
            }
        }
    }
}
