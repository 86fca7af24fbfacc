//! Turning the passphrase lock on or off, and how soon it locks by itself.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::language::say::backup as say;
use crate::domain::records::lock::{LockPhase, IDLE_CHOICES};
use crate::domain::records::passphrase::check_new_passphrase;
use crate::ui::backup::passphrase_field::PassphraseField;
use crate::ui::state::JournalState;

/// Says plainly that a forgotten passphrase cannot be recovered, and offers a backup first.
#[component]
pub fn LockPanel() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let passphrase = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let idle = RwSignal::new(15u32);
    let understood = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let is_on = Memo::new(move |_| state.lock.with(Option::is_some));
    let phase = Memo::new(move |_| state.lock.with(|l| l.as_ref().map(|l| l.phase)));
    let finish = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = state.finish_lock_change().await;
            busy.set(false);
            message.set(result.err());
        });
    };

    let turn_on = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (secret, again) = (passphrase.get_untracked(), confirmation.get_untracked());
        let problem = if let Err(problem) = check_new_passphrase(&secret, &again) {
            Some(problem.to_string())
        } else if !understood.get_untracked() {
            Some(say::tick_the_box().to_string())
        } else {
            None
        };
        if problem.is_some() {
            return message.set(problem);
        }
        busy.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            let result = state.enable_lock(&secret, idle.get_untracked()).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    passphrase.set(String::new());
                    confirmation.set(String::new());
                    understood.set(false);
                }
                Err(text) => message.set(Some(text)),
            }
        });
    };

    let turn_off = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = state.disable_lock().await;
            busy.set(false);
            message.set(result.err());
        });
    };

    let idle_select = move || {
        view! {
            <label for="lock-idle" class="field-label">{say::lock_after()}</label>
            <select
                id="lock-idle"
                on:change=move |ev| {
                    let minutes = event_target_value(&ev).parse().unwrap_or(15);
                    idle.set(minutes);
                    state.set_idle_minutes(minutes);
                }
            >
                {IDLE_CHOICES
                    .into_iter()
                    .map(|minutes| {
                        let chosen = move || {
                            state.lock.with(|l| l.as_ref().map(|l| l.idle_minutes)).unwrap_or(idle.get()) == minutes
                        };
                        view! {
                            <option value=minutes.to_string() selected=chosen>
                                {say::lock_after_minutes(minutes as usize)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
    };

    view! {
        <section class="card" aria-labelledby="lock-panel-heading">
            <h2 id="lock-panel-heading">{say::lock_heading()}</h2>
            {move || {
                if !is_on.get() {
                    return view! {
                        <p>
                            {say::lock_intro()}
                        </p>
                        <p class="notice notice--info">
                            <strong>{say::forgotten_cannot_be_recovered()}</strong>
                            {say::forgotten_rest()}
                        </p>
                        <form class="stack" on:submit=turn_on novalidate>
                            <PassphraseField id="lock-passphrase" label=say::new_passphrase() value=passphrase
                                autocomplete="new-password" described_by="lock-message"/>
                            <PassphraseField id="lock-passphrase-again" label=say::passphrase_again()
                                value=confirmation autocomplete="new-password"/>
                            {idle_select()}
                            <label class="check-field">
                                <input type="checkbox"
                                    prop:checked=move || understood.get()
                                    on:change=move |ev| understood.set(event_target_checked(&ev)) />
                                {say::i_understand()}
                            </label>
                            <p id="lock-message" class="field-error" role="alert">{move || message.get()}</p>
                            <button type="submit" class="button button--primary" disabled=move || busy.get()>
                                {move || if busy.get() { say::encrypting_journal() } else { say::turn_on_lock() }}
                            </button>
                        </form>
                    }
                    .into_any();
                }
                view! {
                {move || match phase.get() {
                    Some(LockPhase::On) | None => view! {
                        <p>{say::lock_is_on()}</p>
                    }.into_any(),
                    Some(unfinished) => view! {
                        <p class="notice notice--info">
                            {if unfinished == LockPhase::Enabling {
                                say::enabling_unfinished()
                            } else {
                                say::disabling_unfinished()
                            }}
                            {say::nothing_is_lost()}
                        </p>
                        <button type="button" class="button button--primary" disabled=move || busy.get() on:click=finish>
                            {say::try_to_finish()}
                        </button>
                    }.into_any(),
                }}
                {idle_select()}
                <div class="entry-actions">
                    <button type="button" class="button" on:click=move |_| state.lock_now()>{say::lock_now()}</button>
                    <button type="button" class="button button--quiet" disabled=move || busy.get() on:click=turn_off>
                        {say::turn_off_lock()}
                    </button>
                </div>
                <p class="field-error" role="alert">{move || message.get()}</p>
                }
                .into_any()
            }}
        </section>
    }
}
