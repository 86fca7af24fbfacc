//! Dates and times as the person saw them, with no date library: chrono cost several KB of
//! the first-load budget for the little we need (RFC 3339, a calendar day, a long date).
use serde::{Deserialize, Deserializer, Serialize, Serializer};

const MILLIS_PER_DAY: i64 = 86_400_000;
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar day, counted from 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i64);

impl Date {
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self(days_from_civil(year, month, day)))
    }

    /// (year, month 1-12, day 1-31)
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.0)
    }

    pub fn days_since_epoch(self) -> i64 {
        self.0
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0 - self.0
    }

    pub fn add_days(self, days: i64) -> Self {
        Self(self.0 + days)
    }

    /// "Saturday 21 November 2026"
    pub fn long(self) -> String {
        let (year, month, day) = self.ymd();
        // 1970-01-01 was a Thursday.
        let weekday = WEEKDAYS[(self.0 + 3).rem_euclid(7) as usize];
        format!("{weekday} {day} {} {year}", MONTHS[month as usize - 1])
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
        let bytes = text.as_bytes();
        if bytes.len() < 20 || !text.is_ascii() {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<i64> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let separators_ok = bytes[4] == b'-'
            && bytes[7] == b'-'
            && matches!(bytes[10], b'T' | b't' | b' ')
            && bytes[13] == b':'
            && bytes[16] == b':';
        if !separators_ok {
            return None;
        }
        let date = Date::from_ymd(number(0..4)?, number(5..7)? as u32, number(8..10)? as u32)?;
        let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let mut rest = &text[19..];
        let mut millis = 0;
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            let padded = format!("{:0<3}", &fraction[..digits.min(3)]);
            millis = padded.parse::<i64>().ok()?;
            rest = &fraction[digits..];
        }
        let offset_minutes = match rest {
            "Z" | "z" => 0,
            _ if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
                let sign = match rest.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let hours = rest[1..3].parse::<i32>().ok()?;
                let minutes = rest[4..6].parse::<i32>().ok()?;
                if hours > 23 || minutes > 59 {
                    return None;
                }
                sign * (hours * 60 + minutes)
            }
            _ => return None,
        };
        let local = date.0 * MILLIS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
        Some(Self {
            epoch_millis: local - i64::from(offset_minutes) * 60_000,
            offset_minutes,
        })
    }

    /// RFC 3339, with milliseconds only when there are some.
    pub fn to_rfc3339(&self) -> String {
        let local = self.local_millis();
        let date = Date(local.div_euclid(MILLIS_PER_DAY));
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
        Date(self.local_millis().div_euclid(MILLIS_PER_DAY))
    }

    /// "09:30": the local time of day, for lists grouped by day.
    pub fn time_of_day(&self) -> String {
        let minutes = self.local_millis().rem_euclid(MILLIS_PER_DAY) / 60_000;
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    pub fn epoch_millis(&self) -> i64 {
        self.epoch_millis
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
        0 => format!("Today · {}", date.long()),
        1 => format!("Yesterday · {}", date.long()),
        _ => date.long(),
    }
}

/// "today", "yesterday" or "on Monday 2 November 2026", to finish a sentence.
pub fn relative_day(date: Date, today: Date) -> String {
    match date.days_until(today) {
        0 => "today".into(),
        1 => "yesterday".into(),
        _ => format!("on {}", date.long()),
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
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
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = Date(days).ymd();
            assert_eq!(Date::from_ymd(y, m, d), Some(Date(days)));
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

    impl Timestamp {
        fn with_offset_for_test(mut self, offset_minutes: i32) -> Self {
            self.offset_minutes = offset_minutes;
            self
        }
    }
}
