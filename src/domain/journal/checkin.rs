//! The check-in and feedback forms as filled in so far, and how each becomes an entry.
use thiserror::Error;

use crate::domain::calendar::time::Timestamp;
pub use crate::domain::journal::details::*;
use crate::domain::journal::draft::{how_far_over, parse_tags, DraftError};
use crate::domain::journal::entry::{Entry, EntryId, EntryKind};
use crate::domain::language::number;
use crate::domain::language::say::checkin as say;

/// Why a check-in or feedback card cannot be saved yet. Nothing typed is lost in any case.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CheckInError {
    #[error("{}", say::no_feeling())]
    NoFeeling,
    #[error("{}", say::too_many_words(limit))]
    TooManyWords { limit: usize },
    #[error("{}", say::unknown_word(word))]
    UnknownWord { word: String },
    #[error("{}", say::empty_feedback())]
    EmptyFeedback,
    #[error("{}", say::answer_too_long(field.label(), number(*length), how_far_over(*length, *limit), number(*limit)))]
    AnswerTooLong {
        field: FeedbackField,
        length: usize,
        limit: usize,
    },
    #[error(transparent)]
    Invalid(#[from] DraftError),
}

/// The "how I feel" form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckInDraft {
    pub feeling: Option<Feeling>,
    /// Chosen from `FEELING_WORDS`.
    pub words: Vec<String>,
    pub note: String,
    /// Comma separated, as in the composer.
    pub tags: String,
}

impl CheckInDraft {
    /// Checks the form and turns it into a new `CheckIn` entry.
    pub fn to_entry(&self, id: EntryId, now: Timestamp) -> Result<Entry, CheckInError> {
        let feeling = self.feeling.ok_or(CheckInError::NoFeeling)?;
        let mut words: Vec<String> = Vec::new();
        for word in &self.words {
            let word = word.trim().to_lowercase();
            if !FEELING_WORDS.contains(&word.as_str()) {
                return Err(CheckInError::UnknownWord { word });
            }
            if !words.contains(&word) {
                words.push(word);
            }
        }
        if words.len() > MAX_FEELING_WORDS {
            return Err(CheckInError::TooManyWords {
                limit: MAX_FEELING_WORDS,
            });
        }
        let details = EntryDetails::CheckIn(CheckIn { feeling, words });
        Ok(detailed_entry(id, now, &self.note, &self.tags, details)?)
    }
}

/// The "how therapy is going for me" card as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedbackDraft {
    pub helped: String,
    pub did_not_land: String,
    pub unsaid: String,
    pub more_or_less: String,
    pub safety: Option<Safety>,
    /// Comma separated, as in the composer.
    pub tags: String,
}

impl FeedbackDraft {
    /// The answer to one written question, as typed.
    pub fn typed(&self, field: FeedbackField) -> &str {
        match field {
            FeedbackField::Helped => &self.helped,
            FeedbackField::DidNotLand => &self.did_not_land,
            FeedbackField::Unsaid => &self.unsaid,
            FeedbackField::MoreOrLess => &self.more_or_less,
        }
    }

    /// The typed answer to one written question, to change it in place.
    pub fn answer_mut(&mut self, field: FeedbackField) -> &mut String {
        match field {
            FeedbackField::Helped => &mut self.helped,
            FeedbackField::DidNotLand => &mut self.did_not_land,
            FeedbackField::Unsaid => &mut self.unsaid,
            FeedbackField::MoreOrLess => &mut self.more_or_less,
        }
    }

    /// Checks the card and turns it into a new `Feedback` entry (its text stays empty).
    pub fn to_entry(&self, id: EntryId, now: Timestamp) -> Result<Entry, CheckInError> {
        let feedback = Feedback {
            helped: answer(FeedbackField::Helped, &self.helped)?,
            did_not_land: answer(FeedbackField::DidNotLand, &self.did_not_land)?,
            unsaid: answer(FeedbackField::Unsaid, &self.unsaid)?,
            more_or_less: answer(FeedbackField::MoreOrLess, &self.more_or_less)?,
            safety: self.safety,
        };
        if feedback.is_empty() {
            return Err(CheckInError::EmptyFeedback);
        }
        let details = EntryDetails::Feedback(feedback);
        Ok(detailed_entry(id, now, "", &self.tags, details)?)
    }
}

fn answer(field: FeedbackField, raw: &str) -> Result<Option<String>, CheckInError> {
    let text = raw.trim();
    let length = text.chars().count();
    if length > MAX_FEEDBACK_CHARS {
        return Err(CheckInError::AnswerTooLong {
            field,
            length,
            limit: MAX_FEEDBACK_CHARS,
        });
    }
    Ok((!text.is_empty()).then(|| text.to_string()))
}

