//! What a check-in ("how I feel") or a feedback card ("how therapy is going for me") holds:
//! the answers kept in `Entry::details`.
//!
//! Both are saved as journal entries (kinds `CheckIn` and `Feedback`) with their answers in
//! `Entry::details`, so listing, deleting with undo, the lock, backups and the summary's
//! consent step work for them exactly as for every other entry.
use serde::{Deserialize, Serialize};

use crate::domain::journal::kind::EntryKind;

/// Most feeling words one check-in can carry: enough to be honest, few enough to choose.
pub const MAX_FEELING_WORDS: usize = 5;
/// Longest answer to one feedback question, in characters.
pub const MAX_FEEDBACK_CHARS: usize = 2_000;

/// The words a person can pick from. Pleasant, painful and flat feelings side by side and in
/// no order of merit, so no word reads as the "right" answer.
pub const FEELING_WORDS: &[&str] = &[
    "anxious",
    "calm",
    "confused",
    "content",
    "disappointed",
    "frustrated",
    "grateful",
    "hopeful",
    "hurt",
    "lonely",
    "numb",
    "overwhelmed",
    "proud",
    "relieved",
    "restless",
    "sad",
    "safe",
    "tender",
    "tired",
    "worried",
];

/// How I feel, on five steps in words. "Heavy" and "light" describe weight, not worth: a heavy
/// day is not a bad result, so there are no faces, no colours that judge and no numbers shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    VeryHeavy,
    Heavy,
    InBetween,
    FairlyLight,
    Light,
}

impl Feeling {
    /// From heaviest to lightest, the order the scale is shown in.
    pub const ALL: [Feeling; 5] = [
        Feeling::VeryHeavy,
        Feeling::Heavy,
        Feeling::InBetween,
        Feeling::FairlyLight,
        Feeling::Light,
    ];

    /// The word shown on the scale.
    pub fn label(self) -> &'static str {
        match self {
            Feeling::VeryHeavy => "Very heavy",
            Feeling::Heavy => "Heavy",
            Feeling::InBetween => "Somewhere in between",
            Feeling::FairlyLight => "Fairly light",
            Feeling::Light => "Light",
        }
    }

    /// 1 (very heavy) to 5 (light): for the summary's small chart, never shown as a score.
    pub fn step(self) -> u8 {
        self as u8 + 1
    }
}

/// How safe it feels to share in sessions, on five steps in words. Low is information for
/// the therapist, not a failing of the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Safety {
    NotYet,
    ALittle,
    Somewhat,
    Mostly,
    Fully,
}

impl Safety {
    /// From least to most safe, the order the scale is shown in.
    pub const ALL: [Safety; 5] = [
        Safety::NotYet,
        Safety::ALittle,
        Safety::Somewhat,
        Safety::Mostly,
        Safety::Fully,
    ];

    /// The words shown on the scale, finishing "Sharing in sessions feels…".
    pub fn label(self) -> &'static str {
        match self {
            Safety::NotYet => "Not safe yet",
            Safety::ALittle => "A little safe",
            Safety::Somewhat => "Somewhat safe",
            Safety::Mostly => "Mostly safe",
            Safety::Fully => "Safe",
        }
    }

    /// 1 (not safe yet) to 5 (safe), for a chart; never shown as a score.
    pub fn step(self) -> u8 {
        self as u8 + 1
    }
}

/// A saved "how I feel" check-in. The optional note is the entry's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub feeling: Feeling,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
}

/// A saved "how therapy is going for me" card, in the person's own words. Every field is
/// optional; at least one was filled when it was saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// What helped lately.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helped: Option<String>,
    /// What did not quite land.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub did_not_land: Option<String>,
    /// Something I did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsaid: Option<String>,
    /// What I'd like more or less of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more_or_less: Option<String>,
    /// How safe it feels to share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<Safety>,
}

