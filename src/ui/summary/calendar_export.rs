//! "Add to my calendar": the upcoming sessions as an .ics file made in the page.
use leptos::prelude::*;

use super::summary_data::SummaryData;
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
                let plural = if upcoming == 1 { "" } else { "s" };
                let mut said = format!("Calendar file downloaded: {upcoming} session{plural}");
                if cancelled > 0 {
                    said.push_str(&format!(", {cancelled} removed"));
                }
                said + "."
            }
            Err(reason) => format!("The file couldn't be made ({reason}). You could try again."),
        };
        data.state.status.set(message);
    };
    view! {
        <details class="calendar-export">
            <summary>"Add to my calendar"</summary>
            <p>"A file with your upcoming sessions for your phone's or computer's calendar, with a reminder the evening before to look at what you'd like to bring. Nothing is sent anywhere."</p>
            <div class="field">
                <label class="field-label" for="calendar-title">"Event title"</label>
                <textarea id="calendar-title" rows="2" aria-describedby="calendar-title-note"
                    prop:value=move || settings().title
                    on:change=move |ev| {
                        let title = event_target_value(&ev);
                        data.sessions.update(|s| s.calendar.title = title);
                    }></textarea>
                <p id="calendar-title-note" class="field-hint">"Lock screens show this title, so it says \"Appointment\" unless you choose to say more."</p>
            </div>
            <div class="field">
                <label class="field-label" for="calendar-hour">"Evening reminder at"</label>
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
                <label for="calendar-hour-before">"Also remind me an hour before (sessions with a time)"</label>
            </div>
            <button type="button" class="button" on:click=download>"Download calendar file"</button>
            <p class="field-hint">"Importing the file again updates the sessions instead of adding them twice, and takes out ones you removed. Google Calendar ignores the reminders in an imported file and keeps its own."</p>
        </details>
    }
}
