//! The "Add to my calendar" file: upcoming sessions as an RFC 5545 iCalendar text, each with
//! a reminder the evening before (and optionally one an hour before), plus removed sessions
//! once more as cancelled. Pure: "now" and each local time's UTC offset come from the edge.
use crate::domain::calendar::time::Date;
use crate::domain::language::say::sessions as say;
use crate::domain::sessions::session::{CalendarSettings, Sessions, DEFAULT_CALENDAR_TITLE};

/// How long a session with a time is shown for: the usual therapy hour.
const SESSION_MINUTES: i64 = 50;
const PRODID: &str = "-//Between//Session reminders//EN";

/// The calendar file for sessions on or after `today`. `now_utc_millis` is the DTSTAMP;
/// `offset(date, minutes)` is the UTC offset (minutes east, e.g. +60 in Paris in winter) of
/// that local time on that date, so each date uses its own offset across daylight saving.
pub fn calendar_file(
    sessions: &Sessions,
    settings: &CalendarSettings,
    today: Date,
    now_utc_millis: i64,
    offset: impl Fn(Date, u16) -> i32,
) -> String {
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!("PRODID:{PRODID}"));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    let stamp = utc_text(now_utc_millis.div_euclid(60_000));
    let title = escape(settings.title.trim());
    let title = if title.is_empty() || settings.title.trim() == DEFAULT_CALENDAR_TITLE {
        say::appointment().to_string()
    } else {
        title
    };
    let upcoming = sessions.all().iter().filter(|s| s.date >= today);
    for session in upcoming {
        let event = Event {
            uid: session.id.as_str(),
            date: session.date,
            time: session.time,
            sequence: session.revision.saturating_sub(1),
            cancelled: false,
        };
        event.write(&mut out, &stamp, &title, settings, &offset);
    }
    for gone in sessions.cancelled.iter().filter(|c| c.date >= today) {
        let event = Event {
            uid: gone.id.as_str(),
            date: gone.date,
            time: gone.time,
            sequence: gone.sequence.saturating_sub(1),
            cancelled: true,
        };
        event.write(&mut out, &stamp, &title, settings, &offset);
    }
    out.line("END:VCALENDAR");
    out.text
}

/// How many events `calendar_file` writes (sessions and cancellations), for the status line.
pub fn event_count(sessions: &Sessions, today: Date) -> (usize, usize) {
    let upcoming = sessions.all().iter().filter(|s| s.date >= today).count();
    let cancelled = sessions
        .cancelled
        .iter()
        .filter(|c| c.date >= today)
        .count();
    (upcoming, cancelled)
}

struct Event<'a> {
    uid: &'a str,
    date: Date,
    time: Option<u16>,
    /// SEQUENCE starts at 0 and goes up with every change (revision 1 is the first version).
    sequence: u64,
    cancelled: bool,
}

impl Event<'_> {
    fn write(
        &self,
        out: &mut Lines,
        stamp: &str,
        title: &str,
        settings: &CalendarSettings,
        offset: &impl Fn(Date, u16) -> i32,
    ) {
        out.line("BEGIN:VEVENT");
        // The session id is unique and never changes, so importing again updates the event.
        out.line(&format!("UID:{}@between.invalid", self.uid));
        out.line(&format!("DTSTAMP:{stamp}"));
        out.line(&format!("SEQUENCE:{}", self.sequence));
        // Minutes from the start of the event back to the evening reminder. Alarms are written
        // relative to the start (`TRIGGER:-PT…M`): that is the form every calendar that honours
        // imported alarms at all (Apple, Outlook, Thunderbird) takes, and it stays right if the
        // calendar shows the event in another zone.
        let evening_before: i64;
        match self.time {
            Some(minutes) => {
                let start = local_to_utc(self.date, minutes, offset);
                let hour = u16::from(settings.evening_hour) * 60;
                let evening = local_to_utc(self.date.add_days(-1), hour, offset);
                evening_before = start - evening;
                out.line(&format!("DTSTART:{}", utc_text(start)));
                out.line(&format!("DTEND:{}", utc_text(start + SESSION_MINUTES)));
            }
            None => {
                // All-day: the day starts at local midnight, so the evening before is
                // (24 - hour) hours earlier, whatever the offset.
                evening_before = (24 - i64::from(settings.evening_hour)) * 60;
                out.line(&format!("DTSTART;VALUE=DATE:{}", date_text(self.date)));
                out.line(&format!(
                    "DTEND;VALUE=DATE:{}",
                    date_text(self.date.add_days(1))
                ));
            }
        }
        out.line(&format!("SUMMARY:{title}"));
        out.line("TRANSP:OPAQUE");
        if self.cancelled {
            out.line("STATUS:CANCELLED");
        } else {
            out.line("STATUS:CONFIRMED");
            alarm(out, evening_before, say::evening_reminder());
            if settings.hour_before && self.time.is_some() {
                alarm(out, 60, title);
            }
        }
        out.line("END:VEVENT");
    }
}

