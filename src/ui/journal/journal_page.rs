//! The journal page: write, then read back.
use leptos::prelude::*;

use crate::domain::language::say::journal as say;
use crate::ui::homework::homework_panel::HomeworkPanel;
use crate::ui::journal::composer::Composer;
use crate::ui::journal::entry_list::EntryList;
use crate::ui::journal::orphan_editor::OrphanEditor;
use crate::ui::journal::undo_bar::UndoBar;
use crate::ui::journal::welcome_back::WelcomeBack;
use crate::ui::shell::notices::StorageNotices;

/// The home page.
#[component]
pub fn JournalPage() -> impl IntoView {
    view! {
        <div class="page-intro">
            <h1>{say::your_journal()}</h1>
            <p class="lede">
                {say::journal_lede()}
            </p>
        </div>
        <StorageNotices/>
        <WelcomeBack/>
        <Composer/>
        <HomeworkPanel/>
        <OrphanEditor/>
        <EntryList/>
        <UndoBar/>
    }
}
