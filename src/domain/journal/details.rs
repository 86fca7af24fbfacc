//! What a check-in ("how I feel") or a feedback card ("how therapy is going for me") holds:
//! the answers kept in `Entry::details`.
//!
//! Both are saved as journal entries (kinds `CheckIn` and `Feedback`) with their answers in
//! `Entry::details`, so listing, deleting with undo, the lock, backups and the summary's
//! consent step work for them exactly as for every other entry.
use serde::{Deserialize, Serialize};

use crate::domain::journal::kind::EntryKind;
use crate::domain::language::say::checkin as say;
use crate::domain::language::{self, Lang};

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

/// The word shown for a stored feeling word, in the language in use. `None` for a word
/// that is not one of `FEELING_WORDS` (only possible in a file edited by hand).
pub fn feeling_word_label(word: &str) -> Option<&'static str> {
    Some(match word {
        "anxious" => say::word_anxious(),
        "calm" => say::word_calm(),
        "confused" => say::word_confused(),
        "content" => say::word_content(),
        "disappointed" => say::word_disappointed(),
        "frustrated" => say::word_frustrated(),
        "grateful" => say::word_grateful(),
        "hopeful" => say::word_hopeful(),
        "hurt" => say::word_hurt(),
        "lonely" => say::word_lonely(),
        "numb" => say::word_numb(),
        "overwhelmed" => say::word_overwhelmed(),
        "proud" => say::word_proud(),
        "relieved" => say::word_relieved(),
        "restless" => say::word_restless(),
        "sad" => say::word_sad(),
        "safe" => say::word_safe(),
        "tender" => say::word_tender(),
        "tired" => say::word_tired(),
        "worried" => say::word_worried(),
        _ => return None,
    })
}

/// The word shown for a stored feeling word: its label, or the word itself when it is not
/// one of ours.
pub fn show_feeling_word(word: &str) -> &str {
    feeling_word_label(word).unwrap_or(word)
}

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
            Feeling::VeryHeavy => say::feeling_very_heavy(),
            Feeling::Heavy => say::feeling_heavy(),
            Feeling::InBetween => say::feeling_in_between(),
            Feeling::FairlyLight => say::feeling_fairly_light(),
            Feeling::Light => say::feeling_light(),
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
            Safety::NotYet => say::safety_not_yet(),
            Safety::ALittle => say::safety_a_little(),
            Safety::Somewhat => say::safety_somewhat(),
            Safety::Mostly => say::safety_mostly(),
            Safety::Fully => say::safety_fully(),
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

/// The heading above the safety scale, in the language in use.
pub fn safety_question() -> &'static str {
    say::safety_question()
}

/// One written question on the feedback card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedbackField {
    Helped,
    DidNotLand,
    Unsaid,
    MoreOrLess,
}

impl FeedbackField {
    /// The questions on the feedback card, in the order shown.
    pub const ALL: [FeedbackField; 4] = [
        FeedbackField::Helped,
        FeedbackField::DidNotLand,
        FeedbackField::Unsaid,
        FeedbackField::MoreOrLess,
    ];

    /// The question's plain label, in the language in use.
    pub fn label(self) -> &'static str {
        match self {
            FeedbackField::Helped => say::question_helped(),
            FeedbackField::DidNotLand => say::question_did_not_land(),
            FeedbackField::Unsaid => say::question_unsaid(),
            FeedbackField::MoreOrLess => say::question_more_or_less(),
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
        FeedbackField::ALL
            .iter()
            .filter_map(|field| self.answer(*field))
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
                lines.push((say::how_i_feel(), check_in.feeling.label().to_string()));
                if !check_in.words.is_empty() {
                    let words: Vec<&str> = check_in
                        .words
                        .iter()
                        .map(|w| show_feeling_word(w))
                        .collect();
                    lines.push((say::feeling_words(), words.join(", ")));
                }
            }
            EntryDetails::Feedback(feedback) => {
                for field in FeedbackField::ALL {
                    if let Some(answer) = feedback.answer(field) {
                        lines.push((field.label(), answer.to_string()));
                    }
                }
                if let Some(safety) = feedback.safety {
                    lines.push((safety_question(), safety.label().to_string()));
                }
            }
        }
        lines
    }

    /// Every piece of text a search should look at. A check-in's feeling words and step are
    /// found by their words in every language Between speaks, whichever is on screen.
    pub(crate) fn searchable(&self) -> Vec<&str> {
        match self {
            EntryDetails::CheckIn(check_in) => {
                let mut texts: Vec<&str> = check_in.words.iter().map(String::as_str).collect();
                for lang in Lang::ALL {
                    language::speaking(lang, || {
                        texts.extend(check_in.words.iter().filter_map(|w| feeling_word_label(w)));
                        texts.push(check_in.feeling.label());
                    });
                }
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
