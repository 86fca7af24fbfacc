//! One accepted homework on the client's page: how it is going, and pause, edit or remove.
use leptos::prelude::*;

use super::assignment_details::AssignmentDetails;
use super::assignment_fields::AssignmentFields;
use crate::domain::calendar::time::Date;
use crate::domain::homework::link::written_in;
use crate::domain::homework::{progress, progress_words, AssignmentForm, Homework, HomeworkList};
use crate::domain::language::say::homework as say;
use crate::ui::shell::focus::focus_soon;
use crate::ui::state::kept::Kept;
use crate::ui::state::JournalState;

/// The card, or its edit form while it is being edited.
#[component]
pub fn HomeworkCard(
    homework: Homework,
    kept: Kept<HomeworkList>,
    today: Date,
    removed: RwSignal<Option<(Homework, usize)>>,
) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let editing = RwSignal::new(false);
    let form = RwSignal::new(AssignmentForm::from_assignment(&homework.assignment));
    let problem = RwSignal::new(None::<String>);
    let id = StoredValue::new(homework.id.clone());
    let heading = format!("homework-{}", homework.id);
    let edit_button = format!("homework-edit-{}", homework.id);
    let words = {
        let homework = homework.clone();
        move || {
            let counted = state.journal.with(|j| {
                progress(
                    &homework,
                    j.newest_first()
                        .into_iter()
                        .map(|e| (e.kind.slug(), e.created_at.local_date())),
                    today,
                )
            });
            progress_words(&counted, &homework, today)
        }
    };
    let paused = homework.paused;
    let toggle_pause = move |_| {
        kept.update(|list| {
            let _ = if paused {
                list.resume(&id.get_value())
            } else {
                list.pause(&id.get_value())
            };
        });
        state.status.set(
            if paused {
                say::back_on_journal_page()
            } else {
                say::paused_off_journal_page()
            }
            .into(),
        );
    };
    let remove = move |_| {
        let id = id.get_value();
        let mut taken = None;
        kept.update(|list| {
            let at = list.all().iter().position(|h| h.id == id).unwrap_or(0);
            taken = list.remove(&id).map(|h| (h, at));
        });
        removed.set(taken);
        state.status.set(say::removed_can_undo().into());
        focus_soon("homework-undo".into());
    };
    let edit_focus = edit_button.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let assignment = match form.with_untracked(AssignmentForm::to_assignment) {
            Ok(a) => a,
            Err(e) => return problem.set(Some(e.message())),
        };
        let mut result = Ok(());
        kept.update(|list| result = list.edit(&id.get_value(), assignment));
        match result {
            Ok(()) => {
                problem.set(None);
                editing.set(false);
                state.status.set(say::changes_saved().into());
                focus_soon(edit_focus.clone());
            }
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    let cancel_focus = edit_button.clone();
    let original = StoredValue::new(homework.assignment.clone());
    let period_words = words.clone();
    let body = move || {
        if editing.get() {
            view! {
                <form class="homework-edit" novalidate on:submit=save.clone()>
                    <AssignmentFields form=form prefix=format!("edit-{}", id.get_value())/>
                    <p class="field-error" role="alert">{move || problem.get()}</p>
                    <div class="homework-actions">
                        <button type="submit" class="button button--primary">{say::save_changes()}</button>
                        <button
                            type="button"
                            class="button"
                            on:click={
                                let cancel_focus = cancel_focus.clone();
                                move |_| {
                                    editing.set(false);
                                    problem.set(None);
                                    form.set(original.with_value(AssignmentForm::from_assignment));
                                    focus_soon(cancel_focus.clone());
                                }
                            }
                        >
                            {say::cancel()}
                        </button>
                    </div>
                </form>
            }
            .into_any()
        } else {
            let edit_button = edit_button.clone();
            view! {
                <p class="homework-progress">{period_words.clone()}</p>
                <AssignmentDetails assignment=original.get_value()/>
                <div class="homework-actions">
                    <button type="button" class="button" on:click=toggle_pause>
                        {if paused { say::resume() } else { say::pause() }}
                    </button>
                    <button
                        type="button"
                        class="button"
                        id=edit_button
                        on:click=move |_| editing.set(true)
                    >
                        {say::edit()}
                    </button>
                    <button type="button" class="button button--quiet" on:click=remove>
                        {say::remove()}
                    </button>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <li class="card homework-card">
            <h3 id=heading>
                {homework.assignment.title.clone()}
                {paused.then_some(view! { <span class="homework-paused">{say::paused_tag()}</span> })}
            </h3>
            {written_in(homework.language.as_deref())
                .map(|line| view! { <p class="homework-written-in">{line}</p> })}
            {body}
        </li>
    }
}
