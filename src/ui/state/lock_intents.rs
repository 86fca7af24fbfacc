//! Intents for the passphrase lock: turn it on or off, unlock, lock. Each record is rewritten
//! on its own (through the storage edge's one write path) and the lock record says how far a
//! change got, so an interrupted change finishes at the next unlock and nothing is lost halfway.
use leptos::prelude::*;

use crate::domain::records::format::decode_entry;
use crate::domain::records::lock::{LockPhase, LockSettings, SealedBlob};
use crate::domain::{Draft, Journal, StorageError};
use crate::storage::local::Write;
use crate::storage::records::{self, Record, UnlockError};
use crate::storage::LocalJournalStore;
use crate::ui::state::JournalState;

const WRONG_PASSPHRASE: &str =
    "That passphrase doesn't open your journal. Passphrases are case-sensitive; you could try again.";

fn storage_message(error: StorageError) -> String {
    error.user_message().to_string()
}

impl JournalState {
    /// Checks the passphrase, reads every record (opening sealed ones) and finishes any
    /// interrupted change of the lock.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), String> {
        let settings = self
            .lock
            .get_untracked()
            .ok_or("The journal isn't locked.")?;
        match records::unlock(passphrase, &settings).await {
            Ok(()) => {}
            Err(UnlockError::WrongPassphrase) => return Err(WRONG_PASSPHRASE.into()),
            Err(UnlockError::Unavailable(reason)) => return Err(reason),
        }
        self.show_loaded(records::read_journal().await.map_err(storage_message)?);
        self.draft
            .set(records::read_draft().await.unwrap_or_default());
        self.is_locked.set(false);
        self.status.set("Your journal is open.".into());
        self.finish_lock_change().await
    }

    /// Finishes turning the lock on or off after an earlier attempt stopped halfway.
    pub async fn finish_lock_change(&self) -> Result<(), String> {
        let settings = self.lock.get_untracked().ok_or("The lock is off.")?;
        match settings.phase {
            LockPhase::On => Ok(()),
            LockPhase::Enabling => self.finish_enabling(settings).await,
            LockPhase::Disabling => self.finish_disabling(settings).await,
        }
    }

    /// Turns the lock on: derives a key, records the lock as being turned on, seals every
    /// entry and the draft one by one, then records it as on.
    pub async fn enable_lock(&self, passphrase: &str, idle_minutes: u32) -> Result<(), String> {
        let settings = records::start_lock(passphrase, idle_minutes).await?;
        self.lock.set(Some(settings.clone()));
        self.finish_enabling(settings).await
    }

    async fn finish_enabling(&self, mut settings: LockSettings) -> Result<(), String> {
        if !records::has_key() {
            return Err("The journal is locked.".into());
        }
        self.rewrite_every_record(records::small_records().await)
            .await?;
        settings.phase = LockPhase::On;
        LocalJournalStore::save_lock(&settings).map_err(storage_message)?;
        self.lock.set(Some(settings));
        self.status.set("The lock is on.".into());
        Ok(())
    }

    /// Turns the lock off: records it as being turned off, stores every entry and the draft
    /// unsealed, then removes the lock record.
    pub async fn disable_lock(&self) -> Result<(), String> {
        let mut settings = self
            .lock
            .get_untracked()
            .ok_or("The lock is already off.")?;
        settings.phase = LockPhase::Disabling;
        LocalJournalStore::save_lock(&settings).map_err(storage_message)?;
        self.lock.set(Some(settings.clone()));
        self.finish_disabling(settings).await
    }

    async fn finish_disabling(&self, _settings: LockSettings) -> Result<(), String> {
        // Read while the key is still held; once it is forgotten every save is plain.
        let small = records::small_records().await;
        records::forget_key();
        self.rewrite_every_record(small).await?;
        LocalJournalStore::remove_lock().map_err(storage_message)?;
        self.lock.set(None);
        self.status.set("The lock is off.".into());
        Ok(())
    }

    /// Stores every entry, the small records and the draft again in the form the lock now asks
    /// for. An entry another tab changed since is left to that tab, which rewrites it itself.
    async fn rewrite_every_record(&self, small: Vec<(&'static str, String)>) -> Result<(), String> {
        for entry in self.journal.with_untracked(entries) {
            match records::save(Record::Entry(&entry, Write::Reencode)).await {
                Ok(()) | Err(StorageError::Conflict { .. }) => {}
                Err(error) => return Err(storage_message(error)),
            }
        }
        records::rewrite_small_records(small)
            .await
            .map_err(storage_message)?;
        let draft = self.draft.get_untracked();
        records::save(Record::Draft(&draft))
            .await
            .map_err(storage_message)
    }

    /// Forgets the key and everything read with it; the passphrase opens it again.
    pub fn lock_now(&self) {
        if self.lock.with_untracked(Option::is_none) || self.is_locked.get_untracked() {
            return;
        }
        records::forget_key();
        self.journal.set(Journal::default());
        self.draft.set(Draft::default());
        self.close_editor();
        self.last_deleted.set(None);
        self.set_aside.set_value(Vec::new());
        self.load_notices.set(Vec::new());
        self.is_locked.set(true);
        self.status.set("Between is locked.".into());
    }

    pub fn set_idle_minutes(&self, minutes: u32) {
        let Some(mut settings) = self.lock.get_untracked() else {
            return;
        };
        settings.idle_minutes = minutes;
        self.note_storage_result(LocalJournalStore::save_lock(&settings));
        self.lock.set(Some(settings));
    }

    /// Opens a sealed record another tab wrote, and shows it.
    pub(super) fn apply_sealed_change(&self, key: String, blob: SealedBlob) {
        let state = *self;
        leptos::task::spawn_local(async move {
            if let Ok(text) = records::open(&key, &blob).await {
                if let Ok(entry) = decode_entry(&key, &text) {
                    state.journal.update(|j| {
                        j.put(entry);
                    });
                }
            }
        });
    }
}

fn entries(journal: &Journal) -> Vec<crate::domain::Entry> {
    journal.newest_first().into_iter().cloned().collect()
}
