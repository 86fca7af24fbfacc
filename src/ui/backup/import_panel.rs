//! Bringing a backup back: pick a file, see exactly what will change, then confirm.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::language::say::backup as say;
use crate::domain::records::backup::{parse_backup, ImportPlan};
use crate::domain::records::encrypted_backup::is_encrypted_backup;
use crate::storage::{browser, crypto, files};
use crate::ui::backup::passphrase_field::PassphraseField;
use crate::ui::state::JournalState;

#[derive(Clone)]
enum Step {
    Choose,
    /// An encrypted file waits for its passphrase.
    Unlock(String),
    Preview(Box<ImportPlan>),
}

/// File, optional passphrase, preview, and only then the import itself.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let step = RwSignal::new(Step::Choose);
    let message = RwSignal::new(None::<String>);
    let outcome = RwSignal::new(None::<String>);
    let passphrase = RwSignal::new(String::new());
    // Entries sharing an id with a different one: kept as separate entries unless the person
    // chooses to leave them out.
    let keep_both = RwSignal::new(true);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let preview = move |text: &str| match parse_backup(text) {
        Ok(parsed) => step.set(Step::Preview(Box::new(state.plan_import(parsed)))),
        Err(error) => {
            message.set(Some(error.to_string()));
            step.set(Step::Choose);
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        message.set(None);
        outcome.set(None);
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match files::read_text(&file).await {
                Ok(text) if is_encrypted_backup(&text) => step.set(Step::Unlock(text)),
                Ok(text) => preview(&text),
                Err(_) => message.set(Some(say::file_unreadable().into())),
            }
        });
    };

    let unlock = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Step::Unlock(file_text) = step.get_untracked() else {
            return;
        };
        let secret = passphrase.get_untracked();
        leptos::task::spawn_local(async move {
            match crypto::open(&secret, &file_text).await {
                Ok(text) => {
                    passphrase.set(String::new());
                    message.set(None);
                    preview(&text);
                }
                Err(error) => message.set(Some(error.user_message())),
            }
        });
    };

    let reset = move || {
        step.set(Step::Choose);
        passphrase.set(String::new());
        if let Some(input) = file_input.get() {
            input.set_value("");
        }
    };

    let confirm = move |_| {
        let Step::Preview(mut plan) = step.get_untracked() else {
            return;
        };
        if keep_both.get_untracked() {
            let now = browser::now();
            plan.keep_both(|| browser::new_entry_id(now));
        }
        leptos::task::spawn_local(async move {
            match state.apply_import(&plan).await {
                Ok(written) => {
                    let done = say::imported(written);
                    outcome.set(Some(done.clone()));
                    state.status.set(done);
                }
                Err((written, error)) => {
                    message.set(Some(say::import_stopped(written, error.user_message())))
                }
            }
            reset();
        });
    };

    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{say::import_heading()}</h2>
            <p>
                {say::import_intro()}
            </p>
            <label for="import-file" class="field-label">{say::choose_backup_file()}</label>
            <input
                id="import-file"
                type="file"
                accept=".json,application/json"
                node_ref=file_input
                on:change=on_file
            />
            {move || match step.get() {
                Step::Choose => ().into_any(),
                Step::Unlock(_) => view! {
                    <form class="stack" on:submit=unlock novalidate>
                        <p>{say::backup_is_encrypted()}</p>
                        <PassphraseField id="import-passphrase" label=say::passphrase_for_backup() value=passphrase/>
                        <div class="entry-actions">
                            <button type="submit" class="button button--primary">{say::open_backup()}</button>
                            <button type="button" class="button button--quiet" on:click=move |_| reset()>{say::cancel()}</button>
                        </div>
                    </form>
                }.into_any(),
                Step::Preview(plan) => {
                    let nothing_to_do = plan.is_empty();
                    let shared_ids = !plan.same_id.is_empty();
                    view! {
                        <div class="import-preview" role="region" aria-label=say::preview_heading()>
                            <h3>{say::preview_heading()}</h3>
                            <ul>
                                {plan.describe().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                            {shared_ids.then(|| view! {
                                <fieldset>
                                    <legend>{say::same_id_legend()}</legend>
                                    <label class="check-field">
                                        <input type="radio" name="same-id" checked=move || keep_both.get() on:change=move |_| keep_both.set(true)/>
                                        {say::keep_both()}
                                    </label>
                                    <label class="check-field">
                                        <input type="radio" name="same-id" checked=move || !keep_both.get() on:change=move |_| keep_both.set(false)/>
                                        {say::leave_them_out()}
                                    </label>
                                </fieldset>
                            })}
                            <div class="entry-actions">
                                {move || (!nothing_to_do).then(|| view! {
                                    <button type="button" class="button button--primary" on:click=confirm>{say::import()}</button>
                                                                })}
                                <button type="button" class="button button--quiet" on:click=move |_| reset()>
                                    {if nothing_to_do { say::done() } else { say::cancel() }}
                                </button>
                            </div>
                        </div>
                    }.into_any()
                }
            }}
            <p class="field-error" role="alert">{move || message.get()}</p>
            {move || outcome.get().map(|text| view! { <p class="notice notice--info">{text}</p> })}
        </section>
    }
}
