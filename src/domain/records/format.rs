//! How the journal is laid out in local storage, and how records are encoded and decoded.
//!
//! One key per entry (`between.entry.<id>`), so saving an entry writes one small record
//! whatever the size of the journal. Every record carries its format version `v`; records
//! from older versions are migrated forward on read, records from newer versions are never
//! written over.
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::domain::records::json_fields::Fields;
use crate::domain::records::{dense, pack};

use crate::domain::calendar::time::Timestamp;
use crate::domain::journal::draft::Draft;
use crate::domain::journal::entry::{Entry, EntryId};
use crate::domain::language::say::records as say;
use crate::domain::records::error::StorageError;
pub use crate::domain::records::keys::{DRAFT_KEY, ENTRY_KEY_PREFIX, KEY_PREFIX, LAST_BACKUP_KEY};

/// The record format this build writes.
///
/// Version 2 added the check-in and feedback entry kinds (`details`) and the prompt
/// preferences record. Version 3 stores entry records packed (`z`, see `pack` and `dense`)
/// and sealed records densely (`s`). Each is bumped for every record, so an older build meets
/// a newer record as "saved by a newer version" and leaves it untouched instead of
/// misreading it.
pub const FORMAT_VERSION: u32 = 3;

pub fn entry_key(id: &EntryId) -> String {
    format!("{ENTRY_KEY_PREFIX}{id}")
}

#[derive(Serialize)]
struct EntryRecordOut<'a> {
    v: u32,
    entry: &'a Entry,
}

#[derive(Serialize, Deserialize)]
struct DraftRecord {
    v: u32,
    draft: Draft,
}

pub fn encode_entry(entry: &Entry) -> String {
    serde_json::to_string(&EntryRecordOut {
        v: FORMAT_VERSION,
        entry,
    })
    .expect("an entry always serialises")
}

#[derive(Serialize)]
struct PackedEntryOut<'a> {
    v: u32,
    rev: u64,
    z: &'a str,
}

/// An entry record as this build stores it unsealed: packed (`{"v":3,"rev":…,"z":…}`, the
/// plain record text packed and held densely) when that is shorter, as it is for most
/// text, or the plain record text itself.
pub fn encode_stored_entry(entry: &Entry) -> String {
    let plain = encode_entry(entry);
    let packed = dense::encode(&pack::pack(&plain));
    // The packed form's own fields and the revision's digits: about 20 characters.
    if packed.chars().count() + 20 >= plain.encode_utf16().count() {
        return plain;
    }
    serde_json::to_string(&PackedEntryOut {
        v: FORMAT_VERSION,
        rev: entry.revision,
        z: &packed,
    })
    .expect("a packed entry always serialises")
}

/// Reads one entry record stored under `key`, packed or not (not sealed).
pub fn decode_entry(key: &str, raw: &str) -> Result<Entry, StorageError> {
    entry_from_fields(key, &versioned_fields(key, raw)?)
}

/// The entry in a plain or packed record whose version is already checked (read from its
/// `entry` field, so the record is not read a second time).
pub(crate) fn entry_from_fields(key: &str, fields: &Fields) -> Result<Entry, StorageError> {
    if let Some(packed) = fields.text("z") {
        let inner = dense::decode(&packed)
            .and_then(|bytes| pack::unpack(&bytes))
            .ok_or_else(|| damaged(key, "its packed text does not unpack"))?;
        let inner_fields = versioned_fields(key, &inner)?;
        if inner_fields.raw("z").is_some() {
            return Err(damaged(key, "it is packed twice"));
        }
        let entry = entry_from_fields(key, &inner_fields)?;
        if fields.get::<u64>("rev") != Some(entry.revision) {
            return Err(damaged(key, "its revision does not match its entry"));
        }
        return Ok(entry);
    }
    let raw = fields
        .raw("entry")
        .ok_or_else(|| damaged(key, "it holds no entry"))?;
    let entry: Entry = serde_json::from_str(raw).map_err(|e| damaged(key, e))?;
    if !EntryId::is_well_formed(entry.id.as_str()) || entry_key(&entry.id) != key {
        return Err(damaged(key, "its id does not match its key"));
    }
    if !entry.details_fit_kind() {
        return Err(damaged(key, "its details do not fit its kind"));
    }
    Ok(entry)
}

pub fn encode_draft(draft: &Draft) -> String {
    serde_json::to_string(&DraftRecord {
        v: FORMAT_VERSION,
        draft: draft.clone(),
    })
    .expect("a draft always serialises")
}

