//! Intents for entries from other apps: plan an import against the journal, check it fits,
//! write it in steps the page can breathe between, and take one import back out whole.
use leptos::prelude::*;

use crate::domain::exchange::imported::Parsed;
use crate::domain::exchange::plan::{known_sources, ImportChoices, ImportPlan};
use crate::domain::exchange::preview::added_by;
use crate::domain::language::say::bring_in as say;
use crate::domain::{Draft, Entry, StorageError};
use crate::storage::local::Write;
use crate::storage::records::{self, Record};
use crate::storage::{browser, LocalJournalStore};

use super::JournalState;

/// Entries written (or removed) between two looks at the page: small enough that a click is
/// answered at once, large enough that 10,000 entries do not wait on the browser's clock.
const AT_A_TIME: usize = 100;

impl JournalState {
    /// What the file would add to this journal now. Call once the whole journal is open.
    pub fn plan_other_app(&self, parsed: &Parsed, choices: &ImportChoices) -> ImportPlan {
        let known = self.journal.with_untracked(|j| known_sources(j.all()));
        ImportPlan::new(parsed, choices, &known, browser::now())
    }

    /// None when the plan fits in storage as it will be written (sealed while the lock is
    /// on); otherwise why not, and what the person can do.
    pub fn import_refusal(&self, plan: &ImportPlan) -> Option<String> {
        let sealing = records::has_key();
        match records::projected_rewrite(&plan.new, &[], &Draft::default(), sealing) {
            Ok(projection) if projection.fits() => None,
            Ok(projection) => Some(say::no_room(projection.short_by())),
            Err(error) => Some(error.user_message().to_string()),
        }
    }

    /// Writes the plan's entries, oldest first, each record whole, showing them as they are
    /// stored. A tab closed halfway leaves whole entries only, and running the same import
    /// again adds just what is missing. `progress` hears how many are stored so far.
    pub async fn bring_in(
        &self,
        plan: &ImportPlan,
        progress: impl Fn(usize),
    ) -> Result<usize, (usize, StorageError)> {
        let mut written = 0;
        for chunk in plan.new.chunks(AT_A_TIME) {
            let mut stored: Vec<Entry> = Vec::with_capacity(chunk.len());
            let mut problem = None;
            for entry in chunk {
                if let Err(error) = records::save(Record::Entry(entry, Write::NewRevision)).await {
                    problem = Some(error);
                    break;
                }
                stored.push(entry.clone());
            }
            written += stored.len();
            self.journal.update(|j| {
                for entry in stored {
                    j.put(entry);
                }
            });
            if let Some(error) = problem {
                self.save_problem.set(Some(error.clone()));
                return Err((written, error));
            }
            progress(written);
            browser::next_task().await;
        }
        Ok(written)
    }

    /// Removes every entry one import added, edited since or not; entries written here stay.
    pub async fn remove_import(&self, import: &str) -> Result<usize, (usize, StorageError)> {
        self.whole_journal().await;
        let added: Vec<Entry> = self
            .journal
            .with_untracked(|j| added_by(j.all(), import).into_iter().cloned().collect());
        let mut removed = 0;
        for chunk in added.chunks(AT_A_TIME) {
            let mut gone = Vec::with_capacity(chunk.len());
            let mut problem = None;
            for entry in chunk {
                if let Err(error) = LocalJournalStore::delete_entry(entry) {
                    problem = Some(error);
                    break;
                }
                gone.push(entry.id.clone());
            }
            removed += gone.len();
            // Words being typed into one of them stay on screen, as when another tab deletes.
            for id in &gone {
                self.keep_words_of_removed_entry(id);
            }
            self.journal.update(|j| {
                for id in &gone {
                    j.remove(id);
                }
            });
            if let Some(error) = problem {
                return Err((removed, error));
            }
            browser::next_task().await;
        }
        Ok(removed)
    }
}
