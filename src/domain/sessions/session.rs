//! Therapy sessions the person has entered, and what happened to each concern in them.
//!
//! Which day counts as "last" and which as "next": a session dated today is still the
//! *next* session for the whole of that day, because people often prepare on the morning
//! of a session. It becomes the *last* session from the following day. So `last` is the
//! latest session strictly before today and `next` the earliest on or after today, and
//! "since my last session" always covers at least today.
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::domain::calendar::time::Date;
use crate::domain::journal::entry::EntryId;
use crate::domain::language::{self, say::sessions as say, Lang};

/// A unique, opaque session id with the same shape and rules as [`EntryId`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionId(pub String);

impl SessionId {
    /// Made at the edge from the clock and a random number; uses only `[0-9a-z-]`.
    pub fn new(epoch_millis: i64, random: u32) -> Self {
        Self(EntryId::new(epoch_millis, random).0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the id has the shape `new` makes.
    pub fn is_well_formed(text: &str) -> bool {
        EntryId::is_well_formed(text)
    }
}

impl std::fmt::Display for SessionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What became of a concern in a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConcernOutcome {
    Raised,
    Resolved,
    CarryOver,
}

impl ConcernOutcome {
    pub const ALL: [ConcernOutcome; 3] = [
        ConcernOutcome::Raised,
        ConcernOutcome::Resolved,
        ConcernOutcome::CarryOver,
    ];

    /// The plain words shown on the choice.
    pub fn label(self) -> &'static str {
        match self {
            ConcernOutcome::Raised => say::raised(),
            ConcernOutcome::Resolved => say::resolved(),
            ConcernOutcome::CarryOver => say::carry_over(),
        }
    }
}

/// One therapy session on one day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    pub date: Date,
    /// Local time of day in minutes since midnight; `None` is an all-day session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<u16>,
    /// Shared by the occurrences made together by one "repeats"; each stays its own session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// What happened to each concern in this session; concerns not talked about are absent.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outcomes: BTreeMap<EntryId, ConcernOutcome>,
    /// Goes up by one on every change.
    pub revision: u64,
}

/// A removed session, kept so the next calendar files cancel it (`STATUS:CANCELLED`) in
/// calendars that imported it. Kept until its day has passed, then dropped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cancelled {
    pub id: SessionId,
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<u16>,
    /// Higher than any revision the session had, so calendars take the cancellation.
    pub sequence: u64,
}

/// The stored token for the neutral event title: kept as this word, whatever the language,
/// and shown and written as [`say::appointment`] in the language in use.
pub const DEFAULT_CALENDAR_TITLE: &str = "Appointment";

/// How "Add to my calendar" writes the file; the title is neutral unless the person says more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarSettings {
    pub title: String,
    /// Hour (0-23) of the reminder the evening before.
    pub evening_hour: u8,
    /// Also a reminder an hour before a session with a time.
    pub hour_before: bool,
}

impl Default for CalendarSettings {
    fn default() -> Self {
        Self {
            title: DEFAULT_CALENDAR_TITLE.into(),
            evening_hour: 19,
            hour_before: false,
        }
    }
}

impl CalendarSettings {
    /// The title as its field shows it: the neutral word in the language in use for the
    /// stored default, else the person's words as typed.
    pub fn title_in_field(&self) -> String {
        if self.title == DEFAULT_CALENDAR_TITLE {
            say::appointment().to_string()
        } else {
            self.title.clone()
        }
    }

    /// Keeps what was typed; the neutral word in any language is kept as the stored token,
    /// so the file follows the language.
    pub fn set_title(&mut self, typed: &str) {
        let neutral = Lang::ALL
            .iter()
            .any(|lang| typed.trim() == language::speaking(*lang, say::appointment));
        self.title = if neutral {
            DEFAULT_CALENDAR_TITLE.to_string()
        } else {
            typed.to_string()
        };
    }
}

