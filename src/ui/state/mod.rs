//! The app's state and the intents components send. Rules live in the domain; this file
//! only orders "store it, then show it" so that nothing is shown as saved that is not.
mod bring_in;
pub(crate) mod kept;
mod lock_intents;
mod orphan;
pub use orphan::Orphan;
pub(crate) mod small_records;

use leptos::prelude::*;

use crate::domain::journal::collection::{EntryEdit, JournalError};
use crate::domain::language::say::journal as say;
use crate::domain::records::backup::{Backup, ImportPlan, ParsedBackup, RawRecord};
use crate::domain::records::format::LoadReport;
use crate::domain::records::lock::LockSettings;
use crate::domain::records::lock::{external_change, ExternalChange};
use crate::domain::records::small::{LANGUAGE_KEY, PERSONAL_RECORD_KEYS};
use crate::domain::Timestamp;
use crate::domain::{
    CheckInDraft, Draft, DraftError, Entry, EntryId, EntryKind, FeedbackDraft, Journal, Query,
    StorageError,
};
use crate::storage::local::Write;
use crate::storage::records::{self, Record};
use crate::storage::{browser, LocalJournalStore};

/// How many entries the list shows before "Show older entries".
pub const PAGE_SIZE: usize = 50;
/// Records read before the journal is first shown (a first page, and a few over for any
/// set aside); the rest follow in the background.
pub const FIRST_OPENED: usize = 60;
/// Entries drawn in the journal's first frame (more than a screen holds); the rest of the
/// first page follows in the next frame, so years of entries open as fast as a few.
pub const FIRST_DRAWN: usize = 12;
/// Older records read per task while the rest of a long journal opens.
pub const OPENED_AT_A_TIME: usize = 500;

#[derive(Clone, Copy)]
pub struct JournalState {
    pub journal: RwSignal<Journal>,
    pub draft: RwSignal<Draft>,
    pub draft_error: RwSignal<Option<DraftError>>,
    /// The "how I feel" form as filled in so far (kept while moving between pages).
    pub check_in: RwSignal<CheckInDraft>,
    /// The "how therapy is going" card as filled in so far.
    pub feedback: RwSignal<FeedbackDraft>,
    pub query: RwSignal<Query>,
    pub page_limit: RwSignal<usize>,
    /// The entry being edited in place, if any.
    pub editing: RwSignal<Option<EntryId>>,
    /// What the open editor holds, kept here so a redraw (say, after another tab's change)
    /// never loses what is being typed.
    pub edit_buffer: StoredValue<Option<(EntryId, EntryEdit)>>,
    /// The last deleted entry, kept in memory so it can be brought back.
    pub last_deleted: RwSignal<Option<Entry>>,
    /// Words in an editor whose entry another tab deleted (see `orphan.rs`).
    pub orphan: RwSignal<Option<Orphan>>,
    /// Calm sentences about records set aside when the journal was read.
    pub load_notices: RwSignal<Vec<String>>,
    /// The latest save problem (full storage, storage unavailable, another tab).
    pub save_problem: RwSignal<Option<StorageError>>,
    /// A short polite announcement for screen readers and sighted people alike.
    pub status: RwSignal<String>,
    /// True while the older entries of a long journal are still being read.
    pub opening: RwSignal<bool>,
    /// Records set aside on load, exactly as stored, so backups carry them too.
    pub set_aside: StoredValue<Vec<RawRecord>>,
    /// When a backup was last downloaded from this browser.
    pub last_backup: RwSignal<Option<Timestamp>>,
    /// The passphrase lock's settings, when it is on (or being turned on or off).
    pub lock: RwSignal<Option<LockSettings>>,
    /// True while the lock is on and the passphrase has not been given.
    pub is_locked: RwSignal<bool>,
    /// The welcome after a while away was closed; it stays closed while the app is open.
    pub welcome_closed: RwSignal<bool>,
    /// The language on screen, so a backup's language can be followed from a background task.
    language: Option<crate::ui::shell::language::Language>,
}

