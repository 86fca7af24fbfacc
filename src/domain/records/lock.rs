//! The optional passphrase lock: how locked records are laid out in storage.
//!
//! With the lock on, each entry record holds its plain record text sealed with AES-256-GCM
//! under a key derived from the passphrase (PBKDF2-HMAC-SHA256, the same scheme as encrypted
//! backups). The id and revision stay readable so that a save still touches one record and
//! an older tab still cannot overwrite a newer change. The key lives only in memory.
use serde::{Deserialize, Serialize};

use crate::domain::records::error::StorageError;
use crate::domain::records::format::{
    damaged, decode_versioned, entry_from_fields, versioned_fields, FORMAT_VERSION,
};
use crate::domain::records::json_fields::Fields;
use crate::domain::records::keys::ENTRY_KEY_PREFIX;
pub use crate::domain::records::keys::LOCK_KEY;
use crate::domain::records::{base64, dense};
use crate::domain::{Entry, EntryId};

/// Sealed under the key so a wrong passphrase is recognised before anything is read.
pub const CHECK_PLAINTEXT: &str = "between-lock-check";
/// Idle times a person can choose, in minutes.
pub const IDLE_CHOICES: [u32; 4] = [5, 15, 30, 60];

/// Bytes sealed with AES-GCM: a fresh 96-bit IV and the ciphertext with its tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedBlob {
    #[serde(with = "b64")]
    pub iv: Vec<u8>,
    #[serde(with = "b64")]
    pub ct: Vec<u8>,
    /// Whether the sealed bytes are the record text packed (`records::pack`), as in every
    /// record sealed since version 3, or the text itself (version 1 and the check value).
    #[serde(skip)]
    pub packed: bool,
}

/// Length of the IV before the ciphertext in the dense form.
const IV_LEN: usize = crate::domain::records::encrypted_backup::IV_BYTES;

impl SealedBlob {
    /// The IV and the ciphertext, held densely: the dense form's `s`.
    fn dense(&self) -> String {
        dense::encode(&[self.iv.as_slice(), &self.ct].concat())
    }

    fn from_dense(text: &str) -> Option<Self> {
        let bytes = dense::decode(text)?;
        (bytes.len() > IV_LEN).then(|| Self {
            iv: bytes[..IV_LEN].to_vec(),
            ct: bytes[IV_LEN..].to_vec(),
            packed: true,
        })
    }
}

/// How many characters a sealed entry record takes for a packed text of `packed_len`
/// bytes (for knowing before turning the lock on whether the journal will fit).
pub fn sealed_entry_len(revision: u64, packed_len: usize) -> usize {
    sealed_record_len(packed_len) + r#""rev":,"#.len() + revision.to_string().len()
}

/// How many characters a sealed draft or small record takes for `packed_len` bytes.
pub fn sealed_record_len(packed_len: usize) -> usize {
    const TAG_LEN: usize = 16;
    r#"{"v":3,"s":""}"#.len() + dense::encoded_len(IV_LEN + packed_len + TAG_LEN)
}

/// Where turning the lock on or off has got to. Each record is rewritten on its own, so a
/// tab closed halfway leaves a mix that is still readable; the next unlock finishes the job.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LockPhase {
    Enabling,
    On,
    Disabling,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockSettings {
    pub phase: LockPhase,
    #[serde(with = "b64")]
    pub salt: Vec<u8>,
    pub iterations: u32,
    pub check: SealedBlob,
    pub idle_minutes: u32,
}

/// `{"v":2,"phase":…,"salt":…,…}`: the settings' fields beside the version (written out
/// rather than `#[serde(flatten)]`, which costs the wasm a buffering deserializer).
#[derive(Serialize, Deserialize)]
struct LockRecord {
    v: u32,
    phase: LockPhase,
    #[serde(with = "b64")]
    salt: Vec<u8>,
    iterations: u32,
    check: SealedBlob,
    idle_minutes: u32,
}

pub fn encode_lock(settings: &LockSettings) -> String {
    let s = settings.clone();
    serde_json::to_string(&LockRecord {
        v: FORMAT_VERSION,
        phase: s.phase,
        salt: s.salt,
        iterations: s.iterations,
        check: s.check,
        idle_minutes: s.idle_minutes,
    })
    .expect("lock settings always serialise")
}

