//! The journal's rules and data, free of any browser API so they test natively. Grouped by
//! what a person would name; `records` (how everything is stored) depends on the other parts,
//! never the other way round.
pub mod calendar;
pub mod exchange;
pub mod goals;
pub mod homework;
pub mod journal;
pub mod language;
pub mod prompts;
pub mod records;
pub mod sessions;
#[cfg(test)]
mod test_rng;
pub mod words;

pub use calendar::time::Timestamp;
pub use journal::checkin::{
    CheckIn, CheckInDraft, CheckInError, EntryDetails, Feedback, FeedbackDraft, Feeling, Safety,
};
pub use journal::collection::{DayGroup, Journal, JournalPage, Query};
pub use journal::draft::{Draft, DraftError};
pub use journal::entry::{Entry, EntryId, EntryKind, MAX_TAGS, MAX_TAG_CHARS, MAX_TEXT_CHARS};
pub use records::error::StorageError;
