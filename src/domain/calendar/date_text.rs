//! Calendar helpers for charts and weeks: the short "2 Nov" under chart bars, and the Monday
//! a week starts on. Dates are read with `Date::parse` and stored through `Date`'s own serde.
use crate::domain::calendar::time::Date;
use crate::domain::language::dates;

/// "2 Nov": short enough to sit under a chart bar.
pub fn short_date(date: Date) -> String {
    let (_, month, day) = date.ymd();
    dates::short_date(month, day)
}

/// The Monday on or before `date`; summary weeks start on Monday.
pub fn week_start(date: Date) -> Date {
    // 1970-01-01 was a Thursday, three days after a Monday.
    date.add_days(-(date.days_since_epoch() + 3).rem_euclid(7))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_their_text() {
        let day = Date::from_ymd(2026, 11, 3).unwrap();
        assert_eq!(Date::parse(&day.to_string()), Some(day));
        assert_eq!(Date::parse("2024-02-29"), Date::from_ymd(2024, 2, 29));
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
            assert_eq!(Date::parse(text), None, "{text}");
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
