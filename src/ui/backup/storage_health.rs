//! How the browser is keeping the journal, in plain words.
use leptos::prelude::*;

use crate::domain::calendar::time::relative_day;
use crate::domain::language::say::backup as say;
use crate::domain::records::capacity::room_words;
use crate::domain::records::health::{
    backup_reminder, deletes_unused_data, describe_usage, install_advice, installed_line, platform,
};
use crate::domain::Timestamp;
use crate::storage::{browser, persistence, LocalJournalStore};
use crate::ui::state::JournalState;

/// Persistence, quota, last backup, and a gentle reminder when a backup would help.
#[component]
pub fn StorageHealth() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let report = RwSignal::new(None::<persistence::BrowserStorage>);
    leptos::task::spawn_local(async move { report.set(Some(persistence::read().await)) });

    let ask_to_keep = move |_| {
        leptos::task::spawn_local(async move {
            let granted = persistence::request_persistence().await;
            report.update(|r| {
                if let Some(r) = r {
                    r.persisted = granted.or(r.persisted);
                }
            });
            state.status.set(match granted {
                Some(true) => say::browser_agreed().into(),
                _ => say::browser_did_not_agree().into(),
            });
        });
    };

    let persistence_line = move || {
        report.with(|r| match r.as_ref().and_then(|r| r.persisted) {
            Some(true) => say::persisted(),
            Some(false) => say::may_clear(),
            None => say::persistence_unknown(),
        })
    };
    let usage_line = move || {
        report.with(
            |r| match r.as_ref().and_then(|r| r.usage_bytes.zip(r.quota_bytes)) {
                Some((usage, quota)) => describe_usage(usage, quota),
                None => say::usage_unknown().into(),
            },
        )
    };
    // Room left in local storage, counted in entries like the person's own; a gentle
    // warning well before it runs out.
    let room = move || {
        report.with(|r| {
            let usage = r.as_ref()?.local?;
            let (line, near_full) = room_words(usage.all, usage.entry_records, usage.entry_units);
            let class = if near_full {
                "notice notice--info room-line"
            } else {
                "room-line"
            };
            Some(view! { <p class=class>{line}</p> })
        })
    };
    // Ways to free space that lose nothing: the kept-aside unreadable draft, once a backup
    // holds it. Nothing is ever removed without the person's click.
    // Read again after each backup (which may now hold it) and after removing it.
    let removed = RwSignal::new(false);
    let remove_kept = move |_| {
        let message = match LocalJournalStore::remove_kept_draft() {
            Ok(()) => {
                removed.set(true);
                leptos::task::spawn_local(
                    async move { report.set(Some(persistence::read().await)) },
                );
                say::old_draft_removed()
            }
            Err(_) => say::old_draft_not_removed(),
        };
        state.status.set(message.into());
    };
    let kept_line = move || {
        state.last_backup.track();
        removed.track();
        let (record, backed_up) = LocalJournalStore::kept_draft().ok().flatten()?;
        let in_backup = backed_up.as_deref().and_then(Timestamp::parse);
        let mut text = say::old_draft_kept(record.raw.chars().count());
        match in_backup {
            None => text.push_str(say::old_draft_free_space()),
            Some(at) => text.push_str(&say::old_draft_in_backup(relative_day(
                at.local_date(),
                browser::now().local_date(),
            ))),
        }
        Some(view! {
            <p class="kept-draft">{text}</p>
            {in_backup.map(|_| view! {
                <button type="button" class="button" on:click=remove_kept>{say::remove_old_draft()}</button>
            })}
        })
    };
    let last_backup_line = move || {
        let today = browser::now().local_date();
        match state.last_backup.get() {
            Some(at) => say::last_backup(relative_day(at.local_date(), today)),
            None => say::no_backup_yet().into(),
        }
    };
    let reminder = move || {
        let deletes = report.with(|r| {
            r.as_ref()
                .is_some_and(|r| deletes_unused_data(&r.user_agent))
        });
        let has_entries = state.journal.with(|j| !j.is_empty());
        backup_reminder(
            state.last_backup.get(),
            browser::now(),
            deletes,
            has_entries,
        )
    };

    let installed = move || report.with(|r| r.as_ref().map(|r| installed_line(r.installed)));
    let advice = move || {
        report.with(|r| {
            let r = r.as_ref()?;
            install_advice(platform(&r.user_agent, r.touch_screen), r.installed)
        })
    };
    let install_steps = move || {
        advice().map(|advice| {
            let steps = advice
                .steps
                .iter()
                .map(|step| view! { <li>{*step}</li> })
                .collect_view();
            let heading = if advice.urgent {
                say::install_urgent()
            } else {
                say::install_optional()
            };
            view! {
                <div class="install-steps">
                    <p>{heading}</p>
                    <ol>{steps}</ol>
                </div>
            }
        })
    };

    view! {
        <section class="card" aria-labelledby="health-heading">
            <h2 id="health-heading">{say::health_heading()}</h2>
            <ul class="health-list">
                <li>{persistence_line}</li>
                <li>{usage_line}</li>
                <li>{last_backup_line}</li>
                {move || installed().map(|line| view! { <li>{line}</li> })}
            </ul>
            {room}
            {kept_line}
            {install_steps}
            {move || (report.with(|r| r.as_ref().is_some_and(|r| r.persisted == Some(false)))).then(|| view! {
                <button type="button" class="button" on:click=ask_to_keep>
                    {say::ask_to_keep()}
                </button>
                        })}
            {move || reminder().map(|text| view! { <p class="notice notice--info">{text}</p> })}
        </section>
    }
}