fn alarm(out: &mut Lines, minutes_before: i64, description: &str) {
    out.line("BEGIN:VALARM");
    out.line("ACTION:DISPLAY");
    out.line(&format!("TRIGGER:-PT{minutes_before}M"));
    out.line(&format!("DESCRIPTION:{}", escape(description)));
    out.line("END:VALARM");
}

/// Minutes since the Unix epoch (UTC) of a local time on `date`.
fn local_to_utc(date: Date, minutes: u16, offset: &impl Fn(Date, u16) -> i32) -> i64 {
    date.days_since_epoch() * 1440 + i64::from(minutes) - i64::from(offset(date, minutes))
}

/// `YYYYMMDDTHHMMSSZ` from minutes since the epoch.
fn utc_text(epoch_minutes: i64) -> String {
    let date = Date::from_ymd(1970, 1, 1)
        .expect("the epoch is a date")
        .add_days(epoch_minutes.div_euclid(1440));
    let in_day = epoch_minutes.rem_euclid(1440);
    format!(
        "{}T{:02}{:02}00Z",
        date_text(date),
        in_day / 60,
        in_day % 60
    )
}

fn date_text(date: Date) -> String {
    let (y, m, d) = date.ymd();
    format!("{y:04}{m:02}{d:02}")
}

/// RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines ending in CRLF, folded at 75 octets without splitting a UTF-8 character.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn line(&mut self, line: &str) {
        let mut room = 75;
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > room {
                self.text.push_str("\r\n ");
                // The leading space counts towards the next line's 75 octets.
                room = 74;
                used = 0;
            }
            self.text.push(c);
            used += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sessions::session::{Repeat, SessionId};

    fn day(y: i64, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    /// Europe/London: +60 from the last Sunday of March to the last Sunday of October.
    fn london(date: Date, _minutes: u16) -> i32 {
        let summer = date >= day(2027, 3, 28) && date < day(2027, 10, 31)
            || date >= day(2026, 3, 29) && date < day(2026, 10, 25);
        if summer {
            60
        } else {
            0
        }
    }

    fn unfold(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_string)
            .collect()
    }

    fn with(list: &[(Date, Option<u16>)]) -> Sessions {
        let mut sessions = Sessions::default();
        for (n, (date, time)) in list.iter().enumerate() {
            let id = SessionId::new(1_800_000_000_000, n as u32);
            sessions.add_repeating(|| id.clone(), *date, *time, Repeat::Never, None);
        }
        sessions
    }

    const NOW: i64 = 1_795_000_000_000;

    #[test]
    fn every_line_ends_in_crlf_and_fits_75_octets_without_splitting_a_character() {
        for n in 0..120 {
            let title = "é😀a,;\\\n".repeat(n % 17) + &"ñ".repeat(n);
            let sessions = with(&[(day(2026, 12, 3), Some(600))]);
            let settings = CalendarSettings {
                title: title.clone(),
                ..Default::default()
            };
            let text = calendar_file(&sessions, &settings, day(2026, 12, 1), NOW, london);
            assert!(text.ends_with("\r\n"));
            for line in text.split("\r\n") {
                assert!(line.len() <= 75, "{line}");
                assert!(!line.contains('\n') && !line.contains('\r'));
            }
            let summary = unfold(&text)
                .into_iter()
                .find(|l| l.starts_with("SUMMARY:"))
                .unwrap();
            let expected = if title.trim().is_empty() {
                "Appointment".to_string()
            } else {
                escape(title.trim())
            };
            assert_eq!(summary, format!("SUMMARY:{expected}"));
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn a_timed_session_is_in_utc_with_its_own_dates_offset_and_reminders() {
        // 29 March 2026 is the day after... the clocks go forward on 29 March in London.
        let sessions = with(&[(day(2026, 3, 28), Some(600)), (day(2026, 3, 30), Some(600))]);
        let settings = CalendarSettings {
            hour_before: true,
            ..Default::default()
        };
        let lines = unfold(&calendar_file(
            &sessions,
            &settings,
            day(2026, 3, 1),
            NOW,
            london,
        ));
        let starts: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTSTART")).collect();
        assert_eq!(
            starts,
            ["DTSTART:20260328T100000Z", "DTSTART:20260330T090000Z"]
        );
        let triggers: Vec<&String> = lines.iter().filter(|l| l.starts_with("TRIGGER")).collect();
        // 10:00 on the 28th from 19:00 GMT the day before: 15 hours. 09:00Z on the 30th
        // from 19:00 BST (18:00Z) on the 29th: 15 hours too.
        assert_eq!(
            triggers,
            [
                "TRIGGER:-PT900M",
                "TRIGGER:-PT60M",
                "TRIGGER:-PT900M",
                "TRIGGER:-PT60M"
            ]
        );
        assert_eq!(lines.iter().filter(|l| *l == "ACTION:DISPLAY").count(), 4);
        assert!(lines.contains(&"DESCRIPTION:Time to look at what you'd like to bring".into()));
        assert!(lines.contains(&"VERSION:2.0".into()));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        assert!(lines.iter().any(|l| l.starts_with("DTSTAMP:2026")));
    }

    #[test]
    fn the_evening_reminder_crosses_a_dst_change_by_the_evenings_own_offset() {
        // Session 09:00 BST on 29 March (08:00Z); the evening before is 19:00 GMT (19:00Z).
        let sessions = with(&[(day(2026, 3, 29), Some(540))]);
        let lines = unfold(&calendar_file(
            &sessions,
            &CalendarSettings::default(),
            day(2026, 3, 1),
            NOW,
            london,
        ));
        assert!(lines.contains(&"DTSTART:20260329T080000Z".into()));
        assert!(lines.contains(&"TRIGGER:-PT780M".into()), "{lines:?}");
    }

    #[test]
    fn an_all_day_session_reminds_at_the_chosen_hour_the_day_before() {
        let sessions = with(&[(day(2026, 12, 3), None)]);
        let settings = CalendarSettings {
            evening_hour: 20,
            hour_before: true,
            ..Default::default()
        };
        let lines = unfold(&calendar_file(
            &sessions,
            &settings,
            day(2026, 12, 1),
            NOW,
            london,
        ));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20261203".into()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20261204".into()));
        let triggers: Vec<&String> = lines.iter().filter(|l| l.starts_with("TRIGGER")).collect();
        assert_eq!(
            triggers,
            ["TRIGGER:-PT240M"],
            "no hour-before alarm without a time"
        );
    }

    #[test]
    fn uids_are_stable_unique_and_removed_sessions_are_cancelled_with_a_higher_sequence() {
        let mut sessions = Sessions::default();
        let mut n = 0;
        let added = sessions.add_repeating(
            || {
                n += 1;
                SessionId::new(1_800_000_000_000, n)
            },
            day(2026, 12, 3),
            Some(600),
            Repeat::Weekly,
            Some(day(2026, 12, 24)),
        );
        assert_eq!(added, 4);
        let today = day(2026, 12, 1);
        let uids = |s: &Sessions| -> Vec<String> {
            let mut u: Vec<String> = unfold(&calendar_file(s, &s.calendar, today, NOW, london))
                .into_iter()
                .filter(|l| l.starts_with("UID:"))
                .collect();
            u.sort();
            u
        };
        let first = uids(&sessions);
        assert_eq!(first.len(), 4);
        assert!(first.windows(2).all(|w| w[0] != w[1]));
        assert_eq!(uids(&sessions), first, "the same on every export");
        let id = sessions.all()[1].id.clone();
        sessions.move_to(&id, day(2026, 12, 11));
        sessions.remove_for_calendar(&id, today);
        let text = unfold(&calendar_file(
            &sessions,
            &sessions.calendar,
            today,
            NOW,
            london,
        ));
        assert_eq!(
            uids(&sessions),
            first,
            "the removed one is still there, cancelled"
        );
        let at = text.iter().position(|l| l == "STATUS:CANCELLED").unwrap();
        let event = &text[..at];
        let begin = event.iter().rposition(|l| l == "BEGIN:VEVENT").unwrap();
        assert!(event[begin..].contains(&format!("UID:{id}@between.invalid")));
        // Revision 2 after the move was SEQUENCE 1; the cancellation is SEQUENCE 2.
        assert!(event[begin..].contains(&"SEQUENCE:2".to_string()));
        // Once its day has passed, the cancellation is dropped at the next removal.
        let other = sessions.all()[0].id.clone();
        sessions.remove_for_calendar(&other, day(2026, 12, 20));
        assert!(sessions.cancelled.is_empty());
    }

    #[test]
    fn made_in_spanish_the_title_and_reminder_are_spanish_and_the_persons_title_stays_theirs() {
        use crate::domain::language::{speaking, Lang};
        let sessions = with(&[(day(2026, 12, 1), Some(600))]);
        let mut settings = CalendarSettings {
            hour_before: true,
            ..Default::default()
        };
        let file = |settings: &CalendarSettings, lang| {
            let text = speaking(lang, || {
                calendar_file(&sessions, settings, day(2026, 11, 30), NOW, london)
            });
            unfold(&text)
        };
        let lines = file(&settings, Lang::Es);
        assert!(lines.contains(&"SUMMARY:Cita".into()), "{lines:?}");
        assert!(
            lines.contains(&"DESCRIPTION:Un momento para mirar lo que te gustaría llevar".into())
        );
        assert!(
            lines.contains(&"DESCRIPTION:Cita".into()),
            "the hour-before alarm"
        );
        assert!(!lines
            .iter()
            .any(|l| l.contains("Appointment") || l.contains("Time to look")));
        // The same stored settings, made in English, say it in English.
        let lines = file(&settings, Lang::En);
        assert!(lines.contains(&"SUMMARY:Appointment".into()));
        assert!(lines.contains(&"DESCRIPTION:Time to look at what you'd like to bring".into()));
        // Typing the neutral word in either language keeps the token; other words are kept.
        speaking(Lang::Es, || settings.set_title(" Cita "));
        assert_eq!(
            settings,
            CalendarSettings {
                hour_before: true,
                ..Default::default()
            }
        );
        assert_eq!(speaking(Lang::Es, || settings.title_in_field()), "Cita");
        settings.set_title("Terapia con Ana");
        assert!(file(&settings, Lang::Es).contains(&"SUMMARY:Terapia con Ana".into()));
        assert!(file(&settings, Lang::En).contains(&"SUMMARY:Terapia con Ana".into()));
    }

    #[test]
    fn past_sessions_are_left_out() {
        let sessions = with(&[(day(2026, 11, 3), Some(600)), (day(2026, 12, 3), None)]);
        let text = calendar_file(&sessions, &sessions.calendar, day(2026, 12, 1), NOW, london);
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
        assert_eq!(event_count(&sessions, day(2026, 12, 1)), (1, 0));
    }
}
