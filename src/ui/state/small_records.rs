//! The small whole records (prompt choices, sessions, summary choices, homework, goals), opened once
//! when the journal opens (after the unlock, when the lock is on) and shared by every page, so
//! moving between pages never reads them again.
use leptos::prelude::*;

use crate::domain::goals::Goals;
use crate::domain::homework::HomeworkList;
use crate::domain::prompts::choice::PromptPrefs;
use crate::domain::records::small::{
    decode_goals, decode_homework_list, decode_prompt_prefs, decode_sessions, decode_summary,
    encode_goals, encode_homework_list, encode_prompt_prefs, encode_sessions, encode_summary,
    GOALS_KEY, HOMEWORK_KEY, PROMPTS_KEY, SESSIONS_KEY, SUMMARY_KEY,
};
use crate::domain::sessions::session::Sessions;
use crate::domain::sessions::summary::SummaryChoices;
use crate::domain::StorageError;
use crate::ui::state::kept::{Kept, RecordSpec};

static PROMPTS: RecordSpec<PromptPrefs> = RecordSpec {
    key: PROMPTS_KEY,
    encode: encode_prompt_prefs,
    decode: decode_prompt_prefs,
};

static SESSIONS: RecordSpec<Sessions> = RecordSpec {
    key: SESSIONS_KEY,
    encode: encode_sessions,
    decode: decode_sessions,
};

static CHOICES: RecordSpec<Option<SummaryChoices>> = RecordSpec {
    key: SUMMARY_KEY,
    encode: encode_choices,
    decode: decode_choices,
};

static HOMEWORK: RecordSpec<HomeworkList> = RecordSpec {
    key: HOMEWORK_KEY,
    encode: encode_homework_list,
    decode: decode_homework_list,
};

static GOALS: RecordSpec<Goals> = RecordSpec {
    key: GOALS_KEY,
    encode: encode_goals,
    decode: decode_goals,
};

/// Nothing is stored until the person first chooses something, so `None` never reaches here.
fn encode_choices(choices: &Option<SummaryChoices>) -> String {
    choices.as_ref().map(encode_summary).unwrap_or_default()
}

fn decode_choices(raw: &str) -> Result<Option<SummaryChoices>, StorageError> {
    decode_summary(raw).map(Some)
}

/// Every small record, each kept in step with storage and with other tabs.
#[derive(Clone, Copy)]
pub struct Records {
    pub prompts: Kept<PromptPrefs>,
    pub sessions: Kept<Sessions>,
    /// The summary being prepared; `None` until the person first chooses something.
    pub summary: Kept<Option<SummaryChoices>>,
    /// Homework the person accepted from a link.
    pub homework: Kept<HomeworkList>,
    /// Goals for therapy, with their steps and linked entries.
    pub goals: Kept<Goals>,
}

impl Records {
    /// Reads every record now and offers them to the pages below.
    pub fn provide() -> Self {
        let records = Self {
            prompts: Kept::open(&PROMPTS),
            sessions: Kept::open(&SESSIONS),
            summary: Kept::open(&CHOICES),
            homework: Kept::open(&HOMEWORK),
            goals: Kept::open(&GOALS),
        };
        provide_context(records);
        records
    }
}

/// The records the open journal shares (`Records::provide`).
pub fn records() -> Records {
    expect_context::<Records>()
}
