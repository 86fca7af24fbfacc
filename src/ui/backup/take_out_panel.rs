//! Taking the journal to another app: Markdown (one file per entry in a zip, or one long file)
//! and CSV, for the dates chosen. Files are made in memory and downloaded, never encrypted, so
//! the panel says so and points back to the encrypted backup.
use leptos::prelude::*;

use crate::domain::calendar::time::Date;
use crate::domain::exchange::export::{journal_csv, long_markdown, markdown_zip};
use crate::domain::goals::Goals;
use crate::domain::language::say::backup as say;
use crate::domain::{Entry, Journal};
use crate::storage::{browser, files};
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    MarkdownZip,
    LongMarkdown,
    Csv,
}

/// One export file, made and ready to download.
struct Made {
    name: String,
    mime: &'static str,
    bytes: Vec<u8>,
}

impl Format {
    /// Builds the file from `entries` (oldest first); named by `today` like the backups.
    fn make(self, entries: &[&Entry], goals: &Goals, today: Date) -> Made {
        let entries = entries.iter().copied();
        let (name, mime, bytes) = match self {
            Format::MarkdownZip => {
                let titles = goals.titles_by_entry();
                let goals_of = |e: &Entry| titles.get(&e.id).cloned().unwrap_or_default();
                let zip = markdown_zip(entries, goals_of);
                (
                    format!("between-markdown-{today}.zip"),
                    "application/zip",
                    zip,
                )
            }
            Format::LongMarkdown => {
                let text = long_markdown(say::long_markdown_title(), entries);
                let name = format!("between-journal-{today}.md");
                (name, "text/markdown;charset=utf-8", text.into_bytes())
            }
            Format::Csv => {
                let text = journal_csv(entries);
                let name = format!("between-journal-{today}.csv");
                (name, "text/csv;charset=utf-8", text.into_bytes())
            }
        };
        Made { name, mime, bytes }
    }

    fn label(self) -> &'static str {
        match self {
            Format::MarkdownZip => say::download_markdown_zip(),
            Format::LongMarkdown => say::download_long_markdown(),
            Format::Csv => say::download_csv(),
        }
    }
}

/// The entries written from `from` to `to` (each included; `None` is open-ended), oldest
/// first, as the files read best.
fn chosen(journal: &Journal, from: Option<Date>, to: Option<Date>) -> Vec<&Entry> {
    let mut entries = journal.newest_first();
    entries.reverse();
    entries.retain(|e| {
        let day = e.created_at.local_date();
        from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
    });
    entries
}

/// The panel after the backup downloads on /backup.
#[component]
pub fn TakeOutPanel() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let goals = records().goals;
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Format>);

    let take_out = move |format: Format| {
        // A date input's value is empty when blank or not a whole date: the open end.
        let (first, last) = (
            Date::parse(&from.get_untracked()),
            Date::parse(&to.get_untracked()),
        );
        if matches!((first, last), (Some(f), Some(l)) if f > l) {
            return message.set(Some(say::take_out_dates_backwards().into()));
        }
        message.set(None);
        busy.set(Some(format));
        state.status.set(say::making_file().into());
        leptos::task::spawn_local(async move {
            state.whole_journal().await;
            // "Making your file…" is drawn before the work, which takes a moment for years
            // of entries.
            browser::next_frame().await;
            let today = browser::now().local_date();
            let made = state.journal.with_untracked(|journal| {
                let entries = chosen(journal, first, last);
                (!entries.is_empty()).then(|| {
                    let file = goals
                        .value
                        .with_untracked(|g| format.make(&entries, g, today));
                    (entries.len(), file)
                })
            });
            busy.set(None);
            let done = match made {
                None => Err(say::take_out_nothing().to_string()),
                Some((count, file)) => files::download_bytes(&file.name, file.mime, &file.bytes)
                    .map(|()| count)
                    .map_err(say::take_out_not_made),
            };
            match done {
                Ok(count) => state.status.set(say::take_out_downloading(count)),
                Err(problem) => {
                    // The alert says it; the live region stops saying "Making your file…".
                    state.status.set(String::new());
                    message.set(Some(problem));
                }
            }
        });
    };

    let button = move |format: Format| {
        view! {
            <button type="button" class="button" disabled=move || busy.get().is_some()
                on:click=move |_| take_out(format)>
                {move || if busy.get() == Some(format) { say::making_file() } else { format.label() }}
            </button>
        }
    };
    let date_field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label class="field-label" for=id>{label}</label>
                <input id=id type="date" aria-describedby="take-out-dates-help take-out-message"
                    prop:value=move || value.get()
                    on:change=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };

    view! {
        <section class="card" aria-labelledby="take-out-heading">
            <h2 id="take-out-heading">{say::take_out_heading()}</h2>
            <p>{say::take_out_intro()}</p>
            <p class="notice notice--info">{say::take_out_not_encrypted()}</p>
            <fieldset class="take-out-dates">
                <legend>{say::take_out_dates()}</legend>
                <p id="take-out-dates-help" class="field-help">{say::take_out_dates_help()}</p>
                {date_field("take-out-from", say::take_out_from(), from)}
                {date_field("take-out-to", say::take_out_to(), to)}
            </fieldset>
            <div class="entry-actions">
                {button(Format::MarkdownZip)}
                {button(Format::LongMarkdown)}
                {button(Format::Csv)}
            </div>
            <p id="take-out-message" class="field-error" role="alert">{move || message.get()}</p>
        </section>
    }
}
