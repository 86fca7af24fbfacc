//! The browser edge: local storage, files, crypto, the clock and randomness, and the
//! service worker that keeps the app's own files.
//! Nothing else in the app touches them.
pub mod app_worker;
pub mod archive;
pub mod browser;
pub mod crypto;
pub mod files;
pub mod language;
pub mod local;
pub mod other_apps;
pub mod persistence;
pub mod records;
pub mod vault;

pub use local::LocalJournalStore;
