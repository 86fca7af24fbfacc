//! "How therapy is going for me": a few optional questions and how safe sharing feels.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::state::JournalState;
use crate::domain::checkin::{FEEDBACK_QUESTIONS, SAFETY_QUESTION};
use crate::domain::{FeedbackDraft, Safety};
use crate::storage::browser;

/// The feedback card; any one answer is enough, and it is saved as an entry.
#[component]
pub fn FeedbackForm() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let form = state.feedback;
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
                        form.set(FeedbackDraft::default());
                    }
                });
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };

    view! {
        <form class="details-form" on:submit=on_submit novalidate>
            <p class="field-help">
                "For you and, only if you choose to share it, your therapist. Answer any question you like; the rest can stay empty."
            </p>
            {FEEDBACK_QUESTIONS
                .into_iter()
                .enumerate()
                .map(|(i, (field, label))| {
                    let id = format!("feedback-{i}");
                    view! {
                        <label for=id.clone() class="field-label">{label}</label>
                        <textarea
                            id=id
                            rows="3"
                            prop:value=move || form.with(|d| d.typed(field).to_string())
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                error.set(None);
                                form.update(|d| *d.answer_mut(field) = text);
                            }
                        ></textarea>
                    }
                })
                .collect_view()}
            <fieldset class="scale">
                <legend>{SAFETY_QUESTION} " " <span class="optional">"(optional)"</span></legend>
                {Safety::ALL
                    .into_iter()
                    .map(|safety| {
                        view! {
                            <label class="scale-option">
                                <input
                                    type="radio"
                                    name="safety"
                                    prop:checked=move || form.with(|d| d.safety == Some(safety))
                                    on:change=move |_| {
                                        error.set(None);
                                        form.update(|d| d.safety = Some(safety));
                                    }
                                />
                                " "
                                {safety.label()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p id="feedback-error" class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit" class="button button--primary">"Save feedback"</button>
        </form>
    }
}
