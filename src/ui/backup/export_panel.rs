//! Downloading a backup, plain or encrypted with a passphrase.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::language::say::backup as say;
use crate::domain::records::passphrase::check_new_passphrase;
use crate::storage::{browser, crypto, files};
use crate::ui::backup::passphrase_field::PassphraseField;
use crate::ui::state::JournalState;

/// Two ways to keep a copy: a readable file, or one only a passphrase opens.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let passphrase = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let download_plain = move |_| {
        let now = browser::now();
        leptos::task::spawn_local(async move {
            let backup = state.backup(now).await;
            match files::download(&backup.file_name(), "application/json", &backup.to_json()) {
                Ok(()) => {
                    state.note_backup_made(now);
                    state.status.set(say::backup_downloading().into());
                }
                Err(reason) => message.set(Some(say::backup_not_made(reason))),
            }
        });
    };

    let download_encrypted = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (secret, again) = (passphrase.get_untracked(), confirmation.get_untracked());
        if let Err(problem) = check_new_passphrase(&secret, &again) {
            return message.set(Some(problem.to_string()));
        }
        message.set(None);
        busy.set(true);
        let now = browser::now();
        leptos::task::spawn_local(async move {
            let backup = state.backup(now).await;
            let result = crypto::seal(&secret, &backup.to_json()).await;
            busy.set(false);
            match result {
                Ok(sealed) => {
                    let name = backup.file_name().replace(".json", ".encrypted.json");
                    if files::download(&name, "application/json", &sealed).is_ok() {
                        state.note_backup_made(now);
                        passphrase.set(String::new());
                        confirmation.set(String::new());
                        state.status.set(say::encrypted_backup_downloading().into());
                    }
                }
                Err(error) => message.set(Some(error.user_message())),
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">{say::export_heading()}</h2>
            <p>
                {say::export_intro()}
            </p>
            <button type="button" class="button button--primary" on:click=download_plain>
                {say::download_backup()}
            </button>

            <h3>{say::encrypted_heading()}</h3>
            <p>
                {say::encrypted_intro()}
            </p>
            <form class="stack" on:submit=download_encrypted novalidate>
                <PassphraseField id="export-passphrase" label=say::passphrase() value=passphrase
                    autocomplete="new-password" described_by="export-message"/>
                <PassphraseField id="export-passphrase-again" label=say::passphrase_again()
                    value=confirmation autocomplete="new-password"/>
                <p id="export-message" class="field-error" role="alert">{move || message.get()}</p>
                <button type="submit" class="button" disabled=move || busy.get()>
                    {move || if busy.get() { say::encrypting() } else { say::download_encrypted() }}
                </button>
            </form>
        </section>
    }
}
