//! The backup page: download a backup (plain or encrypted), take the journal out as Markdown
//! or CSV, bring a backup back, how safe storage is in this browser, and the passphrase
//! lock's settings.
pub(crate) mod backup_page;
pub(crate) mod bring_in_panel;
pub(crate) mod export_panel;
pub(crate) mod import_panel;
pub(crate) mod lock_panel;
pub(crate) mod passphrase_field;
pub(crate) mod past_imports;
pub(crate) mod storage_health;
pub(crate) mod take_out_panel;
