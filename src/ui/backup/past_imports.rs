//! Imports already in the journal, each with "Remove what this import added": asked once,
//! then removed in steps, leaving everything written here as it is.
use leptos::prelude::*;

use crate::domain::exchange::preview::{past_imports, PastImport};
use crate::domain::language::say::bring_in as say;
use crate::storage::browser;
use crate::ui::state::JournalState;

#[component]
pub fn PastImports() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let imports = Memo::new(move |_| state.journal.with(|j| past_imports(j.all())));
    let asking = RwSignal::new(None::<String>);
    let removing = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);

    let remove = move |import: String| {
        removing.set(true);
        leptos::task::spawn_local(async move {
            let result = state.remove_import(&import).await;
            if removing.is_disposed() {
                return; // removed whole; the page is no longer shown
            }
            removing.set(false);
            asking.set(None);
            match result {
                Ok(n) => {
                    message.set(None);
                    state.status.set(say::removed(n));
                }
                Err((n, error)) => message.set(Some(say::remove_stopped(n, error.user_message()))),
            }
        });
    };

    let row = move |past: PastImport| {
        let offset = browser::now().offset_minutes();
        let date = past
            .made_at(offset)
            .map(|at| at.local_date().long())
            .unwrap_or_default();
        let line = say::past_import(past.entries, past.app.name(), date);
        let import = past.import.clone();
        let is_asked = {
            let import = import.clone();
            move || asking.with(|a| a.as_deref() == Some(import.as_str()))
        };
        let confirm_text = say::remove_confirm(past.entries, past.app.name());
        view! {
            <li class="past-import">
                <span>{line}</span>
                {move || if is_asked() {
                    let import = import.clone();
                    view! {
                        <div class="stack" role="group" aria-label=say::remove_import()>
                            <p>{confirm_text.clone()}</p>
                            <div class="entry-actions">
                                <button type="button" class="button"
                                    disabled=move || removing.get()
                                    on:click=move |_| remove(import.clone())>
                                    {move || if removing.get() { say::removing() } else { say::remove_yes() }}
                                </button>
                                <button type="button" class="button button--quiet"
                                    disabled=move || removing.get()
                                    on:click=move |_| asking.set(None)>{say::keep_them()}</button>
                            </div>
                        </div>
                    }.into_any()
                } else {
                    let import = import.clone();
                    view! {
                        <button type="button" class="button button--quiet"
                            on:click=move |_| asking.set(Some(import.clone()))>{say::remove_import()}</button>
                    }.into_any()
                }}
            </li>
        }
    };

    view! {
        {move || (!imports.with(Vec::is_empty)).then(|| view! {
            <h3>{say::past_heading()}</h3>
            <ul class="past-imports">
                {imports.get().into_iter().map(row).collect_view()}
            </ul>
        })}
        <p class="field-error" role="alert">{move || message.get()}</p>
    }
}
