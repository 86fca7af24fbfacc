//! What a finished summary is made of: one shared entry (`SummaryItem`) with the part of it
//! that consent lets through (`ItemBody`), homework shared in it, and the order of sections.
use crate::domain::calendar::time::Date;
use crate::domain::journal::checkin::Feeling;
use crate::domain::journal::entry::{EntryId, EntryKind};
use crate::domain::language::say::summary as say;

/// Printed under every topic-only item, in place of anything the person wrote.
pub fn not_ready_line() -> &'static str {
    say::not_ready_line()
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

/// Where a group of shared items sits in the session's order: what happened with last
/// time's topics, today's agenda, then each kind of entry other than concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    FromLastTime,
    Agenda,
    Kind(EntryKind),
}

impl Part {
    /// Parts up to the agenda come before the questions, homework review and goals.
    pub fn is_before_notes(self) -> bool {
        matches!(self, Part::FromLastTime | Part::Agenda)
    }
}

/// One shared entry, or a topic of the person's own on the agenda.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryItem {
    pub id: EntryId,
    pub kind: EntryKind,
    /// The day it was written.
    pub date: Date,
    pub carried_over: bool,
    /// A concern marked resolved in the last session before the summary's dates.
    pub resolved: bool,
    pub priority: bool,
    /// 1, 2 or 3 when the person put it first on the agenda.
    pub rank: Option<u8>,
    pub body: ItemBody,
}

impl SummaryItem {
    /// The meta line: date (none for an own topic), place on the agenda and marks.
    pub fn meta(&self) -> String {
        let mut meta = match self.body {
            ItemBody::OwnTopic { .. } => String::new(),
            _ => self.date.long(),
        };
        let mut mark = |words: &str| {
            if !meta.is_empty() {
                meta.push_str(" · ");
            }
            meta.push_str(words);
        };
        if let Some(rank) = self.rank {
            mark(match rank {
                1 => say::first_topic(),
                2 => say::second_topic(),
                3 => say::third_topic(),
                _ => say::next_topic(),
            });
        }
        if self.priority {
            mark(say::priority());
        }
        if self.carried_over {
            mark(say::carried_over_note());
        }
        if self.resolved {
            mark(say::resolved_note());
        }
        meta
    }
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
    /// Always shown with [`not_ready_line`].
    TopicOnly { title: String },
    /// A topic for the session that is not an entry, typed on the summary page.
    OwnTopic { text: String },
}

/// Homework shared in a summary.
#[derive(Clone, Debug, PartialEq)]
pub struct HomeworkShare {
    pub title: String,
    /// `None` for topic only: then nothing but the title is shown.
    pub details: Option<Vec<String>>,
    /// The person's review (what they tried, what worked, what was hard), only in full.
    pub review: Vec<(&'static str, String)>,
}

/// A goal shared in a summary.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalShare {
    pub title: String,
    /// "Agreed with my therapist on …", when it was.
    pub agreed: Option<String>,
    /// `None` for topic only. In full: whether it is paused, then each step and its state,
    /// then each linked win or reflection in the summary, as far as that entry is shared.
    pub details: Option<Vec<String>>,
}
