//! Calendar days as text: `YYYY-MM-DD` (what `<input type="date">` gives and what records
//! store) and the short "2 Nov" used under chart bars.
use serde::{Deserialize, Deserializer, Serializer};

use super::time::Date;

const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Reads `2026-11-03`. Anything else, including impossible days, is `None`.
pub fn parse_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    Date::from_ymd(i64::from(digits(0..4)?), digits(5..7)?, digits(8..10)?)
}

/// "2 Nov": short enough to sit under a chart bar.
pub fn short_date(date: Date) -> String {
    let (_, month, day) = date.ymd();
    let mut text = day.to_string();
    text.push(' ');
    text.push_str(SHORT_MONTHS[month as usize - 1]);
    text
}

/// The Monday on or before `date`; summary weeks start on Monday.
pub fn week_start(date: Date) -> Date {
    // 1970-01-01 was a Thursday, three days after a Monday.
    date.add_days(-(date.days_since_epoch() + 3).rem_euclid(7))
}

/// `#[serde(with = "date_text")]`: stores a `Date` as `YYYY-MM-DD`.
pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// `#[serde(with = "date_text")]`: reads a `Date` from `YYYY-MM-DD`.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_date(&text).ok_or_else(|| serde::de::Error::custom("not a YYYY-MM-DD date"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_their_text() {
        let day = Date::from_ymd(2026, 11, 3).unwrap();
        assert_eq!(parse_date(&day.to_string()), Some(day));
        assert_eq!(parse_date("2024-02-29"), Date::from_ymd(2024, 2, 29));
    }

    #[test]
    fn malformed_dates_are_refused() {
        for text in [
            "",
            "2026-11-3",
            "2026-02-30",
            "2026/11/03",
            "+026-11-03",
            "2026-1a-03",
            "２０２６-11",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn weeks_start_on_monday() {
        let monday = Date::from_ymd(2026, 11, 2).unwrap();
        for offset in 0..7 {
            assert_eq!(week_start(monday.add_days(offset)), monday);
        }
        assert_eq!(week_start(monday.add_days(-1)), monday.add_days(-7));
        assert_eq!(short_date(monday), "2 Nov");
    }
}