#[derive(Serialize, Deserialize)]
struct MomentRecord {
    v: u32,
    at: Timestamp,
}

pub fn encode_moment(at: Timestamp) -> String {
    serde_json::to_string(&MomentRecord {
        v: FORMAT_VERSION,
        at,
    })
    .expect("a moment always serialises")
}

pub fn decode_moment(key: &str, raw: &str) -> Result<Timestamp, StorageError> {
    decode_versioned::<MomentRecord>(key, raw).map(|r| r.at)
}

pub fn decode_draft(raw: &str) -> Result<Draft, StorageError> {
    decode_versioned::<DraftRecord>(DRAFT_KEY, raw).map(|r| r.draft)
}

/// Reads a record as `T` once its version is known to be one this build reads.
pub(crate) fn decode_versioned<T: DeserializeOwned>(
    key: &str,
    raw: &str,
) -> Result<T, StorageError> {
    versioned_fields(key, raw)?;
    serde_json::from_str(raw).map_err(|e| damaged(key, e))
}

/// A record's top-level fields, once its version is checked: a record from a newer version is
/// reported as such (never read as damaged, never written over).
pub(crate) fn versioned_fields<'a>(key: &str, raw: &'a str) -> Result<Fields<'a>, StorageError> {
    let fields = Fields::of(raw).ok_or_else(|| damaged(key, "it is not a JSON object"))?;
    let version = fields
        .get::<u64>("v")
        .ok_or_else(|| damaged(key, "it has no format version"))?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(StorageError::NewerVersion {
            key: key.to_string(),
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    match version {
        // v1 → v2 only added new kinds and records; v2 → v3 only added the packed and dense
        // forms beside the old ones. Every older record reads as it is. A later version that
        // changes a record's shape reads the older shape here, forward only.
        1..=3 => Ok(fields),
        other => Err(damaged(key, format!("unknown format version {other}"))),
    }
}

pub(crate) fn damaged(key: &str, reason: impl std::fmt::Display) -> StorageError {
    StorageError::Damaged {
        key: key.to_string(),
        reason: reason.to_string(),
    }
}

/// A stored record that could not be read. It stays where it is, untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub key: String,
    pub raw: String,
    pub error: StorageError,
}

/// The journal as read from storage: every readable entry, and what was set aside.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadReport {
    pub entries: Vec<Entry>,
    pub set_aside: Vec<SetAside>,
    /// Entries read from records in an older format, worth storing again in the current one.
    pub outdated: Vec<EntryId>,
}

impl LoadReport {
    /// [`LoadReport::from_records`] over records as storage hands them out.
    pub fn of_stored(records: &[(String, String)]) -> Self {
        Self::from_records(records.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Decodes every `between.entry.*` record among `(key, raw)` pairs; other keys are ignored.
    pub fn from_records<'a>(records: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut report = Self::default();
        for (key, raw) in records {
            if !key.starts_with(ENTRY_KEY_PREFIX) {
                continue;
            }
            let read = versioned_fields(key, raw).and_then(|fields| {
                let older = fields.get::<u64>("v") < Some(u64::from(FORMAT_VERSION));
                Ok((entry_from_fields(key, &fields)?, older))
            });
            match read {
                Ok((entry, older)) => {
                    if older {
                        report.outdated.push(entry.id.clone());
                    }
                    report.entries.push(entry);
                }
                Err(error) => report.set_aside.push(SetAside {
                    key: key.to_string(),
                    raw: raw.to_string(),
                    error,
                }),
            }
        }
        report
    }

    /// One calm sentence per kind of problem, for the banner above the journal.
    pub fn notices(&self) -> Vec<String> {
        let damaged = self
            .set_aside
            .iter()
            .filter(|s| matches!(s.error, StorageError::Damaged { .. }))
            .count();
        let newer = self.set_aside.len() - damaged;
        let mut notices = Vec::new();
        if damaged == 1 {
            notices.push(
                StorageError::Damaged {
                    key: String::new(),
                    reason: String::new(),
                }
                .user_message()
                .to_string(),
            );
        } else if damaged > 1 {
            notices.push(say::entries_set_aside(damaged));
        }
        if newer > 0 {
            notices.push(
                StorageError::NewerVersion {
                    key: String::new(),
                    found: 0,
                    supported: FORMAT_VERSION,
                }
                .user_message()
                .to_string(),
            );
        }
        notices
    }
}
