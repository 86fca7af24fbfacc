//! Everything that can go wrong between the journal and the browser's storage, in plain words.
use thiserror::Error;

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
