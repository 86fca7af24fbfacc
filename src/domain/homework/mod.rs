//! Homework from a therapist, owned by the client: what it suggests, the client's list of
//! accepted homework, and how it is going, in words.
mod assignment;
mod form;
mod list;
mod progress;

pub use assignment::{
    Assignment, AssignmentError, FocusKind, Rhythm, FIRST_YEAR, LAST_YEAR, MAX_MESSAGE_CHARS,
    MAX_PERIOD_DAYS, MAX_PROMPTS, MAX_PROMPT_CHARS, MAX_TITLE_CHARS,
};
pub use form::{AssignmentForm, FormError, DEFAULT_LAST_DAY};
pub use list::{
    decode_homework_list, encode_homework_list, glance_homework_list, Homework, HomeworkError,
    HomeworkList, HOMEWORK_KEY,
};
pub use progress::{progress, progress_words, Progress};

#[cfg(test)]
pub(crate) use assignment::tests::{day, sample};

/// Dates in stored records as "YYYY-MM-DD", read strictly.
mod date_text {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    use crate::domain::time::Date;

    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse(&text).ok_or_else(|| D::Error::custom("not a YYYY-MM-DD date"))
    }

    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::from_ymd(i64::from(digits(0..4)?), digits(5..7)?, digits(8..10)?)
    }

    #[cfg(test)]
    #[test]
    fn dates_read_only_in_their_one_form() {
        assert_eq!(
            parse("2026-11-21").map(|d| d.to_string()).as_deref(),
            Some("2026-11-21")
        );
        for bad in [
            "",
            "2026-11-31",
            "2026-1-21",
            "+026-11-21",
            "2026/11/21",
            "2026-11-2é",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
