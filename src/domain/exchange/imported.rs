//! What an import found in another app's file, before anything is written: the entries as
//! that app had them, what was left out and why. `plan` turns them into Between's entries.
use crate::domain::calendar::time::{Date, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceApp {
    Daylio,
    DayOne,
}

impl SourceApp {
    /// Stored with each imported entry, so a second import recognises it.
    pub fn token(self) -> &'static str {
        match self {
            SourceApp::Daylio => "daylio",
            SourceApp::DayOne => "day_one",
        }
    }

    pub fn from_token(token: &str) -> Option<Self> {
        match token {
            "daylio" => Some(SourceApp::Daylio),
            "day_one" => Some(SourceApp::DayOne),
            _ => None,
        }
    }

    /// The app's own name, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            SourceApp::Daylio => "Daylio",
            SourceApp::DayOne => "Day One",
        }
    }
}

/// A mood as the other app kept it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mood {
    /// Daylio's mood groups, 1 (great, "rad") to 5 (awful).
    Group(u8),
    /// A mood by the person's own name (Daylio's CSV), mapped in the preview.
    Named(String),
}

/// One entry as the other app had it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The other app's id, or (Daylio's CSV, which has none) one made from date, time and text.
    pub source_id: String,
    pub at: Timestamp,
    pub title: Option<String>,
    pub text: String,
    pub tags: Vec<String>,
    pub mood: Option<Mood>,
    pub starred: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOutReason {
    /// Its date could not be read.
    Date,
    /// Nothing in it: no text, mood or tags.
    Empty,
}

/// An entry left out, by its place in the file (1 = first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub position: usize,
    pub reason: LeftOutReason,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub app: SourceApp,
    pub entries: Vec<Imported>,
    pub left_out: Vec<LeftOut>,
    /// Photos and other attachments, which are not brought in.
    pub attachments: usize,
    /// Times had no zone (Daylio's CSV): the browser's current offset was assumed.
    pub assumed_offset: Option<i32>,
}

/// The browser's own zone, for times written without one (Daylio's CSV): its offset now
/// (east of UTC, in minutes, said in the preview) and, where known, its offset at a local
/// date and time, so summer entries keep summer time.
#[derive(Clone, Copy)]
pub struct LocalZone<'a> {
    pub now: i32,
    pub rules: Option<&'a dyn Fn(Date, u16) -> i32>,
}

impl LocalZone<'_> {
    /// One offset all year round.
    pub fn fixed(minutes: i32) -> Self {
        LocalZone {
            now: minutes,
            rules: None,
        }
    }

    pub fn offset_at(&self, date: Date, minutes: u16) -> i32 {
        self.rules.map_or(self.now, |rules| rules(date, minutes))
    }
}

/// Why a file could not be read at all. Nothing is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The file is of another kind (not this app's export).
    NotThisFormat,
    /// It is this app's export, but damaged or cut short.
    Damaged,
}
