//! The one write path. Every record the app saves (an entry, the draft, a small record) is
//! encoded, sealed while the lock is on, and written here and nowhere else; sealed records are
//! opened here too. The lock's key is held here, in memory only, while the journal is open.
use std::cell::{Cell, RefCell};

use super::local::{units, LocalJournalStore, Write};
use super::vault::Vault;
use crate::domain::records::capacity::Projection;
use crate::domain::records::encrypted_backup::PBKDF2_ITERATIONS;
use crate::domain::records::format::entry_key;
use crate::domain::records::format::{
    decode_draft, encode_draft, encode_entry, encode_stored_entry, LoadReport, DRAFT_KEY,
};
use crate::domain::records::lock::{
    encode_sealed_draft, encode_sealed_entry, sealed_blob, sealed_entry_len, sealed_record_len,
    LockPhase, LockSettings, SealedBlob, CHECK_PLAINTEXT,
};
use crate::domain::records::pack;
use crate::domain::records::small::PERSONAL_RECORD_KEYS;
use crate::domain::{Draft, Entry, StorageError};

thread_local! {
    static KEY: RefCell<Option<Vault>> = const { RefCell::new(None) };
    /// Counts saves of whole records (the draft, small records): a sealed write that finishes
    /// after a newer save of the same record began is dropped, so the newest always wins.
    static SAVES: Cell<u64> = const { Cell::new(0) };
    static LATEST: RefCell<Vec<(&'static str, u64)>> = const { RefCell::new(Vec::new()) };
}

/// Something to store.
pub enum Record<'a> {
    /// An entry, under the revision rules of `Write`.
    Entry(&'a Entry, Write),
    /// The composer's draft; a blank draft is removed.
    Draft(&'a Draft),
    /// One small whole record (see `records::small`), as its plain record text.
    Small(&'static str, String),
}

/// Encodes, seals while the lock is on, and writes. `Ok` only once the record is stored.
pub async fn save(record: Record<'_>) -> Result<(), StorageError> {
    let key = held_key();
    match record {
        Record::Entry(entry, write) => {
            let raw = match &key {
                None => encode_stored_entry(entry),
                Some(vault) => {
                    encode_sealed_entry(entry, &seal(vault, &encode_entry(entry)).await?)
                }
            };
            LocalJournalStore::write_entry_record(&entry.id, entry.revision, &raw, write)
        }
        Record::Draft(draft) if draft.is_blank() => {
            next_save(DRAFT_KEY);
            LocalJournalStore::clear_draft()
        }
        Record::Draft(draft) => save_whole(DRAFT_KEY, encode_draft(draft), key).await,
        Record::Small(name, plain) => save_whole(name, plain, key).await,
    }
}

async fn save_whole(
    name: &'static str,
    plain: String,
    key: Option<Vault>,
) -> Result<(), StorageError> {
    let ticket = next_save(name);
    let raw = match key {
        None => plain,
        Some(vault) => encode_sealed_draft(&seal(&vault, &plain).await?),
    };
    if !is_latest(name, ticket) {
        return Ok(()); // a newer save of this record is on its way
    }
    LocalJournalStore::write_record(name, &raw)
}

/// A small record as stored: plain text now, or sealed until opened.
pub enum Stored {
    Plain(Option<String>),
    Sealed(SealedBlob),
}

pub fn read_small(name: &str) -> Result<Stored, StorageError> {
    let Some(raw) = LocalJournalStore::read_record(name)? else {
        return Ok(Stored::Plain(None));
    };
    Ok(match sealed_blob(name, &raw)? {
        None => Stored::Plain(Some(raw)),
        Some(blob) => Stored::Sealed(blob),
    })
}

/// A small record's plain text, opened if sealed (`None` when there is none).
pub async fn read_small_plain(name: &str) -> Result<Option<String>, StorageError> {
    match read_small(name)? {
        Stored::Plain(text) => Ok(text),
        Stored::Sealed(blob) => open(name, &blob).await.map(Some),
    }
}

/// Opens a sealed record with the held key.
pub async fn open(name: &str, blob: &SealedBlob) -> Result<String, StorageError> {
    let vault = held_key().ok_or_else(|| StorageError::Unavailable {
        reason: "the journal is locked".into(),
    })?;
    vault.open(blob).await.map_err(|_| StorageError::Damaged {
        key: name.into(),
        reason: "it does not open with this passphrase".into(),
    })
}

/// Why the passphrase did not open the journal.
pub enum UnlockError {
    WrongPassphrase,
    Unavailable(String),
}

/// Derives the key from the passphrase and holds it, once the lock's check value shows it is
/// the right one.
pub async fn unlock(passphrase: &str, settings: &LockSettings) -> Result<(), UnlockError> {
    let vault = Vault::derive(passphrase, &settings.salt, settings.iterations)
        .await
        .map_err(|e| UnlockError::Unavailable(e.to_string()))?;
    if vault.open(&settings.check).await.as_deref() != Ok(CHECK_PLAINTEXT) {
        return Err(UnlockError::WrongPassphrase);
    }
    KEY.with(|k| *k.borrow_mut() = Some(vault));
    Ok(())
}

/// Starts turning the lock on: a new key from the passphrase, held from now on, and the lock
/// record saved as "enabling" (each record is then rewritten through `save`).
pub async fn start_lock(passphrase: &str, idle_minutes: u32) -> Result<LockSettings, String> {
    let salt = Vault::new_salt().map_err(|e| e.to_string())?;
    let vault = Vault::derive(passphrase, &salt, PBKDF2_ITERATIONS)
        .await
        .map_err(|e| e.to_string())?;
    let check = vault
        .seal_check(CHECK_PLAINTEXT)
        .await
        .map_err(|e| e.to_string())?;
    let settings = LockSettings {
        phase: LockPhase::Enabling,
        salt,
        iterations: PBKDF2_ITERATIONS,
        check,
        idle_minutes,
    };
    LocalJournalStore::save_lock(&settings).map_err(|e| e.user_message().to_string())?;
    KEY.with(|k| *k.borrow_mut() = Some(vault));
    Ok(settings)
}

/// Drops the key: nothing sealed opens again until the passphrase is given.
pub fn forget_key() {
    drop(take_key());
}

/// The lock's key, taken out of use: saves are plain until it is held again. Lets a change
/// of the lock that cannot finish put records back as they were.
pub struct SetAsideKey(Option<Vault>);

pub fn take_key() -> SetAsideKey {
    SetAsideKey(KEY.with(|k| k.borrow_mut().take()))
}

pub fn hold_key(key: SetAsideKey) {
    if let Some(vault) = key.0 {
        KEY.with(|k| *k.borrow_mut() = Some(vault));
    }
}

/// Local storage now, and once every entry, the small records and the draft are written
/// again sealed (`sealing`) or plain: known before a change of the lock starts.
pub fn projected_rewrite(
    entries: &[Entry],
    small: &[(&'static str, String)],
    draft: &Draft,
    sealing: bool,
) -> Result<Projection, StorageError> {
    let used_now = LocalJournalStore::usage()?.all;
    let mut used_after = used_now;
    let mut replace = |key: &str, value_len: usize| -> Result<(), StorageError> {
        used_after = (used_after + units(key) + value_len)
            .saturating_sub(LocalJournalStore::stored_len(key)?);
        Ok(())
    };
    for entry in entries {
        let len = match sealing {
            true => sealed_entry_len(entry.revision, pack::pack(&encode_entry(entry)).len()),
            false => units(&encode_stored_entry(entry)),
        };
        replace(&entry_key(&entry.id), len)?;
    }
    let draft = (!draft.is_blank()).then(|| (DRAFT_KEY, encode_draft(draft)));
    for (name, text) in small.iter().cloned().chain(draft) {
        let len = match sealing {
            true => sealed_record_len(pack::pack(&text).len()),
            false => units(&text),
        };
        replace(name, len)?;
    }
    Ok(Projection {
        used_now,
        used_after,
    })
}

pub fn has_key() -> bool {
    KEY.with(|k| k.borrow().is_some())
}

/// The entry records under `keys`, sealed ones opened with the held key. One that does not
/// open stays as stored and is set aside by the report.
pub async fn read_entries(keys: &[String]) -> Result<LoadReport, StorageError> {
    let records = LocalJournalStore::read_entry_records(keys)?;
    let key = held_key();
    let mut readable = Vec::with_capacity(records.len());
    // Started a few hundred at a time, so WebCrypto opens them together.
    for batch in records.chunks(256) {
        let opening: Vec<_> = batch
            .iter()
            .map(|(name, raw)| match (sealed_blob(name, raw), &key) {
                (Ok(Some(blob)), Some(vault)) => Some(vault.begin_open(&blob)),
                _ => None,
            })
            .collect();
        for ((name, raw), open) in batch.iter().zip(opening) {
            let opened = match open {
                Some(open) => open.await.ok(),
                None => None,
            };
            readable.push((name.clone(), opened.unwrap_or_else(|| raw.clone())));
        }
    }
    Ok(LoadReport::of_stored(&readable))
}

/// The draft, opened if sealed; `None` when there is none or it cannot be read.
pub async fn read_draft() -> Option<Draft> {
    match LocalJournalStore::sealed_draft() {
        Ok(Some(blob)) => decode_draft(&open(DRAFT_KEY, &blob).await.ok()?).ok(),
        _ => LocalJournalStore::load_draft().ok().flatten(),
    }
}

/// Rewrites each small record through `save`, so it ends up in the form the lock now asks for
/// (sealed while a key is held, plain once it is forgotten). Read them with `small_records`
/// first when the key is about to go. A record that cannot be read is left exactly as it is.
pub async fn rewrite_small_records(plain: Vec<(&'static str, String)>) -> Result<(), StorageError> {
    for (name, text) in plain {
        save(Record::Small(name, text)).await?;
    }
    Ok(())
}

/// The readable small records' plain texts, by key.
pub async fn small_records() -> Vec<(&'static str, String)> {
    let mut records = Vec::new();
    for name in PERSONAL_RECORD_KEYS {
        if let Ok(Some(text)) = read_small_plain(name).await {
            records.push((name, text));
        }
    }
    records
}

fn held_key() -> Option<Vault> {
    KEY.with(|k| k.borrow().clone())
}

async fn seal(vault: &Vault, plain: &str) -> Result<SealedBlob, StorageError> {
    vault
        .seal(plain)
        .await
        .map_err(|e| StorageError::Unavailable {
            reason: e.to_string(),
        })
}

fn next_save(name: &'static str) -> u64 {
    let ticket = SAVES.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    LATEST.with(|latest| {
        let mut latest = latest.borrow_mut();
        match latest.iter_mut().find(|(n, _)| *n == name) {
            Some(entry) => entry.1 = ticket,
            None => latest.push((name, ticket)),
        }
    });
    ticket
}

fn is_latest(name: &str, ticket: u64) -> bool {
    LATEST.with(|latest| {
        latest
            .borrow()
            .iter()
            .any(|&(n, t)| n == name && t == ticket)
    })
}