impl JournalState {
    /// Reads the journal and the draft from storage. Never writes anything.
    pub fn load() -> Self {
        let state = Self {
            journal: RwSignal::new(Journal::default()),
            draft: RwSignal::new(Draft::default()),
            draft_error: RwSignal::new(None),
            check_in: RwSignal::new(CheckInDraft::default()),
            feedback: RwSignal::new(FeedbackDraft::default()),
            query: RwSignal::new(Query::default()),
            page_limit: RwSignal::new(FIRST_DRAWN),
            editing: RwSignal::new(None),
            edit_buffer: StoredValue::new(None),
            last_deleted: RwSignal::new(None),
            orphan: RwSignal::new(None),
            load_notices: RwSignal::new(Vec::new()),
            save_problem: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            opening: RwSignal::new(false),
            set_aside: StoredValue::new(Vec::new()),
            last_backup: RwSignal::new(LocalJournalStore::last_backup().ok().flatten()),
            lock: RwSignal::new(None),
            is_locked: RwSignal::new(false),
            welcome_closed: RwSignal::new(false),
            language: use_context(),
        };
        match LocalJournalStore::load_lock() {
            Ok(Some(settings)) => {
                // Nothing is read until the passphrase is given: the key lives only in memory,
                // so every reload and every new tab asks for it.
                state.lock.set(Some(settings));
                state.is_locked.set(true);
                return state;
            }
            Ok(None) => {}
            Err(error) => state.save_problem.set(Some(error)),
        }
        state.read_plain();
        state.draw_the_first_page();
        state
    }

    /// After the first frame, the first page in full (see [`FIRST_DRAWN`]).
    fn draw_the_first_page(&self) {
        let limit = self.page_limit;
        leptos::task::spawn_local(async move {
            browser::next_frame().await;
            limit.update(|n| *n = (*n).max(PAGE_SIZE));
        });
    }

    /// Reads the unlocked journal and draft. Records still sealed are left for `unlock`.
    fn read_plain(&self) {
        let state = *self;
        match Self::newest_keys() {
            Ok(keys) => state.open_newest_first(keys),
            Err(error) => state.save_problem.set(Some(error)),
        }
        match LocalJournalStore::load_draft() {
            Ok(Some(draft)) => state.draft.set(draft),
            Ok(None) => {}
            // Kept aside by the storage edge before anything new is typed; the notice says so.
            Err(error @ (StorageError::Damaged { .. } | StorageError::NewerVersion { .. })) => {
                state
                    .load_notices
                    .update(|n| n.push(error.user_message().to_string()))
            }
            Err(_) => {}
        }
    }

    /// Shows the newest [`FIRST_OPENED`] plain records at once and reads the rest in the
    /// background, [`OPENED_AT_A_TIME`] per task, so opening years of entries takes about
    /// as long as opening a few. `opening` is true until every record is read; what needs
    /// the whole journal (a backup, the lock) waits for it.
    fn open_newest_first(&self, (first, rest): (Vec<String>, Vec<String>)) {
        // The first part is read at once, so the journal is never drawn empty first.
        match LocalJournalStore::read_entry_records(&first) {
            Ok(records) => self.show_loaded(LoadReport::of_stored(&records)),
            Err(error) => self.save_problem.set(Some(error)),
        }
        self.open_the_rest(rest);
    }

    /// Every entry record's key, newest first, as the part read before the first draw and
    /// the rest (for `open_the_rest`).
    pub(super) fn newest_keys() -> Result<(Vec<String>, Vec<String>), StorageError> {
        let mut first = LocalJournalStore::entry_keys_newest_first()?;
        let rest = first.split_off(first.len().min(FIRST_OPENED));
        Ok((first, rest))
    }

