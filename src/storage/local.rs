//! The only code that reads or writes the browser's local storage.
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::journal::collection::sort_texts;
use crate::domain::records::backup::RawRecord;
use crate::domain::records::format::{
    decode_draft, decode_moment, encode_moment, entry_key, LoadReport, DRAFT_KEY, ENTRY_KEY_PREFIX,
    KEY_PREFIX, LAST_BACKUP_KEY,
};
use crate::domain::records::lock::{
    decode_lock, encode_lock, read_entry_record, sealed_blob, LockSettings, SealedBlob, LOCK_KEY,
};
use crate::domain::{Draft, Entry, EntryId, StorageError, Timestamp};

/// Whether a write brings a new revision, or the same revision in another form (lock on/off).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    NewRevision,
    Reencode,
}

pub use crate::domain::records::keys::{KEPT_DRAFT_BACKED_UP_KEY, UNREADABLE_DRAFT_KEY};

/// Journal storage in `window.localStorage`, one key per entry.
pub struct LocalJournalStore;

impl LocalJournalStore {
    /// Reads every entry. Records that cannot be read are reported and left exactly as stored.
    pub fn load() -> Result<LoadReport, StorageError> {
        let records = Self::raw_entry_records()?;
        if records.is_empty() {
            return Err(StorageError::NoJournal);
        }
        Ok(LoadReport::of_stored(&records))
    }

    /// Writes an entry record already encoded (plain or sealed), with the same revision rules.
    pub fn write_entry_record(
        id: &EntryId,
        revision: u64,
        raw: &str,
        write: Write,
    ) -> Result<(), StorageError> {
        let storage = writable()?;
        let key = entry_key(id);
        // The stored copy must be older than a new revision, and no newer than a re-encoding.
        let refuse_from = match write {
            Write::NewRevision => revision,
            Write::Reencode => revision + 1,
        };
        ensure_not_newer(&storage, &key, refuse_from)?;
        storage.set_item(&key, raw).map_err(write_error)
    }

    /// Every entry record exactly as stored, sealed or not, newest first.
    pub fn raw_entry_records() -> Result<Vec<(String, String)>, StorageError> {
        Self::read_entry_records(&Self::entry_keys_newest_first()?)
    }

    /// The keys of every entry record, newest first (ids begin with the time written, in
    /// hex of one length), so a long journal can read and show its newest first.
    pub fn entry_keys_newest_first() -> Result<Vec<String>, StorageError> {
        let mut keys = Self::keys()?;
        keys.retain(|k| k.starts_with(ENTRY_KEY_PREFIX));
        sort_texts(&mut keys, |a, b| b.cmp(a));
        Ok(keys)
    }

    /// The records under `keys` exactly as stored; a key removed meanwhile is skipped.
    pub fn read_entry_records(keys: &[String]) -> Result<Vec<(String, String)>, StorageError> {
        let storage = storage()?;
        let mut records = Vec::with_capacity(keys.len());
        for key in keys {
            if let Some(raw) = storage.get_item(key).map_err(unavailable)? {
                records.push((key.clone(), raw));
            }
        }
        Ok(records)
    }

    /// The lock's settings, when the lock is on (or being turned on or off).
    pub fn load_lock() -> Result<Option<LockSettings>, StorageError> {
        match storage()?.get_item(LOCK_KEY).map_err(unavailable)? {
            Some(raw) => decode_lock(&raw).map(Some),
            None => Ok(None),
        }
    }

    pub fn save_lock(settings: &LockSettings) -> Result<(), StorageError> {
        writable()?
            .set_item(LOCK_KEY, &encode_lock(settings))
            .map_err(write_error)
    }

    pub fn remove_lock() -> Result<(), StorageError> {
        writable()?.remove_item(LOCK_KEY).map_err(unavailable)
    }

    /// The sealed draft, when the draft was written with the lock on.
    pub fn sealed_draft() -> Result<Option<SealedBlob>, StorageError> {
        match storage()?.get_item(DRAFT_KEY).map_err(unavailable)? {
            Some(raw) => sealed_blob(DRAFT_KEY, &raw),
            None => Ok(None),
        }
    }