/// The questions on the feedback card, in the order shown.
pub const FEEDBACK_QUESTIONS: [(FeedbackField, &str); 4] = [
    (FeedbackField::Helped, "What helped"),
    (FeedbackField::DidNotLand, "What didn't quite land"),
    (FeedbackField::Unsaid, "Something I didn't say"),
    (FeedbackField::MoreOrLess, "What I'd like more or less of"),
];

/// The heading above the safety scale.
pub const SAFETY_QUESTION: &str = "How safe it feels to share";

/// One written question on the feedback card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedbackField {
    Helped,
    DidNotLand,
    Unsaid,
    MoreOrLess,
}

impl FeedbackField {
    /// The question's plain label.
    pub fn label(self) -> &'static str {
        match self {
            FeedbackField::Helped => FEEDBACK_QUESTIONS[0].1,
            FeedbackField::DidNotLand => FEEDBACK_QUESTIONS[1].1,
            FeedbackField::Unsaid => FEEDBACK_QUESTIONS[2].1,
            FeedbackField::MoreOrLess => FEEDBACK_QUESTIONS[3].1,
        }
    }
}

impl Feedback {
    /// The answer to one written question, if any.
    pub fn answer(&self, field: FeedbackField) -> Option<&str> {
        match field {
            FeedbackField::Helped => self.helped.as_deref(),
            FeedbackField::DidNotLand => self.did_not_land.as_deref(),
            FeedbackField::Unsaid => self.unsaid.as_deref(),
            FeedbackField::MoreOrLess => self.more_or_less.as_deref(),
        }
    }

    fn texts(&self) -> impl Iterator<Item = &str> {
        FEEDBACK_QUESTIONS
            .iter()
            .filter_map(|(field, _)| self.answer(*field))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.texts().next().is_none() && self.safety.is_none()
    }
}

/// The structured part of a check-in or feedback entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryDetails {
    CheckIn(CheckIn),
    Feedback(Feedback),
}

impl EntryDetails {
    /// The entry kind these details belong to.
    pub fn kind(&self) -> EntryKind {
        match self {
            EntryDetails::CheckIn(_) => EntryKind::CheckIn,
            EntryDetails::Feedback(_) => EntryKind::Feedback,
        }
    }

    /// Labelled lines for lists, summaries and plain-text copies, e.g.
    /// ("How I feel", "Heavy") or ("What helped", "…"). Empty answers are left out.
    pub fn lines(&self) -> Vec<(&'static str, String)> {
        let mut lines = Vec::new();
        match self {
            EntryDetails::CheckIn(check_in) => {
                lines.push(("How I feel", check_in.feeling.label().to_string()));
                if !check_in.words.is_empty() {
                    lines.push(("Feeling words", check_in.words.join(", ")));
                }
            }
            EntryDetails::Feedback(feedback) => {
                for (field, label) in FEEDBACK_QUESTIONS {
                    if let Some(answer) = feedback.answer(field) {
                        lines.push((label, answer.to_string()));
                    }
                }
                if let Some(safety) = feedback.safety {
                    lines.push((SAFETY_QUESTION, safety.label().to_string()));
                }
            }
        }
        lines
    }

    /// Every piece of text a search should look at.
    pub(crate) fn searchable(&self) -> Vec<&str> {
        match self {
            EntryDetails::CheckIn(check_in) => {
                let mut texts: Vec<&str> = check_in.words.iter().map(String::as_str).collect();
                texts.push(check_in.feeling.label());
                texts
            }
            EntryDetails::Feedback(feedback) => feedback.texts().collect(),
        }
    }

    /// The limits the forms enforce, checked again on anything read from a file.
    pub(crate) fn is_plausible(&self) -> bool {
        match self {
            EntryDetails::CheckIn(check_in) => {
                check_in.words.len() <= MAX_FEELING_WORDS
                    && check_in
                        .words
                        .iter()
                        .all(|w| !w.is_empty() && w.chars().count() <= 40)
            }
            EntryDetails::Feedback(feedback) => {
                !feedback.is_empty()
                    && feedback
                        .texts()
                        .all(|t| !t.trim().is_empty() && t.chars().count() <= MAX_FEEDBACK_CHARS)
            }
        }
    }
}