    /// Reads the older records after the first frame, a part per task, opening sealed ones
    /// while the key is held, and adds them to the journal.
    pub(super) fn open_the_rest(&self, rest: Vec<String>) {
        if rest.is_empty() {
            return;
        }
        let state = *self;
        state.opening.set(true);
        let sealed = records::has_key();
        leptos::task::spawn_local(async move {
            let mut whole = LoadReport::default();
            browser::next_frame().await;
            for part in rest.chunks(OPENED_AT_A_TIME) {
                browser::next_task().await;
                // Locked again meanwhile: the key is gone, and unlocking reads from the start.
                if records::has_key() != sealed {
                    state.opening.set(false);
                    return;
                }
                let mut report = match records::read_entries(part).await {
                    Ok(report) => report,
                    Err(error) => {
                        state.save_problem.set(Some(error));
                        continue;
                    }
                };
                let older = Journal::from_entries(std::mem::take(&mut report.entries));
                state.journal.update(|j| j.absorb(older));
                whole.set_aside.append(&mut report.set_aside);
                whole.outdated.append(&mut report.outdated);
            }
            state
                .set_aside
                .update_value(|kept| kept.extend(as_stored(&whole)));
            state.load_notices.update(|n| n.extend(whole.notices()));
            state.opening.set(false);
            state.store_outdated_again(whole.outdated);
        });
    }

    /// Sets the loaded journal and the records set aside while reading it.
    pub(super) fn show_loaded(&self, report: LoadReport) {
        self.load_notices.set(report.notices());
        self.set_aside.set_value(as_stored(&report).collect());
        self.journal.set(Journal::from_entries(report.entries));
        self.store_outdated_again(report.outdated);
    }

    /// Stores entries read from an older format again in the current, denser one, in the
    /// background and a hundred at a time. Each record is rewritten on its own, so a tab
    /// closed halfway leaves every record readable, and none needs more room than it had.
    fn store_outdated_again(&self, ids: Vec<EntryId>) {
        if ids.is_empty() {
            return;
        }
        let state = *self;
        let sealing = records::has_key();
        leptos::task::spawn_local(async move {
            for (n, id) in ids.iter().enumerate() {
                // From the next task on, so the journal is drawn first.
                if n % 100 == 0 {
                    browser::next_task().await;
                }
                // Locked or unlocked meanwhile: the next read starts again.
                if records::has_key() != sealing {
                    return;
                }
                let Some(entry) = state.journal.with_untracked(|j| j.get(id).cloned()) else {
                    continue;
                };
                match records::save(Record::Entry(&entry, Write::Reencode)).await {
                    Ok(()) | Err(StorageError::Conflict { .. }) => {}
                    Err(_) => return, // left as it is, still readable
                }
            }
        });
    }

    /// Stores one entry (through the one write path, sealed while the lock is on), then calls
    /// `then` with the result.
    pub(super) fn persist(
        &self,
        entry: Entry,
        write: Write,
        then: impl FnOnce(Result<(), StorageError>) + 'static,
    ) {
        leptos::task::spawn_local(async move {
            then(records::save(Record::Entry(&entry, write)).await);
        });
    }

    /// Changes the draft and saves it at once, so a reload never loses what is typed.
    pub fn update_draft(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(change);
        self.draft_error.set(None);
        self.store_draft();
    }

    /// Saves the draft, sealed when the lock is on. A slower, older write never wins.
    pub(super) fn store_draft(&self) {
        let draft = self.draft.get_untracked();
        let state = *self;
        leptos::task::spawn_local(async move {
            state.note_storage_result(records::save(Record::Draft(&draft)).await);
        });
    }

    pub fn choose_kind(&self, kind: EntryKind) {
        self.update_draft(|d| d.kind = kind);
    }

    /// Turns the draft into an entry, stores it, and only then clears the composer.
    /// Returns false when the draft was refused (the message is shown).
    pub fn save_draft_as_entry(&self, saved: impl FnOnce(&EntryId) + 'static) -> bool {
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
        let submitted = self.draft.get_untracked();
        let state = *self;
        let id = entry.id.clone();
        self.save_new_entry(entry, move || {
            saved(&id);
            // Anything typed while the entry was being sealed stays in the composer. A new
            // reflection gets its prompt from the composer (today's, now that one was used).
            if state.draft.with_untracked(|d| d == &submitted) {
                state.draft.set(Draft::of_kind(submitted.kind));
                state.store_draft();
            }
            state.draft_error.set(None);
        });
        true
    }