    /// One whole record (sessions, summary choices, prompt choices, homework), as stored.
    pub fn read_record(key: &str) -> Result<Option<String>, StorageError> {
        storage()?.get_item(key).map_err(unavailable)
    }

    /// Writes one whole record already encoded (plain or sealed).
    pub fn write_record(key: &str, raw: &str) -> Result<(), StorageError> {
        writable()?.set_item(key, raw).map_err(write_error)
    }

    /// Removes one entry, unless another tab changed it after `revision`.
    pub fn delete_entry(entry: &Entry) -> Result<(), StorageError> {
        let storage = writable()?;
        let key = entry_key(&entry.id);
        ensure_not_newer(&storage, &key, entry.revision + 1)?;
        storage.remove_item(&key).map_err(unavailable)
    }

    /// Every key the app owns.
    pub fn keys() -> Result<Vec<String>, StorageError> {
        let storage = storage()?;
        let mut keys = Vec::new();
        for index in 0..storage.length().map_err(unavailable)? {
            if let Some(key) = storage.key(index).map_err(unavailable)? {
                if key.starts_with(KEY_PREFIX) {
                    keys.push(key);
                }
            }
        }
        Ok(keys)
    }

    /// What this site keeps in local storage (Between's records and any other's), in the
    /// UTF-16 characters the browser's quota counts, keys included.
    pub fn usage() -> Result<Usage, StorageError> {
        let storage = storage()?;
        let mut usage = Usage::default();
        for index in 0..storage.length().map_err(unavailable)? {
            if let Some(key) = storage.key(index).map_err(unavailable)? {
                let len = Self::stored_len(&key)?;
                usage.all += len;
                if key.starts_with(ENTRY_KEY_PREFIX) {
                    usage.entry_records += 1;
                    usage.entry_units += len;
                }
            }
        }
        Ok(usage)
    }

    /// The length of one key and its value as stored (0 when nothing is stored under it).
    pub fn stored_len(key: &str) -> Result<usize, StorageError> {
        let storage = storage()?;
        // The value's length is read in the page, without copying years of entries into
        // the app. A key that names one of Storage's own members is read the long way.
        if let Ok(value) = js_sys::Reflect::get(&storage, &key.into()) {
            if let Some(value) = value.dyn_ref::<js_sys::JsString>() {
                return Ok(units(key) + value.length() as usize);
            }
        }
        Ok(match storage.get_item(key).map_err(unavailable)? {
            Some(value) => units(key) + units(&value),
            None => 0,
        })
    }

    /// Puts back a record exactly as it was, only where nothing is stored under its key.
    pub fn restore_raw(record: &RawRecord) -> Result<(), StorageError> {
        let storage = writable()?;
        if storage
            .get_item(&record.key)
            .map_err(unavailable)?
            .is_some()
        {
            return Ok(());
        }
        storage
            .set_item(&record.key, &record.raw)
            .map_err(write_error)
    }

    /// When a backup was last downloaded, if ever.
    pub fn last_backup() -> Result<Option<Timestamp>, StorageError> {
        let storage = storage()?;
        match storage.get_item(LAST_BACKUP_KEY).map_err(unavailable)? {
            Some(raw) => decode_moment(LAST_BACKUP_KEY, &raw).map(Some),
            None => Ok(None),
        }
    }

    pub fn record_backup(at: Timestamp) -> Result<(), StorageError> {
        writable()?
            .set_item(LAST_BACKUP_KEY, &encode_moment(at))
            .map_err(write_error)
    }

    /// The composer's draft, if one was being typed.
    pub fn load_draft() -> Result<Option<Draft>, StorageError> {
        let storage = storage()?;
        let Some(raw) = storage.get_item(DRAFT_KEY).map_err(unavailable)? else {
            return Ok(None);
        };
        // A sealed draft waits for the unlock (see `sealed_draft`).
        if let Ok(Some(_)) = sealed_blob(DRAFT_KEY, &raw) {
            return Ok(None);
        }
        match decode_draft(&raw) {
            Ok(draft) => Ok(Some(draft)),
            Err(error) => {
                // Keep the unreadable draft aside before the next keystroke replaces it.
                if storage
                    .get_item(UNREADABLE_DRAFT_KEY)
                    .map_err(unavailable)?
                    .is_none()
                {
                    storage
                        .set_item(UNREADABLE_DRAFT_KEY, &raw)
                        .map_err(write_error)?;
                }
                Err(error)
            }
        }
    }

