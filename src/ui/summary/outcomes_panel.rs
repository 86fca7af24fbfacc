//! For a past session: what became of each concern in scope for it.
//!
//! Drawn as text-only DOM with one delegated change listener, like the consent list, so a
//! choice never redraws the panel (focus stays put). The concerns are found and drawn only
//! once the fold is opened: a year of sessions then costs nothing until one is looked at.
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::consent_draw::excerpt;
use super::sheet_dom::add;
use super::summary_data::{Line, SummaryData};
use crate::domain::language::say::sessions as say;
use crate::domain::sessions::session::{ConcernOutcome, SessionId};
use crate::domain::sessions::summary::concerns_for_session;
use crate::domain::EntryId;

/// "Not marked" first, then what the session did with the concern.
const CHOICES: [Option<ConcernOutcome>; 4] = [
    None,
    Some(ConcernOutcome::Raised),
    Some(ConcernOutcome::Resolved),
    Some(ConcernOutcome::CarryOver),
];

/// Raised, resolved or carry over, for each concern brought to one past session.
#[component]
pub fn OutcomesPanel(data: SummaryData, session: SessionId) -> impl IntoView {
    let key = session.clone();
    let open = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        data.state.journal.with(|journal| {
            data.sessions.value.with(|sessions| {
                concerns_for_session(journal, sessions, &key)
                    .into_iter()
                    .map(|e| Line {
                        id: e.id.0.clone(),
                        kind: e.kind,
                        words: excerpt(e),
                        note: String::new(),
                        past: true,
                    })
                    .collect::<Vec<Line>>()
            })
        })
    });
    let holder = NodeRef::<leptos::html::Div>::new();
    let radios = StoredValue::new_local(Vec::<(HtmlInputElement, EntryId, usize)>::new());
    let this = session.clone();
    Effect::new(move |drawn: Option<Vec<Line>>| {
        let lines = rows.get();
        let Some(root) = holder.get() else {
            return lines;
        };
        if drawn.as_ref() != Some(&lines) {
            radios.set_value(draw(&root, &this, &lines));
        }
        data.sessions.value.with(|sessions| {
            let outcomes = sessions.get(&this).map(|s| &s.outcomes);
            radios.with_value(|drawn| {
                for (input, entry, index) in drawn {
                    let chosen = outcomes.and_then(|o| o.get(entry).copied());
                    input.set_checked(CHOICES[*index] == chosen);
                }
            })
        });
        lines
    });
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(entry) = input.get_attribute("data-id").map(EntryId) else {
            return;
        };
        let outcome = CHOICES[input.value().parse::<usize>().unwrap_or(0).min(3)];
        data.sessions.update(|s| {
            s.set_outcome(&session, &entry, outcome);
        });
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        if let Some(details) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            open.set(details.open());
        }
    };
    view! {
        <details class="outcomes" on:toggle=on_toggle>
            <summary>{say::outcomes_heading()}</summary>
            <div class="outcomes-holder" node_ref=holder on:change=on_change></div>
        </details>
    }
}

/// One radio group per concern; a calm line when no concern was in scope for the session.
fn draw(
    root: &Element,
    session: &SessionId,
    lines: &[Line],
) -> Vec<(HtmlInputElement, EntryId, usize)> {
    root.set_text_content(None);
    let mut drawn = Vec::new();
    let Some(doc) = root.owner_document() else {
        return drawn;
    };
    if lines.is_empty() {
        add(&doc, root, "p", "field-help", say::no_concerns_before());
        return drawn;
    }
    for line in lines {
        let set = add(&doc, root, "fieldset", "choice-group", "");
        add(&doc, &set, "legend", "", &line.words);
        for (index, outcome) in CHOICES.into_iter().enumerate() {
            let label = add(&doc, &set, "label", "choice", "");
            let input: HtmlInputElement = add(&doc, &label, "input", "", "").unchecked_into();
            input.set_type("radio");
            input.set_name(&format!("outcome-{session}-{}", line.id));
            input.set_value(&index.to_string());
            let _ = input.set_attribute("data-id", &line.id);
            let words = outcome.map_or(say::not_marked(), ConcernOutcome::label);
            let _ = label.append_with_str_1(&format!(" {words}"));
            drawn.push((input, EntryId(line.id.clone()), index));
        }
    }
    drawn
}
