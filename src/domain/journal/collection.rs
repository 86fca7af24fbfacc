//! The whole journal in memory: changes one entry at a time, and answers list queries.
use std::collections::BTreeMap;

use thiserror::Error;

use crate::domain::calendar::time::{Date, Timestamp};
use crate::domain::journal::checkin::validate_note;
use crate::domain::journal::draft::{parse_tags, DraftError};
use crate::domain::journal::entry::{Entry, EntryId, EntryKind};
use crate::domain::journal::search::fold;
use crate::domain::language::say::journal as say;

/// All entries, keyed by id, and their order in the list, kept as each entry changes so a
/// list of years of entries is never sorted again on a save.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Journal {
    entries: BTreeMap<EntryId, Entry>,
    /// (written at, id) of every entry, oldest first (a sorted `Vec` costs the app less
    /// code than a second B-tree, and moving a few thousand pairs is quick).
    order: Vec<(Timestamp, EntryId)>,
}

/// What the list shows: an optional kind, search text and tag.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub kind: Option<EntryKind>,
    pub text: String,
    pub tag: Option<String>,
}

/// Entries written on one day, newest first.
#[derive(Clone, Debug, PartialEq)]
pub struct DayGroup {
    pub date: Date,
    pub entries: Vec<Entry>,
}

/// One page of a query's answer, so years of entries never render all at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JournalPage {
    pub days: Vec<DayGroup>,
    /// How many entries match in all (the page may show fewer).
    pub total_matches: usize,
    pub shown: usize,
}

