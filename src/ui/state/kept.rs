//! One small whole record (sessions, summary choices, prompt choices, homework) kept in step
//! with storage: read when a page opens, written whole on each change (they stay small, so a
//! save never grows with the journal), sealed while the lock is on, and refreshed when
//! another tab changes it. A record that cannot be read is never written over.
//!
//! Reading and writing go through the storage edge (which seals and opens) on record text,
//! and are not generic: one copy serves every record type, which adds only its own codec.
use std::rc::Rc;

use leptos::prelude::*;

use crate::domain::StorageError;
use crate::storage::records::{self, Record, Stored};
use crate::ui::state::JournalState;

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
    core: Core,
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
            core: Core {
                key: spec.key,
                state: expect_context::<JournalState>(),
            },
        };
        let show: Rc<dyn Fn(Result<Option<String>, StorageError>)> =
            Rc::new(move |read| kept.show(read));
        kept.core.follow(show);
        kept
    }

    fn show(self, read: Result<Option<String>, StorageError>) {
        match read.and_then(|text| text.map_or(Ok(T::default()), |t| (self.spec.decode)(&t))) {
            Ok(value) => {
                self.problem.set(None);
                self.value.set(value);
            }
            Err(error) => self.problem.set(Some(error)),
        }
    }

    /// Changes the value and stores it (sealed while the lock is on). A failed save is shown
    /// by the app's storage notice; the change stays on screen. When the stored record cannot
    /// be read, nothing is written over it and the notice says the change is not saved.
    pub fn update(self, change: impl FnOnce(&mut T)) {
        self.value.update(change);
        match self.problem.get_untracked() {
            None => self.core.write(self.value.with_untracked(self.spec.encode)),
            Some(problem) => self.core.state.save_problem.set(Some(problem)),
        }
    }
}

/// The part that works on record text, the same for every record type.
#[derive(Clone, Copy)]
struct Core {
    key: &'static str,
    state: JournalState,
}

impl Core {
    /// Reads now and again whenever another tab writes the record.
    fn follow(self, show: Rc<dyn Fn(Result<Option<String>, StorageError>)>) {
        self.read(show.clone());
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() == Some(self.key) {
                self.read(show.clone());
            }
        });
        on_cleanup(move || listener.remove());
    }

    /// The record's plain text (`None` when there is none), opening it if sealed.
    fn read(self, show: Rc<dyn Fn(Result<Option<String>, StorageError>)>) {
        match records::read_small(self.key) {
            Ok(Stored::Plain(text)) => show(Ok(text)),
            Ok(Stored::Sealed(blob)) => leptos::task::spawn_local(async move {
                show(records::open(self.key, &blob).await.map(Some));
            }),
            Err(error) => show(Err(error)),
        }
    }

    /// Stores the record (sealed while the lock is on); the newest of overlapping saves wins.
    fn write(self, raw: String) {
        leptos::task::spawn_local(async move {
            let result = records::save(Record::Small(self.key, raw)).await;
            self.state.note_storage_result(result);
        });
    }
}
