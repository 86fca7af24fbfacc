//! Current homework on the journal page: its prompts, its days and how it is going, in words.
use leptos::prelude::*;

use crate::domain::homework::{progress, progress_words};
use crate::domain::language::say::homework as say;
use crate::domain::EntryKind;
use crate::storage::browser;
use crate::ui::shell::focus::focus_soon;
use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

/// Shows each active homework; "Write about this" puts a prompt into the composer.
#[component]
pub fn HomeworkPanel() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let kept = records().homework;
    let today = browser::now().local_date();
    let write_about = move |prompt: String| {
        state.update_draft(|d| {
            d.kind = EntryKind::Reflection;
            d.prompt = Some(prompt);
        });
        state.status.set(say::prompt_in_composer().into());
        focus_soon("entry-text".into());
    };
    move || {
        let active: Vec<_> = kept
            .value
            .with(|l| l.active(today).into_iter().cloned().collect());
        if active.is_empty() {
            return None;
        }
        let items = active
            .into_iter()
            .map(|homework| {
                let counted = state.journal.with(|j| {
                    progress(
                        &homework,
                        j.newest_first()
                            .into_iter()
                            .map(|e| (e.kind.slug(), e.created_at.local_date())),
                        today,
                    )
                });
                let a = &homework.assignment;
                let prompts = a
                    .prompts
                    .iter()
                    .map(|p| {
                        let prompt = p.clone();
                        view! {
                            <li>
                                <span>{p.clone()}</span>
                                " "
                                <button
                                    type="button"
                                    class="button button--quiet"
                                    on:click=move |_| write_about(prompt.clone())
                                >
                                    {say::write_about_this()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="homework-panel-item">
                        <h3>{a.title.clone()}</h3>
                        <p class="homework-panel-meta">
                            {say::until(a.end.long())}
                            {progress_words(&counted, &homework, today)}
                        </p>
                        <ul class="homework-panel-prompts">{prompts}</ul>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="card homework-panel" aria-labelledby="homework-panel-heading">
                <h2 id="homework-panel-heading">{say::your_homework()}</h2>
                <ul class="homework-panel-list">{items}</ul>
                <p><Link to=Page::Homework>{say::manage_homework()}</Link></p>
            </section>
        })
    }
}
