//! Components render state and send intents; rules live in the domain. Rooms: the `shell`
//! (app, router, header, notices, lock screen), `state` (the app's state and intents), and each
//! page's components: `journal`, `summary`, `goals`, `homework`, `backup` (with the lock),
//! `prompts`.
mod backup;
pub(crate) mod goals;
mod homework;
mod journal;
mod prompts;
mod shell;
pub mod state;
mod summary;

pub use shell::app::App;
pub use shell::crash_notice::show_on_panic;
