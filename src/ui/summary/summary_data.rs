//! The page's shared state: the kept sessions and choices, and the summary built from them.
use leptos::prelude::*;

use crate::domain::calendar::time::Date;
use crate::domain::goals::Goals;
use crate::domain::homework::HomeworkList;
use crate::domain::sessions::session::Sessions;
use crate::domain::sessions::summary::{build, Scope, Summary, SummaryChoices};
use crate::domain::sessions::summary_goals::with_goals;
use crate::domain::sessions::summary_homework::with_homework;
use crate::domain::EntryKind;
use crate::storage::browser;
use crate::ui::state::kept::Kept;
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

/// One row of a list on the page (a session, a concern to mark, an entry to choose for).
/// All lists share this one shape so the bundle carries one kind of memo, not three.
#[derive(Clone, PartialEq)]
pub struct Line {
    pub id: String,
    pub kind: EntryKind,
    /// What names the row on screen.
    pub words: String,
    /// A second piece of text: a session's mark, or an entry's default topic title.
    pub note: String,
    /// A session in the past.
    pub past: bool,
}

/// Sessions, choices, today and the finished summary, shared by the page's parts.
#[derive(Clone, Copy)]
pub struct SummaryData {
    pub state: JournalState,
    pub sessions: Kept<Sessions>,
    /// Accepted homework, offered for the homework section with its review.
    pub homework: Kept<HomeworkList>,
    /// Goals, offered under the same consent as entries.
    pub goals: Kept<Goals>,
    kept_choices: Kept<Option<SummaryChoices>>,
    pub today: Date,
    /// The remembered choices, or a fresh summary since the last session.
    pub choices: Memo<SummaryChoices>,
    pub summary: Memo<Summary>,
}

impl SummaryData {
    pub fn open() -> Self {
        let state = expect_context::<JournalState>();
        let records = records();
        let (sessions, kept_choices, homework, goals) = (
            records.sessions,
            records.summary,
            records.homework,
            records.goals,
        );
        let today = browser::now().local_date();
        let choices = Memo::new(move |_| {
            kept_choices.value.get().unwrap_or_else(|| {
                SummaryChoices::new(sessions.value.with(|s| Scope::since_last_session(s, today)))
            })
        });
        let summary = Memo::new(move |_| {
            state.journal.with(|journal| {
                let summary = sessions
                    .value
                    .with(|s| choices.with(|c| build(journal, s, c, today)));
                let summary = homework
                    .value
                    .with(|list| choices.with(|c| with_homework(summary, list, journal, c, today)));
                goals
                    .value
                    .with(|goals| choices.with(|c| with_goals(summary, goals, c)))
            })
        });
        Self {
            state,
            sessions,
            homework,
            goals,
            kept_choices,
            today,
            choices,
            summary,
        }
    }

    /// Changes the choices and remembers them.
    pub fn choose(self, change: impl FnOnce(&mut SummaryChoices)) {
        let fresh = self.choices.get_untracked();
        self.kept_choices
            .update(|kept| change(kept.get_or_insert(fresh)));
    }

    /// Why a kept record could not be read, in kind words, if one could not.
    pub fn problem(self) -> Option<&'static str> {
        let sessions = self
            .sessions
            .problem
            .with(|p| p.as_ref().map(|p| p.user_message()));
        sessions.or_else(|| {
            self.kept_choices
                .problem
                .with(|p| p.as_ref().map(|p| p.user_message()))
        })
    }
}
