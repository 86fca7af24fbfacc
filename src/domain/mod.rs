//! The journal's rules and data, free of any browser API so they test natively.
pub mod backup;
pub mod base64;
pub mod draft;
pub mod encrypted_backup;
pub mod entry;
pub mod health;
pub mod homework;
pub mod homework_link;
pub mod journal;
pub mod lock;
pub mod passphrase;
pub mod prompts;
pub mod qr;
pub mod storage_error;
pub mod storage_format;
#[cfg(test)]
mod test_rng;
pub mod time;

pub use draft::{Draft, DraftError};
pub use entry::{Entry, EntryId, EntryKind, MAX_TAGS, MAX_TAG_CHARS, MAX_TEXT_CHARS};
pub use journal::{DayGroup, Journal, JournalPage, Query};
pub use storage_error::StorageError;
pub use time::Timestamp;
