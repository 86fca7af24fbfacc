//! Components: they read state and send intents; the rules live in `crate::domain`.
mod about_page;
mod app;
mod composer;
mod crisis_note;
mod entry_card;
mod entry_editor;
mod entry_list;
mod focus;
mod journal_filters;
mod journal_page;
mod kind_badge;
mod notices;
mod site_header;
pub mod state;
mod undo_bar;

pub use app::App;
