//! The journal's rules and data, free of any browser API so they test natively.
pub mod backup;
pub mod base64;
pub mod chart;
pub mod checkin;
pub mod date_text;
pub mod draft;
pub mod encrypted_backup;
pub mod entry;
pub mod health;
pub mod homework;
pub mod homework_link;
pub mod journal;
pub mod json_fields;
pub mod lock;
pub mod passphrase;
pub mod prompt_choice;
pub mod prompts;
pub mod qr;
pub mod sessions;
pub mod storage_error;
pub mod storage_format;
pub mod summary;
pub mod summary_homework;
pub mod summary_text;
#[cfg(test)]
mod test_rng;
pub mod time;
pub mod welcome;

pub use checkin::{
    CheckIn, CheckInDraft, CheckInError, EntryDetails, Feedback, FeedbackDraft, Feeling, Safety,
};
pub use draft::{Draft, DraftError};
pub use entry::{Entry, EntryId, EntryKind, MAX_TAGS, MAX_TAG_CHARS, MAX_TEXT_CHARS};
pub use journal::{DayGroup, Journal, JournalPage, Query};
pub use storage_error::StorageError;
pub use time::Timestamp;
