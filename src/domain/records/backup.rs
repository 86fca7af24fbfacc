//! The plain backup file: everything the app stores, in one versioned JSON document,
//! and the merge that brings a backup back without duplicating or silently overwriting.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use thiserror::Error;

use crate::domain::calendar::time::Timestamp;
use crate::domain::journal::collection::Journal;
use crate::domain::journal::draft::Draft;
use crate::domain::journal::entry::{Entry, EntryId, MAX_TAGS, MAX_TAG_CHARS, MAX_TEXT_CHARS};
use crate::domain::language::say::records as say;
use crate::domain::records::json_fields::Fields;
use crate::domain::records::keys::{ENTRY_KEY_PREFIX, UNREADABLE_DRAFT_KEY};
use crate::domain::records::small::{personal_record_is_readable, record_label};

pub const BACKUP_FORMAT: &str = "between-backup";
/// Version 2 may hold check-in and feedback entries, which an older build cannot read; it
/// refuses the file as "made by a newer version" instead of leaving them out. Version 1
/// files still import.
pub const BACKUP_VERSION: u32 = 2;
/// Largest backup file we read; checked before parsing so a huge file cannot exhaust memory.
pub const MAX_BACKUP_BYTES: usize = 32 * 1024 * 1024;

/// A stored record that could not be read, carried along byte for byte so it is never lost.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawRecord {
    pub key: String,
    pub raw: String,
}

/// Everything the app stores.
#[derive(Clone, Debug, Serialize)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub exported_at: Timestamp,
    pub entries: Vec<Entry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<RawRecord>,
    /// Sessions, summary choices, prompt choices and homework: each small record by its
    /// storage key, as its plain versioned record (`{"v":2,"sessions":[…]}`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub records: BTreeMap<String, Box<RawValue>>,
}

impl Backup {
    /// A backup of `journal`, oldest entry first so files diff and read naturally.
    pub fn of(
        journal: &Journal,
        draft: Option<Draft>,
        set_aside: Vec<RawRecord>,
        now: Timestamp,
    ) -> Self {
        let mut entries: Vec<Entry> = journal.newest_first().into_iter().cloned().collect();
        entries.reverse();
        Self {
            format: BACKUP_FORMAT.into(),
            version: BACKUP_VERSION,
            exported_at: now,
            entries,
            draft: draft.filter(|d| !d.is_blank()),
            set_aside,
            records: BTreeMap::new(),
        }
    }

    /// Adds the small personal records (plain record texts by key); unreadable ones are left
    /// out here because the set-aside list already carries whatever could not be read.
    pub fn with_records(mut self, records: impl IntoIterator<Item = (String, String)>) -> Self {
        for (key, raw) in records {
            if personal_record_is_readable(&key, &raw) {
                if let Ok(record) = RawValue::from_string(raw) {
                    self.records.insert(key, record);
                }
            }
        }
        self
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a backup always serialises")
    }

    /// "between-backup-2026-11-21.json"
    pub fn file_name(&self) -> String {
        format!("between-backup-{}.json", self.exported_at.local_date())
    }
}

/// Why a file cannot be imported. Nothing in the journal changes in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("{}", say::backup_too_large(megabytes))]
    TooLarge { megabytes: usize },
    #[error("{}", say::not_a_backup())]
    NotABackup,
    #[error("{}", say::backup_from_newer_version(found))]
    NewerVersion { found: u64 },
    #[error("{}", say::backup_damaged(reason))]
    Damaged { reason: String },
}

/// A backup read from a file, ready to be compared with the journal.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedBackup {
    pub exported_at: Timestamp,
    pub entries: Vec<Entry>,
    pub draft: Option<Draft>,
    pub set_aside: Vec<RawRecord>,
    /// Readable small personal records by key, as record text.
    pub records: Vec<(String, String)>,
    /// Entries in the file that could not be read; they are left out, and the person is told.
    pub unreadable: usize,
    /// Entries that share their id with a different entry in the file (written at another
    /// moment, so not an older revision of it): the one written later is in `entries`.
    pub same_id: Vec<Entry>,
}

