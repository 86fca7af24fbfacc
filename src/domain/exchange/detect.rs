//! Which app made a file, and reading it: a zip member (a Daylio backup or a Day One
//! journal) or a whole text file (Daylio's CSV, Day One's JSON). Bad files end here with one
//! `FileProblem`, and nothing is written.
use super::imported::{LocalZone, ParseError, Parsed};
use super::{day_one, daylio};
use crate::domain::language::say::bring_in as say;

/// The most of one file (or of the one zip member) read into memory. A Day One export full
/// of photos may be larger: only its journal is read.
pub const MAX_READ_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file brings nothing in. Nothing is changed by any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge,
    /// Not a Daylio or Day One export.
    NotKnown,
    /// A zip, but with no Daylio backup or Day One journal inside.
    ZipWithoutExport,
    /// The right kind of file, cut short or damaged.
    Damaged,
    /// The browser could not read it.
    Unreadable,
}

impl FileProblem {
    pub fn message(self) -> String {
        match self {
            FileProblem::TooLarge => say::too_large(format!("{} MB", MAX_READ_BYTES >> 20)),
            FileProblem::NotKnown => say::not_known().into(),
            FileProblem::ZipWithoutExport => say::zip_without_export().into(),
            FileProblem::Damaged => say::damaged().into(),
            FileProblem::Unreadable => say::unreadable().into(),
        }
    }
}

impl From<ParseError> for FileProblem {
    fn from(error: ParseError) -> Self {
        match error {
            ParseError::NotThisFormat => FileProblem::NotKnown,
            ParseError::Damaged => FileProblem::Damaged,
        }
    }
}

/// A zip member worth reading: Daylio's backup, or a Day One journal.
pub fn is_export_member(name: &str) -> bool {
    let name = name.to_lowercase();
    let file = name.rsplit('/').next().unwrap_or_default();
    !file.starts_with('.') && (file.ends_with(".daylio") || file.ends_with(".json"))
}

/// Reads the member `is_export_member` chose.
pub fn parse_member(
    name: &str,
    bytes: &[u8],
    offset_of: &dyn Fn(&str, i64) -> Option<i32>,
) -> Result<Parsed, FileProblem> {
    if name.to_lowercase().ends_with(".daylio") {
        return Ok(daylio::parse_backup(&daylio::backup_json(bytes)?)?);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::Damaged)?;
    parse_json(text, offset_of)
}

/// Reads a file that is not a zip. `zone` is the browser's, for Daylio's CSV, which has none.
pub fn parse_text(
    text: &str,
    zone: LocalZone,
    offset_of: &dyn Fn(&str, i64) -> Option<i32>,
) -> Result<Parsed, FileProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    if start.starts_with("full_date") {
        return Ok(daylio::parse_csv(text, zone)?);
    }
    if start.starts_with('{') {
        return parse_json(text, offset_of);
    }
    Err(FileProblem::NotKnown)
}

fn parse_json(
    text: &str,
    offset_of: &dyn Fn(&str, i64) -> Option<i32>,
) -> Result<Parsed, FileProblem> {
    let parsed = match day_one::parse(text, offset_of) {
        // Daylio's backup JSON, taken out of its zip by hand.
        Err(ParseError::NotThisFormat) => daylio::parse_backup(text),
        other => other,
    };
    match parsed {
        // JSON that does not parse, yet names an export's entries, was cut short.
        Err(ParseError::NotThisFormat)
            if text.contains("\"entries\"") || text.contains("\"dayEntries\"") =>
        {
            Err(FileProblem::Damaged)
        }
        other => Ok(other?),
    }
}

/// "UTC+01:00", "UTC−05:00", "UTC".
pub fn offset_words(minutes: i32) -> String {
    if minutes == 0 {
        return "UTC".into();
    }
    let sign = if minutes < 0 { '−' } else { '+' };
    let minutes = minutes.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}
