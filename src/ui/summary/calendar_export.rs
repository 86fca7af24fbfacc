//! "Add to my calendar": the upcoming sessions as an .ics file made in the page.
use leptos::prelude::*;

use super::summary_data::SummaryData;
use crate::domain::language::say::{sessions as say, summary as sheet};
use crate::domain::sessions::ics::{calendar_file, event_count};
use crate::storage::{browser, files};

/// The calendar file's settings (title, reminder hour) and its download button.
#[component]
pub fn CalendarExport(data: SummaryData) -> impl IntoView {
    let settings = move || data.sessions.value.with(|s| s.calendar.clone());
    let download = move |_| {
        let now = browser::now();
        let (text, (upcoming, cancelled)) = data.sessions.value.with_untracked(|s| {
            let text = calendar_file(
                s,
                &s.calendar,
                data.today,
                now.epoch_millis(),
                browser::local_offset,
            );
            (text, event_count(s, data.today))
        });
        let message = match files::download("between-sessions.ics", "text/calendar", &text) {
            Ok(()) => {
                let mut said = say::calendar_downloaded(upcoming);
                if cancelled > 0 {
                    said.push_str(&say::calendar_removed(cancelled));
                }
                said + "."
            }
            Err(reason) => sheet::file_not_made(reason),
        };
        data.state.status.set(message);
    };
    view! {
        <details class="calendar-export">
            <summary>{say::add_to_calendar()}</summary>
            <p>{say::calendar_help()}</p>
            <div class="field">
                <label class="field-label" for="calendar-title">{say::event_title()}</label>
                <textarea id="calendar-title" rows="2" aria-describedby="calendar-title-note"
                    prop:value=move || settings().title_in_field()
                    on:change=move |ev| {
                        let title = event_target_value(&ev);
                        data.sessions.update(|s| s.calendar.set_title(&title));
                    }></textarea>
                <p id="calendar-title-note" class="field-hint">{say::event_title_note()}</p>
            </div>
            <div class="field">
                <label class="field-label" for="calendar-hour">{say::evening_reminder_at()}</label>
                <select id="calendar-hour" prop:value=move || settings().evening_hour.to_string()
                    on:change=move |ev| {
                        if let Ok(hour) = event_target_value(&ev).parse::<u8>() {
                            data.sessions.update(|s| s.calendar.evening_hour = hour.min(23));
                        }
                    }>
                    {(12..=23u8).map(|h| view! { <option value=h.to_string()>{format!("{h}:00")}</option> }).collect_view()}
                </select>
            </div>
            <div class="field field--check">
                <input id="calendar-hour-before" type="checkbox"
                    prop:checked=move || settings().hour_before
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        data.sessions.update(|s| s.calendar.hour_before = on);
                    }/>
                <label for="calendar-hour-before">{say::hour_before()}</label>
            </div>
            <button type="button" class="button" on:click=download>{say::download_calendar()}</button>
            <p class="field-hint">{say::import_again_note()}</p>
        </details>
    }
}
