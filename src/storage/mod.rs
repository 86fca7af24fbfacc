//! The browser edge: local storage, the clock and randomness. Nothing else touches them.
pub mod browser;
pub mod crypto;
pub mod local;

pub use local::LocalJournalStore;
