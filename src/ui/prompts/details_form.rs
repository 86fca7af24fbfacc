//! "How I feel" and "How therapy is going for me": one form drawn two ways, so both share
//! their choices, text boxes and saving (as an entry like any other: undo, lock, other tabs).
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::journal::checkin::{
    show_feeling_word, FeedbackField, FEELING_WORDS, MAX_FEELING_WORDS,
};
use crate::domain::language::say::checkin as say;
use crate::domain::{CheckInError, Feeling, Safety};
use crate::storage::browser;
use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::JournalState;

/// A group of choices: the feeling scale, the feeling words or the safety scale.
#[derive(Clone, Copy, PartialEq)]
enum Group {
    Feeling,
    Words,
    Safety,
}

impl Group {
    fn legend(self) -> &'static str {
        match self {
            Group::Feeling => say::legend_feeling(),
            Group::Words => say::legend_words(),
            Group::Safety => say::legend_safety(),
        }
    }

    /// Each choice's index and label, in the order shown: the scales from one end to the
    /// other, the feeling words in the alphabetical order of their labels in the language
    /// in use (English labels are the stored words, so English keeps their order).
    fn labels(self) -> Vec<(usize, &'static str)> {
        match self {
            Group::Feeling => Feeling::ALL.iter().map(|f| f.label()).enumerate().collect(),
            Group::Words => {
                let mut words: Vec<(usize, &'static str)> = FEELING_WORDS
                    .iter()
                    .map(|w| show_feeling_word(w))
                    .enumerate()
                    .collect();
                words.sort_by_key(|(_, label)| crate::domain::journal::search::fold(label));
                words
            }
            Group::Safety => Safety::ALL.iter().map(|s| s.label()).enumerate().collect(),
        }
    }

    fn is_checked(self, state: &JournalState, i: usize) -> bool {
        match self {
            Group::Feeling => state.check_in.with(|d| d.feeling == Some(Feeling::ALL[i])),
            Group::Words => state
                .check_in
                .with(|d| d.words.iter().any(|w| w == FEELING_WORDS[i])),
            Group::Safety => state.feedback.with(|d| d.safety == Some(Safety::ALL[i])),
        }
    }

    /// Records a choice; a sixth feeling word is refused with the reason.
    fn choose(self, state: &JournalState, i: usize, on: bool) -> Result<(), CheckInError> {
        match self {
            Group::Feeling => state.check_in.update(|d| d.feeling = Some(Feeling::ALL[i])),
            Group::Safety => state.feedback.update(|d| d.safety = Some(Safety::ALL[i])),
            Group::Words => {
                let word = FEELING_WORDS[i];
                if on
                    && state
                        .check_in
                        .with_untracked(|d| d.words.len() >= MAX_FEELING_WORDS)
                {
                    let limit = MAX_FEELING_WORDS;
                    return Err(CheckInError::TooManyWords { limit });
                }
                state.check_in.update(|d| {
                    d.words.retain(|w| w != word);
                    if on {
                        d.words.push(word.into());
                    }
                });
            }
        }
        Ok(())
    }
}

/// A written answer: one of the feedback questions, or the check-in's note.
fn text_of(state: &JournalState, field: Option<FeedbackField>) -> String {
    match field {
        Some(field) => state.feedback.with(|d| d.typed(field).to_string()),
        None => state.check_in.with(|d| d.note.clone()),
    }
}

fn set_text(state: &JournalState, field: Option<FeedbackField>, text: String) {
    match field {
        Some(field) => state.feedback.update(|d| *d.answer_mut(field) = text),
        None => state.check_in.update(|d| d.note = text),
    }
}

/// The check-in form, or with `feedback` the therapy feedback card.
#[component]
pub fn DetailsForm(feedback: bool) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let now = browser::now();
        let id = browser::new_entry_id(now);
        let made = if feedback {
            state.feedback.with_untracked(|d| d.to_entry(id, now))
        } else {
            state.check_in.with_untracked(|d| d.to_entry(id, now))
        };
        let entry = match made {
            Ok(entry) => entry,
            Err(e) => return error.set(Some(e.to_string())),
        };
        error.set(None);
        saved.set(false);
        let (check_in, card) = (
            state.check_in.get_untracked(),
            state.feedback.get_untracked(),
        );
        state.save_new_entry(entry, move || {
            saved.set(true);
            // Anything changed while the entry was being sealed stays in the form.
            if feedback && state.feedback.with_untracked(|d| d == &card) {
                state.feedback.set(Default::default());
            } else if !feedback && state.check_in.with_untracked(|d| d == &check_in) {
                state.check_in.set(Default::default());
            }
        });
    };
    let groups = move |groups: &'static [Group]| {
        groups
            .iter()
            .map(|&group| {
                let (name, kind, class) = match group {
                    Group::Words => ("feeling-words", "checkbox", "word-option"),
                    Group::Feeling => ("feeling", "radio", "scale-option"),
                    Group::Safety => ("safety", "radio", "scale-option"),
                };
                view! {
                    <fieldset class="scale">
                        <legend>{group.legend()}</legend>
                        {group
                            .labels()
                            .into_iter()
                            .map(|(i, label)| view! {
                                <label class=class>
                                    <input
                                        type=kind
                                        name=name
                                        prop:checked=move || group.is_checked(&state, i)
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            match group.choose(&state, i, on) {
                                                Ok(()) => error.set(None),
                                                Err(refused) => {
                                                    event_target::<web_sys::HtmlInputElement>(&ev)
                                                        .set_checked(false);
                                                    error.set(Some(refused.to_string()));
                                                }
                                            }
                                        }
                                    />
                                    " "
                                    {label}
                                </label>
                            })
                            .collect_view()}
                    </fieldset>
                }
            })
            .collect_view()
    };
    let texts: Vec<(Option<FeedbackField>, &'static str)> = if feedback {
        FeedbackField::ALL
            .iter()
            .map(|&f| (Some(f), f.label()))
            .collect()
    } else {
        vec![(None, say::a_note())]
    };
    let prefix = if feedback { "feedback" } else { "checkin" };

    view! {
        <form class="details-form" on:submit=on_submit novalidate>
            <p class="field-help">
                {if feedback { say::feedback_help() } else { say::check_in_help() }}
            </p>
            {(!feedback).then(|| groups(&[Group::Feeling, Group::Words]))}
            {texts
                .into_iter()
                .enumerate()
                .map(|(i, (field, label))| {
                    let id = format!("{prefix}-{i}");
                    view! {
                        <label for=id.clone() class="field-label">{label}</label>
                        <textarea
                            id=id
                            rows="3"
                            prop:value=move || text_of(&state, field)
                            on:input=move |ev| {
                                error.set(None);
                                saved.set(false);
                                set_text(&state, field, event_target_value(&ev));
                            }
                        ></textarea>
                    }
                })
                .collect_view()}
            {feedback.then(|| groups(&[Group::Safety]))}
            <p id=format!("{prefix}-error") class="field-error" role="alert">{move || error.get()}</p>
            {move || saved.get().then(|| view! {
                <p class="field-help saved-note">
                    {say::saved_in_journal()} <Link to=Page::Journal>{say::see_it()}</Link>
                </p>
            })}
            <button type="submit" class="button button--primary">
                {if feedback { say::save_feedback() } else { say::save_check_in() }}
            </button>
        </form>
    }
}
