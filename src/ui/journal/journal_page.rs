//! The journal page: write, then read back.
use leptos::prelude::*;

use super::composer::Composer;
use super::entry_list::EntryList;
use super::homework_panel::HomeworkPanel;
use super::notices::StorageNotices;
use super::undo_bar::UndoBar;
use super::welcome_back::WelcomeBack;

/// The home page.
#[component]
pub fn JournalPage() -> impl IntoView {
    view! {
        <div class="page-intro">
            <h1>"Your journal"</h1>
            <p class="lede">
                "Only you can see what you write here. It stays in this browser, on this device."
            </p>
        </div>
        <StorageNotices/>
        <WelcomeBack/>
        <Composer/>
        <HomeworkPanel/>
        <EntryList/>
        <UndoBar/>
    }
}
