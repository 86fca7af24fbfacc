//! The summary a person brings to a session: its dates, what they chose to share, and the
//! finished [`Summary`] that the page, print, Markdown and plain text are all made from.
//!
//! Consent comes first: an entry is left out unless the person chose to include it, and a
//! left-out entry appears nowhere, not even in a count.
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::time::Date;
use crate::domain::journal::checkin::{EntryDetails, Feeling};
use crate::domain::journal::collection::Journal;
use crate::domain::journal::entry::{Entry, EntryId, EntryKind};
use crate::domain::sessions::chart::WeeklyChart;
use crate::domain::sessions::session::{SessionId, Sessions};

/// Days covered when there is no past session to start from.
pub const DEFAULT_SCOPE_DAYS: i64 = 14;
pub const MAX_FIRST_NAME_CHARS: usize = 40;
pub const MAX_TOPIC_TITLE_CHARS: usize = 80;
/// Printed under every topic-only item, in place of anything the person wrote.
pub const NOT_READY_LINE: &str = "Not ready to write about this yet";

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

/// Where each kind of entry sits in a summary: concerns first, then small wins, then
/// reflections, check-ins and feedback for the therapist (`EntryKind::SUMMARY_ORDER`).
pub fn section_rank(kind: EntryKind) -> u8 {
    kind.summary_rank() as u8
}

/// Every kind, in summary order.
pub fn kinds_in_summary_order() -> Vec<EntryKind> {
    EntryKind::SUMMARY_ORDER.to_vec()
}

/// Entries the person can choose from, newest first: everything written within the dates,
/// plus concerns carried over from a session even when written earlier.
pub fn entries_in_scope<'a>(
    journal: &'a Journal,
    choices: &SummaryChoices,
    sessions: &Sessions,
) -> Vec<&'a Entry> {
    in_scope(journal, choices.scope, &sessions.carried_over())
}

fn in_scope<'a>(journal: &'a Journal, scope: Scope, carried: &BTreeSet<EntryId>) -> Vec<&'a Entry> {
    journal
        .newest_first()
        .into_iter()
        .filter(|e| {
            let date = e.created_at.local_date();
            scope.contains(date) || (date < scope.from && carried.contains(&e.id))
        })
        .collect()
}

/// The concerns that were in scope for a session, newest first: those written since the
/// session before it (or in the fortnight before, for the first), those carried over into
/// it, and any already marked in it. These are what its outcomes can be recorded for.
pub fn concerns_for_session<'a>(
    journal: &'a Journal,
    sessions: &Sessions,
    session: &SessionId,
) -> Vec<&'a Entry> {
    let Some(this) = sessions.get(session) else {
        return Vec::new();
    };
    let scope = Scope::since_last_session(sessions, this.date);
    let carried = sessions.carried_over_before(this.date);
    in_scope(journal, scope, &carried)
        .into_iter()
        .filter(|e| e.kind == EntryKind::Concern || this.outcomes.contains_key(&e.id))
        .chain(journal.newest_first().into_iter().filter(|e| {
            this.outcomes.contains_key(&e.id)
                && !scope.contains(e.created_at.local_date())
                && !carried.contains(&e.id)
        }))
        .collect()
}

/// The finished summary: the single source for the page, print, Markdown and plain text.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub header: SummaryHeader,
    /// Only sections with something in them, in summary order.
    pub sections: Vec<SummarySection>,
    /// Homework the person chose to share (see `summary_homework::with_homework`).
    pub homework: Vec<crate::domain::sessions::summary_homework::HomeworkShare>,
    pub chart: WeeklyChart,
}

