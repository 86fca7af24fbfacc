//! What the person is typing, and the rules it must meet to become an entry.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::time::Timestamp;
use crate::domain::journal::entry::{
    Entry, EntryId, EntryKind, MAX_TAGS, MAX_TAG_CHARS, MAX_TEXT_CHARS,
};
use crate::domain::language::number;
use crate::domain::language::say::journal as say;

/// The composer's contents. Saved as typed, so a reload never loses it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: EntryKind,
    #[serde(default)]
    pub text: String,
    /// Tags as typed: comma separated, parsed on save.
    #[serde(default)]
    pub tags: String,
    #[serde(default)]
    pub priority: bool,
    /// The prompt shown above a reflection.
    #[serde(default)]
    pub prompt: Option<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            kind: EntryKind::Win,
            text: String::new(),
            tags: String::new(),
            priority: false,
            prompt: None,
        }
    }
}

/// Why a draft cannot be saved yet. Each message says what to do, and nothing typed is lost.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DraftError {
    #[error("{}", say::draft_empty())]
    Empty,
    #[error("{}", say::draft_too_long(number(*length), how_far_over(*length, *limit), number(*limit)))]
    TooLong { length: usize, limit: usize },
    #[error("{}", say::tag_too_long(limit, tag))]
    TagTooLong { tag: String, limit: usize },
    #[error("{}", say::too_many_tags(limit))]
    TooManyTags { limit: usize },
    #[error("{}", say::needs_its_own_form())]
    NeedsItsOwnForm,
}

impl Draft {
    /// A fresh draft of the given kind, keeping nothing else.
    pub fn of_kind(kind: EntryKind) -> Self {
        Self {
            kind,
            ..Self::default()
        }
    }

    /// True when nothing worth keeping has been typed.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.tags.trim().is_empty()
    }

    /// Checks the draft and turns it into a new entry. Check-ins and feedback are made by
    /// their own forms, so a plain draft of those kinds is refused.
    pub fn to_entry(&self, id: EntryId, now: Timestamp) -> Result<Entry, DraftError> {
        if self.kind.has_details() {
            return Err(DraftError::NeedsItsOwnForm);
        }
        let text = validate_text(&self.text)?;
        let tags = parse_tags(&self.tags)?;
        Ok(Entry {
            id,
            kind: self.kind,
            text,
            tags,
            priority: self.kind == EntryKind::Concern && self.priority,
            prompt: match self.kind {
                EntryKind::Reflection => self.prompt.clone().filter(|p| !p.trim().is_empty()),
                _ => None,
            },
            details: None,
            created_at: now,
            updated_at: now,
            revision: 1,
            source: None,
        })
    }
}

/// "10,000": a count with thousands separated, as people read numbers.
/// How far `length` is over `limit`, in honest words: twice the limit is not "a little over".
pub fn how_far_over(length: usize, limit: usize) -> String {
    let limit = limit.max(1);
    match length.saturating_mul(100) / limit {
        0..=110 => say::over_a_little().into(),
        111..=149 => say::over().into(),
        150..=199 => say::over_well().into(),
        _ => match length / limit {
            2 => say::over_twice().into(),
            times => say::over_times(times),
        },
    }
}

pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Trims the text and checks it is neither empty nor too long.
pub fn validate_text(raw: &str) -> Result<String, DraftError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(DraftError::Empty);
    }
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        return Err(DraftError::TooLong {
            length,
            limit: MAX_TEXT_CHARS,
        });
    }
    Ok(text.to_string())
}