impl JournalPage {
    pub fn has_more(&self) -> bool {
        self.shown < self.total_matches
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum JournalError {
    #[error("{}", say::entry_gone())]
    NotFound,
    #[error("{}", say::changed_elsewhere())]
    ChangedElsewhere,
    #[error(transparent)]
    Invalid(#[from] DraftError),
}

/// A change to an existing entry's words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntryEdit {
    pub text: String,
    pub tags: String,
    pub priority: bool,
    /// The revision the editor started from; a different one now means it changed elsewhere.
    pub base_revision: Option<u64>,
}

impl EntryEdit {
    /// What an editor opened on `entry` holds before anything is typed.
    pub fn of(entry: &Entry) -> Self {
        Self {
            text: entry.text.clone(),
            tags: entry.tags.join(", "),
            priority: entry.priority,
            base_revision: Some(entry.revision),
        }
    }

    /// The editor's words as a new entry like `was` (same kind, answers and prompt), for when
    /// `was` was deleted elsewhere while it was open here.
    pub fn as_new_entry(
        &self,
        was: &Entry,
        id: EntryId,
        now: Timestamp,
    ) -> Result<Entry, DraftError> {
        Ok(Entry {
            id,
            text: validate_note(was.kind, &self.text)?,
            tags: parse_tags(&self.tags)?,
            priority: was.kind == EntryKind::Concern && self.priority,
            created_at: now,
            updated_at: now,
            revision: 1,
            ..was.clone()
        })
    }
}

impl Journal {
    pub fn from_entries(entries: impl IntoIterator<Item = Entry>) -> Self {
        let mut by_id = Self::default();
        for entry in entries {
            if by_id.is_newer(&entry) {
                by_id.entries.insert(entry.id.clone(), entry);
            }
        }
        // Ids begin with the time written, so in id order nearly every place is at the end.
        let mut journal = Self::default();
        for entry in by_id.entries.into_values() {
            journal.put(entry);
        }
        journal
    }

    /// Takes in entries read later (older ones, while a long journal opens newest first),
    /// merging the two orders in one pass instead of placing each entry on its own. An
    /// entry already here keeps whichever revision is newer.
    pub fn absorb(&mut self, later: Journal) {
        let mut taken: Vec<(Timestamp, EntryId)> = Vec::with_capacity(later.order.len());
        let mut entries = later.entries;
        for place in later.order {
            let Some(entry) = entries.remove(&place.1) else {
                continue;
            };
            if !self.is_newer(&entry) {
                continue;
            }
            if let Some(old) = self.entries.insert(entry.id.clone(), entry) {
                self.forget_place(&(old.created_at, old.id));
            }
            taken.push(place);
        }
        let mine = std::mem::take(&mut self.order);
        let mut merged = Vec::with_capacity(mine.len() + taken.len());
        let (mut a, mut b) = (mine.into_iter().peekable(), taken.into_iter().peekable());
        while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
            let next = if x <= y { a.next() } else { b.next() };
            merged.extend(next);
        }
        merged.extend(a);
        merged.extend(b);
        self.order = merged;
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: &EntryId) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// Inserts or replaces an entry, unless the journal already holds a newer revision of it.
    /// Returns whether the journal changed.
    pub fn put(&mut self, entry: Entry) -> bool {
        if !self.is_newer(&entry) {
            return false;
        }
        let place = (entry.created_at, entry.id.clone());
        if let Some(old) = self.entries.insert(entry.id.clone(), entry) {
            self.forget_place(&(old.created_at, old.id));
        }
        let at = self.order.partition_point(|p| *p < place);
        self.order.insert(at, place);
        true
    }

    /// Whether `entry` is not here yet, or is a newer revision than the one here.
    fn is_newer(&self, entry: &Entry) -> bool {
        self.entries
            .get(&entry.id)
            .is_none_or(|here| here.revision < entry.revision)
    }

    /// Returns the entry as it would be after `edit`, without changing the journal, so the
    /// caller can store it first and only then show it.
    pub fn edited(
        &self,
        id: &EntryId,
        edit: &EntryEdit,
        now: Timestamp,
    ) -> Result<Entry, JournalError> {
        let current = self.entries.get(id).ok_or(JournalError::NotFound)?;
        if edit
            .base_revision
            .is_some_and(|base| base != current.revision)
        {
            return Err(JournalError::ChangedElsewhere);
        }
        let mut next = current.clone();
        next.text = validate_note(next.kind, &edit.text)?;
        next.tags = parse_tags(&edit.tags)?;
        next.priority = next.kind == EntryKind::Concern && edit.priority;
        next.updated_at = now;
        next.revision = current.revision + 1;
        Ok(next)
    }

    pub fn remove(&mut self, id: &EntryId) -> Option<Entry> {
        let removed = self.entries.remove(id)?;
        self.forget_place(&(removed.created_at, removed.id.clone()));
        Some(removed)
    }

    fn forget_place(&mut self, place: &(Timestamp, EntryId)) {
        if let Ok(at) = self.order.binary_search(place) {
            self.order.remove(at);
        }
    }

    /// Every tag in use, sorted, for the tag filter.
    pub fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = Vec::new();
        for tag in self.entries.values().flat_map(|e| e.tags.iter()) {
            if !tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                tags.push(tag.clone());
            }
        }
        sort_texts(&mut tags, |a, b| a.to_lowercase().cmp(&b.to_lowercase()));
        tags
    }

    /// Every entry, in no particular order.
    pub fn all(&self) -> impl Iterator<Item = &Entry> {
        self.entries.values()
    }

    /// All entries, newest first.
    pub fn newest_first(&self) -> Vec<&Entry> {
        self.newest().collect()
    }

    fn newest(&self) -> impl Iterator<Item = &Entry> {
        self.order
            .iter()
            .rev()
            .filter_map(|(_, id)| self.entries.get(id))
    }

    /// The first `limit` entries matching `query`, newest first, grouped by the day written.
    pub fn page(&self, query: &Query, limit: usize) -> JournalPage {
        let needle = fold(query.text.trim());
        let tag = query.tag.as_deref().map(str::to_lowercase);
        let everything = query.kind.is_none() && tag.is_none() && needle.is_empty();
        let (matching, total_matches): (Vec<&Entry>, usize) = if everything {
            // Nothing to filter: read only the page, whatever the size of the journal.
            (self.newest().take(limit).collect(), self.entries.len())
        } else {
            let matching: Vec<&Entry> = self
                .newest()
                .filter(|e| query.kind.is_none_or(|k| e.kind == k))
                .filter(|e| {
                    tag.as_deref()
                        .is_none_or(|t| e.tags.iter().any(|et| et.to_lowercase() == t))
                })
                .filter(|e| e.matches(&needle))
                .collect();
            let total = matching.len();
            (matching, total)
        };
        let mut days: Vec<DayGroup> = Vec::new();
        for entry in matching.into_iter().take(limit) {
            let date = entry.created_at.local_date();
            match days.last_mut() {
                Some(group) if group.date == date => group.entries.push(entry.clone()),
                _ => days.push(DayGroup {
                    date,
                    entries: vec![entry.clone()],
                }),
            }
        }
        let shown = days.iter().map(|d| d.entries.len()).sum();
        JournalPage {
            days,
            total_matches,
            shown,
        }
    }
}

/// Sorts strings in `order`. Every list of strings is sorted through here, so the app
/// carries one copy of the sort's code (a comparator of one type, a function pointer).
pub fn sort_texts(texts: &mut [String], order: fn(&String, &String) -> std::cmp::Ordering) {
    texts.sort_unstable_by(order);
}
