//! The browser edge: local storage, files, crypto, the clock and randomness.
//! Nothing else in the app touches them.
pub mod browser;
pub mod crypto;
pub mod files;
pub mod local;
pub mod persistence;
pub mod session_key;
pub mod vault;

pub use local::LocalJournalStore;