    /// Stores a new entry (from the composer or a check-in form), then shows it, announces
    /// it and calls `then`. A storage problem is shown and `then` is not called.
    pub fn save_new_entry(&self, entry: Entry, then: impl FnOnce() + 'static) {
        let state = *self;
        self.persist(entry.clone(), Write::NewRevision, move |result| {
            if let Err(error) = result {
                state.save_problem.set(Some(error));
                return;
            }
            let kind = entry.kind;
            state.save_problem.set(None);
            state.journal.update(|j| {
                j.put(entry);
            });
            then();
            state
                .status
                .set(say::saved_your(kind.label().to_lowercase()));
        });
    }

    /// Stores an edited entry; on success the list shows it and the editor closes.
    /// `done` receives the outcome (a message to show when it was not saved).
    pub fn save_edit(
        &self,
        id: &EntryId,
        edit: &EntryEdit,
        done: impl FnOnce(Result<(), String>) + 'static,
    ) {
        let edited = match self
            .journal
            .with_untracked(|j| j.edited(id, edit, browser::now()))
        {
            Ok(edited) => edited,
            Err(JournalError::Invalid(invalid)) => return done(Err(invalid.to_string())),
            Err(other) => return done(Err(other.to_string())),
        };
        let state = *self;
        self.persist(edited.clone(), Write::NewRevision, move |result| {
            if let Err(error) = result {
                let message = error.user_message().to_string();
                state.save_problem.set(Some(error));
                return done(Err(message));
            }
            state.journal.update(|j| {
                j.put(edited);
            });
            state.close_editor();
            state.save_problem.set(None);
            state.status.set(say::changes_saved().into());
            done(Ok(()));
        });
    }

