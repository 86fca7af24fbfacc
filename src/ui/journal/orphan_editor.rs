//! The editor of an entry another tab deleted, above the list: the words stay, with a calm
//! note and the choice of what to do with them.
use leptos::prelude::*;

use crate::ui::journal::entry_editor::EntryEditor;
use crate::ui::state::JournalState;

#[component]
pub fn OrphanEditor() -> impl IntoView {
    let state = expect_context::<JournalState>();
    // Only the deleted entry itself redraws the editor, never what is typed in it.
    let was = Memo::new(move |_| state.orphan.with(|o| o.as_ref().map(|o| o.was.clone())));
    move || {
        was.get()
            .map(|entry| view! { <EntryEditor entry=entry orphaned=true/> })
    }
}
