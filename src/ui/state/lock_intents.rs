//! Intents for the passphrase lock: turn it on or off, unlock, lock. Each record is rewritten
//! on its own and the lock record says how far a change got, so an interrupted change
//! finishes at the next unlock and nothing is ever lost halfway.
use leptos::prelude::*;

use crate::domain::records::small::PERSONAL_RECORD_KEYS;

use super::state::{write_sealed, JournalState};
use crate::domain::records::encrypted_backup::PBKDF2_ITERATIONS;
use crate::domain::records::format::{decode_draft, decode_entry, encode_entry, LoadReport};
use crate::domain::records::lock::{
    encode_sealed_draft, sealed_blob, LockPhase, LockSettings, SealedBlob, CHECK_PLAINTEXT,
};
use crate::domain::{Draft, Journal, StorageError};
use crate::storage::local::Write;
use crate::storage::vault::Vault;
use crate::storage::LocalJournalStore;

const WRONG_PASSPHRASE: &str =
    "That passphrase doesn't open your journal. Passphrases are case-sensitive; you could try again.";

fn plain(error: impl std::fmt::Display) -> String {
    error.to_string()
}

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
        let vault = Vault::derive(passphrase, &settings.salt, settings.iterations)
            .await
            .map_err(plain)?;
        self.open_with(vault, settings).await
    }

    /// Opens every record with `vault`, once the check value shows it is the right key.
    async fn open_with(&self, vault: Vault, settings: LockSettings) -> Result<(), String> {
        if vault.open(&settings.check).await.as_deref() != Ok(CHECK_PLAINTEXT) {
            return Err(WRONG_PASSPHRASE.into());
        }
        let records = LocalJournalStore::raw_entry_records().map_err(storage_message)?;
        let mut readable = Vec::with_capacity(records.len());
        for (key, raw) in records {
            let opened = match sealed_blob(&key, &raw) {
                Ok(Some(blob)) => vault.open(&blob).await.ok(),
                _ => None,
            };
            // A sealed record that does not open stays as stored and is set aside.
            readable.push((key, opened.unwrap_or(raw)));
        }
        self.show_loaded(LoadReport::from_records(
            readable.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        ));
        let draft = match LocalJournalStore::sealed_draft() {
            Ok(Some(blob)) => match vault.open(&blob).await {
                Ok(text) => decode_draft(&text).ok(),
                Err(_) => None,
            },
            _ => LocalJournalStore::load_draft().ok().flatten(),
        };
        self.draft.set(draft.unwrap_or_default());
        self.vault.set_value(Some(vault));
        self.is_locked.set(false);
        self.status.set("Your journal is open.".into());
        match settings.phase {
            LockPhase::On => Ok(()),
            LockPhase::Enabling => self.finish_enabling(settings).await,
            LockPhase::Disabling => self.finish_disabling(settings).await,
        }
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
        let salt = Vault::new_salt().map_err(plain)?;
        let vault = Vault::derive(passphrase, &salt, PBKDF2_ITERATIONS)
            .await
            .map_err(plain)?;
        let check = vault.seal(CHECK_PLAINTEXT).await.map_err(plain)?;
        let settings = LockSettings {
            phase: LockPhase::Enabling,
            salt,
            iterations: PBKDF2_ITERATIONS,
            check,
            idle_minutes,
        };
        LocalJournalStore::save_lock(&settings).map_err(storage_message)?;
        self.lock.set(Some(settings.clone()));
        self.vault.set_value(Some(vault));
        self.finish_enabling(settings).await
    }

    async fn finish_enabling(&self, mut settings: LockSettings) -> Result<(), String> {
        let vault = self.vault.get_value().ok_or("The journal is locked.")?;
        for entry in self.journal.with_untracked(entries) {
            match write_sealed(&vault, &entry, Write::Reencode).await {
                // Another tab holds a newer revision; it is sealed when that tab writes it.
                Ok(()) | Err(StorageError::Conflict { .. }) => {}
                Err(error) => return Err(storage_message(error)),
            }
        }
        reseal_personal_records(&vault, true).await?;
        self.store_draft();
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
        for entry in self.journal.with_untracked(entries) {
            let raw = encode_entry(&entry);
            match LocalJournalStore::write_entry_record(
                &entry.id,
                entry.revision,
                &raw,
                Write::Reencode,
            ) {
                Ok(()) | Err(StorageError::Conflict { .. }) => {}
                Err(error) => return Err(storage_message(error)),
            }
        }
        if let Some(vault) = self.vault.get_value() {
            reseal_personal_records(&vault, false).await?;
        }
        self.vault.set_value(None);
        self.store_draft();
        LocalJournalStore::remove_lock().map_err(storage_message)?;
        self.lock.set(None);
        self.status.set("The lock is off.".into());
        Ok(())
    }

    /// Forgets the key and everything read with it; the passphrase opens it again.
    pub fn lock_now(&self) {
        if self.lock.with_untracked(Option::is_none) || self.is_locked.get_untracked() {
            return;
        }
        self.vault.set_value(None);
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
        let Some(vault) = self.vault.get_value() else {
            return;
        };
        let state = *self;
        leptos::task::spawn_local(async move {
            if let Ok(text) = vault.open(&blob).await {
                if let Ok(entry) = decode_entry(&key, &text) {
                    state.journal.update(|j| {
                        j.put(entry);
                    });
                }
            }
        });
    }
}

/// Seals (or, with `seal` false, opens) each small personal record in place. A record that
/// is damaged, or already in the wanted form, is left exactly as it is.
async fn reseal_personal_records(vault: &Vault, seal: bool) -> Result<(), String> {
    for key in PERSONAL_RECORD_KEYS {
        let Ok(Some(raw)) = LocalJournalStore::read_record(key) else {
            continue;
        };
        let rewritten = match (sealed_blob(key, &raw), seal) {
            (Ok(None), true) => match vault.seal(&raw).await {
                Ok(blob) => encode_sealed_draft(&blob),
                Err(error) => return Err(plain(error)),
            },
            (Ok(Some(blob)), false) => match vault.open(&blob).await {
                Ok(text) => text,
                Err(_) => continue,
            },
            _ => continue,
        };
        LocalJournalStore::write_record(key, &rewritten).map_err(storage_message)?;
    }
    Ok(())
}

fn entries(journal: &Journal) -> Vec<crate::domain::Entry> {
    journal.newest_first().into_iter().cloned().collect()
}