/// Splits "sleep, #family, Sleep" into ["sleep", "family"]: trimmed, without a leading `#`,
/// and without repeats (compared ignoring case; the first spelling wins).
pub fn parse_tags(raw: &str) -> Result<Vec<String>, DraftError> {
    let mut tags: Vec<String> = Vec::new();
    for piece in raw.split(',') {
        let tag = piece.trim().trim_start_matches('#').trim();
        if tag.is_empty() {
            continue;
        }
        if tag.chars().count() > MAX_TAG_CHARS {
            let start: String = tag.chars().take(12).collect();
            return Err(DraftError::TagTooLong {
                tag: start,
                limit: MAX_TAG_CHARS,
            });
        }
        if !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag.to_string());
        }
    }
    if tags.len() > MAX_TAGS {
        return Err(DraftError::TooManyTags { limit: MAX_TAGS });
    }
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn how_far_over_the_limit_is_said_honestly() {
        assert_eq!(how_far_over(10_001, 10_000), "a little over");
        assert_eq!(how_far_over(11_000, 10_000), "a little over");
        assert_eq!(how_far_over(12_000, 10_000), "over");
        assert_eq!(how_far_over(16_000, 10_000), "well over");
        assert_eq!(how_far_over(20_000, 10_000), "about twice");
        assert_eq!(how_far_over(35_000, 10_000), "about 3 times");
        let message = DraftError::TooLong {
            length: 20_000,
            limit: 10_000,
        }
        .to_string();
        assert!(
            message.contains("20,000 characters, about twice the 10,000"),
            "{message}"
        );
    }

    #[test]
    fn refusals_are_said_in_spanish_too() {
        use crate::domain::language::{speaking, Lang};
        let message = speaking(Lang::Es, || {
            DraftError::TooLong {
                length: 20_000,
                limit: 10_000,
            }
            .to_string()
        });
        assert_eq!(
            message,
            "Son 20.000 caracteres, alrededor del doble de los 10.000 que caben en una entrada. \
             Podrías dividir el texto en dos entradas. No se ha perdido nada de lo que escribiste."
        );
        assert_eq!(
            speaking(Lang::Es, || how_far_over(10_214, 10_000)),
            "un poco más de"
        );
        assert_eq!(
            speaking(Lang::Es, || how_far_over(35_000, 10_000)),
            "unas 3 veces"
        );
        let tag = speaking(Lang::Es, || {
            DraftError::TagTooLong {
                tag: "dormir mejor".into(),
                limit: 40,
            }
            .to_string()
        });
        assert_eq!(
            tag,
            "Cada etiqueta puede tener hasta 40 caracteres. \"dormir mejor…\" es más larga; \
             ¿podrías acortarla?"
        );
        assert!(speaking(Lang::Es, || DraftError::Empty.to_string()).contains("cuando quieras"));
        // The language goes back: English is as before.
        assert!(DraftError::Empty
            .to_string()
            .contains("whenever you're ready"));
    }

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-21T09:30:00+01:00").unwrap()
    }

    fn draft(kind: EntryKind, text: &str) -> Draft {
        Draft {
            text: text.into(),
            ..Draft::of_kind(kind)
        }
    }

    #[test]
    fn text_is_trimmed() {
        let entry = draft(EntryKind::Win, "  I went for a walk \n")
            .to_entry(EntryId::new(1, 1), now())
            .unwrap();
        assert_eq!(entry.text, "I went for a walk");
        assert_eq!(entry.revision, 1);
    }

    #[test]
    fn empty_or_blank_text_is_refused_kindly() {
        for text in ["", "   ", "\n\t "] {
            let err = draft(EntryKind::Win, text)
                .to_entry(EntryId::new(1, 1), now())
                .unwrap_err();
            assert_eq!(err, DraftError::Empty);
            assert!(err.to_string().contains("whenever you're ready"));
        }
    }

    #[test]
    fn text_at_the_limit_is_accepted_and_one_more_is_refused() {
        let at_limit = "é".repeat(MAX_TEXT_CHARS);
        assert!(validate_text(&at_limit).is_ok());
        let over = "é".repeat(MAX_TEXT_CHARS + 1);
        let err = validate_text(&over).unwrap_err();
        assert_eq!(
            err,
            DraftError::TooLong {
                length: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS
            }
        );
        assert!(err.to_string().contains("Nothing you typed has been lost"));
    }

    #[test]
    fn counts_are_grouped_in_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }

    #[test]
    fn tags_are_trimmed_deduplicated_and_lose_their_hash() {
        assert_eq!(
            parse_tags(" sleep, #family,, Sleep ,work ").unwrap(),
            vec!["sleep", "family", "work"]
        );
        assert_eq!(parse_tags("  ").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn overlong_or_too_many_tags_are_refused() {
        let long = "x".repeat(MAX_TAG_CHARS + 1);
        assert!(matches!(
            parse_tags(&long),
            Err(DraftError::TagTooLong { .. })
        ));
        let many: Vec<String> = (0..=MAX_TAGS).map(|i| format!("t{i}")).collect();
        assert_eq!(
            parse_tags(&many.join(",")),
            Err(DraftError::TooManyTags { limit: MAX_TAGS })
        );
    }

    #[test]
    fn priority_only_sticks_to_concerns_and_prompts_only_to_reflections() {
        let mut win = draft(EntryKind::Win, "walked");
        win.priority = true;
        win.prompt = Some("What would you tell a friend?".into());
        let entry = win.to_entry(EntryId::new(1, 1), now()).unwrap();
        assert!(!entry.priority);
        assert_eq!(entry.prompt, None);

        let mut concern = draft(EntryKind::Concern, "felt rushed");
        concern.priority = true;
        assert!(
            concern
                .to_entry(EntryId::new(1, 2), now())
                .unwrap()
                .priority
        );

        let mut reflection = draft(EntryKind::Reflection, "be gentle");
        reflection.prompt = Some("What would you tell a friend?".into());
        let entry = reflection.to_entry(EntryId::new(1, 3), now()).unwrap();
        assert_eq!(
            entry.prompt.as_deref(),
            Some("What would you tell a friend?")
        );
    }
}
