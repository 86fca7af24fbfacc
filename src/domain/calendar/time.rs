//! Dates and times as the person saw them. chrono keeps the calendar and reads RFC 3339; the
//! text written is put together here from whole numbers, because chrono's formatting machinery
//! would cost several KB of the first-load budget for three fixed forms.
use chrono::{DateTime, Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::domain::language::dates;
use crate::domain::language::say::calendar as say;

const MILLIS_PER_DAY: i64 = 86_400_000;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day).map(Self)
    }

    /// (year, month 1-12, day 1-31)
    pub fn ymd(self) -> (i64, u32, u32) {
        (i64::from(self.0.year()), self.0.month(), self.0.day())
    }

    pub fn days_since_epoch(self) -> i64 {
        i64::from(self.0.to_epoch_days())
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    pub fn add_days(self, days: i64) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch().saturating_add(days))
    }

    /// Beyond chrono's range (some 262,000 years either way) its first or last day stands in:
    /// only a damaged homework link gets that far, and its dates are refused as out of range.
    fn from_days_since_epoch(days: i64) -> Self {
        match i32::try_from(days).map(NaiveDate::from_epoch_days) {
            Ok(Some(date)) => Self(date),
            _ if days < 0 => Self(NaiveDate::MIN),
            _ => Self(NaiveDate::MAX),
        }
    }

    /// "Saturday 21 November 2026" / "sábado, 21 de noviembre de 2026"
    pub fn long(self) -> String {
        let weekday = self.0.weekday().num_days_from_monday() as usize;
        dates::long_date(
            weekday,
            self.0.day(),
            self.0.month(),
            i64::from(self.0.year()),
        )
    }
}

impl Date {
    /// Parses `YYYY-MM-DD`, the form `Display` writes and storage keeps.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        Self::from_ymd(i64::from(number(0..4)?), number(5..7)?, number(8..10)?)
    }
}

/// Stored as `YYYY-MM-DD` text, readable in a backup file.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| serde::de::Error::custom("not a YYYY-MM-DD date"))
    }
}

/// "2026-11-21"
impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

/// A moment plus the UTC offset of the place it was written in, so that an entry stays on
/// the day the person wrote it even after they travel. Stored as RFC 3339 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Timestamp {
    epoch_millis: i64,
    offset_minutes: i32,
}

/// Moments order by instant; the offset only breaks ties.
impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.epoch_millis, self.offset_minutes).cmp(&(other.epoch_millis, other.offset_minutes))
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Timestamp {
    /// From milliseconds since the Unix epoch and the browser's `getTimezoneOffset()`
    /// (minutes *behind* UTC, so UTC+2 is -120).
    pub fn from_browser(epoch_millis: f64, timezone_offset_minutes: f64) -> Option<Self> {
        let offset_minutes = -(timezone_offset_minutes.round() as i32);
        if !epoch_millis.is_finite() || offset_minutes.abs() >= 24 * 60 {
            return None;
        }
        Some(Self {
            epoch_millis: epoch_millis as i64,
            offset_minutes,
        })
    }

    /// Parses RFC 3339 such as `2026-11-21T09:30:00+01:00` or `2026-11-21T08:30:00.250Z`.
    pub fn parse(text: &str) -> Option<Self> {
        // chrono also takes U+2212 MINUS SIGN before an offset; the stored form never has it.
        if !text.is_ascii() {
            return None;
        }
        let moment = DateTime::parse_from_rfc3339(text).ok()?;
        Some(Self {
            epoch_millis: moment.timestamp_millis(),
            offset_minutes: moment.offset().local_minus_utc() / 60,
        })
    }

    /// RFC 3339, with milliseconds only when there are some.
    pub fn to_rfc3339(&self) -> String {
        let local = self.local_millis();
        let date = Date::from_days_since_epoch(local.div_euclid(MILLIS_PER_DAY));
        let in_day = local.rem_euclid(MILLIS_PER_DAY);
        let (hour, minute, second, millis) = (
            in_day / 3_600_000,
            in_day / 60_000 % 60,
            in_day / 1000 % 60,
            in_day % 1000,
        );
        let fraction = if millis == 0 {
            String::new()
        } else {
            format!(".{millis:03}")
        };
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let offset = self.offset_minutes.abs();
        format!(
            "{date}T{hour:02}:{minute:02}:{second:02}{fraction}{sign}{:02}:{:02}",
            offset / 60,
            offset % 60
        )
    }

    /// The calendar day in the place it was written.
    pub fn local_date(&self) -> Date {
        Date::from_days_since_epoch(self.local_millis().div_euclid(MILLIS_PER_DAY))
    }

    /// "09:30": the local time of day, for lists grouped by day.
    pub fn time_of_day(&self) -> String {
        let minutes = self.local_millis().rem_euclid(MILLIS_PER_DAY) / 60_000;
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    pub fn epoch_millis(&self) -> i64 {
        self.epoch_millis
    }

    /// Minutes ahead of UTC where it was written (UTC+2 is 120).
    pub fn offset_minutes(&self) -> i32 {
        self.offset_minutes
    }

    /// Whole days elapsed from `earlier` to `self`.
    pub fn days_since(&self, earlier: &Timestamp) -> i64 {
        (self.epoch_millis - earlier.epoch_millis).div_euclid(MILLIS_PER_DAY)
    }

    fn local_millis(&self) -> i64 {
        self.epoch_millis + i64::from(self.offset_minutes) * 60_000
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).ok_or_else(|| serde::de::Error::custom("not an RFC 3339 time"))
    }
}

