//! Everything that can go wrong between the journal and the browser's storage, in plain words.
use thiserror::Error;

use super::keys::{
    DRAFT_KEY, GOALS_KEY, HOMEWORK_KEY, LOCK_KEY, PROMPTS_KEY, SESSIONS_KEY, SUMMARY_KEY,
};

/// Storage problems are told apart because each needs a different message, and none of them
/// may ever lead to overwriting what is stored.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("no journal has been saved in this browser yet")]
    NoJournal,
    #[error("record {key} is damaged: {reason}")]
    Damaged { key: String, reason: String },
    #[error("record {key} was written in format {found}; this version reads up to {supported}")]
    NewerVersion {
        key: String,
        found: u64,
        supported: u32,
    },
    #[error("the browser's storage for this site is full")]
    QuotaExceeded,
    #[error("local storage is unavailable: {reason}")]
    Unavailable { reason: String },
    #[error("record {key} was changed more recently in another tab")]
    Conflict { key: String },
    #[error("a newer version of Between took over in another tab")]
    Outdated,
}

impl StorageError {
    /// What happened, whether anything was lost, and what the person can do next.
    pub fn user_message(&self) -> &'static str {
        let small = match self {
            StorageError::Damaged { key, .. } => small_record_damaged(key),
            StorageError::NewerVersion { key, .. } => small_record_newer(key),
            _ => None,
        };
        if let Some(message) = small {
            return message;
        }
        match self {
            StorageError::NoJournal => {
                "This is your space. Nothing has been written here yet, and there's no hurry."
            }
            StorageError::Damaged { .. } => {
                "One entry couldn't be read, so it has been set aside. It is still stored in this browser exactly as it was, and the rest of your journal works as usual."
            }
            StorageError::NewerVersion { .. } => {
                "Some entries were saved by a newer version of Between. They are kept safe and untouched here; open the newest version of Between to see them."
            }
            StorageError::QuotaExceeded => {
                "Your browser's storage for Between is full, so this hasn't been saved yet. Your words are still here on screen. You could copy them somewhere safe, or remove a few older entries, then try again."
            }
            StorageError::Unavailable { .. } => {
                "This browser isn't letting Between save right now. This can happen in a private window or when site data is blocked. What you write stays on screen, but it won't be kept after you close the tab."
            }
            StorageError::Conflict { .. } => {
                "This entry was changed in another tab a moment ago, so we kept that newer version. Your journal now shows it."
            }
            StorageError::Outdated => {
                "A new version of Between was opened in another tab, so this tab has stopped saving to keep your journal safe. This hasn't been saved; your words are still here on screen. Copy anything you'd like to keep, then reload this tab."
            }
        }
    }
}

/// A small record (sessions, summary choices, prompt choices, homework) that cannot be read is
/// kept exactly as stored, so a change to it cannot be saved: the message says which one, and
/// that the change on screen is not saved.
fn small_record_damaged(key: &str) -> Option<&'static str> {
    Some(match key {
        SESSIONS_KEY => "Your session dates couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        SUMMARY_KEY => "Your summary choices couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        PROMPTS_KEY => "Your prompt choices couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        HOMEWORK_KEY => "Your homework list couldn't be read, so it is kept in this browser exactly as it was. Changes to it can't be saved here; what you change now stays on screen only.",
        GOALS_KEY => "Your goals couldn't be read, so they are kept in this browser exactly as they were. Changes to them can't be saved here; what you change now stays on screen only.",
        DRAFT_KEY => "Your unfinished draft couldn't be read, so it has been kept aside exactly as it was, and backups carry it too. You can start a new one; nothing else is affected.",
        LOCK_KEY => "Your passphrase lock's settings couldn't be read, so they are kept exactly as they were and nothing has been changed. A backup made before, or the newest version of Between, can help.",
        _ => return None,
    })
}

fn small_record_newer(key: &str) -> Option<&'static str> {
    Some(match key {
        SESSIONS_KEY => "Your session dates were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        SUMMARY_KEY => "Your summary choices were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        PROMPTS_KEY => "Your prompt choices were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        HOMEWORK_KEY => "Your homework list was saved by a newer version of Between. It is kept safe and untouched; this version can't change it, so what you change now stays on screen only. Open the newest version of Between to change it.",
        GOALS_KEY => "Your goals were saved by a newer version of Between. They are kept safe and untouched; this version can't change them, so what you change now stays on screen only. Open the newest version of Between to change them.",
        DRAFT_KEY => "Your unfinished draft was saved by a newer version of Between. It has been kept aside, safe and untouched, and backups carry it too; open the newest version of Between to carry on with it.",
        LOCK_KEY => "Your passphrase lock was set up by a newer version of Between, so this version can't open it. Nothing has been changed; open the newest version of Between to open your journal.",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_record_that_cannot_be_read_is_named_and_a_change_is_not_called_saved() {
        for key in [
            SESSIONS_KEY,
            SUMMARY_KEY,
            PROMPTS_KEY,
            HOMEWORK_KEY,
            GOALS_KEY,
        ] {
            let newer = StorageError::NewerVersion {
                key: key.into(),
                found: 999,
                supported: 2,
            };
            let damaged = StorageError::Damaged {
                key: key.into(),
                reason: String::new(),
            };
            for message in [newer.user_message(), damaged.user_message()] {
                assert!(!message.contains("entries"), "{key}: {message}");
                assert!(message.contains("stays on screen only"), "{key}: {message}");
            }
        }
        let entry = StorageError::NewerVersion {
            key: "between.entry.x".into(),
            found: 9,
            supported: 2,
        };
        assert!(entry.user_message().starts_with("Some entries"));
    }
}
