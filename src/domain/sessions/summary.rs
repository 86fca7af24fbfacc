//! The summary a person brings to a session: its dates, what they chose to share, and the
//! finished [`Summary`] that the page, print, Markdown and plain text are all made from.
//!
//! Consent comes first: an entry is left out unless the person chose to include it, and a
//! left-out entry appears nowhere, not even in a count.
use std::collections::BTreeSet;

use crate::domain::calendar::time::Date;
use crate::domain::journal::checkin::EntryDetails;
use crate::domain::journal::collection::Journal;
use crate::domain::journal::entry::{Entry, EntryId, EntryKind};
use crate::domain::language::say::summary as say;
use crate::domain::sessions::agenda::SinceLastTime;
use crate::domain::sessions::chart::WeeklyChart;
use crate::domain::sessions::session::{ConcernOutcome, SessionId, Sessions};

pub use crate::domain::sessions::consent::*;
pub use crate::domain::sessions::items::*;

/// Entries the person can choose from, newest first: everything written within the dates,
/// plus concerns carried over from a session, or resolved in the last one, even when
/// written earlier.
pub fn entries_in_scope<'a>(
    journal: &'a Journal,
    choices: &SummaryChoices,
    sessions: &Sessions,
) -> Vec<&'a Entry> {
    let (_, _, offered) = from_before(sessions, choices.scope);
    in_scope(journal, choices.scope, &offered)
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

/// The finished summary: the single source for the page, print, Markdown and plain text,
/// in the order of a session: how I've been, from last time, the agenda, questions and
/// leave-with, homework review, goals, then wins, reflections, check-ins and feedback.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub header: SummaryHeader,
    /// "How I've been since last time", when the person said.
    pub since_last: Option<SinceLastTime>,
    /// Only parts with something in them, in session order (see [`Part`]).
    pub sections: Vec<SummarySection>,
    pub questions: Option<String>,
    pub leave_with: Option<String>,
    /// Homework the person chose to share (see `summary_homework::with_homework`).
    pub homework: Vec<HomeworkShare>,
    /// Goals the person chose to share (see `summary_goals::with_goals`).
    pub goals: Vec<GoalShare>,
    pub chart: WeeklyChart,
}

impl Summary {
    /// True when nothing was chosen to share.
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
            && self.homework.is_empty()
            && self.goals.is_empty()
            && self.how_ive_been().is_empty()
            && self.questions.is_none()
            && self.leave_with.is_none()
    }

    /// Every shared item, in the order shown.
    pub fn items(&self) -> impl Iterator<Item = &SummaryItem> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    /// The lines under "How I've been since last time": the person's word for it, then the
    /// feeling line of the check-ins they shared in full.
    pub fn how_ive_been(&self) -> Vec<String> {
        let said = self.since_last.map(|s| s.label().to_string());
        said.into_iter().chain(self.chart.feeling_words()).collect()
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
    pub part: Part,
    pub heading: &'static str,
    pub items: Vec<SummaryItem>,
}

/// Concerns marked resolved in the last session before `from`: what happened with last
/// time's topics belongs in the next summary, when the person chooses to share it.
fn resolved_last_time(sessions: &Sessions, from: Date) -> BTreeSet<EntryId> {
    let mut resolved = BTreeSet::new();
    if let Some(last) = sessions.all().iter().rev().find(|s| s.date < from) {
        for (id, outcome) in &last.outcomes {
            if *outcome == ConcernOutcome::Resolved {
                resolved.insert(id.clone());
            }
        }
    }
    resolved
}

/// Concerns from before the dates that the summary offers: (carried over, resolved last
/// time, both). Sets are filled by `insert`, since collecting one sorts, and a sort is
/// another few kilobytes in the bundle.
fn from_before(
    sessions: &Sessions,
    scope: Scope,
) -> (BTreeSet<EntryId>, BTreeSet<EntryId>, BTreeSet<EntryId>) {
    let carried = sessions.carried_over();
    let resolved = resolved_last_time(sessions, scope.from);
    let mut offered = carried.clone();
    for id in &resolved {
        offered.insert(id.clone());
    }
    (carried, resolved, offered)
}