fn detailed_entry(
    id: EntryId,
    now: Timestamp,
    note: &str,
    tags: &str,
    details: EntryDetails,
) -> Result<Entry, DraftError> {
    let kind = details.kind();
    Ok(Entry {
        id,
        kind,
        text: validate_note(kind, note)?,
        tags: parse_tags(tags)?,
        priority: false,
        prompt: None,
        details: Some(details),
        created_at: now,
        updated_at: now,
        revision: 1,
        source: None,
    })
}

/// Trims an entry's text. Check-ins and feedback may have none (their answers are in the
/// details); every other kind needs a few words.
pub fn validate_note(kind: EntryKind, raw: &str) -> Result<String, DraftError> {
    if kind.has_details() && raw.trim().is_empty() {
        return Ok(String::new());
    }
    crate::domain::journal::draft::validate_text(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-21T21:10:00+01:00").unwrap()
    }

    fn id() -> EntryId {
        EntryId::new(1_795_303_800_000, 9)
    }

    #[test]
    fn a_check_in_keeps_its_feeling_words_and_note() {
        let draft = CheckInDraft {
            feeling: Some(Feeling::Heavy),
            words: vec!["Tired".into(), " tender ".into(), "tired".into()],
            note: "  long day  ".into(),
            tags: "work".into(),
        };
        let entry = draft.to_entry(id(), now()).unwrap();
        assert_eq!(entry.kind, EntryKind::CheckIn);
        assert_eq!(entry.text, "long day");
        assert_eq!(entry.tags, ["work"]);
        assert_eq!(
            entry.details,
            Some(EntryDetails::CheckIn(CheckIn {
                feeling: Feeling::Heavy,
                words: vec!["tired".into(), "tender".into()],
            }))
        );
        assert!(entry.details_fit_kind());
        assert!(entry.matches("tender") && entry.matches("heavy"));
    }

    #[test]
    fn a_check_in_needs_only_a_step_on_the_scale() {
        let draft = CheckInDraft {
            feeling: Some(Feeling::InBetween),
            ..CheckInDraft::default()
        };
        assert_eq!(draft.to_entry(id(), now()).unwrap().text, "");
        let err = CheckInDraft::default().to_entry(id(), now()).unwrap_err();
        assert_eq!(err, CheckInError::NoFeeling);
        assert!(err.to_string().contains("whenever you're ready"));
    }

    #[test]
    fn too_many_or_unknown_words_and_long_notes_are_refused() {
        let mut draft = CheckInDraft {
            feeling: Some(Feeling::Light),
            words: FEELING_WORDS[..=MAX_FEELING_WORDS]
                .iter()
                .map(|w| w.to_string())
                .collect(),
            ..CheckInDraft::default()
        };
        assert_eq!(
            draft.to_entry(id(), now()),
            Err(CheckInError::TooManyWords {
                limit: MAX_FEELING_WORDS
            })
        );
        draft.words = vec!["<script>".into()];
        assert!(matches!(
            draft.to_entry(id(), now()),
            Err(CheckInError::UnknownWord { .. })
        ));
        draft.words.clear();
        draft.note = "a".repeat(crate::domain::MAX_TEXT_CHARS + 1);
        assert!(matches!(
            draft.to_entry(id(), now()),
            Err(CheckInError::Invalid(DraftError::TooLong { .. }))
        ));
    }

    #[test]
    fn feedback_needs_one_answer_and_each_answer_has_a_limit() {
        let blank = FeedbackDraft {
            helped: "   ".into(),
            ..FeedbackDraft::default()
        };
        let err = blank.to_entry(id(), now()).unwrap_err();
        assert_eq!(err, CheckInError::EmptyFeedback);
        assert!(!err.to_string().contains('!'));

        let safety_only = FeedbackDraft {
            safety: Some(Safety::ALittle),
            ..FeedbackDraft::default()
        };
        assert!(safety_only.to_entry(id(), now()).is_ok());

        let long = FeedbackDraft {
            unsaid: "é".repeat(MAX_FEEDBACK_CHARS + 1),
            ..FeedbackDraft::default()
        };
        let err = long.to_entry(id(), now()).unwrap_err();
        assert_eq!(
            err,
            CheckInError::AnswerTooLong {
                field: FeedbackField::Unsaid,
                length: MAX_FEEDBACK_CHARS + 1,
                limit: MAX_FEEDBACK_CHARS
            }
        );
        assert!(err.to_string().contains("Something I didn't say"));
        assert!(err.to_string().contains("2,000"));
    }

    #[test]
    fn feedback_is_trimmed_searchable_and_listed_in_question_order() {
        let draft = FeedbackDraft {
            helped: " The breathing exercise ".into(),
            more_or_less: "More time on my sister".into(),
            safety: Some(Safety::Mostly),
            ..FeedbackDraft::default()
        };
        let entry = draft.to_entry(id(), now()).unwrap();
        assert_eq!(entry.kind, EntryKind::Feedback);
        assert_eq!(entry.text, "");
        assert!(entry.matches("breathing") && entry.matches("sister"));
        let lines = entry.details.as_ref().unwrap().lines();
        assert_eq!(
            lines,
            [
                ("What helped", "The breathing exercise".to_string()),
                (
                    "What I'd like more or less of",
                    "More time on my sister".into()
                ),
                (safety_question(), "Mostly safe".into()),
            ]
        );
    }

    #[test]
    fn scales_are_words_from_heavy_to_light_and_never_judge() {
        let steps: Vec<u8> = Feeling::ALL.iter().map(|f| f.step()).collect();
        assert_eq!(steps, [1, 2, 3, 4, 5]);
        assert_eq!(Safety::ALL.map(|s| s.step()), [1, 2, 3, 4, 5]);
        let labels = Feeling::ALL
            .iter()
            .map(|f| f.label())
            .chain(Safety::ALL.iter().map(|s| s.label()));
        for label in labels {
            let lower = label.to_lowercase();
            for word in ["bad", "good", "poor", "great", "fail"] {
                assert!(!lower.contains(word), "{label}");
            }
        }
        assert!(FEELING_WORDS.len() >= 20);
        assert!(FEELING_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_forms_speak_spanish_and_keep_english_tokens() {
        use crate::domain::language::{self, Lang};
        language::speaking(Lang::Es, || {
            assert_eq!(Feeling::VeryHeavy.label(), "Me pesa mucho");
            assert_eq!(Safety::NotYet.label(), "Todavía no es seguro");
            assert_eq!(FeedbackField::Unsaid.label(), "Algo que no dije");
            assert_eq!(feeling_word_label("tired"), Some("cansancio"));
            assert_eq!(show_feeling_word("from-a-file"), "from-a-file");
            assert_eq!(
                CheckInError::NoFeeling.to_string(),
                "Elige un punto de la escala cuando quieras. No hay respuestas equivocadas."
            );
            assert_eq!(
                CheckInError::TooManyWords { limit: 5 }.to_string(),
                "Puedes elegir hasta 5 palabras. ¿Cuáles se acercan más a lo que sientes?"
            );
            let long = CheckInError::AnswerTooLong {
                field: FeedbackField::Helped,
                length: 12_000,
                limit: MAX_FEEDBACK_CHARS,
            };
            assert!(long
                .to_string()
                .starts_with("\"Lo que me ayudó\" tiene 12.000 caracteres"));
            assert!(long.to_string().contains("2000 que caben"));
            // The stored token, whatever is on screen.
            let draft = CheckInDraft {
                feeling: Some(Feeling::Light),
                words: vec!["tired".into()],
                ..CheckInDraft::default()
            };
            let entry = draft.to_entry(id(), now()).unwrap();
            assert_eq!(
                entry.details,
                Some(EntryDetails::CheckIn(CheckIn {
                    feeling: Feeling::Light,
                    words: vec!["tired".into()],
                }))
            );
            assert!(entry.matches("cansancio") && entry.matches("tired"));
            assert!(entry.matches("con ligereza") && entry.matches("light"));
        });
        // Every feeling word has a label in each language, none judging or gendered.
        for word in FEELING_WORDS {
            assert_eq!(feeling_word_label(word), Some(*word));
            let spanish = language::speaking(Lang::Es, || feeling_word_label(word)).unwrap();
            assert_ne!(spanish, *word);
            assert!(
                !spanish.ends_with("ado") && !spanish.ends_with("ada"),
                "{spanish}"
            );
        }
        let labels = Feeling::ALL
            .iter()
            .map(|f| f.label())
            .chain(Safety::ALL.iter().map(|s| s.label()));
        let spanish: Vec<&str> = language::speaking(Lang::Es, || labels.collect());
        for label in spanish {
            let lower = label.to_lowercase();
            for word in ["mal", "bien", "buen", "pobre", "fall"] {
                assert!(!lower.contains(word), "{label}");
            }
        }
    }

    #[test]
    fn a_plain_draft_of_a_form_kind_is_refused() {
        let draft = crate::domain::Draft {
            text: "hello".into(),
            ..crate::domain::Draft::of_kind(EntryKind::CheckIn)
        };
        assert_eq!(
            draft.to_entry(id(), now()),
            Err(DraftError::NeedsItsOwnForm)
        );
    }
}
