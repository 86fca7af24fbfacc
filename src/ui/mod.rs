//! Components: they read state and send intents; the rules live in `crate::domain`.
mod about_page;
mod app;
mod backup_page;
mod bundles;
mod composer;
mod crisis_note;
mod entry_card;
mod entry_editor;
mod entry_list;
mod export_panel;
mod focus;
mod import_panel;
mod journal_filters;
mod journal_page;
pub mod kept;
mod kind_badge;
mod lock_intents;
mod lock_panel;
mod lock_screen;
mod notices;
mod passphrase_field;
mod routing;
mod site_header;
pub mod state;
mod storage_health;
mod undo_bar;

pub use bundles::{BackupApp, JournalApp};
