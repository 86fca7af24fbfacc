//! One journal entry: its id, words, tags, kind and (for check-ins and feedback) details.
use serde::{Deserialize, Serialize};

use crate::domain::calendar::time::Timestamp;
use crate::domain::journal::details::EntryDetails;
pub use crate::domain::journal::kind::EntryKind;
use crate::domain::journal::search::fold;
use crate::domain::journal::source::EntrySource;
use crate::domain::language::{self, say::journal as say};

/// Longest entry text we accept, in characters. Stated in the composer so it is never a surprise.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most tags one entry can carry.
pub const MAX_TAGS: usize = 12;
/// Longest single tag, in characters.
pub const MAX_TAG_CHARS: usize = 40;

/// A unique, opaque id. Made at the edge from the clock and a random number.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(pub String);

impl EntryId {
    /// Ids only use `[0-9a-z-]`, so they are safe in storage keys and element ids.
    pub fn new(epoch_millis: i64, random: u32) -> Self {
        Self(format!("{:x}-{:08x}", epoch_millis.max(0), random))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the id has the shape `new` makes; anything else in storage is damaged.
    pub fn is_well_formed(text: &str) -> bool {
        !text.is_empty()
            && text.len() <= 64
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-')
    }
}

impl std::fmt::Display for EntryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One thing the person wrote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    pub kind: EntryKind,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Concerns only: the person wants this raised first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub priority: bool,
    /// Reflections only: the prompt that was answered, kept with the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// Check-ins and feedback only: their answers. `None` for every other kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<EntryDetails>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Goes up by one on every change, so an older copy never overwrites a newer one.
    pub revision: u64,
    /// Brought in from another app: which, its id there, and the import (see `source.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Box<EntrySource>>,
}

impl Entry {
    /// True when the entry's text, prompt, tags, feedback answers or feeling words contain
    /// `needle_folded` (already folded by `search::fold`).
    pub fn matches(&self, needle_folded: &str) -> bool {
        if needle_folded.is_empty() {
            return true;
        }
        contains_folded(&self.text, needle_folded)
            || self.details.as_ref().is_some_and(|d| {
                d.searchable()
                    .into_iter()
                    .any(|t| contains_folded(t, needle_folded))
            })
            || self
                .prompt
                .as_deref()
                .is_some_and(|p| contains_folded(p, needle_folded))
            || self.tags.iter().any(|t| contains_folded(t, needle_folded))
    }
}

impl Entry {
    /// True when the details fit the kind: check-ins and feedback carry their own kind of
    /// details, every other kind carries none. Anything else in storage is damaged.
    pub fn details_fit_kind(&self) -> bool {
        match &self.details {
            None => !self.kind.has_details(),
            Some(details) => details.kind() == self.kind,
        }
    }
}

fn contains_folded(haystack: &str, needle_folded: &str) -> bool {
    fold(haystack).contains(needle_folded)
}

/// "1 entry", "3 entries"
pub fn count_entries(n: usize) -> String {
    if language::is_one(n) {
        say::one_entry().into()
    } else {
        say::entries(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_safe_for_storage_keys() {
        let id = EntryId::new(1_795_303_800_000, 0xdead_beef);
        assert_eq!(id.as_str(), "1a20071fcc0-deadbeef");
        assert!(EntryId::is_well_formed(id.as_str()));
        assert!(!EntryId::is_well_formed("<img>"));
        assert!(!EntryId::is_well_formed(""));
    }

    #[test]
    fn kinds_round_trip_through_their_slugs() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::from_slug(kind.slug()), Some(kind));
        }
        assert_eq!(EntryKind::from_slug("mood"), None);
        assert_eq!(EntryKind::from_slug("check-in"), Some(EntryKind::CheckIn));
    }

    #[test]
    fn kinds_and_counts_are_named_in_spanish_while_their_slugs_stay() {
        use crate::domain::language::{speaking, Lang};
        let labels: Vec<&str> =
            speaking(Lang::Es, || EntryKind::ALL.map(EntryKind::label).to_vec());
        assert_eq!(
            labels,
            [
                "Pequeño logro",
                "Inquietud para comentar",
                "Reflexión",
                "Registro de cómo me siento",
                "Opinión sobre la terapia"
            ]
        );
        assert_eq!(
            speaking(Lang::Es, || EntryKind::Win.plural()),
            "Pequeños logros"
        );
        assert_eq!(
            speaking(Lang::Es, || EntryKind::Reflection.placeholder()),
            "Tómate tu tiempo. No hay una respuesta correcta…"
        );
        assert_eq!(speaking(Lang::Es, || count_entries(1)), "1 entrada");
        assert_eq!(speaking(Lang::Es, || count_entries(3)), "3 entradas");
        assert_eq!(count_entries(1), "1 entry");
        assert_eq!(count_entries(5000), "5000 entries");
        // What is stored is the same in every language.
        for kind in EntryKind::ALL {
            let en = serde_json::to_string(&kind).unwrap();
            assert_eq!(
                speaking(Lang::Es, || serde_json::to_string(&kind).unwrap()),
                en
            );
            assert_eq!(speaking(Lang::Es, || kind.slug()), kind.slug());
        }
    }

    #[test]
    fn summary_order_puts_concerns_first_and_names_every_kind() {
        assert_eq!(EntryKind::Concern.summary_rank(), 0);
        assert_eq!(EntryKind::Win.summary_rank(), 1);
        let mut ranks: Vec<usize> = EntryKind::ALL.iter().map(|k| k.summary_rank()).collect();
        ranks.sort_unstable();
        assert_eq!(ranks, [0, 1, 2, 3, 4]);
        assert!(EntryKind::TEXT_KINDS.iter().all(|k| !k.has_details()));
    }
}
