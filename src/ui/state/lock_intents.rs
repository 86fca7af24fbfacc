//! Intents for the passphrase lock: turn it on or off, unlock, lock. Each record is rewritten
//! on its own (through the storage edge's one write path) and the lock record says how far a
//! change got, so an interrupted change finishes at the next unlock and nothing is lost halfway.
use leptos::prelude::*;

use crate::domain::language::say::shell as say;
use crate::domain::records::capacity::Projection;
use crate::domain::records::format::decode_entry;
use crate::domain::records::lock::{LockPhase, LockSettings, SealedBlob};
use crate::domain::{Draft, Journal, StorageError};
use crate::storage::local::Write;
use crate::storage::records::{self, Record, UnlockError};
use crate::storage::LocalJournalStore;
use crate::ui::state::JournalState;

fn storage_message(error: StorageError) -> String {
    error.user_message().to_string()
}

/// Why a change of the lock stopped, as the first sentence of its message.
fn reason(error: &StorageError) -> &'static str {
    match error {
        StorageError::QuotaExceeded => say::reason_no_room(),
        _ => say::reason_refused(),
    }
}

impl JournalState {
    /// Checks the passphrase, reads every record (opening sealed ones) and finishes any
    /// interrupted change of the lock.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), String> {
        let settings = self.lock.get_untracked().ok_or(say::not_locked())?;
        match records::unlock(passphrase, &settings).await {
            Ok(()) => {}
            Err(UnlockError::WrongPassphrase) => return Err(say::wrong_passphrase().into()),
            Err(UnlockError::Unavailable(reason)) => return Err(reason),
        }
        let (first, rest) = Self::newest_keys().map_err(storage_message)?;
        self.show_loaded(
            records::read_entries(&first)
                .await
                .map_err(storage_message)?,
        );
        self.open_the_rest(rest);
        self.draft
            .set(records::read_draft().await.unwrap_or_default());
        self.is_locked.set(false);
        self.status.set(say::journal_open().into());
        self.finish_lock_change().await
    }

    /// Finishes turning the lock on or off after an earlier attempt stopped halfway.
    pub async fn finish_lock_change(&self) -> Result<(), String> {
        let settings = self.lock.get_untracked().ok_or(say::lock_off())?;
        if settings.phase != LockPhase::On {
            self.whole_journal().await;
        }
        match settings.phase {
            LockPhase::On => Ok(()),
            LockPhase::Enabling => self.finish_enabling(settings).await,
            LockPhase::Disabling => self.finish_disabling(settings).await,
        }
    }

    /// Local storage once every record is stored again sealed (or plain).
    async fn projected_rewrite(&self, sealing: bool) -> Result<Projection, String> {
        records::projected_rewrite(
            &self.journal.with_untracked(entries),
            &records::small_records().await,
            &self.draft.get_untracked(),
            sealing,
        )
        .map_err(storage_message)
    }

    /// Turns the lock on: checks that the sealed journal will fit, derives a key, records the
    /// lock as being turned on, seals every entry, the small records and the draft one by
    /// one, then records it as on.
    pub async fn enable_lock(&self, passphrase: &str, idle_minutes: u32) -> Result<(), String> {
        self.whole_journal().await;
        let projection = self.projected_rewrite(true).await?;
        if !projection.fits() {
            return Err(projection.refusal());
        }
        let settings = records::start_lock(passphrase, idle_minutes).await?;
        self.lock.set(Some(settings.clone()));
        self.finish_enabling(settings).await
    }

    async fn finish_enabling(&self, mut settings: LockSettings) -> Result<(), String> {
        if !records::has_key() {
            return Err(say::journal_locked().into());
        }
        let small = records::small_records().await;
        if let Err(error) = self.rewrite_every_record(small.clone()).await {
            return Err(self.undo_enabling(small, error).await);
        }
        settings.phase = LockPhase::On;
        LocalJournalStore::save_lock(&settings).map_err(storage_message)?;
        self.lock.set(Some(settings));
        self.status.set(say::lock_on().into());
        Ok(())
    }

    /// Puts every record back in plain form after turning the lock on could not finish, so
    /// the change ends whole. Plain records take less room than sealed ones, so this fits
    /// where sealing did not.
    async fn undo_enabling(
        &self,
        small: Vec<(&'static str, String)>,
        error: StorageError,
    ) -> String {
        let key = records::take_key();
        if self.rewrite_every_record(small).await.is_ok()
            && LocalJournalStore::remove_lock().is_ok()
        {
            drop(key);
            self.lock.set(None);
            return say::lock_on_failed_undone(reason(&error));
        }
        records::hold_key(key);
        say::lock_on_failed_halfway(reason(&error))
    }

    /// Turns the lock off: records it as being turned off, stores every entry, the small
    /// records and the draft unsealed, then removes the lock record.
    pub async fn disable_lock(&self) -> Result<(), String> {
        self.whole_journal().await;
        let mut settings = self.lock.get_untracked().ok_or(say::lock_already_off())?;
        let projection = self.projected_rewrite(false).await?;
        if projection.used_after > projection.used_now && !projection.fits() {
            return Err(say::no_room_to_unlock().into());
        }
        settings.phase = LockPhase::Disabling;
        if let Err(StorageError::QuotaExceeded) = LocalJournalStore::save_lock(&settings) {
            // Full to the last character: one entry stored plain (shorter than sealed, and
            // read as it is while the lock is on) makes room to note the change.
            let key = records::take_key();
            if let Some(newest) = self
                .journal
                .with_untracked(|j| j.newest_first().first().map(|e| (*e).clone()))
            {
                let _ = records::save(Record::Entry(&newest, Write::Reencode)).await;
            }
            records::hold_key(key);
        }
        LocalJournalStore::save_lock(&settings).map_err(storage_message)?;
        self.lock.set(Some(settings.clone()));
        self.finish_disabling(settings).await
    }

    async fn finish_disabling(&self, mut settings: LockSettings) -> Result<(), String> {
        // Read while the key is still held; once it is set aside every save is plain.
        let small = records::small_records().await;
        let key = records::take_key();
        if let Err(error) = self.rewrite_every_record(small.clone()).await {
            // Seal again what was already plain, so the lock stays on, whole.
            records::hold_key(key);
            if self.rewrite_every_record(small).await.is_ok() {
                settings.phase = LockPhase::On;
                if LocalJournalStore::save_lock(&settings).is_ok() {
                    self.lock.set(Some(settings));
                    return Err(say::lock_off_failed_kept(reason(&error)));
                }
            }
            return Err(say::lock_off_failed_halfway(reason(&error)));
        }
        drop(key);
        LocalJournalStore::remove_lock().map_err(storage_message)?;
        self.lock.set(None);
        self.status.set(say::lock_off().into());
        Ok(())
    }

    /// Stores every entry, the small records and the draft again in the form the lock now asks
    /// for. An entry another tab changed since is left to that tab, which rewrites it itself.
    async fn rewrite_every_record(
        &self,
        small: Vec<(&'static str, String)>,
    ) -> Result<(), StorageError> {
        for entry in self.journal.with_untracked(entries) {
            match records::save(Record::Entry(&entry, Write::Reencode)).await {
                Ok(()) | Err(StorageError::Conflict { .. }) => {}
                Err(error) => return Err(error),
            }
        }
        records::rewrite_small_records(small).await?;
        let draft = self.draft.get_untracked();
        records::save(Record::Draft(&draft)).await
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
        self.status.set(say::between_locked().into());
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
