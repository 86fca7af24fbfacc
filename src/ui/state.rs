//! The app's state and the intents components send. Rules live in the domain; this file
//! only orders "store it, then show it" so that nothing is shown as saved that is not.
use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::backup::{Backup, ImportPlan, ParsedBackup, RawRecord};
use crate::domain::journal::{EntryEdit, JournalError};
use crate::domain::prompts::{next_prompt, prompt_for_day};
use crate::domain::storage_format::{external_change, ExternalChange};
use crate::domain::Timestamp;
use crate::domain::{Draft, DraftError, Entry, EntryId, EntryKind, Journal, Query, StorageError};
use crate::storage::{browser, LocalJournalStore};

/// How many entries the list shows before "Show older entries".
pub const PAGE_SIZE: usize = 50;

#[derive(Clone, Copy)]
pub struct JournalState {
    pub journal: RwSignal<Journal>,
    pub draft: RwSignal<Draft>,
    pub draft_error: RwSignal<Option<DraftError>>,
    pub query: RwSignal<Query>,
    pub page_limit: RwSignal<usize>,
    /// The entry being edited in place, if any.
    pub editing: RwSignal<Option<EntryId>>,
    /// The last deleted entry, kept in memory so it can be brought back.
    pub last_deleted: RwSignal<Option<Entry>>,
    /// Calm sentences about records set aside when the journal was read.
    pub load_notices: RwSignal<Vec<String>>,
    /// The latest save problem (full storage, storage unavailable, another tab).
    pub save_problem: RwSignal<Option<StorageError>>,
    /// A short polite announcement for screen readers and sighted people alike.
    pub status: RwSignal<String>,
    /// Records set aside on load, exactly as stored, so backups carry them too.
    pub set_aside: StoredValue<Vec<RawRecord>>,
    /// When a backup was last downloaded from this browser.
    pub last_backup: RwSignal<Option<Timestamp>>,
}

impl JournalState {
    /// Reads the journal and the draft from storage. Never writes anything.
    pub fn load() -> Self {
        let state = Self {
            journal: RwSignal::new(Journal::default()),
            draft: RwSignal::new(Draft::default()),
            draft_error: RwSignal::new(None),
            query: RwSignal::new(Query::default()),
            page_limit: RwSignal::new(PAGE_SIZE),
            editing: RwSignal::new(None),
            last_deleted: RwSignal::new(None),
            load_notices: RwSignal::new(Vec::new()),
            save_problem: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            set_aside: StoredValue::new(Vec::new()),
            last_backup: RwSignal::new(LocalJournalStore::last_backup().ok().flatten()),
        };
        match LocalJournalStore::load() {
            Ok(report) => {
                state.load_notices.set(report.notices());
                state.set_aside.set_value(
                    report
                        .set_aside
                        .iter()
                        .map(|s| RawRecord {
                            key: s.key.clone(),
                            raw: s.raw.clone(),
                        })
                        .collect(),
                );
                state.journal.set(Journal::from_entries(report.entries));
            }
            Err(StorageError::NoJournal) => {}
            Err(error) => state.save_problem.set(Some(error)),
        }
        match LocalJournalStore::load_draft() {
            Ok(Some(draft)) => state.draft.set(draft),
            Ok(None) => {}
            Err(error @ StorageError::Damaged { .. }) => state.load_notices.update(|n| {
                n.push(format!(
                    "{} It was an unfinished draft.",
                    error.user_message()
                ))
            }),
            Err(_) => {}
        }
        state.ensure_prompt();
        state
    }

    /// Changes the draft and saves it at once, so a reload never loses what is typed.
    pub fn update_draft(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(change);
        self.ensure_prompt();
        self.draft_error.set(None);
        let result = self.draft.with_untracked(LocalJournalStore::save_draft);
        self.note_storage_result(result);
    }

    pub fn choose_kind(&self, kind: EntryKind) {
        self.update_draft(|d| d.kind = kind);
    }

    pub fn show_next_prompt(&self) {
        self.update_draft(|d| d.prompt = Some(next_prompt(d.prompt.as_deref()).to_string()));
    }

    /// Turns the draft into an entry, stores it, and only then clears the composer.
    pub fn save_draft_as_entry(&self) -> bool {
        let now = browser::now();
        let entry = match self
            .draft
            .with_untracked(|d| d.to_entry(browser::new_entry_id(now), now))
        {
            Ok(entry) => entry,
            Err(error) => {
                self.draft_error.set(Some(error));
                return false;
            }
        };
        if let Err(error) = LocalJournalStore::save_entry(&entry) {
            self.save_problem.set(Some(error));
            return false;
        }
        let kind = entry.kind;
        self.save_problem.set(None);
        self.journal.update(|j| {
            j.put(entry);
        });
        let used_prompt = self.draft.with_untracked(|d| d.prompt.clone());
        self.draft.set(Draft {
            prompt: (kind == EntryKind::Reflection)
                .then(|| next_prompt(used_prompt.as_deref()).to_string()),
            ..Draft::of_kind(kind)
        });
        let cleared = LocalJournalStore::clear_draft();
        self.note_storage_result(cleared);
        self.draft_error.set(None);
        self.status
            .set(format!("Saved your {}.", kind.label().to_lowercase()));
        true
    }

