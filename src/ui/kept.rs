//! One small whole record (sessions, summary choices, prompt choices, homework) kept in step
//! with storage: read when a page opens, written whole on each change (they stay small, so a
//! save never grows with the journal), sealed while the lock is on, and refreshed when
//! another tab changes it. A record that cannot be read is never written over.
use leptos::prelude::*;

use super::state::JournalState;
use crate::domain::lock::{encode_sealed_draft, sealed_blob};
use crate::domain::StorageError;
use crate::storage::LocalJournalStore;

/// How one record is stored: its key and its codec (from the domain).
pub struct RecordSpec<T> {
    pub key: &'static str,
    pub encode: fn(&T) -> String,
    pub decode: fn(&str) -> Result<T, StorageError>,
}

/// A record's value as a signal, plus why it could not be read, if it could not.
pub struct Kept<T: Send + Sync + 'static> {
    pub value: RwSignal<T>,
    /// Set when the stored record is damaged or from a newer version: changes are then kept
    /// on screen only, and the stored record stays exactly as it is.
    pub problem: RwSignal<Option<StorageError>>,
    spec: &'static RecordSpec<T>,
    state: JournalState,
    writes: StoredValue<u32>,
}

impl<T: Send + Sync + 'static> Clone for Kept<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Kept<T> {}

impl<T: Clone + Default + Send + Sync + 'static> Kept<T> {
    /// Reads the record now (opening it if sealed) and follows other tabs' changes to it.
    pub fn open(spec: &'static RecordSpec<T>) -> Self {
        let kept = Self {
            value: RwSignal::new(T::default()),
            problem: RwSignal::new(None),
            spec,
            state: expect_context::<JournalState>(),
            writes: StoredValue::new(0),
        };
        kept.read();
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(spec.key) {
                kept.read();
            }
        });
        on_cleanup(move || listener.remove());
        kept
    }

    fn read(self) {
        let raw = match LocalJournalStore::read_record(self.spec.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return self.show(Ok(T::default())),
            Err(error) => return self.show(Err(error)),
        };
        match sealed_blob(self.spec.key, &raw) {
            Ok(None) => self.show((self.spec.decode)(&raw)),
            Ok(Some(blob)) => {
                let Some(vault) = self.state.vault.get_value() else {
                    return;
                };
                leptos::task::spawn_local(async move {
                    let opened = match vault.open(&blob).await {
                        Ok(text) => (self.spec.decode)(&text),
                        Err(_) => Err(StorageError::Damaged {
                            key: self.spec.key.into(),
                            reason: "it does not open with this passphrase".into(),
                        }),
                    };
                    self.show(opened);
                });
            }
            Err(error) => self.show(Err(error)),
        }
    }

    fn show(self, read: Result<T, StorageError>) {
        match read {
            Ok(value) => {
                self.problem.set(None);
                self.value.set(value);
            }
            Err(error) => self.problem.set(Some(error)),
        }
    }

    /// Changes the value and stores it (sealed while the lock is on). A failed save is shown
    /// by the app's storage notice; the change stays on screen.
    pub fn update(self, change: impl FnOnce(&mut T)) {
        self.value.update(change);
        if self.problem.with_untracked(Option::is_some) {
            return;
        }
        let state = self.state;
        let raw = self.value.with_untracked(|v| (self.spec.encode)(v));
        let key = self.spec.key;
        let Some(vault) = state.vault.get_value() else {
            state.note_storage_result(LocalJournalStore::write_record(key, &raw));
            return;
        };
        // Seal asynchronously; only the latest change is written if two overlap.
        self.writes.update_value(|n| *n += 1);
        let ticket = self.writes.get_value();
        leptos::task::spawn_local(async move {
            let result = match vault.seal(&raw).await {
                Ok(blob) if self.writes.get_value() == ticket => {
                    LocalJournalStore::write_record(key, &encode_sealed_draft(&blob))
                }
                Ok(_) => Ok(()),
                Err(error) => Err(StorageError::Unavailable {
                    reason: error.to_string(),
                }),
            };
            state.note_storage_result(result);
        });
    }
}