/// Reads a backup file. Never panics, and refuses oversized input before parsing it.
pub fn parse_backup(text: &str) -> Result<ParsedBackup, ImportError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge {
            megabytes: text.len().div_ceil(1024 * 1024),
        });
    }
    let fields = Fields::of(text).ok_or(ImportError::NotABackup)?;
    if fields.get::<String>("format").as_deref() != Some(BACKUP_FORMAT) {
        return Err(ImportError::NotABackup);
    }
    let version = fields
        .get::<u64>("version")
        .ok_or_else(|| damaged(say::backup_has_no_version()))?;
    if version > u64::from(BACKUP_VERSION) || version == 0 {
        return Err(ImportError::NewerVersion { found: version });
    }
    let exported_at = fields
        .get::<Timestamp>("exported_at")
        .ok_or_else(|| damaged(say::backup_has_no_export_date()))?;
    let raw_entries = fields
        .raw("entries")
        .and_then(|raw| serde_json::from_str::<Vec<&RawValue>>(raw).ok())
        .ok_or_else(|| damaged(say::backup_has_no_entries()))?;

    let mut newest: BTreeMap<EntryId, Entry> = BTreeMap::new();
    let mut same_id = Vec::new();
    let mut unreadable = 0;
    for raw in raw_entries {
        match serde_json::from_str::<Entry>(raw.get())
            .ok()
            .filter(is_plausible)
        {
            Some(entry) => match newest.get(&entry.id) {
                // The same entry again: the newer revision wins.
                Some(kept) if kept.created_at == entry.created_at => {
                    if entry.revision > kept.revision {
                        newest.insert(entry.id.clone(), entry);
                    }
                }
                // A different entry under the same id: never silently reduced to one.
                Some(kept) if kept.created_at > entry.created_at => same_id.push(entry),
                Some(_) => {
                    if let Some(earlier) = newest.insert(entry.id.clone(), entry) {
                        same_id.push(earlier);
                    }
                }
                None => {
                    newest.insert(entry.id.clone(), entry);
                }
            },
            None => unreadable += 1,
        }
    }
    let mut entries: Vec<Entry> = newest.into_values().collect();
    entries.sort_unstable_by(|a, b| {
        a.created_at
            .cmp(&b.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });

    let draft = fields.get::<Draft>("draft");
    let set_aside = fields
        .get::<Vec<RawRecord>>("set_aside")
        .unwrap_or_default()
        .into_iter()
        // Only records that were set aside: an entry, or the unreadable draft. A file can
        // never plant a lock record or any other of the app's keys.
        .filter(|r| r.key.starts_with(ENTRY_KEY_PREFIX) || r.key == UNREADABLE_DRAFT_KEY)
        .collect();
    let records = fields
        .raw("records")
        .and_then(Fields::of)
        .into_iter()
        .flat_map(Fields::into_raw)
        .map(|(key, record)| (key, record.to_string()))
        .filter(|(key, raw)| personal_record_is_readable(key, raw))
        .collect();
    Ok(ParsedBackup {
        exported_at,
        entries,
        draft,
        set_aside,
        records,
        unreadable,
        same_id,
    })
}

/// The same rules the composer applies, so an edited file cannot smuggle in what the app
/// would never have written.
fn is_plausible(entry: &Entry) -> bool {
    EntryId::is_well_formed(entry.id.as_str())
        && (entry.kind.has_details() || !entry.text.trim().is_empty())
        && entry.details_fit_kind()
        && entry.details.as_ref().is_none_or(|d| d.is_plausible())
        && entry.text.chars().count() <= MAX_TEXT_CHARS
        && entry.tags.len() <= MAX_TAGS
        && entry
            .tags
            .iter()
            .all(|t| !t.trim().is_empty() && t.chars().count() <= MAX_TAG_CHARS)
        && entry
            .prompt
            .as_ref()
            .is_none_or(|p| p.chars().count() <= MAX_TEXT_CHARS)
        && entry.revision >= 1
}

fn damaged(reason: &str) -> ImportError {
    ImportError::Damaged {
        reason: reason.into(),
    }
}

