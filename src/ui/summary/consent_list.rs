//! Building the summary: its dates, an optional first name, and a choice for every entry.
use leptos::prelude::*;

use super::summary_data::{Line, SummaryData};
use crate::domain::calendar::time::Date;
use crate::domain::sessions::summary::{default_topic_title, entries_in_scope, Consent, Scope};
use crate::domain::{Entry, EntryId, EntryKind};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::summary_preview::add;

/// A short line naming an entry on screen: its first words, or a check-in's first answer.
pub fn excerpt(entry: &Entry) -> String {
    let first = entry.text.lines().map(str::trim).find(|l| !l.is_empty());
    let line = match (first, &entry.details) {
        (Some(line), _) => line.to_string(),
        (None, Some(details)) => details
            .lines()
            .first()
            .map(|(label, answer)| format!("{label}: {answer}"))
            .unwrap_or_default(),
        (None, None) => String::new(),
    };
    match line.char_indices().nth(70) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

/// Dates, first name, and per section and per entry: leave out, topic only or full.
#[component]
pub fn ConsentList(data: SummaryData) -> impl IntoView {
    let date_message = RwSignal::new(None::<String>);
    let sections = Memo::new(move |_| {
        data.state.journal.with(|journal| {
            data.sessions.value.with(|sessions| {
                data.choices.with(|choices| {
                    let in_scope = entries_in_scope(journal, choices, sessions);
                    let mut lines: Vec<Line> = Vec::new();
                    for kind in EntryKind::SUMMARY_ORDER {
                        lines.extend(in_scope.iter().filter(|e| e.kind == kind).map(|e| {
                            let date = e.created_at.local_date();
                            let mut legend = format!("{}, {}", kind.label(), date.long());
                            let words = excerpt(e);
                            if !words.is_empty() {
                                legend.push_str(": ");
                                legend.push_str(&words);
                            }
                            Line {
                                id: e.id.0.clone(),
                                kind,
                                words: legend,
                                note: default_topic_title(kind, date),
                                past: false,
                            }
                        }));
                    }
                    lines
                })
            })
        })
    });
    let set_date = move |typed: String, is_from: bool| {
        let Some(date) = Date::parse(&typed) else {
            return date_message.set(Some("Please choose a whole date.".into()));
        };
        let scope = data.choices.get_untracked().scope;
        let (from, to): (Date, Date) = if is_from {
            (date, scope.to)
        } else {
            (scope.from, date)
        };
        match Scope::new(from, to) {
            Ok(scope) => {
                date_message.set(None);
                data.choose(|c| c.scope = scope);
            }
            Err(problem) => date_message.set(Some(problem.to_string())),
        }
    };
    let list = NodeRef::<leptos::html::Div>::new();
    let radios = StoredValue::new_local(Vec::<Drawn>::new());
    // Drawn again only when the entries in scope change, so choosing never moves focus; a
    // changed choice (here, by a section action, or in another tab) only ticks boxes.
    Effect::new(move |drawn: Option<Vec<Line>>| {
        let lines = sections.get();
        data.choices.track();
        let Some(root) = list.get() else { return lines };
        if drawn.as_ref() != Some(&lines) {
            radios.set_value(draw(&root, &lines));
        }
        sync(data, radios);
        lines
    });
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(id) = input.get_attribute("data-id").map(EntryId) else {
            return;
        };
        if input.type_() == "radio" {
            let consent = Consent::ALL[input.value().parse::<usize>().unwrap_or(0).min(2)];
            data.choose(|c| c.set(&id, consent));
        } else {
            let typed = input.value();
            data.choose(|c| c.set_topic_title(&id, &typed));
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let (Some(kind), Some(level)) = (
            button
                .get_attribute("data-kind")
                .and_then(|k| EntryKind::from_slug(&k)),
            button
                .get_attribute("data-level")
                .and_then(|l| l.parse::<usize>().ok()),
        ) else {
            return;
        };
        let consent = Consent::ALL[level.min(2)];
        data.state.journal.with_untracked(|journal| {
            data.sessions.value.with_untracked(|sessions| {
                data.choose(|c| {
                    let in_scope = entries_in_scope(journal, c, sessions);
                    c.include_section(kind, consent, &in_scope);
                })
            })
        });
        let done = [
            "all left out",
            "all included as topic only",
            "all included in full",
        ][level.min(2)];
        data.state.status.set(format!("{}: {done}.", kind.plural()));
    };
    let since_last = move |_| {
        let scope = data
            .sessions
            .value
            .with_untracked(|s| Scope::since_last_session(s, data.today));
        date_message.set(None);
        data.choose(|c| c.scope = scope);
        data.state
            .status
            .set("The dates now start from your last session.".into());
    };
    view! {
        <section class="card consent-list" aria-labelledby="choose-heading">
            <h2 id="choose-heading">"Choose what to share"</h2>
            <p>"Every entry starts as left out. Topic only shares a title and the date, never your words."</p>
            <div class="summary-dates">
                <div class="field">
                    <label class="field-label" for="summary-from">"From"</label>
                    <input id="summary-from" type="date" aria-describedby="dates-message"
                        prop:value=move || data.choices.with(|c| c.scope.from.to_string())
                        on:change=move |ev| set_date(event_target_value(&ev), true)/>
                </div>
                <div class="field">
                    <label class="field-label" for="summary-to">"To"</label>
                    <input id="summary-to" type="date" aria-describedby="dates-message"
                        prop:value=move || data.choices.with(|c| c.scope.to.to_string())
                        on:change=move |ev| set_date(event_target_value(&ev), false)/>
                </div>
                <button type="button" class="button button--quiet" on:click=since_last>"Since my last session"</button>
            </div>
            <p id="dates-message" class="field-error" role="alert">{move || date_message.get()}</p>
            <div class="field">
                <label class="field-label" for="summary-name">"Your first name (optional)"</label>
                <input id="summary-name" type="text" autocomplete="given-name" maxlength="40"
                    prop:value=move || data.choices.with(|c| c.first_name.clone())
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        data.choose(|c| c.set_first_name(&typed));
                    }/>
            </div>
            {move || sections.with(Vec::is_empty).then(|| view! {
                <p class="empty-note">"There are no entries in these dates yet. You could choose other dates, or come back after writing."</p>
            })}
            <div node_ref=list on:change=on_change on:click=on_click></div>
        </section>
    }
}

