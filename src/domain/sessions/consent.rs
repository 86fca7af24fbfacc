//! What the person chose for their summary: its dates (scope), each entry's consent level,
//! topic titles and first name. Remembered between visits (see `records::small`).
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::time::Date;
use crate::domain::journal::entry::{Entry, EntryId, EntryKind};
use crate::domain::sessions::session::Sessions;

/// Days covered when there is no past session to start from.
pub const DEFAULT_SCOPE_DAYS: i64 = 14;
pub const MAX_FIRST_NAME_CHARS: usize = 40;
pub const MAX_TOPIC_TITLE_CHARS: usize = 80;

/// The days a summary covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub from: Date,
    pub to: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ScopeError {
    #[error("The start date is after the end date. You could swap them round.")]
    StartsAfterEnd,
}

impl Scope {
    pub fn new(from: Date, to: Date) -> Result<Self, ScopeError> {
        if from > to {
            return Err(ScopeError::StartsAfterEnd);
        }
        Ok(Self { from, to })
    }

    /// From the day after the last session (or, with none yet, the last fortnight) to today.
    pub fn since_last_session(sessions: &Sessions, today: Date) -> Self {
        let from = match sessions.last(today) {
            // `last` is always before today, so this never starts after `to`.
            Some(session) => session.date.add_days(1),
            None => today.add_days(1 - DEFAULT_SCOPE_DAYS),
        };
        Self { from, to: today }
    }

    pub fn contains(self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }
}

/// How much of one entry goes into the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// Nothing of it, anywhere. What every entry starts as.
    #[default]
    LeaveOut,
    /// Only that there is something to talk about, under a title the person chooses.
    TopicOnly,
    /// The words as written.
    Full,
}

impl Consent {
    pub const ALL: [Consent; 3] = [Consent::LeaveOut, Consent::TopicOnly, Consent::Full];

    pub fn label(self) -> &'static str {
        match self {
            Consent::LeaveOut => "Leave out",
            Consent::TopicOnly => "Topic only",
            Consent::Full => "Full",
        }
    }
}

/// Everything the person chose for their summary. Per-entry choices are keyed by entry id,
/// so they are kept when the dates change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryChoices {
    pub scope: Scope,
    /// Optional; printed in the heading. Tidied by [`SummaryChoices::set_first_name`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub first_name: String,
    /// Entries absent here are left out.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub consent: BTreeMap<EntryId, Consent>,
    /// Short titles typed for topic-only entries.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub topic_titles: BTreeMap<EntryId, String>,
    /// Homework by id; homework absent here is left out.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub homework: BTreeMap<String, Consent>,
}

impl SummaryChoices {
    /// A fresh summary with nothing chosen.
    pub fn new(scope: Scope) -> Self {
        Self {
            scope,
            first_name: String::new(),
            consent: BTreeMap::new(),
            topic_titles: BTreeMap::new(),
            homework: BTreeMap::new(),
        }
    }

    pub fn homework_consent(&self, homework_id: &str) -> Consent {
        self.homework.get(homework_id).copied().unwrap_or_default()
    }

    pub fn set_homework(&mut self, homework_id: &str, consent: Consent) {
        if consent == Consent::LeaveOut {
            self.homework.remove(homework_id);
        } else {
            self.homework.insert(homework_id.to_string(), consent);
        }
    }

    pub fn consent_for(&self, entry: &EntryId) -> Consent {
        self.consent.get(entry).copied().unwrap_or_default()
    }

    pub fn set(&mut self, entry: &EntryId, consent: Consent) {
        if consent == Consent::LeaveOut {
            self.consent.remove(entry);
        } else {
            self.consent.insert(entry.clone(), consent);
        }
    }

    /// One action for a whole section: gives every in-scope entry of `kind` the same choice.
    pub fn include_section(&mut self, kind: EntryKind, consent: Consent, in_scope: &[&Entry]) {
        for entry in in_scope.iter().filter(|e| e.kind == kind) {
            self.set(&entry.id, consent);
        }
    }

    /// Keeps the name on one line, trimmed, at most [`MAX_FIRST_NAME_CHARS`].
    pub fn set_first_name(&mut self, typed: &str) {
        self.first_name = one_line(typed, MAX_FIRST_NAME_CHARS);
    }

    pub fn first_name(&self) -> Option<String> {
        Some(one_line(&self.first_name, MAX_FIRST_NAME_CHARS)).filter(|n| !n.is_empty())
    }

    /// Sets (or, when blank, clears) the title of a topic-only entry.
    pub fn set_topic_title(&mut self, entry: &EntryId, typed: &str) {
        let title = one_line(typed, MAX_TOPIC_TITLE_CHARS);
        if title.is_empty() {
            self.topic_titles.remove(entry);
        } else {
            self.topic_titles.insert(entry.clone(), title);
        }
    }

    pub fn topic_title(&self, entry: &EntryId) -> Option<String> {
        let title = one_line(self.topic_titles.get(entry)?, MAX_TOPIC_TITLE_CHARS);
        Some(title).filter(|t| !t.is_empty())
    }
}

/// Whitespace runs (line breaks included) become one space, so a name or title can never
/// add lines or structure to the printed summary.
fn one_line(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.char_indices().nth(max_chars) {
        Some((cut, _)) => out[..cut].trim_end().to_string(),
        None => out,
    }
}
