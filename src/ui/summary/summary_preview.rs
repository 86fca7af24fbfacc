//! The live preview: the `<article>` that is the printed page, drawn from `build(...)` only.
//!
//! It is drawn with plain DOM calls (every word through `set_text_content`, never markup),
//! which keeps the bundle small: one non-generic function instead of a view type per shape
//! of summary. A long summary is drawn in windows as the person scrolls towards its end,
//! and whole when printing starts, so a year in full never blocks the page.
use leptos::prelude::*;
use web_sys::{Document, Element};

use super::sheet_dom::add;
use super::summary_chart::draw_chart;
use super::summary_data::SummaryData;
use crate::domain::language::{self, say::summary as say};
use crate::domain::sessions::summary::{not_ready_line, ItemBody, Summary, SummaryItem};
use crate::domain::sessions::summary_text::title;

/// Shared entries drawn at a time.
const WINDOW: usize = 60;

/// How far the preview is drawn: the next item to draw and the list it goes in.
#[derive(Default)]
struct Drawn {
    section: usize,
    item: usize,
    list: Option<Element>,
    items_left: usize,
    /// The questions, leave-with and homework review, drawn once after the agenda.
    notes: bool,
}

/// Exactly what will be shared, and only that: header, sections, chart and footer line.
#[component]
pub fn SummaryPreview(data: SummaryData) -> impl IntoView {
    let sheet = NodeRef::<leptos::html::Article>::new();
    let drawn = StoredValue::new_local(Drawn::default());
    let left = RwSignal::new(0usize);
    let draw_more = move |count: usize| {
        let Some(article) = sheet.get_untracked() else {
            return;
        };
        data.summary.with_untracked(|summary| {
            drawn.update_value(|d| draw_window(&article, summary, d, count));
        });
        left.set(drawn.with_value(|d| d.items_left));
    };
    Effect::new(move |_| {
        let Some(article) = sheet.get() else { return };
        data.summary.with(|summary| {
            let mut start = Drawn {
                items_left: summary.sections.iter().map(|s| s.items.len()).sum(),
                ..Drawn::default()
            };
            draw_header(&article, summary);
            draw_window(&article, summary, &mut start, WINDOW);
            left.set(start.items_left);
            drawn.set_value(start);
        });
    });
    // Near the end of what is drawn, the next window follows.
    let scrolled = window_event_listener_untyped("scroll", move |_| {
        let Some(article) = sheet.get_untracked() else {
            return;
        };
        let near = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .is_some_and(|h| article.get_bounding_client_rect().bottom() < h * 2.0);
        if near && left.get_untracked() > 0 {
            draw_more(WINDOW);
        }
    });
    // Printing (from the button or the browser's menu) prints every word that is shared.
    let printing = window_event_listener_untyped("beforeprint", move |_| draw_more(usize::MAX));
    on_cleanup(move || {
        scrolled.remove();
        printing.remove();
    });
    view! {
        <article class="summary-sheet" aria-label=say::preview_label() node_ref=sheet></article>
        <button type="button" class="button preview-more"
            hidden=move || left.get() == 0
            on:click=move |_| draw_more(WINDOW)>
            {move || {
                let left = left.get();
                if language::is_one(left) {
                    say::show_more_preview_one().to_string()
                } else {
                    say::show_more_preview(left)
                }
            }}
        </button>
    }
}

/// Clears the sheet and draws its header (and the empty note when nothing is shared).
fn draw_header(article: &Element, summary: &Summary) {
    let Some(doc) = article.owner_document() else {
        return;
    };
    article.set_text_content(None);
    let header = &summary.header;
    let top = add(&doc, article, "header", "sheet-header", "");
    add(&doc, &top, "p", "sheet-title", &title(summary));
    add(&doc, &top, "p", "sheet-dates", &dates(summary));
    if let Some(next) = header.next_session {
        add(
            &doc,
            &top,
            "p",
            "sheet-next",
            &say::next_session(next.long()),
        );
    }
    if summary.is_empty() {
        add(&doc, article, "p", "sheet-empty", say::nothing_included());
    }
    let how = summary.how_ive_been();
    if !how.is_empty() {
        let part = add(&doc, article, "section", "sheet-section", "");
        add(&doc, &part, "h3", "", say::how_ive_been_heading());
        for line in &how {
            add(&doc, &part, "p", "sheet-answer", line);
        }
    }
}

fn dates(summary: &Summary) -> String {
    say::date_range(summary.header.from.long(), summary.header.to.long())
}