/// Reads `HH:MM` (what a time field gives) as minutes since midnight.
pub fn parse_time_of_day(text: &str) -> Option<u16> {
    let (hours, minutes) = text.split_once(':')?;
    let all_digits = |t: &str| t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(hours) || !all_digits(minutes) {
        return None;
    }
    let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

/// `HH:MM`
pub fn time_of_day_text(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// How a new session repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    Never,
    Weekly,
    Fortnightly,
}

/// The most occurrences one "repeats" makes: a year of weekly sessions.
pub const MAX_OCCURRENCES: usize = 53;

/// Every session, kept sorted by date (ties by id) so "last" and "next" are simple scans.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sessions {
    list: Vec<Session>,
    /// Removed sessions whose day has not passed (see [`Cancelled`]).
    pub cancelled: Vec<Cancelled>,
    pub calendar: CalendarSettings,
}

impl Sessions {
    /// Sessions as read from storage (checked there), put in order.
    pub fn from_list(list: Vec<Session>) -> Self {
        let mut sessions = Self {
            list,
            ..Self::default()
        };
        sessions.sort();
        sessions
    }

    /// Adds `first` and, when it repeats, one session every one or two weeks up to and
    /// including `until` (at most [`MAX_OCCURRENCES`]), sharing a series id. `ids` gives a
    /// fresh id per occurrence. Returns how many were added.
    pub fn add_repeating(
        &mut self,
        mut ids: impl FnMut() -> SessionId,
        first: Date,
        time: Option<u16>,
        repeat: Repeat,
        until: Option<Date>,
    ) -> usize {
        let step = match repeat {
            Repeat::Never => 0,
            Repeat::Weekly => 7,
            Repeat::Fortnightly => 14,
        };
        let last = until.filter(|_| step > 0).unwrap_or(first);
        let mut added = 0;
        let mut date = first;
        let mut series = None;
        while date <= last && added < MAX_OCCURRENCES {
            let id = ids();
            if step > 0 {
                series.get_or_insert_with(|| id.0.clone());
            }
            if self.add(id.clone(), date) {
                let session = self.list.iter_mut().find(|s| s.id == id).expect("added");
                session.time = time;
                session.series = series.clone();
                added += 1;
            }
            if step == 0 {
                break;
            }
            date = date.add_days(step);
        }
        added
    }

    /// Sets (or with `None`, clears) a session's time of day. Returns whether it was found.
    pub fn set_time(&mut self, id: &SessionId, time: Option<u16>) -> bool {
        let Some(session) = self.list.iter_mut().find(|s| &s.id == id) else {
            return false;
        };
        session.time = time;
        session.revision += 1;
        true
    }

    /// Removes a session and remembers it as cancelled until `today` is past its day, so the
    /// next calendar file takes it out of calendars that imported it.
    pub fn remove_for_calendar(&mut self, id: &SessionId, today: Date) -> Option<Session> {
        let removed = self.remove(id)?;
        self.cancelled
            .retain(|c| c.date >= today && c.id != removed.id);
        if removed.date >= today {
            self.cancelled.push(Cancelled {
                id: removed.id.clone(),
                date: removed.date,
                time: removed.time,
                sequence: removed.revision + 1,
            });
        }
        Some(removed)
    }

