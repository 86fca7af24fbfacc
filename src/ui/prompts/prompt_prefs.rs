//! The person's prompt choices (`between.prompts`), shared by the composer, the welcome and
//! the prompt library, and "write about this prompt".
use leptos::prelude::*;

use crate::domain::calendar::time::Date;
use crate::domain::prompts::choice::PromptPrefs;
use crate::domain::EntryKind;
use crate::storage::browser;
use crate::ui::shell::routing::{Page, Router};
use crate::ui::state::kept::Kept;
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

/// The person's prompt choices, opened with the journal.
pub fn prompt_prefs() -> Kept<PromptPrefs> {
    records().prompts
}

/// Today, where the person is.
pub fn today() -> Date {
    browser::now().local_date()
}

/// Puts `text` above a new reflection in the composer and takes the person there.
pub fn write_about(text: String) {
    let state = expect_context::<JournalState>();
    state.update_draft(|d| {
        d.kind = EntryKind::Reflection;
        d.prompt = Some(text);
    });
    let router = expect_context::<Router>();
    if router.page.get_untracked() != Page::Journal {
        router.go(Page::Journal);
    }
    crate::ui::shell::focus::focus_soon("entry-text".into());
}