/// "Today · Saturday 21 November 2026": a day heading in plain words.
pub fn day_heading(date: Date, today: Date) -> String {
    match date.days_until(today) {
        0 => say::today_heading(date.long()),
        1 => say::yesterday_heading(date.long()),
        _ => date.long(),
    }
}

/// "today", "yesterday" or "on Monday 2 November 2026", to finish a sentence.
pub fn relative_day(date: Date, today: Date) -> String {
    match date.days_until(today) {
        0 => say::today().into(),
        1 => say::yesterday().into(),
        _ => say::on_day(date.long()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_offset_is_minutes_behind_utc() {
        // 2026-11-21 23:30 UTC in UTC+2 is already the 22nd.
        let ts = Timestamp::from_browser(1_795_303_800_000.0, -120.0).unwrap();
        assert_eq!(ts.local_date().to_string(), "2026-11-22");
        assert_eq!(ts.time_of_day(), "01:30");
        assert_eq!(ts.to_rfc3339(), "2026-11-22T01:30:00+02:00");
    }

    #[test]
    fn rfc3339_round_trips_with_offsets_and_milliseconds() {
        for text in [
            "2026-11-21T09:30:00+01:00",
            "2026-11-19T22:40:00-05:00",
            "2026-11-21T08:30:00.250+00:00",
            "1969-12-31T23:59:59-09:30",
            "2024-02-29T12:00:00+05:45",
        ] {
            assert_eq!(Timestamp::parse(text).unwrap().to_rfc3339(), text);
        }
        let z = Timestamp::parse("2026-11-21T08:30:00Z").unwrap();
        assert_eq!(
            z,
            Timestamp::parse("2026-11-21T09:30:00+01:00")
                .unwrap()
                .with_offset_for_test(0)
        );
        assert_eq!(
            Timestamp::parse("2026-11-21T08:30:00.123456789Z")
                .unwrap()
                .epoch_millis()
                % 1000,
            123
        );
    }

    #[test]
    fn malformed_times_are_refused() {
        for text in [
            "",
            "2026-11-21",
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-11-21T24:00:00Z",
            "2026-11-21T09:30:00+1:00",
            "2026-11-21T09:30:00",
            "2026-11-21T09:30:00.Z",
            "２０２６-11-21T09:30:00Z",
        ] {
            assert_eq!(Timestamp::parse(text), None, "{text}");
        }
    }

    #[test]
    fn the_calendar_agrees_with_known_days() {
        let day = Date::from_ymd(2026, 11, 21).unwrap();
        assert_eq!(day.long(), "Saturday 21 November 2026");
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(
            Date::from_ymd(2000, 2, 29).unwrap().long(),
            "Tuesday 29 February 2000"
        );
        let epoch = Date::from_ymd(1970, 1, 1).unwrap();
        for days in (-800_000..800_000).step_by(997) {
            let date = epoch.add_days(days);
            assert_eq!(date.days_since_epoch(), days);
            let (y, m, d) = date.ymd();
            assert_eq!(Date::from_ymd(y, m, d), Some(date));
        }
    }

    #[test]
    fn day_headings_name_today_and_yesterday() {
        let today = Date::from_ymd(2026, 11, 21).unwrap();
        assert_eq!(
            day_heading(today, today),
            "Today · Saturday 21 November 2026"
        );
        let yesterday = today.add_days(-1);
        assert!(day_heading(yesterday, today).starts_with("Yesterday"));
        let earlier = Date::from_ymd(2026, 11, 2).unwrap();
        assert_eq!(day_heading(earlier, today), "Monday 2 November 2026");
        assert_eq!(relative_day(today, today), "today");
        assert_eq!(relative_day(yesterday, today), "yesterday");
        assert_eq!(relative_day(earlier, today), "on Monday 2 November 2026");
    }

    #[test]
    fn dates_round_trip_as_text_and_nonsense_is_refused() {
        let day = Date::from_ymd(2026, 11, 21).unwrap();
        assert_eq!(Date::parse("2026-11-21"), Some(day));
        assert_eq!(serde_json::to_string(&day).unwrap(), "\"2026-11-21\"");
        assert_eq!(serde_json::from_str::<Date>("\"2026-11-21\"").unwrap(), day);
        for text in [
            "",
            "2026-1-21",
            "2026-02-30",
            "20261121xx",
            "+026-11-21",
            "２０２６-11-21",
            "2026-11-31",
            "2026/11/21",
            "2026-11-2é",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn days_beyond_the_calendar_stop_at_its_ends() {
        let day = Date::from_ymd(2026, 11, 21).unwrap();
        let (latest, earliest) = (day.add_days(i64::MAX), day.add_days(i64::MIN));
        assert!(latest.ymd().0 > 200_000 && earliest.ymd().0 < -200_000);
        assert_eq!(latest.add_days(1), latest);
        assert!(!earliest.long().is_empty());
    }

    impl Timestamp {
        fn with_offset_for_test(mut self, offset_minutes: i32) -> Self {
            self.offset_minutes = offset_minutes;
            self
        }
    }
}