pub fn decode_lock(raw: &str) -> Result<LockSettings, StorageError> {
    let r = decode_versioned::<LockRecord>(LOCK_KEY, raw)?;
    Ok(LockSettings {
        phase: r.phase,
        salt: r.salt,
        iterations: r.iterations,
        check: r.check,
        idle_minutes: r.idle_minutes,
    })
}

#[derive(Serialize)]
struct SealedEntryOut<'a> {
    v: u32,
    rev: u64,
    s: &'a str,
}

/// A sealed entry record, `{"v":3,"rev":…,"s":…}`; `blob` holds the packed plain record
/// text, whose entry names its id (checked against the key once opened).
pub fn encode_sealed_entry(entry: &Entry, blob: &SealedBlob) -> String {
    serde_json::to_string(&SealedEntryOut {
        v: FORMAT_VERSION,
        rev: entry.revision,
        s: &blob.dense(),
    })
    .expect("a sealed record always serialises")
}

/// A sealed draft or personal record, `{"v":3,"s":…}` (these carry no revision).
pub fn encode_sealed_draft(blob: &SealedBlob) -> String {
    #[derive(Serialize)]
    struct SealedOut<'a> {
        v: u32,
        s: &'a str,
    }
    serde_json::to_string(&SealedOut {
        v: FORMAT_VERSION,
        s: &blob.dense(),
    })
    .expect("a sealed draft always serialises")
}

/// A stored record as found: readable now, or sealed until the journal is unlocked.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredRecord {
    Plain(Entry),
    Sealed { revision: u64, blob: SealedBlob },
}

impl StoredRecord {
    pub fn revision(&self) -> u64 {
        match self {
            StoredRecord::Plain(entry) => entry.revision,
            StoredRecord::Sealed { revision, .. } => *revision,
        }
    }
}

/// Reads an entry record in either form. A sealed record must name the key's id.
pub fn read_entry_record(key: &str, raw: &str) -> Result<StoredRecord, StorageError> {
    let fields = versioned_fields(key, raw)?;
    match sealed_in(key, &fields)? {
        None => entry_from_fields(key, &fields).map(StoredRecord::Plain),
        Some(blob) => {
            // Version 1 named the id beside the sealed text; since version 3 only the text
            // names it, and it is checked once opened.
            let id = fields.get::<String>("id");
            if !blob.packed && key.strip_prefix(ENTRY_KEY_PREFIX) != id.as_deref() {
                return Err(damaged(key, "its id does not match its key"));
            }
            let revision = fields
                .get::<u64>("rev")
                .ok_or_else(|| damaged(key, "it has no revision"))?;
            Ok(StoredRecord::Sealed { revision, blob })
        }
    }
}

/// The sealed blob of a record, if it is sealed (`None` for a plain record).
pub fn sealed_blob(key: &str, raw: &str) -> Result<Option<SealedBlob>, StorageError> {
    sealed_in(key, &versioned_fields(key, raw)?)
}

/// The sealed blob among a version-checked record's fields (`None` for a plain record).
fn sealed_in(key: &str, fields: &Fields) -> Result<Option<SealedBlob>, StorageError> {
    if let Some(text) = fields.text("s") {
        return SealedBlob::from_dense(&text)
            .map(Some)
            .ok_or_else(|| damaged(key, "its sealed text is not in the dense form"));
    }
    fields
        .raw("sealed")
        .map(|sealed| serde_json::from_str::<SealedBlob>(sealed).map_err(|e| damaged(key, e)))
        .transpose()
}

/// Serde helper: bytes as standard base64 text.
mod b64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::base64::encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::base64::decode(&text).map_err(serde::de::Error::custom)
    }
}

/// What a change made by another tab means for this one.
#[derive(Clone, Debug, PartialEq)]
pub enum ExternalChange {
    /// An entry was written (added or edited) elsewhere.
    Upsert(Entry),
    /// An entry was deleted elsewhere.
    Removed(EntryId),
    /// An entry was written elsewhere with the lock on; it opens only with the key.
    Sealed { key: String, blob: SealedBlob },
    /// The lock was turned on or off elsewhere.
    LockChanged,
    /// Nothing this tab shows, or a record it cannot read (left alone, as on load).
    Ignore,
}