/// A drawn radio (or title box) and the entry it belongs to.
struct Drawn {
    input: HtmlInputElement,
    id: EntryId,
    /// `None` for the title box, whose wrapper shows only for topic only.
    level: Option<Consent>,
    wrapper: Option<Element>,
}

const ACTIONS: [(&str, usize); 3] = [
    ("Include all in full", 2),
    ("Include all as topic only", 1),
    ("Leave all out", 0),
];

/// Draws every section: its heading, the three whole-section actions, and per entry a
/// fieldset naming it with Leave out / Topic only / Full and a title box for topic only.
/// Words are set as text only. Events reach the container's listeners.
fn draw(root: &Element, lines: &[Line]) -> Vec<Drawn> {
    root.set_text_content(None);
    let mut drawn = Vec::new();
    let Some(doc) = root.owner_document() else {
        return drawn;
    };
    for kind in EntryKind::SUMMARY_ORDER {
        let mut rows = lines.iter().filter(|l| l.kind == kind).peekable();
        if rows.peek().is_none() {
            continue;
        }
        let section = add(&doc, root, "section", "consent-section", "");
        let heading_id = format!("choose-{}", kind.slug());
        let _ = section.set_attribute("aria-labelledby", &heading_id);
        add(&doc, &section, "h3", "", kind.plural()).set_id(&heading_id);
        let actions = add(&doc, &section, "div", "section-actions", "");
        for (label, level) in ACTIONS {
            let button = add(&doc, &actions, "button", "button button--quiet", label);
            let _ = button.set_attribute("type", "button");
            let _ = button.set_attribute("data-kind", kind.slug());
            let _ = button.set_attribute("data-level", &level.to_string());
        }
        for line in rows {
            let id = EntryId(line.id.clone());
            let set = add(
                &doc,
                &section,
                "fieldset",
                "choice-group consent-choice",
                "",
            );
            add(&doc, &set, "legend", "", &line.words);
            let choices = add(&doc, &set, "div", "choices", "");
            for (level, consent) in Consent::ALL.into_iter().enumerate() {
                let label = add(&doc, &choices, "label", "choice", "");
                let input = radio_or_text(&doc, &label, &id, "radio");
                input.set_name(&format!("consent-{}", line.id));
                input.set_value(&level.to_string());
                let _ = label.append_with_str_1(&format!(" {}", consent.label()));
                drawn.push(Drawn {
                    input,
                    id: id.clone(),
                    level: Some(consent),
                    wrapper: None,
                });
            }
            let wrapper = add(&doc, &set, "div", "field topic-title", "");
            let box_id = format!("topic-{}", line.id);
            let label = add(
                &doc,
                &wrapper,
                "label",
                "field-label",
                "Short title (optional)",
            );
            let _ = label.set_attribute("for", &box_id);
            let input = radio_or_text(&doc, &wrapper, &id, "text");
            input.set_id(&box_id);
            input.set_max_length(80);
            input.set_placeholder(&line.note);
            drawn.push(Drawn {
                input,
                id,
                level: None,
                wrapper: Some(wrapper),
            });
        }
    }
    drawn
}

fn radio_or_text(
    doc: &web_sys::Document,
    parent: &Element,
    id: &EntryId,
    kind: &str,
) -> HtmlInputElement {
    let input: HtmlInputElement = add(doc, parent, "input", "", "").unchecked_into();
    input.set_type(kind);
    let _ = input.set_attribute("data-id", id.as_str());
    input
}

/// Ticks each radio and fills each title box from the choices, without drawing anything.
fn sync(data: SummaryData, radios: StoredValue<Vec<Drawn>, LocalStorage>) {
    data.choices.with_untracked(|c| {
        radios.with_value(|drawn| {
            for d in drawn {
                let chosen = c.consent_for(&d.id);
                match (d.level, &d.wrapper) {
                    (Some(level), _) => d.input.set_checked(chosen == level),
                    (None, Some(wrapper)) => {
                        let _ = wrapper
                            .toggle_attribute_with_force("hidden", chosen != Consent::TopicOnly);
                        let title = c.topic_titles.get(&d.id).map(String::as_str).unwrap_or("");
                        if d.input.value() != title {
                            d.input.set_value(title);
                        }
                    }
                    (None, None) => {}
                }
            }
        })
    });
}
