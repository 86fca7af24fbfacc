//! Words in an editor whose entry another tab deleted. They stay on screen with a calm note
//! until the person saves them as a new entry, copies them, or lets them go: never lost in
//! silence, never saved without being asked.
use leptos::prelude::*;

use crate::domain::journal::collection::EntryEdit;
use crate::domain::{Entry, EntryId};
use crate::storage::browser;
use crate::ui::state::JournalState;

/// The entry as it was before the other tab deleted it, and what the editor held.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    pub was: Entry,
    pub edit: EntryEdit,
}

impl JournalState {
    /// Another tab deleted the entry open in the editor: its words stay on screen.
    pub(super) fn keep_words_of_removed_entry(&self, id: &EntryId) {
        if self.editing.get_untracked().as_ref() != Some(id) {
            return;
        }
        let Some(was) = self.journal.with_untracked(|j| j.get(id).cloned()) else {
            return;
        };
        let edit = self
            .edit_buffer
            .with_value(|buffer| {
                buffer
                    .as_ref()
                    .filter(|(editing, _)| editing == id)
                    .map(|(_, edit)| edit.clone())
            })
            .unwrap_or_else(|| EntryEdit::of(&was));
        self.close_editor();
        self.orphan.set(Some(Orphan { was, edit }));
    }

    /// Keeps what is typed in the orphaned editor, so a redraw never loses it.
    pub fn update_orphan(&self, change: impl FnOnce(&mut EntryEdit)) {
        self.orphan.update(|o| {
            if let Some(o) = o {
                change(&mut o.edit);
            }
        });
    }

    /// Stores the orphaned words as a new entry like the deleted one; the words stay on
    /// screen (with the reason) if that fails.
    pub fn save_orphan_as_new(&self, then: impl FnOnce(Result<(), String>) + 'static) {
        let Some(orphan) = self.orphan.get_untracked() else {
            return;
        };
        let now = browser::now();
        match orphan
            .edit
            .as_new_entry(&orphan.was, browser::new_entry_id(now), now)
        {
            Ok(entry) => {
                let state = *self;
                self.save_new_entry(entry, move || {
                    state.orphan.set(None);
                    then(Ok(()));
                });
            }
            Err(error) => then(Err(error.to_string())),
        }
    }

    /// The person chose to let the words go with the deleted entry.
    pub fn let_orphan_go(&self) {
        self.orphan.set(None);
    }
}