/// Builds the summary from what the person chose. `today` only finds the next session.
pub fn build(
    journal: &Journal,
    sessions: &Sessions,
    choices: &SummaryChoices,
    today: Date,
) -> Summary {
    let (carried, resolved, offered) = from_before(sessions, choices.scope);
    // Priorities on top, then carried over, then oldest first, in sections by kind: one
    // bucket per (section, priority, carried over), filled oldest first, so a year of
    // entries is ordered in one pass and same-day entries keep their writing order.
    let mut buckets: Vec<Vec<SummaryItem>> = vec![Vec::new(); EntryKind::ALL.len() * 4];
    for entry in in_scope(journal, choices.scope, &offered).into_iter().rev() {
        if let Some(mut item) = item(entry, choices, &carried) {
            item.resolved = resolved.contains(&entry.id) && !item.carried_over;
            let rank = item.kind.summary_rank() * 4
                + usize::from(!item.priority) * 2
                + usize::from(!item.carried_over);
            buckets[rank].push(item);
        }
    }
    let items: Vec<SummaryItem> = buckets.into_iter().flatten().collect();
    let chart = WeeklyChart::new(choices.scope, &items);
    let (concerns, others): (Vec<SummaryItem>, Vec<SummaryItem>) = items
        .into_iter()
        .partition(|item| item.kind == EntryKind::Concern);
    let mut sections = agenda_sections(concerns, choices);
    for item in others {
        match sections.last_mut() {
            Some(section) if section.part == Part::Kind(item.kind) => section.items.push(item),
            _ => sections.push(SummarySection {
                part: Part::Kind(item.kind),
                heading: item.kind.plural(),
                items: vec![item],
            }),
        }
    }
    let agenda = &choices.agenda;
    Summary {
        header: SummaryHeader {
            first_name: choices.first_name(),
            from: choices.scope.from,
            to: choices.scope.to,
            next_session: sessions.next(today).map(|s| s.date),
        },
        since_last: agenda.since_last,
        sections,
        questions: agenda.questions(),
        leave_with: agenda.leave_with(),
        homework: Vec::new(),
        goals: Vec::new(),
        chart,
    }
}

/// "From last time" (carried over or resolved, unless put first) and the agenda: topics put
/// first, in order, then the other chosen concerns, then the person's own topics.
fn agenda_sections(concerns: Vec<SummaryItem>, choices: &SummaryChoices) -> Vec<SummarySection> {
    let own = choices.agenda.topics.iter().map(|topic| SummaryItem {
        id: EntryId(topic.id.clone()),
        kind: EntryKind::Concern,
        date: choices.scope.to,
        carried_over: false,
        resolved: false,
        priority: false,
        rank: None,
        body: ItemBody::OwnTopic {
            text: topic.text.clone(),
        },
    });
    let topics = concerns.into_iter().chain(own).collect();
    let (mut last_time, mut agenda) = (Vec::new(), Vec::new());
    for (rank, mut item) in choices
        .agenda
        .arrange(topics, |i: &SummaryItem| i.id.as_str())
    {
        item.rank = rank;
        if rank.is_none() && (item.carried_over || item.resolved) {
            last_time.push(item);
        } else {
            agenda.push(item);
        }
    }
    [
        (Part::FromLastTime, say::from_last_time_heading(), last_time),
        (Part::Agenda, say::agenda_heading(), agenda),
    ]
    .into_iter()
    .filter(|(_, _, items)| !items.is_empty())
    .map(|(part, heading, items)| SummarySection {
        part,
        heading,
        items,
    })
    .collect()
}

fn item(
    entry: &Entry,
    choices: &SummaryChoices,
    carried: &BTreeSet<EntryId>,
) -> Option<SummaryItem> {
    let date = entry.created_at.local_date();
    let body = match choices.consent_of(entry) {
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
        resolved: false,
        priority: entry.priority,
        rank: None,
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
    fn marks_choices_and_problems_are_said_in_spanish() {
        use crate::domain::language::{speaking, Lang};
        let item = SummaryItem {
            id: EntryId::new(1, 1),
            kind: EntryKind::Concern,
            date: Date::from_ymd(2026, 12, 1).unwrap(),
            carried_over: true,
            resolved: false,
            priority: true,
            rank: Some(2),
            body: ItemBody::TopicOnly {
                title: String::new(),
            },
        };
        speaking(Lang::Es, || {
            assert_eq!(
                item.meta(),
                "martes, 1 de diciembre de 2026 · Segundo tema a tratar · Prioridad · Viene de una sesión anterior"
            );
            let labels: Vec<&str> = Consent::ALL.iter().map(|c| c.label()).collect();
            assert_eq!(labels, ["Dejar fuera", "Solo el tema", "Todo"]);
            assert_eq!(
                ScopeError::StartsAfterEnd.to_string(),
                "La fecha de inicio es posterior a la de fin. Puedes intercambiarlas."
            );
        });
        assert_eq!(
            item.meta(),
            "Tuesday 1 December 2026 · Second topic to talk about · Priority · Carried over from a past session"
        );
    }

    #[test]
    fn every_kind_has_a_section_place() {
        let kinds = kinds_in_summary_order();
        assert_eq!(kinds.len(), EntryKind::ALL.len());
        assert_eq!(kinds[0], EntryKind::Concern);
    }
}