/// Interprets a `storage` event: the key that changed and its new value (`None` when removed).
pub fn external_change(key: Option<&str>, new_value: Option<&str>) -> ExternalChange {
    let Some(key) = key else {
        return ExternalChange::Ignore;
    };
    if key == LOCK_KEY {
        return ExternalChange::LockChanged;
    }
    let Some(id) = key.strip_prefix(ENTRY_KEY_PREFIX) else {
        return ExternalChange::Ignore;
    };
    match new_value {
        None if EntryId::is_well_formed(id) => ExternalChange::Removed(EntryId(id.to_string())),
        None => ExternalChange::Ignore,
        Some(raw) => match read_entry_record(key, raw) {
            Ok(StoredRecord::Plain(entry)) => ExternalChange::Upsert(entry),
            Ok(StoredRecord::Sealed { blob, .. }) => ExternalChange::Sealed {
                key: key.to_string(),
                blob,
            },
            Err(_) => ExternalChange::Ignore,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::format::{encode_entry, entry_key};
    use crate::domain::{Draft, EntryId, EntryKind, Timestamp};

    fn entry() -> Entry {
        let draft = Draft {
            text: "private words".into(),
            ..Draft::of_kind(EntryKind::Concern)
        };
        let mut entry = draft
            .to_entry(
                EntryId::new(1, 7),
                Timestamp::parse("2026-11-21T09:00:00Z").unwrap(),
            )
            .unwrap();
        entry.revision = 4;
        entry
    }

    fn blob() -> SealedBlob {
        SealedBlob {
            iv: vec![1; 12],
            ct: vec![2; 40],
            packed: true,
        }
    }

    #[test]
    fn lock_settings_round_trip() {
        let settings = LockSettings {
            phase: LockPhase::Enabling,
            salt: vec![9; 16],
            iterations: 600_000,
            check: SealedBlob {
                packed: false,
                ..blob()
            },
            idle_minutes: 15,
        };
        let raw = encode_lock(&settings);
        assert!(raw.contains("\"phase\":\"enabling\""));
        assert_eq!(decode_lock(&raw), Ok(settings));
    }

    #[test]
    fn a_sealed_record_shows_its_revision_but_not_its_words() {
        let entry = entry();
        let key = entry_key(&entry.id);
        let raw = encode_sealed_entry(&entry, &blob());
        assert!(!raw.contains("private words"));
        assert!(!raw.contains("concern"));
        let record = read_entry_record(&key, &raw).unwrap();
        assert_eq!(record.revision(), 4);
        assert_eq!(sealed_blob(&key, &raw), Ok(Some(blob())));
        let packed_len = blob().ct.len() - 16;
        assert_eq!(raw.encode_utf16().count(), sealed_entry_len(4, packed_len));
        let small = encode_sealed_draft(&blob());
        assert_eq!(small.encode_utf16().count(), sealed_record_len(packed_len));
    }

    #[test]
    fn plain_records_still_read_and_have_no_sealed_blob() {
        let entry = entry();
        let key = entry_key(&entry.id);
        let raw = encode_entry(&entry);
        assert_eq!(
            read_entry_record(&key, &raw),
            Ok(StoredRecord::Plain(entry))
        );
        assert_eq!(sealed_blob(&key, &raw), Ok(None));
    }

    #[test]
    fn a_sealed_record_under_the_wrong_key_or_with_bad_base64_is_damaged() {
        let entry = entry();
        let key = entry_key(&entry.id);
        let v1 = format!(
            r#"{{"v":1,"id":"{}","rev":4,"sealed":{{"iv":"{}","ct":"{}"}}}}"#,
            entry.id,
            base64::encode(&[1; 12]),
            base64::encode(&[2; 40])
        );
        assert_eq!(read_entry_record(&key, &v1).map(|r| r.revision()), Ok(4));
        assert!(matches!(
            read_entry_record("between.entry.someone-else", &v1),
            Err(StorageError::Damaged { .. })
        ));
        let bad = v1.replace(&base64::encode(&[1; 12]), "!!!");
        assert!(matches!(
            read_entry_record(&key, &bad),
            Err(StorageError::Damaged { .. })
        ));
        let dense = encode_sealed_entry(&entry, &blob());
        let text_starts = dense.find(r#""s":""#).unwrap() + 5;
        let not_dense = format!("{}abc\"}}", &dense[..text_starts]);
        assert!(matches!(
            read_entry_record(&key, &not_dense),
            Err(StorageError::Damaged { .. })
        ));
    }
}
