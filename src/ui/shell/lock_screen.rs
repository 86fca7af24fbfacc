//! Shown instead of the journal while it is locked.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::language::say::shell as say;
use crate::ui::backup::passphrase_field::PassphraseField;
use crate::ui::state::JournalState;

/// One passphrase field; nothing of the journal is read or shown before it is right.
#[component]
pub fn LockScreen() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let passphrase = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(field) = field.get() {
            let _ = field.focus();
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let secret = passphrase.get_untracked();
        if secret.is_empty() {
            message.set(Some(say::type_passphrase().into()));
            return;
        }
        busy.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            let result = state.unlock(&secret).await;
            busy.set(false);
            match result {
                Ok(()) => passphrase.set(String::new()),
                Err(text) => message.set(Some(text)),
            }
        });
    };

    view! {
        <section class="card lock-screen" aria-labelledby="lock-heading">
            <h1 id="lock-heading">{say::journal_is_locked()}</h1>
            <p>{say::entries_encrypted()}</p>
            <form on:submit=on_submit novalidate>
                <PassphraseField id="unlock-passphrase" label=say::passphrase() value=passphrase
                    described_by="unlock-message" node_ref=field/>
                <p id="unlock-message" class="field-error" role="alert">{move || message.get()}</p>
                <button type="submit" class="button button--primary" disabled=move || busy.get()>
                    {move || if busy.get() { say::opening() } else { say::open_my_journal() }}
                </button>
            </form>
            <p class="field-help">
                {say::forgotten_passphrase()}
            </p>
        </section>
    }
}
