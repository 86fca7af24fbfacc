//! Between: a private journal for the days between therapy sessions.
//!
//! `domain` is plain Rust (no browser), `storage` is the only code that touches
//! local storage, and `ui` renders state and sends intents.
pub mod domain;
pub mod storage;
pub mod ui;