    /// The draft kept aside as unreadable, exactly as stored, and when a backup holding it
    /// was downloaded (if one was).
    pub fn kept_draft() -> Result<Option<(RawRecord, Option<String>)>, StorageError> {
        let storage = storage()?;
        let Some(raw) = storage
            .get_item(UNREADABLE_DRAFT_KEY)
            .map_err(unavailable)?
        else {
            return Ok(None);
        };
        let backed_up = storage
            .get_item(KEPT_DRAFT_BACKED_UP_KEY)
            .map_err(unavailable)?;
        let record = RawRecord {
            key: UNREADABLE_DRAFT_KEY.into(),
            raw,
        };
        Ok(Some((record, backed_up)))
    }

    /// Remembers that a backup holding the kept-aside draft was downloaded at `at`.
    pub fn note_kept_draft_backed_up(at: Timestamp) -> Result<(), StorageError> {
        writable()?
            .set_item(KEPT_DRAFT_BACKED_UP_KEY, &at.to_rfc3339())
            .map_err(write_error)
    }

    /// Removes the kept-aside draft, once it is in a backup.
    pub fn remove_kept_draft() -> Result<(), StorageError> {
        let storage = writable()?;
        storage
            .remove_item(UNREADABLE_DRAFT_KEY)
            .map_err(unavailable)?;
        storage
            .remove_item(KEPT_DRAFT_BACKED_UP_KEY)
            .map_err(unavailable)
    }

    pub fn clear_draft() -> Result<(), StorageError> {
        writable()?.remove_item(DRAFT_KEY).map_err(unavailable)
    }
}

/// Local storage in use, in UTF-16 characters of keys and values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Everything this site keeps.
    pub all: usize,
    /// How many entry records there are, and the characters they take.
    pub entry_records: usize,
    pub entry_units: usize,
}

/// Fails when the stored record under `key` must not be replaced by one at `revision`.
fn ensure_not_newer(
    storage: &web_sys::Storage,
    key: &str,
    revision: u64,
) -> Result<(), StorageError> {
    let Some(raw) = storage.get_item(key).map_err(unavailable)? else {
        return Ok(());
    };
    let stored = read_entry_record(key, &raw)?;
    if stored.revision() >= revision {
        return Err(StorageError::Conflict {
            key: key.to_string(),
        });
    }
    Ok(())
}

thread_local! {
    /// Set once a newer version of Between has taken over in another tab: from then on this
    /// tab's older code writes nothing, so it can never overwrite what the newer one wrote.
    static OUTDATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl LocalJournalStore {
    /// Refuses every later write from this tab (see `OUTDATED`).
    pub fn stop_writes() {
        OUTDATED.with(|o| o.set(true));
    }
}

/// Local storage for writing, unless this tab's version has been replaced.
fn writable() -> Result<web_sys::Storage, StorageError> {
    if OUTDATED.with(std::cell::Cell::get) {
        return Err(StorageError::Outdated);
    }
    storage()
}

/// Local storage, checked first: gloo's accessor panics where the browser refuses it.
fn storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable {
        reason: "no window".into(),
    })?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StorageError::Unavailable {
            reason: "local storage is turned off".into(),
        }),
        Err(error) => Err(unavailable(error)),
    }
}

/// The length of `text` as local storage counts it: UTF-16 code units.
pub(super) fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

fn write_error(error: JsValue) -> StorageError {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::QuotaExceeded
    } else {
        unavailable(error)
    }
}

fn unavailable(error: JsValue) -> StorageError {
    let reason = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown reason".into());
    StorageError::Unavailable { reason }
}
