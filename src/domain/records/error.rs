//! Everything that can go wrong between the journal and the browser's storage, in plain words.
use thiserror::Error;

use crate::domain::language::say::records as say;

use super::keys::{
    DRAFT_KEY, GOALS_KEY, HOMEWORK_KEY, LOCK_KEY, PROMPTS_KEY, SESSIONS_KEY, SUMMARY_KEY,
};

/// Storage problems are told apart because each needs a different message, and none of them
/// may ever lead to overwriting what is stored.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("{}", say::no_journal_yet())]
    NoJournal,
    #[error("{}", say::record_damaged(key, reason))]
    Damaged { key: String, reason: String },
    #[error("{}", say::record_newer(key, found, supported))]
    NewerVersion {
        key: String,
        found: u64,
        supported: u32,
    },
    #[error("{}", say::storage_full())]
    QuotaExceeded,
    #[error("{}", say::storage_unavailable(reason))]
    Unavailable { reason: String },
    #[error("{}", say::record_changed_elsewhere(key))]
    Conflict { key: String },
    #[error("{}", say::newer_tab_took_over())]
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
            StorageError::NoJournal => say::your_space(),
            StorageError::Damaged { .. } => say::one_entry_set_aside(),
            StorageError::NewerVersion { .. } => say::entries_from_newer_version(),
            StorageError::QuotaExceeded => say::storage_is_full(),
            StorageError::Unavailable { .. } => say::cannot_save_here(),
            StorageError::Conflict { .. } => say::changed_in_another_tab(),
            StorageError::Outdated => say::newer_version_in_another_tab(),
        }
    }
}

/// A small record (sessions, summary choices, prompt choices, homework) that cannot be read is
/// kept exactly as stored, so a change to it cannot be saved: the message says which one, and
/// that the change on screen is not saved.
fn small_record_damaged(key: &str) -> Option<&'static str> {
    Some(match key {
        SESSIONS_KEY => say::sessions_unreadable(),
        SUMMARY_KEY => say::summary_unreadable(),
        PROMPTS_KEY => say::prompts_unreadable(),
        HOMEWORK_KEY => say::homework_unreadable(),
        GOALS_KEY => say::goals_unreadable(),
        DRAFT_KEY => say::draft_unreadable(),
        LOCK_KEY => say::lock_unreadable(),
        _ => return None,
    })
}

fn small_record_newer(key: &str) -> Option<&'static str> {
    Some(match key {
        SESSIONS_KEY => say::sessions_newer(),
        SUMMARY_KEY => say::summary_newer(),
        PROMPTS_KEY => say::prompts_newer(),
        HOMEWORK_KEY => say::homework_newer(),
        GOALS_KEY => say::goals_newer(),
        DRAFT_KEY => say::draft_newer(),
        LOCK_KEY => say::lock_newer(),
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
