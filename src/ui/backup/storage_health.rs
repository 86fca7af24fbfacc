//! How the browser is keeping the journal, in plain words.
use leptos::prelude::*;

use crate::domain::calendar::time::relative_day;
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
                Some(true) => "The browser agreed to keep Between's data.".into(),
                _ => "The browser didn't agree this time. A backup keeps your journal safe either way.".into(),
            });
        });
    };

    let persistence_line = move || {
        report.with(|r| match r.as_ref().and_then(|r| r.persisted) {
            Some(true) => {
                "This browser has agreed to keep Between's data, even when space runs low."
            }
            Some(false) => "This browser may clear Between's data if the device runs low on space.",
            None => "This browser doesn't say whether it will keep Between's data.",
        })
    };
    let usage_line = move || {
        report.with(
            |r| match r.as_ref().and_then(|r| r.usage_bytes.zip(r.quota_bytes)) {
                Some((usage, quota)) => describe_usage(usage, quota),
                None => "This browser doesn't say how much space is in use.".into(),
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
                "The old draft was removed from this browser. It is still in your backup file."
            }
            Err(_) => "The old draft couldn't be removed just now. Nothing has changed.",
        };
        state.status.set(message.into());
    };
    let kept_line = move || {
        state.last_backup.track();
        removed.track();
        let (record, backed_up) = LocalJournalStore::kept_draft().ok().flatten()?;
        let in_backup = backed_up.as_deref().and_then(Timestamp::parse);
        let mut text = format!(
            "An old draft that couldn't be read is kept aside in this browser, taking about {} characters of space. ",
            record.raw.chars().count()
        );
        match in_backup {
            None => {
                text.push_str("Once a backup holds it, you can remove it here to free that space.")
            }
            Some(at) => text.push_str(&format!(
                "It is in the backup you made {}.",
                relative_day(at.local_date(), browser::now().local_date())
            )),
        }
        Some(view! {
            <p class="kept-draft">{text}</p>
            {in_backup.map(|_| view! {
                <button type="button" class="button" on:click=remove_kept>"Remove the old draft from this browser"</button>
            })}
        })
    };
    let last_backup_line = move || {
        let today = browser::now().local_date();
        match state.last_backup.get() {
            Some(at) => format!(
                "Your last backup was made {}.",
                relative_day(at.local_date(), today)
            ),
            None => "No backup has been made from this browser yet.".into(),
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
                "This browser can delete a site's data after a while without a visit. Installing Between keeps your journal safe from that:"
            } else {
                "You can also install Between, so it opens in its own window:"
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
            <h2 id="health-heading">"How this browser keeps your journal"</h2>
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
                    "Ask the browser to keep Between's data"
                </button>
                        })}
            {move || reminder().map(|text| view! { <p class="notice notice--info">{text}</p> })}
        </section>
    }
}