    /// Stores an edited entry; on success the list shows it and the editor closes.
    pub fn save_edit(&self, id: &EntryId, edit: &EntryEdit) -> Result<(), String> {
        let edited = self
            .journal
            .with_untracked(|j| j.edited(id, edit, browser::now()))
            .map_err(|e| match e {
                JournalError::Invalid(invalid) => invalid.to_string(),
                other => other.to_string(),
            })?;
        if let Err(error) = LocalJournalStore::save_entry(&edited) {
            let message = error.user_message().to_string();
            self.save_problem.set(Some(error));
            return Err(message);
        }
        self.journal.update(|j| {
            j.put(edited);
        });
        self.editing.set(None);
        self.save_problem.set(None);
        self.status.set("Your changes are saved.".into());
        Ok(())
    }

    /// Deletes an entry; it stays in memory until the next deletion so it can be undone.
    pub fn delete(&self, id: &EntryId) {
        let Some(entry) = self.journal.with_untracked(|j| j.get(id).cloned()) else {
            return;
        };
        if let Err(error) = LocalJournalStore::delete_entry(&entry) {
            self.save_problem.set(Some(error));
            return;
        }
        self.journal.update(|j| {
            j.remove(id);
        });
        if self.editing.get_untracked().as_ref() == Some(id) {
            self.editing.set(None);
        }
        self.last_deleted.set(Some(entry));
        self.status.set("Entry deleted. You can undo this.".into());
    }

    /// Brings back the last deleted entry exactly as it was; returns its id when it is back.
    pub fn undo_delete(&self) -> Option<EntryId> {
        let entry = self.last_deleted.get_untracked()?;
        if let Err(error) = LocalJournalStore::save_entry(&entry) {
            self.save_problem.set(Some(error));
            return None;
        }
        let id = entry.id.clone();
        self.journal.update(|j| {
            j.put(entry);
        });
        self.last_deleted.set(None);
        self.status.set("Entry restored.".into());
        Some(id)
    }

    /// Everything the app stores, as one backup.
    pub fn backup(&self, now: Timestamp) -> Backup {
        let draft = self.draft.get_untracked();
        self.journal.with_untracked(|journal| {
            Backup::of(journal, Some(draft), self.set_aside.get_value(), now)
        })
    }

    /// Remembers that a backup was just downloaded.
    pub fn note_backup_made(&self, now: Timestamp) {
        self.note_storage_result(LocalJournalStore::record_backup(now));
        self.last_backup.set(Some(now));
    }

    /// What importing `backup` would change; nothing is written yet.
    pub fn plan_import(&self, backup: ParsedBackup) -> ImportPlan {
        let stored_keys = LocalJournalStore::keys().unwrap_or_default();
        let draft_is_blank = self.draft.with_untracked(Draft::is_blank);
        self.journal
            .with_untracked(|j| ImportPlan::new(j, backup, draft_is_blank, &stored_keys))
    }

    /// Writes the plan's entries one record at a time. On a storage problem it stops; what was
    /// written stays written and is shown. Returns how many entries were written.
    pub fn apply_import(&self, plan: &ImportPlan) -> Result<usize, (usize, StorageError)> {
        let mut written = 0;
        for entry in plan.added.iter().chain(&plan.updated) {
            if let Err(error) = LocalJournalStore::save_entry(entry) {
                return Err((written, error));
            }
            self.journal.update(|j| {
                j.put(entry.clone());
            });
            written += 1;
        }
        for record in &plan.set_aside {
            LocalJournalStore::restore_raw(record).map_err(|e| (written, e))?;
        }
        if let Some(draft) = &plan.draft {
            self.draft.set(draft.clone());
            LocalJournalStore::save_draft(draft).map_err(|e| (written, e))?;
        }
        Ok(written)
    }

    /// Shows a change another tab made, unless this tab already holds a newer revision.
    pub fn apply_external_change(&self, key: Option<String>, new_value: Option<String>) {
        match external_change(key.as_deref(), new_value.as_deref()) {
            ExternalChange::Upsert(entry) => {
                self.journal.update(|j| {
                    j.put(entry);
                });
            }
            ExternalChange::Removed(id) => {
                self.journal.update(|j| {
                    j.remove(&id);
                });
            }
            ExternalChange::Ignore => {}
        }
    }

    pub fn show_more(&self) {
        self.page_limit.update(|n| *n += PAGE_SIZE);
    }

    /// Reflections always show a prompt; the day picks the first one.
    fn ensure_prompt(&self) {
        let needs_prompt = self
            .draft
            .with_untracked(|d| d.kind == EntryKind::Reflection && d.prompt.is_none());
        if needs_prompt {
            let day = browser::now().local_date().num_days_from_ce() as i64;
            self.draft
                .update(|d| d.prompt = Some(prompt_for_day(day).to_string()));
        }
    }

    /// A failed save is shown until the person dismisses it or a later entry saves.
    fn note_storage_result(&self, result: Result<(), StorageError>) {
        if let Err(error) = result {
            self.save_problem.set(Some(error));
        }
    }
}