impl Summary {
    /// True when nothing was chosen to share.
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty() && self.homework.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SummaryHeader {
    pub first_name: Option<String>,
    pub from: Date,
    pub to: Date,
    pub next_session: Option<Date>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SummarySection {
    pub kind: EntryKind,
    pub heading: &'static str,
    pub items: Vec<SummaryItem>,
}

/// One shared entry.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryItem {
    pub id: EntryId,
    pub kind: EntryKind,
    /// The day it was written.
    pub date: Date,
    pub carried_over: bool,
    pub priority: bool,
    pub body: ItemBody,
}

/// What of an entry is shown, by consent. A topic-only body holds none of the entry's words.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemBody {
    Full {
        text: String,
        prompt: Option<String>,
        tags: Vec<String>,
        /// Check-ins' and feedback cards' answers as labelled lines ([`EntryDetails::lines`]).
        details: Vec<(&'static str, String)>,
        /// A check-in's feeling, for the chart's gentle trend line. Only ever set here, in a
        /// fully shared item, so a topic-only check-in never reveals how it felt.
        feeling: Option<Feeling>,
    },
    /// Always shown with [`NOT_READY_LINE`].
    TopicOnly { title: String },
}

/// Builds the summary from what the person chose. `today` only finds the next session.
pub fn build(
    journal: &Journal,
    sessions: &Sessions,
    choices: &SummaryChoices,
    today: Date,
) -> Summary {
    let carried = sessions.carried_over();
    // Oldest first going in, so the stable sort keeps same-day entries in writing order.
    let mut items: Vec<SummaryItem> = in_scope(journal, choices.scope, &carried)
        .into_iter()
        .rev()
        .filter_map(|entry| item(entry, choices, &carried))
        .collect();
    // Priorities on top, then carried over, then oldest first, in sections by kind.
    // A stable insertion sort (summaries are short; it keeps the wasm bundle small).
    let key = |i: &SummaryItem| {
        (
            section_rank(i.kind),
            Reverse(i.priority),
            Reverse(i.carried_over),
            i.date,
        )
    };
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
    let chart = WeeklyChart::new(choices.scope, &items);
    let mut sections: Vec<SummarySection> = Vec::new();
    for item in items {
        match sections.last_mut() {
            Some(section) if section.kind == item.kind => section.items.push(item),
            _ => sections.push(SummarySection {
                kind: item.kind,
                heading: item.kind.plural(),
                items: vec![item],
            }),
        }
    }
    Summary {
        header: SummaryHeader {
            first_name: choices.first_name(),
            from: choices.scope.from,
            to: choices.scope.to,
            next_session: sessions.next(today).map(|s| s.date),
        },
        sections,
        homework: Vec::new(),
        chart,
    }
}

fn item(
    entry: &Entry,
    choices: &SummaryChoices,
    carried: &BTreeSet<EntryId>,
) -> Option<SummaryItem> {
    let date = entry.created_at.local_date();
    let body = match choices.consent_for(&entry.id) {
        Consent::LeaveOut => return None,
        Consent::TopicOnly => ItemBody::TopicOnly {
            title: choices
                .topic_title(&entry.id)
                .unwrap_or_else(|| default_topic_title(entry.kind, date)),
        },
        Consent::Full => ItemBody::Full {
            text: entry.text.clone(),
            prompt: entry.prompt.clone(),
            tags: entry.tags.clone(),
            details: entry
                .details
                .as_ref()
                .map(EntryDetails::lines)
                .unwrap_or_default(),
            feeling: match &entry.details {
                Some(EntryDetails::CheckIn(check_in)) => Some(check_in.feeling),
                _ => None,
            },
        },
    };
    Some(SummaryItem {
        id: entry.id.clone(),
        kind: entry.kind,
        date,
        carried_over: carried.contains(&entry.id),
        priority: entry.priority,
        body,
    })
}

/// "Concern to raise, Tuesday 3 November 2026": names a topic without any of its words.
pub fn default_topic_title(kind: EntryKind, date: Date) -> String {
    let mut title = String::from(kind.label());
    title.push_str(", ");
    title.push_str(&date.long());
    title
}

#[cfg(test)]
mod tests {
    use super::*;
    // The record codecs live with the stored format; these tests check them on this part's data.
    #[allow(unused_imports)]
    use crate::domain::records::{error::StorageError, format::FORMAT_VERSION, small::*};

    #[test]
    fn names_and_titles_stay_on_one_short_line() {
        let mut choices = SummaryChoices::new(Scope::since_last_session(
            &Sessions::default(),
            Date::from_ymd(2026, 11, 21).unwrap(),
        ));
        choices.set_first_name("  Sam\n# Heading  ");
        assert_eq!(choices.first_name().as_deref(), Some("Sam # Heading"));
        choices.set_first_name(&"é".repeat(50));
        assert_eq!(choices.first_name.chars().count(), MAX_FIRST_NAME_CHARS);
        choices.set_first_name("   ");
        assert_eq!(choices.first_name(), None);
        let id = EntryId::new(1, 1);
        choices.set_topic_title(&id, "work\r\nstuff");
        assert_eq!(choices.topic_title(&id).as_deref(), Some("work stuff"));
        choices.set_topic_title(&id, " ");
        assert_eq!(choices.topic_title(&id), None);
    }

    #[test]
    fn with_no_past_session_the_scope_is_the_last_fortnight() {
        let today = Date::from_ymd(2026, 11, 21).unwrap();
        let scope = Scope::since_last_session(&Sessions::default(), today);
        assert_eq!(scope.from.days_until(scope.to), DEFAULT_SCOPE_DAYS - 1);
        assert_eq!(scope.to, today);
        assert_eq!(
            Scope::new(today, today.add_days(-1)),
            Err(ScopeError::StartsAfterEnd)
        );
    }

    #[test]
    fn every_kind_has_a_section_place() {
        let kinds = kinds_in_summary_order();
        assert_eq!(kinds.len(), EntryKind::ALL.len());
        assert_eq!(kinds[0], EntryKind::Concern);
    }
}
