//! Session dates: add one, see which is last and next, remove one, and mark concerns.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::calendar_export::CalendarExport;
use super::outcomes_panel::OutcomesPanel;
use super::summary_data::{Line, SummaryData};
use crate::domain::calendar::time::Date;
use crate::domain::language::say::sessions as say;
use crate::domain::sessions::session::{parse_time_of_day, time_of_day_text, Repeat, SessionId};
use crate::domain::EntryKind;
use crate::storage::browser;

/// "My sessions": past and upcoming dates, with last and next said in words.
#[component]
pub fn SessionsPanel(data: SummaryData) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let typed_time = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::from("never"));
    let until = RwSignal::new(String::new());
    let message = RwSignal::new(None::<&'static str>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(date) = Date::parse(&typed.get_untracked()) else {
            return message.set(Some(say::choose_day()));
        };
        let time_text = typed_time.get_untracked();
        let time = parse_time_of_day(&time_text);
        if time.is_none() && !time_text.is_empty() {
            return message.set(Some(say::time_as_hours()));
        }
        let repeat = match repeat.get_untracked().as_str() {
            "weekly" => Repeat::Weekly,
            "fortnightly" => Repeat::Fortnightly,
            _ => Repeat::Never,
        };
        let until = Date::parse(&until.get_untracked());
        if repeat != Repeat::Never && until.is_none_or(|u| u < date) {
            return message.set(Some(say::choose_until()));
        }
        message.set(None);
        let mut added = 0;
        data.sessions.update(|s| {
            let ids = || SessionId(browser::new_entry_id(browser::now()).0);
            added = s.add_repeating(ids, date, time, repeat, until);
        });
        typed.set(String::new());
        let said = if added > 1 {
            say::sessions_added(added, date.long())
        } else {
            say::session_added(date.long())
        };
        data.state.status.set(said);
    };
    // The session whose "Change date or time" is open stays open as the list is redrawn.
    let changing = RwSignal::new(String::new());
    let rows = Memo::new(move |_| {
        data.sessions.value.with(|sessions| {
            let last = sessions.last(data.today).map(|s| s.id.clone());
            let next = sessions.next(data.today).map(|s| s.id.clone());
            sessions
                .all()
                .iter()
                .rev()
                .map(|s| {
                    let mark = if Some(&s.id) == last.as_ref() {
                        say::last_session()
                    } else if Some(&s.id) == next.as_ref() {
                        say::next_session()
                    } else if s.date < data.today {
                        say::past()
                    } else {
                        say::coming_up()
                    };
                    Line {
                        id: s.id.0.clone(),
                        kind: EntryKind::Concern,
                        words: match s.time {
                            Some(t) => format!("{}, {}", s.date.long(), time_of_day_text(t)),
                            None => s.date.long(),
                        },
                        note: mark.to_string(),
                        past: s.date < data.today,
                    }
                })
                .collect::<Vec<Line>>()
        })
    });
    view! {
        <section class="card sessions-panel" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{say::sessions_heading()}</h2>
            <p>{say::sessions_help()}</p>
            <form class="session-add" on:submit=add novalidate>
                <div class="field">
                    <label class="field-label" for="session-date">{say::session_date()}</label>
                    <input id="session-date" type="date" aria-describedby="session-message"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label class="field-label" for="session-time">{say::time_optional()}</label>
                    <input id="session-time" type="time"
                        prop:value=move || typed_time.get()
                        on:input=move |ev| typed_time.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label class="field-label" for="session-repeat">{say::repeats()}</label>
                    <select id="session-repeat" prop:value=move || repeat.get()
                        on:change=move |ev| repeat.set(event_target_value(&ev))>
                        <option value="never">{say::does_not_repeat()}</option>
                        <option value="weekly">{say::every_week()}</option>
                        <option value="fortnightly">{say::every_two_weeks()}</option>
                    </select>
                </div>
                {move || (repeat.get() != "never").then(|| view! {
                    <div class="field">
                        <label class="field-label" for="session-until">{say::until()}</label>
                        <input id="session-until" type="date"
                            prop:value=move || until.get()
                            on:input=move |ev| until.set(event_target_value(&ev))/>
                    </div>
                })}
                <button type="submit" class="button">{say::add_session()}</button>
                <p id="session-message" class="field-error" role="alert">{move || message.get()}</p>
            </form>
            {move || rows.with(Vec::is_empty).then(|| view! {
                <p class="empty-note">{say::no_sessions()}</p>
            })}
            <ul class="session-list" role="list">
                {move || rows.get().into_iter().map(|Line { id, words: long, note: mark, past, .. }| {
                    let id = SessionId(id);
                    let session = id.clone();
                    let (moved, timed) = (id.clone(), id.clone());
                    let (date_now, time_now) = data.sessions.value.with_untracked(|s| {
                        s.get(&id).map_or((String::new(), String::new()), |s| {
                            (s.date.to_string(), s.time.map(time_of_day_text).unwrap_or_default())
                        })
                    });
                    let change_label = say::change_session(&long);
                    let remove_label = say::remove_session(&long);
                    let remove = move |_| {
                        data.sessions.update(|s| { s.remove_for_calendar(&id, data.today); });
                        data.state.status.set(say::session_removed().into());
                    };
                    view! {
                        <li class="session">
                            <p class="session-line">
                                <span class="session-date">{long}</span>
                                <span class="session-mark">{mark}</span>
                                <button type="button" class="button button--quiet" aria-label=remove_label on:click=remove>{say::remove()}</button>
                            </p>
                            <details class="session-change"
                                open=changing.with_untracked(|c| *c == session.0)
                                on:toggle={
                                    let this = session.0.clone();
                                    move |ev: leptos::ev::Event| {
                                        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                                        if open {
                                            changing.set(this.clone());
                                        } else if changing.with_untracked(|c| *c == this) {
                                            changing.set(String::new());
                                        }
                                    }
                                }>
                                <summary aria-label=change_label>{say::change_date_or_time()}</summary>
                                <div class="session-add">
                                    <div class="field">
                                        <label class="field-label" for=format!("move-date-{session}")>{say::new_date()}</label>
                                        <input id=format!("move-date-{session}") type="date" value=date_now
                                            on:change=move |ev| {
                                                if let Some(date) = Date::parse(&event_target_value(&ev)) {
                                                    // Marked open here too: the toggle event may not have run before
                                                    // the list is redrawn.
                                                    changing.set(moved.0.clone());
                                                    data.sessions.update(|s| { s.move_to(&moved, date); });
                                                    data.state.status.set(say::session_moved(date.long()));
                                                }
                                            }/>
                                    </div>
                                    <div class="field">
                                        <label class="field-label" for=format!("move-time-{session}")>{say::new_time()}</label>
                                        <input id=format!("move-time-{session}") type="time" value=time_now
                                            on:change=move |ev| {
                                                let time = parse_time_of_day(&event_target_value(&ev));
                                                changing.set(timed.0.clone());
                                                data.sessions.update(|s| { s.set_time(&timed, time); });
                                                data.state.status.set(match time {
                                                    Some(t) => say::session_time_set(time_of_day_text(t)),
                                                    None => say::session_all_day().into(),
                                                });
                                            }/>
                                    </div>
                                </div>
                            </details>
                            {past.then(|| view! { <OutcomesPanel data=data session=session.clone()/> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <CalendarExport data=data/>
        </section>
    }
}
