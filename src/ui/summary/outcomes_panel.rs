//! For a past session: what became of each concern in scope for it.
use leptos::prelude::*;

use super::consent_list::excerpt;
use super::summary_data::{Line, SummaryData};
use crate::domain::sessions::{ConcernOutcome, SessionId};
use crate::domain::summary::concerns_for_session;
use crate::domain::EntryId;

/// Raised, resolved or carry over, for each concern brought to one past session.
#[component]
pub fn OutcomesPanel(data: SummaryData, session: SessionId) -> impl IntoView {
    let key = session.clone();
    let rows = Memo::new(move |_| {
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
    move || {
        let rows = rows.get();
        if rows.is_empty() {
            return None;
        }
        let session = session.clone();
        Some(view! {
            <details class="outcomes">
                <summary>"What happened to your concerns"</summary>
                {rows.into_iter().map(|Line { id, words, .. }| {
                    let entry = EntryId(id);
                    let name = format!("outcome-{session}-{entry}");
                    let choices = [None, Some(ConcernOutcome::Raised), Some(ConcernOutcome::Resolved), Some(ConcernOutcome::CarryOver)];
                    let session = session.clone();
                    view! {
                        <fieldset class="choice-group">
                            <legend>{words}</legend>
                            {choices.into_iter().map(|outcome| {
                                let (session, entry) = (session.clone(), entry.clone());
                                let (s2, e2) = (session.clone(), entry.clone());
                                let label = outcome.map_or("Not marked", ConcernOutcome::label);
                                let pick = move |_| data.sessions.update(|s| { s.set_outcome(&session, &entry, outcome); });
                                let checked = move || data.sessions.value.with(|s| {
                                    s.get(&s2).and_then(|s| s.outcomes.get(&e2).copied()) == outcome
                                });
                                view! {
                                    <label class="choice">
                                        <input type="radio" name=name.clone() prop:checked=checked on:change=pick/>
                                        " " {label}
                                    </label>
                                }
                            }).collect_view()}
                        </fieldset>
                    }
                }).collect_view()}
            </details>
        })
    }
}