    /// Closes the editor and forgets what it held.
    pub fn close_editor(&self) {
        self.editing.set(None);
        self.edit_buffer.set_value(None);
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
            self.close_editor();
        }
        self.last_deleted.set(Some(entry));
        self.status.set(say::entry_deleted_can_undo().into());
    }

    /// Brings back the last deleted entry exactly as it was; `done` gets its id once it is back.
    pub fn undo_delete(&self, done: impl FnOnce(EntryId) + 'static) {
        let Some(entry) = self.last_deleted.get_untracked() else {
            return;
        };
        let state = *self;
        self.persist(entry.clone(), Write::NewRevision, move |result| {
            if let Err(error) = result {
                state.save_problem.set(Some(error));
                return;
            }
            let id = entry.id.clone();
            state.journal.update(|j| {
                j.put(entry);
            });
            state.last_deleted.set(None);
            state.status.set(say::entry_restored().into());
            done(id);
        });
    }

    /// Resolves once every record of the journal has been read (see `open_newest_first`).
    pub async fn whole_journal(&self) {
        while self.opening.get_untracked() {
            browser::next_task().await;
        }
    }

    /// Everything the app stores, as one backup, once every entry has been read.
    pub async fn backup(&self, now: Timestamp) -> Backup {
        self.whole_journal().await;
        let draft = self.draft.get_untracked();
        let mut set_aside = self.set_aside.get_value();
        // The unreadable draft kept aside travels too, so the backup holds every word.
        if let Ok(Some((kept, _))) = LocalJournalStore::kept_draft() {
            set_aside.push(kept);
        }
        let backup = self
            .journal
            .with_untracked(|journal| Backup::of(journal, Some(draft), set_aside, now));
        backup.with_records(self.personal_records().await)
    }

    /// The small personal records as plain record text, opening sealed ones.
    async fn personal_records(&self) -> Vec<(String, String)> {
        let mut records: Vec<(String, String)> = records::small_records()
            .await
            .into_iter()
            .map(|(key, text)| (key.to_string(), text))
            .collect();
        // The language travels too, plain: it holds none of the person's words.
        if let Some(language) = crate::storage::language::stored_language_record() {
            records.push((LANGUAGE_KEY.to_string(), language));
        }
        records
    }

    /// Remembers that a backup was just downloaded.
    pub fn note_backup_made(&self, now: Timestamp) {
        self.note_storage_result(LocalJournalStore::record_backup(now));
        if let Ok(Some(_)) = LocalJournalStore::kept_draft() {
            self.note_storage_result(LocalJournalStore::note_kept_draft_backed_up(now));
        }
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
    pub async fn apply_import(&self, plan: &ImportPlan) -> Result<usize, (usize, StorageError)> {
        self.whole_journal().await;
        let mut written = 0;
        for entry in plan.added.iter().chain(&plan.updated) {
            if let Err(error) = records::save(Record::Entry(entry, Write::NewRevision)).await {
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
        for (key, raw) in &plan.records {
            if key == LANGUAGE_KEY {
                self.bring_in_language(raw).map_err(|e| (written, e))?;
                continue;
            }
            let Some(key) = PERSONAL_RECORD_KEYS.into_iter().find(|k| k == key) else {
                continue;
            };
            records::save(Record::Small(key, raw.clone()))
                .await
                .map_err(|e| (written, e))?;
        }
        if let Some(draft) = &plan.draft {
            self.draft.set(draft.clone());
            self.store_draft();
        }
        Ok(written)
    }

    /// A backup's language, when this browser had none: stored plain, and spoken from now on.
    fn bring_in_language(&self, raw: &str) -> Result<(), StorageError> {
        let Some(lang) = crate::domain::language::record::decode_language(raw) else {
            return Ok(());
        };
        crate::storage::language::save_language(lang)?;
        if let Some(language) = self.language {
            language.follow(lang);
        }
        Ok(())
    }

    /// Shows a change another tab made, unless this tab already holds a newer revision.
    pub fn apply_external_change(&self, key: Option<String>, new_value: Option<String>) {
        let change = external_change(key.as_deref(), new_value.as_deref());
        if change == ExternalChange::LockChanged {
            // The lock was turned on or off elsewhere: start again from what is stored.
            let _ = window().location().reload();
            return;
        }
        if self.is_locked.get_untracked() {
            // Nothing is read while locked; the unlock reads everything afresh.
            return;
        }
        match change {
            ExternalChange::Upsert(entry) => {
                self.journal.update(|j| {
                    j.put(entry);
                });
            }
            ExternalChange::Removed(id) => {
                self.keep_words_of_removed_entry(&id);
                self.journal.update(|j| {
                    j.remove(&id);
                });
            }
            ExternalChange::Sealed { key, blob } => self.apply_sealed_change(key, blob),
            ExternalChange::Ignore | ExternalChange::LockChanged => {}
        }
    }

    /// True while an editor or a check-in form holds words that are not stored yet.
    pub fn has_unsaved_forms(&self) -> bool {
        self.editing.with_untracked(Option::is_some)
            || self.orphan.with_untracked(Option::is_some)
            || self
                .check_in
                .with_untracked(|c| *c != CheckInDraft::default())
            || self
                .feedback
                .with_untracked(|f| *f != FeedbackDraft::default())
    }

    /// A newer version of Between took over in another tab: this tab writes nothing more.
    pub fn stop_writing_for_newer_version(&self) {
        LocalJournalStore::stop_writes();
    }

    pub fn show_more(&self) {
        self.page_limit.update(|n| *n += PAGE_SIZE);
    }

    /// A failed save is shown until the person dismisses it or a later entry saves.
    pub(super) fn note_storage_result(&self, result: Result<(), StorageError>) {
        if let Err(error) = result {
            self.save_problem.set(Some(error));
        }
    }
}

/// The records a report set aside, exactly as stored, so backups carry them too.
fn as_stored(report: &LoadReport) -> impl Iterator<Item = RawRecord> + '_ {
    report.set_aside.iter().map(|s| RawRecord {
        key: s.key.clone(),
        raw: s.raw.clone(),
    })
}