/// Draws up to `count` more shared entries where the last window ended; after the last
/// entry, the homework, chart and footer.
fn draw_window(article: &Element, summary: &Summary, drawn: &mut Drawn, mut count: usize) {
    let Some(doc) = article.owner_document() else {
        return;
    };
    if drawn.section > summary.sections.len() {
        return;
    }
    while let Some(section) = summary.sections.get(drawn.section) {
        if count == 0 {
            return;
        }
        if !section.part.is_before_notes() && !drawn.notes {
            drawn.notes = true;
            draw_notes(&doc, article, summary);
        }
        let list = match drawn.list.take() {
            Some(list) => list,
            None => titled_list(&doc, article, section.heading),
        };
        let end = section.items.len().min(drawn.item.saturating_add(count));
        for item in &section.items[drawn.item..end] {
            draw_item(&doc, &list, item);
        }
        count -= end - drawn.item;
        drawn.items_left -= end - drawn.item;
        if end < section.items.len() {
            drawn.item = end;
            drawn.list = Some(list);
        } else {
            drawn.section += 1;
            drawn.item = 0;
        }
    }
    // Past the last section: the rest of the sheet, once.
    drawn.section += 1;
    draw_rest(&doc, article, summary, drawn);
}

fn draw_rest(doc: &Document, article: &Element, summary: &Summary, drawn: &mut Drawn) {
    if !drawn.notes {
        drawn.notes = true;
        draw_notes(doc, article, summary);
    }
    if !summary.chart.is_empty() {
        draw_chart(doc, article, &summary.chart);
    }
    let foot = add(doc, article, "div", "sheet-footer", "");
    let header = &summary.header;
    let dates = say::footer_dates(header.from.long(), header.to.long());
    add(doc, &foot, "p", "", &dates);
    add(doc, &foot, "p", "sheet-together", say::read_together_line());
    add(doc, &foot, "p", "sheet-crisis", say::crisis_line());
}

/// The agenda's questions and leave-with, then the homework review.
fn draw_notes(doc: &Document, article: &Element, summary: &Summary) {
    for (heading, note) in [
        (say::questions_heading(), &summary.questions),
        (say::leave_with_heading(), &summary.leave_with),
    ] {
        if let Some(note) = note {
            let part = add(doc, article, "section", "sheet-section", "");
            add(doc, &part, "h3", "", heading);
            add(doc, &part, "p", "sheet-text", note);
        }
    }
    draw_homework(doc, article, summary);
    if summary.goals.is_empty() {
        return;
    }
    let list = titled_list(doc, article, say::goals_heading());
    for goal in &summary.goals {
        let li = add(doc, &list, "li", "sheet-item sheet-item--goal", "");
        add(doc, &li, "p", "sheet-topic", &goal.title);
        if let Some(agreed) = &goal.agreed {
            add(doc, &li, "p", "sheet-meta", agreed);
        }
        draw_shared_lines(doc, &li, goal.details.as_deref());
    }
}

/// A section of the sheet with its heading and the list its items go in.
fn titled_list(doc: &Document, article: &Element, heading: &str) -> Element {
    let part = add(doc, article, "section", "sheet-section", "");
    add(doc, &part, "h3", "", heading);
    let list = add(doc, &part, "ul", "sheet-items", "");
    let _ = list.set_attribute("role", "list");
    list
}

/// A shared homework's or goal's lines, or for topic only just "not ready to write about
/// this yet". True when the lines were drawn (shared in full).
fn draw_shared_lines(doc: &Document, li: &Element, lines: Option<&[String]>) -> bool {
    match lines {
        None => {
            add(
                doc,
                li,
                "p",
                "sheet-not-ready",
                &format!("{}.", not_ready_line()),
            );
            false
        }
        Some(lines) => {
            for line in lines {
                add(doc, li, "p", "sheet-answer", line);
            }
            true
        }
    }
}

fn draw_homework(doc: &Document, article: &Element, summary: &Summary) {
    if summary.homework.is_empty() {
        return;
    }
    let list = titled_list(doc, article, say::homework_heading());
    for homework in &summary.homework {
        let li = add(doc, &list, "li", "sheet-item sheet-item--homework", "");
        add(doc, &li, "p", "sheet-topic", &homework.title);
        if draw_shared_lines(doc, &li, homework.details.as_deref()) {
            draw_answers(doc, &li, &homework.review);
        }
    }
}

/// Labelled answers ("What worked: …"), the answer only ever as text.
fn draw_answers(doc: &Document, li: &Element, answers: &[(&'static str, String)]) {
    for (label, answer) in answers {
        let line = add(doc, li, "p", "sheet-answer", "");
        add(doc, &line, "span", "sheet-label", &format!("{label}: "));
        let _ = line.append_with_str_1(answer);
    }
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
    let meta = item.meta();
    if !meta.is_empty() {
        add(doc, &li, "p", "sheet-meta", &meta);
    }
    match &item.body {
        ItemBody::OwnTopic { text } => {
            add(doc, &li, "p", "sheet-topic", text);
        }
        ItemBody::TopicOnly { title } => {
            add(doc, &li, "p", "sheet-topic", title);
            add(
                doc,
                &li,
                "p",
                "sheet-not-ready",
                &format!("{}.", not_ready_line()),
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
                add(doc, &li, "p", "sheet-prompt", &say::prompt_line(prompt));
            }
            draw_answers(doc, &li, details);
            if !text.trim().is_empty() {
                add(doc, &li, "p", "sheet-text", text);
            }
            if !tags.is_empty() {
                add(
                    doc,
                    &li,
                    "p",
                    "sheet-tags",
                    &say::tags_line(tags.join(", ")),
                );
            }
        }
    }
}
