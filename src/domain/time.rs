//! Wall-clock time as the person saw it: a moment plus the UTC offset it was written in.
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// A moment with the offset of the place it was written in, so that an entry stays on the
/// day the person wrote it even after they travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl Timestamp {
    /// Builds a timestamp from milliseconds since the Unix epoch and the browser's
    /// `getTimezoneOffset()` (minutes *behind* UTC, so UTC+2 is -120).
    pub fn from_browser(epoch_millis: f64, timezone_offset_minutes: f64) -> Option<Self> {
        let offset = FixedOffset::west_opt((timezone_offset_minutes * 60.0).round() as i32)?;
        let utc = Utc.timestamp_millis_opt(epoch_millis as i64).single()?;
        Some(Self(utc.with_timezone(&offset)))
    }

    /// Parses an RFC 3339 string such as `2026-11-21T09:30:00+01:00`.
    pub fn parse(text: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(text).ok().map(Self)
    }

    /// The calendar day in the place it was written.
    pub fn local_date(&self) -> NaiveDate {
        self.0.date_naive()
    }

    /// "09:30": the local time of day, for lists grouped by day.
    pub fn time_of_day(&self) -> String {
        self.0.format("%H:%M").to_string()
    }

    /// Milliseconds since the Unix epoch, for ids and ordering.
    pub fn epoch_millis(&self) -> i64 {
        self.0.timestamp_millis()
    }
}

/// "Saturday 21 November 2026": a day heading in plain words.
pub fn day_heading(date: NaiveDate, today: NaiveDate) -> String {
    let days_ago = (today - date).num_days();
    let long = date.format("%A %-d %B %Y").to_string();
    match days_ago {
        0 => format!("Today · {long}"),
        1 => format!("Yesterday · {long}"),
        _ => long,
    }
}

/// "today", "yesterday" or "on Monday 2 November 2026", to finish a sentence.
pub fn relative_day(date: NaiveDate, today: NaiveDate) -> String {
    match (today - date).num_days() {
        0 => "today".into(),
        1 => "yesterday".into(),
        _ => format!("on {}", date.format("%A %-d %B %Y")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_offset_is_minutes_behind_utc() {
        // 2026-11-21 23:30 UTC in UTC+2 is already the 22nd.
        let millis = 1_795_303_800_000.0;
        let ts = Timestamp::from_browser(millis, -120.0).unwrap();
        assert_eq!(ts.local_date().to_string(), "2026-11-22");
        assert_eq!(ts.time_of_day(), "01:30");
    }

    #[test]
    fn day_headings_name_today_and_yesterday() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        assert_eq!(
            day_heading(today, today),
            "Today · Saturday 21 November 2026"
        );
        let yesterday = today.pred_opt().unwrap();
        assert!(day_heading(yesterday, today).starts_with("Yesterday"));
        let earlier = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(day_heading(earlier, today), "Monday 2 November 2026");
        assert_eq!(relative_day(today, today), "today");
        assert_eq!(relative_day(yesterday, today), "yesterday");
        assert_eq!(relative_day(earlier, today), "on Monday 2 November 2026");
    }
}
