//! "How I feel": a step on a scale in words, a few feeling words and a note.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::state::JournalState;
use crate::domain::checkin::{FEELING_WORDS, MAX_FEELING_WORDS};
use crate::domain::{CheckInDraft, CheckInError, EntryKind, Feeling};
use crate::storage::browser;

/// The check-in form; it is saved as an entry like any other (undo, lock, other tabs).
#[component]
pub fn CheckInForm() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let form = state.check_in;
    let error = RwSignal::new(None::<String>);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let now = browser::now();
        match form.with_untracked(|d| d.to_entry(browser::new_entry_id(now), now)) {
            Ok(entry) => {
                error.set(None);
                let submitted = form.get_untracked();
                state.save_new_entry(entry, move || {
                    if form.with_untracked(|d| d == &submitted) {
                        form.set(CheckInDraft::default());
                    }
                });
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let toggle = move |ev: leptos::ev::Event, word: &'static str| {
        let on = event_target_checked(&ev);
        if on && form.with_untracked(|d| d.words.len() >= MAX_FEELING_WORDS) {
            event_target::<web_sys::HtmlInputElement>(&ev).set_checked(false);
            let limit = MAX_FEELING_WORDS;
            error.set(Some(CheckInError::TooManyWords { limit }.to_string()));
            return;
        }
        error.set(None);
        form.update(|d| {
            d.words.retain(|w| w != word);
            if on {
                d.words.push(word.into());
            }
        });
    };

    view! {
        <form class="details-form" on:submit=on_submit novalidate>
            <fieldset class="scale">
                <legend>"How I feel right now"</legend>
                {Feeling::ALL
                    .into_iter()
                    .map(|feeling| {
                        view! {
                            <label class="scale-option">
                                <input
                                    type="radio"
                                    name="feeling"
                                    prop:checked=move || form.with(|d| d.feeling == Some(feeling))
                                    on:change=move |_| {
                                        error.set(None);
                                        form.update(|d| d.feeling = Some(feeling));
                                    }
                                />
                                " "
                                {feeling.label()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="word-picker">
                <legend>
                    "Feeling words "
                    <span class="optional">
                        {format!("(optional, up to {MAX_FEELING_WORDS})")}
                    </span>
                </legend>
                {FEELING_WORDS
                    .iter()
                    .map(|&word| {
                        view! {
                            <label class="word-option">
                                <input
                                    type="checkbox"
                                    prop:checked=move || form.with(|d| d.words.iter().any(|w| w == word))
                                    on:change=move |ev| toggle(ev, word)
                                />
                                " "
                                {word}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <label for="checkin-note" class="field-label">
                "A note " <span class="optional">"(optional)"</span>
            </label>
            <textarea
                id="checkin-note"
                rows="3"
                placeholder=EntryKind::CheckIn.placeholder()
                prop:value=move || form.with(|d| d.note.clone())
                on:input=move |ev| {
                    let note = event_target_value(&ev);
                    form.update(|d| d.note = note);
                }
            ></textarea>
            <p id="checkin-error" class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="button button--primary">"Save check-in"</button>
        </form>
    }
}