/// What importing a backup would change, shown before anything is written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    /// Entries this journal does not have yet.
    pub added: Vec<Entry>,
    /// Entries whose copy in the file is a newer revision than the one here.
    pub updated: Vec<Entry>,
    /// Entries already here exactly as in the file.
    pub unchanged: usize,
    /// Entries where this journal's copy is newer or differs: this journal's copy is kept.
    pub kept_here: usize,
    /// Entries in the file that could not be read.
    pub unreadable: usize,
    /// Set-aside records from the file that this browser does not hold yet.
    pub set_aside: Vec<RawRecord>,
    /// The draft from the file, used only when nothing is being typed here.
    pub draft: Option<Draft>,
    /// Small personal records from the file that this browser does not hold yet.
    pub records: Vec<(String, String)>,
    /// Keys of small personal records in the file that this browser already has: kept here.
    pub records_kept_here: Vec<String>,
    /// Entries that share their id with a different entry (in the file, or here) written at
    /// another moment. Left out unless the person chooses to keep both (`keep_both`).
    pub same_id: Vec<Entry>,
}

impl ImportPlan {
    /// Compares a parsed backup with the journal. `stored_keys` are the keys already in storage.
    pub fn new(
        journal: &Journal,
        backup: ParsedBackup,
        current_draft_is_blank: bool,
        stored_keys: &[String],
    ) -> Self {
        let (records, kept): (Vec<_>, Vec<_>) = backup
            .records
            .into_iter()
            .partition(|(key, _)| !stored_keys.contains(key));
        let mut plan = ImportPlan {
            records,
            records_kept_here: kept.into_iter().map(|(key, _)| key).collect(),
            unreadable: backup.unreadable,
            draft: backup
                .draft
                .filter(|d| current_draft_is_blank && !d.is_blank()),
            set_aside: backup
                .set_aside
                .into_iter()
                .filter(|r| !stored_keys.contains(&r.key))
                .collect(),
            same_id: backup.same_id,
            ..ImportPlan::default()
        };
        for entry in backup.entries {
            match journal.get(&entry.id) {
                None => plan.added.push(entry),
                Some(here) if here.created_at != entry.created_at => plan.same_id.push(entry),
                Some(here) if here == &entry => plan.unchanged += 1,
                Some(here) if entry.revision > here.revision => plan.updated.push(entry),
                Some(_) => plan.kept_here += 1,
            }
        }
        plan
    }

    /// Keeps the entries that share an id with another as separate entries, each under a new
    /// id from `fresh_id`, so that nothing in the file is lost.
    pub fn keep_both(&mut self, mut fresh_id: impl FnMut() -> EntryId) {
        for mut entry in std::mem::take(&mut self.same_id) {
            entry.id = fresh_id();
            self.added.push(entry);
        }
    }

    /// True when importing would change nothing.
    pub fn is_empty(&self) -> bool {
        self.same_id.is_empty()
            && self.added.is_empty()
            && self.updated.is_empty()
            && self.set_aside.is_empty()
            && self.draft.is_none()
            && self.records.is_empty()
    }

    /// The preview, one plain sentence per kind of change.
    pub fn describe(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if !self.added.is_empty() {
            lines.push(say::entries_added(self.added.len()));
        }
        if !self.updated.is_empty() {
            lines.push(say::entries_updated(self.updated.len()));
        }
        if self.kept_here > 0 {
            lines.push(say::entries_kept_here(self.kept_here));
        }
        if self.unchanged > 0 {
            lines.push(say::entries_unchanged(self.unchanged));
        }
        if self.unreadable > 0 {
            lines.push(say::entries_unreadable_in_file(self.unreadable));
        }
        if !self.set_aside.is_empty() {
            lines.push(say::records_set_aside(self.set_aside.len()));
        }
        if !self.same_id.is_empty() {
            lines.push(say::entries_share_an_id(self.same_id.len()));
        }
        if self.draft.is_some() {
            lines.push(say::backup_draft_back().into());
        }
        for (key, _) in &self.records {
            lines.push(say::record_added(record_label(key)));
        }
        for key in &self.records_kept_here {
            lines.push(say::record_kept_here(record_label(key)));
        }
        if lines.is_empty() {
            lines.push(say::backup_changes_nothing().into());
        }
        lines
    }
}
