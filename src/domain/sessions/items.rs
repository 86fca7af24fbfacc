//! What a finished summary is made of: one shared entry (`SummaryItem`) with the part of it
//! that consent lets through (`ItemBody`), homework shared in it, and the order of sections.
use crate::domain::calendar::time::Date;
use crate::domain::journal::checkin::Feeling;
use crate::domain::journal::entry::{EntryId, EntryKind};

/// Printed under every topic-only item, in place of anything the person wrote.
pub const NOT_READY_LINE: &str = "Not ready to write about this yet";

/// Where each kind of entry sits in a summary: concerns first, then small wins, then
/// reflections, check-ins and feedback for the therapist (`EntryKind::SUMMARY_ORDER`).
pub fn section_rank(kind: EntryKind) -> u8 {
    kind.summary_rank() as u8
}

/// Every kind, in summary order.
pub fn kinds_in_summary_order() -> Vec<EntryKind> {
    EntryKind::SUMMARY_ORDER.to_vec()
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

/// Homework shared in a summary.
#[derive(Clone, Debug, PartialEq)]
pub struct HomeworkShare {
    pub title: String,
    /// `None` for topic only: then nothing but the title is shown.
    pub details: Option<Vec<String>>,
}