    /// All sessions, earliest first.
    pub fn all(&self) -> &[Session] {
        &self.list
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get(&self, id: &SessionId) -> Option<&Session> {
        self.list.iter().find(|s| &s.id == id)
    }

    /// Adds a session on `date`. Returns false (and changes nothing) if the id is taken.
    pub fn add(&mut self, id: SessionId, date: Date) -> bool {
        if self.get(&id).is_some() {
            return false;
        }
        self.list.push(Session {
            id,
            date,
            time: None,
            series: None,
            outcomes: BTreeMap::new(),
            revision: 1,
        });
        self.sort();
        true
    }

    /// Moves a session to another day, keeping its outcomes. Returns whether it was found.
    pub fn move_to(&mut self, id: &SessionId, date: Date) -> bool {
        let Some(session) = self.list.iter_mut().find(|s| &s.id == id) else {
            return false;
        };
        session.date = date;
        session.revision += 1;
        self.sort();
        true
    }

    pub fn remove(&mut self, id: &SessionId) -> Option<Session> {
        let index = self.list.iter().position(|s| &s.id == id)?;
        Some(self.list.remove(index))
    }

    /// The latest session before today (see the module notes for why not today).
    pub fn last(&self, today: Date) -> Option<&Session> {
        self.list.iter().rev().find(|s| s.date < today)
    }

    /// The earliest session today or later.
    pub fn next(&self, today: Date) -> Option<&Session> {
        self.list.iter().find(|s| s.date >= today)
    }

    /// Records (or with `None`, clears) what happened to a concern in a session.
    /// Returns whether the session was found.
    pub fn set_outcome(
        &mut self,
        session: &SessionId,
        entry: &EntryId,
        outcome: Option<ConcernOutcome>,
    ) -> bool {
        let Some(session) = self.list.iter_mut().find(|s| &s.id == session) else {
            return false;
        };
        match outcome {
            Some(outcome) => session.outcomes.insert(entry.clone(), outcome),
            None => session.outcomes.remove(entry),
        };
        session.revision += 1;
        true
    }

    /// The most recent outcome of a concern, by session date.
    pub fn latest_outcome(&self, entry: &EntryId) -> Option<ConcernOutcome> {
        self.list
            .iter()
            .rev()
            .find_map(|s| s.outcomes.get(entry).copied())
    }

    /// Concerns whose most recent outcome is "carry over": they belong in the next summary
    /// even when written before its dates. A later "raised" or "resolved" settles them.
    pub fn carried_over(&self) -> BTreeSet<EntryId> {
        let mut settled: BTreeSet<&EntryId> = BTreeSet::new();
        let mut carried = BTreeSet::new();
        // Latest first, so each concern's most recent outcome is the one that counts.
        for session in self.list.iter().rev() {
            for (entry, outcome) in &session.outcomes {
                if settled.insert(entry) && *outcome == ConcernOutcome::CarryOver {
                    carried.insert(entry.clone());
                }
            }
        }
        carried
    }

    /// Concerns carried over as things stood before `date`: only sessions before it count.
    pub fn carried_over_before(&self, date: Date) -> BTreeSet<EntryId> {
        Sessions {
            list: self
                .list
                .iter()
                .filter(|s| s.date < date)
                .cloned()
                .collect(),
            ..Sessions::default()
        }
        .carried_over()
    }

    /// By date, ties by id. A plain insertion sort: the list is short and nearly always
    /// sorted already, and it keeps the summary bundle free of another `sort` instance.
    fn sort(&mut self) {
        let list = &mut self.list;
        for i in 1..list.len() {
            let mut j = i;
            while j > 0 && (&list[j - 1].date, &list[j - 1].id) > (&list[j].date, &list[j].id) {
                list.swap(j - 1, j);
                j -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // The record codecs live with the stored format; these tests check them on this part's data.
    #[allow(unused_imports)]
    use crate::domain::records::{error::StorageError, format::FORMAT_VERSION, small::*};

    fn day(d: u32) -> Date {
        Date::from_ymd(2026, 11, d).unwrap()
    }

    fn id(n: u32) -> SessionId {
        SessionId::new(1_700_000_000_000, n)
    }

    #[test]
    fn sessions_stay_sorted_by_date() {
        let mut sessions = Sessions::default();
        assert!(sessions.add(id(1), day(20)));
        assert!(sessions.add(id(2), day(6)));
        assert!(!sessions.add(id(2), day(9)), "ids are unique");
        let dates: Vec<Date> = sessions.all().iter().map(|s| s.date).collect();
        assert_eq!(dates, [day(6), day(20)]);
        assert!(sessions.move_to(&id(2), day(27)));
        assert_eq!(sessions.all()[1].id, id(2));
        assert_eq!(sessions.all()[1].revision, 2);
        assert!(sessions.remove(&id(1)).is_some());
        assert!(sessions.remove(&id(1)).is_none());
        assert!(!sessions.move_to(&id(1), day(1)));
    }

    #[test]
    fn a_session_today_is_next_until_tomorrow() {
        let mut sessions = Sessions::default();
        sessions.add(id(1), day(3));
        sessions.add(id(2), day(10));
        sessions.add(id(3), day(17));
        assert_eq!(sessions.last(day(10)).map(|s| s.date), Some(day(3)));
        assert_eq!(sessions.next(day(10)).map(|s| s.date), Some(day(10)));
        assert_eq!(sessions.last(day(11)).map(|s| s.date), Some(day(10)));
        assert_eq!(sessions.next(day(11)).map(|s| s.date), Some(day(17)));
        assert_eq!(sessions.last(day(3)), None);
        assert_eq!(sessions.next(day(18)), None);
    }

    #[test]
    fn the_latest_outcome_decides_carry_over() {
        let concern = EntryId::new(1_700_000_000_000, 9);
        let mut sessions = Sessions::default();
        sessions.add(id(1), day(3));
        sessions.add(id(2), day(10));
        sessions.set_outcome(&id(2), &concern, Some(ConcernOutcome::CarryOver));
        sessions.set_outcome(&id(1), &concern, Some(ConcernOutcome::Resolved));
        assert!(sessions.carried_over().contains(&concern));
        sessions.set_outcome(&id(2), &concern, Some(ConcernOutcome::Raised));
        assert!(sessions.carried_over().is_empty());
        assert_eq!(
            sessions.latest_outcome(&concern),
            Some(ConcernOutcome::Raised)
        );
        sessions.set_outcome(&id(2), &concern, None);
        assert_eq!(
            sessions.latest_outcome(&concern),
            Some(ConcernOutcome::Resolved)
        );
        assert!(!sessions.set_outcome(&id(7), &concern, None));
    }

    #[test]
    fn the_record_round_trips() {
        let mut sessions = Sessions::default();
        sessions.add(id(1), day(3));
        sessions.set_outcome(&id(1), &EntryId::new(1, 2), Some(ConcernOutcome::CarryOver));
        let raw = encode_sessions(&sessions);
        let start = format!(r#"{{"v":{FORMAT_VERSION},"sessions":[{{"#);
        assert!(raw.starts_with(&start), "{raw}");
        assert!(raw.contains(r#""date":"2026-11-03""#), "{raw}");
        assert_eq!(decode_sessions(&raw), Ok(sessions));
    }

    #[test]
    fn times_series_cancellations_and_calendar_settings_round_trip_and_old_records_still_read() {
        let mut sessions = Sessions::default();
        let mut n = 0;
        sessions.add_repeating(
            || {
                n += 1;
                id(n)
            },
            day(3),
            Some(17 * 60 + 30),
            Repeat::Fortnightly,
            Some(day(30)),
        );
        assert_eq!(sessions.all().len(), 2, "3rd and 17th");
        assert!(sessions
            .all()
            .iter()
            .all(|s| s.series == Some(id(1).0.clone())));
        sessions.remove_for_calendar(&id(2), day(1));
        sessions.calendar.title = "Therapy, with Sam".into();
        let raw = encode_sessions(&sessions);
        assert!(raw.contains(r#""time":1050"#), "{raw}");
        assert_eq!(decode_sessions(&raw), Ok(sessions));
        // A v3 record from before times and repeats reads as all-day sessions.
        let old = r#"{"v":3,"sessions":[{"id":"18f0a1b2c00-00000001","date":"2026-11-03","revision":1}]}"#;
        let read = decode_sessions(old).unwrap();
        assert_eq!(read.all()[0].time, None);
        assert_eq!(read.calendar, CalendarSettings::default());
        let bad = old.replace(r#""revision""#, r#""time":1440,"revision""#);
        assert!(decode_sessions(&bad).is_err());
    }

    #[test]
    fn times_of_day_read_and_write_as_hh_mm() {
        assert_eq!(parse_time_of_day("09:05"), Some(545));
        assert_eq!(time_of_day_text(545), "09:05");
        for bad in ["24:00", "9:05", "09:60", "", "ab:cd"] {
            assert_eq!(parse_time_of_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_repeat_stops_at_a_year() {
        let mut sessions = Sessions::default();
        let mut n = 0;
        let added = sessions.add_repeating(
            || {
                n += 1;
                id(n)
            },
            day(1),
            None,
            Repeat::Weekly,
            Some(Date::from_ymd(2030, 1, 1).unwrap()),
        );
        assert_eq!(added, MAX_OCCURRENCES);
    }
}
