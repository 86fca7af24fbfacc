//! Every key Between owns in the browser's local storage. Each record is JSON with its
//! format version `v` (see `docs/storage-format.md`).
/// Every key the app owns starts with this.
pub const KEY_PREFIX: &str = "between.";

pub const ENTRY_KEY_PREFIX: &str = "between.entry.";

pub const DRAFT_KEY: &str = "between.draft";
/// Where a draft that could not be read is kept, so typing a new one never overwrites it.
pub const UNREADABLE_DRAFT_KEY: &str = "between.draft.unreadable";
/// When a backup holding the kept-aside draft was downloaded: `"<RFC 3339>"`. Only then is
/// removing the kept-aside draft offered, as a way to free space that loses nothing.
pub const KEPT_DRAFT_BACKED_UP_KEY: &str = "between.meta.kept-draft-in-backup";

/// When the person last downloaded a backup: `{"v":1,"at":"<RFC 3339>"}`.
pub const LAST_BACKUP_KEY: &str = "between.meta.last-backup";

/// Where the lock's settings live: salt, iterations, a check value, phase and idle time.
pub const LOCK_KEY: &str = "between.meta.lock";

pub const SESSIONS_KEY: &str = "between.sessions";
pub const SUMMARY_KEY: &str = "between.summary";
/// Prompt favourites, hidden prompts, the person's own prompts and recent use.
pub const PROMPTS_KEY: &str = "between.prompts";
pub const HOMEWORK_KEY: &str = "between.homework";
/// Goals for therapy with their small steps and linked wins and reflections.
pub const GOALS_KEY: &str = "between.goals";
/// The language the person chose, never sealed (see `domain/language/record.rs`).
pub use crate::domain::language::record::LANGUAGE_KEY;
