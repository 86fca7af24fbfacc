//! The kinds of entry a person can write, and how each is named and ordered.
use serde::{Deserialize, Serialize};

use crate::domain::language::say::journal as say;

/// What an entry is about. Told apart on screen by a word and an icon, not colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// Progress, however small.
    Win,
    /// A worry, question or something to raise in the next session.
    Concern,
    /// An answer to a self-compassion prompt.
    Reflection,
    /// "How I feel": a step on a gentle scale, feeling words and an optional note.
    CheckIn,
    /// "How therapy is going for me": feedback for the therapist, in the person's words.
    Feedback,
}

impl EntryKind {
    /// Every kind, in the order filters list them.
    pub const ALL: [EntryKind; 5] = [
        EntryKind::Win,
        EntryKind::Concern,
        EntryKind::Reflection,
        EntryKind::CheckIn,
        EntryKind::Feedback,
    ];

    /// The kinds the composer writes as plain text. Check-ins and feedback have their own
    /// forms (`CheckInDraft`, `FeedbackDraft`) and are not offered there.
    pub const TEXT_KINDS: [EntryKind; 3] =
        [EntryKind::Win, EntryKind::Concern, EntryKind::Reflection];

    /// The order of sections in a session summary: concerns first (what the person wants
    /// to raise), then wins, reflections, check-ins and feedback. Stated here rather than
    /// left to the enum's declaration order, which is only about storage.
    pub const SUMMARY_ORDER: [EntryKind; 5] = [
        EntryKind::Concern,
        EntryKind::Win,
        EntryKind::Reflection,
        EntryKind::CheckIn,
        EntryKind::Feedback,
    ];

    /// Position in `SUMMARY_ORDER`, for sorting.
    pub fn summary_rank(self) -> usize {
        Self::SUMMARY_ORDER
            .iter()
            .position(|k| *k == self)
            .unwrap_or(Self::SUMMARY_ORDER.len())
    }

    /// True for kinds whose answers live in `Entry::details`; their text may be empty.
    pub fn has_details(self) -> bool {
        matches!(self, EntryKind::CheckIn | EntryKind::Feedback)
    }

    /// The plain name shown on every entry.
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Win => say::kind_win(),
            EntryKind::Concern => say::kind_concern(),
            EntryKind::Reflection => say::kind_reflection(),
            EntryKind::CheckIn => say::kind_check_in(),
            EntryKind::Feedback => say::kind_feedback(),
        }
    }

    /// Plural heading for filters and summaries.
    pub fn plural(self) -> &'static str {
        match self {
            EntryKind::Win => say::kinds_win(),
            EntryKind::Concern => say::kinds_concern(),
            EntryKind::Reflection => say::kinds_reflection(),
            EntryKind::CheckIn => say::kinds_check_in(),
            EntryKind::Feedback => say::kinds_feedback(),
        }
    }

    /// A short symbol shown beside the word (decorative: the word carries the meaning).
    pub fn icon(self) -> &'static str {
        match self {
            EntryKind::Win => "✦",
            EntryKind::Concern => "◆",
            EntryKind::Reflection => "❀",
            EntryKind::CheckIn => "◐",
            EntryKind::Feedback => "✉",
        }
    }

    /// A stable slug for CSS classes, URLs and storage.
    pub fn slug(self) -> &'static str {
        match self {
            EntryKind::Win => "win",
            EntryKind::Concern => "concern",
            EntryKind::Reflection => "reflection",
            EntryKind::CheckIn => "check-in",
            EntryKind::Feedback => "feedback",
        }
    }

    /// The kind with this slug, if any.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }

    /// What the text box asks for, in the app's gentle voice.
    pub fn placeholder(self) -> &'static str {
        match self {
            EntryKind::Win => say::placeholder_win(),
            EntryKind::Concern => say::placeholder_concern(),
            EntryKind::Reflection => say::placeholder_reflection(),
            EntryKind::CheckIn => say::placeholder_check_in(),
            EntryKind::Feedback => say::placeholder_feedback(),
        }
    }
}
