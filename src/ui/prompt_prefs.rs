//! The person's prompt choices (`between.prompts`), shared by the composer, the welcome and
//! the prompt library, and "write about this prompt".
use leptos::prelude::*;

use super::kept::{Kept, RecordSpec};
use super::routing::{Page, Router};
use super::state::JournalState;
use crate::domain::prompt_choice::{decode_prompt_prefs, encode_prompt_prefs, PromptPrefs};
use crate::domain::storage_format::PROMPTS_KEY;
use crate::domain::time::Date;
use crate::domain::EntryKind;
use crate::storage::browser;

static PROMPTS: RecordSpec<PromptPrefs> = RecordSpec {
    key: PROMPTS_KEY,
    encode: Some(encode_prompt_prefs),
    decode: decode_prompt_prefs,
};

/// Opens the record for the page being drawn and offers it to its components.
pub fn provide_prompt_prefs() -> Kept<PromptPrefs> {
    let kept = Kept::open(&PROMPTS);
    provide_context(kept);
    kept
}

/// The record opened by the page (`provide_prompt_prefs`).
pub fn prompt_prefs() -> Kept<PromptPrefs> {
    expect_context::<Kept<PromptPrefs>>()
}

/// Today, where the person is.
pub fn today() -> Date {
    browser::now().local_date()
}

/// Where "write about this" hands its prompt to the journal when the journal is another
/// bundle (a page load): this tab's session storage, read once by the journal page.
const WRITE_ABOUT: &str = "between.session.write-about";

/// Puts `text` above a new reflection in the composer and takes the person there.
pub fn write_about(text: String) {
    let router = expect_context::<Router>();
    if router.page.get_untracked() != Page::Journal {
        browser::put_session_text(WRITE_ABOUT, &text);
        router.go(Page::Journal);
        return;
    }
    let state = expect_context::<JournalState>();
    state.update_draft(|d| {
        d.kind = EntryKind::Reflection;
        d.prompt = Some(text);
    });
    super::focus::focus_soon("entry-text".into());
}

/// On the journal page: takes a prompt handed over by another page, if there is one.
pub fn take_handed_prompt() {
    if let Some(text) = browser::take_session_text(WRITE_ABOUT) {
        write_about(text);
    }
}
