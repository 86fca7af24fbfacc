//! Which prompt to offer: the person's favourites, hidden prompts, their own prompts and
//! what they answered lately, all kept in one record (`between.prompts`).
//!
//! Choosing is a pure function of the day and these preferences, so the composer shows the
//! same prompt all day and a test can say exactly which one.
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::time::Date;
use crate::domain::journal::entry::EntryId;
use crate::domain::language::say::prompts as say;
use crate::domain::language::{self, number, Lang};
use crate::domain::prompts::library::{built_in, Prompt, Theme, BUILT_IN_PROMPTS};

/// Longest prompt a person can write, in characters.
pub const MAX_PROMPT_CHARS: usize = 300;
/// Most prompts of their own a person can keep.
pub const MAX_CUSTOM_PROMPTS: usize = 100;
/// How many recent uses are remembered; older ones are forgotten.
pub const RECENT_LIMIT: usize = 30;
/// A prompt used within this many days is not offered again while others are available.
pub const NO_REPEAT_DAYS: i64 = 14;
/// Every id of a person's own prompt starts with this.
pub const CUSTOM_ID_PREFIX: &str = "custom-";

/// Offered when every prompt is hidden: an open door rather than an empty box.
pub const GENTLE_FALLBACK_ID: &str = "gentle-start";

/// A prompt the person wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomPrompt {
    pub id: String,
    pub text: String,
    pub created: Date,
}

/// Everything the person chose about prompts. Ids that name no prompt (one removed from a
/// later library, say) are kept as they are and simply ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PromptPrefs {
    pub favourites: BTreeSet<String>,
    pub hidden: BTreeSet<String>,
    pub custom: Vec<CustomPrompt>,
    /// (prompt id, day it was used), oldest first, at most `RECENT_LIMIT`.
    pub recent: Vec<(String, Date)>,
}

/// Why a prompt of one's own cannot be added. Nothing typed is lost in any case.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PromptError {
    #[error("{}", say::prompt_empty())]
    Empty,
    #[error("{}", say::prompt_too_long(number(*length), number(*limit)))]
    TooLong { length: usize, limit: usize },
    #[error("{}", say::prompt_too_many(limit))]
    TooMany { limit: usize },
    #[error("{}", say::prompt_not_saved())]
    BadId,
}

/// An id for a new prompt of one's own, from the clock and a random number read at the edge.
pub fn custom_prompt_id(epoch_millis: i64, random: u32) -> String {
    format!("{CUSTOM_ID_PREFIX}{:x}-{:08x}", epoch_millis.max(0), random)
}

/// True for ids of the shape `custom_prompt_id` makes (only `[0-9a-z-]`).
pub fn is_custom_id(id: &str) -> bool {
    id.starts_with(CUSTOM_ID_PREFIX) && EntryId::is_well_formed(id)
}

impl PromptPrefs {
    pub fn is_favourite(&self, id: &str) -> bool {
        self.favourites.contains(id)
    }

    pub fn is_hidden(&self, id: &str) -> bool {
        self.hidden.contains(id)
    }

    /// Marks or unmarks a favourite; returns whether it is a favourite now.
    pub fn toggle_favourite(&mut self, id: &str) -> bool {
        if self.favourites.remove(id) {
            false
        } else {
            self.favourites.insert(id.to_string());
            true
        }
    }

    /// Stops offering a prompt. It stays in the library, where it can be brought back.
    pub fn hide(&mut self, id: &str) {
        self.hidden.insert(id.to_string());
    }

    pub fn unhide(&mut self, id: &str) {
        self.hidden.remove(id);
    }

    /// Adds a prompt of one's own; `id` comes from `custom_prompt_id`.
    pub fn add_custom(&mut self, id: &str, text: &str, today: Date) -> Result<(), PromptError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(PromptError::Empty);
        }
        let length = text.chars().count();
        if length > MAX_PROMPT_CHARS {
            return Err(PromptError::TooLong {
                length,
                limit: MAX_PROMPT_CHARS,
            });
        }
        if self.custom.len() >= MAX_CUSTOM_PROMPTS {
            return Err(PromptError::TooMany {
                limit: MAX_CUSTOM_PROMPTS,
            });
        }
        if !is_custom_id(id) || self.custom.iter().any(|c| c.id == id) {
            return Err(PromptError::BadId);
        }
        self.custom.push(CustomPrompt {
            id: id.to_string(),
            text: text.to_string(),
            created: today,
        });
        Ok(())
    }

    /// Removes a prompt of one's own, and every mention of it.
    pub fn remove_custom(&mut self, id: &str) -> Option<CustomPrompt> {
        let position = self.custom.iter().position(|c| c.id == id)?;
        self.favourites.remove(id);
        self.hidden.remove(id);
        self.recent.retain(|(used, _)| used != id);
        Some(self.custom.remove(position))
    }

    /// Remembers that a prompt was answered on `date`, forgetting the oldest beyond
    /// `RECENT_LIMIT`.
    pub fn mark_used(&mut self, id: &str, date: Date) {
        self.recent.retain(|(used, _)| used != id);
        self.recent.push((id.to_string(), date));
        let excess = self.recent.len().saturating_sub(RECENT_LIMIT);
        self.recent.drain(..excess);
    }

    /// True when `id` was used fewer than `NO_REPEAT_DAYS` days before `today` (or, after a
    /// clock change, on a later day).
    pub fn used_recently(&self, id: &str, today: Date) -> bool {
        self.recent
            .iter()
            .any(|(used, day)| used == id && day.days_until(today) < NO_REPEAT_DAYS)
    }
}

/// Where a resolved prompt comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptOrigin {
    BuiltIn(Theme),
    /// Written by the person.
    Custom,
    /// The gentle default, offered when every prompt is hidden.
    Fallback,
}

/// A prompt ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromptRef {
    pub id: String,
    pub text: String,
    pub origin: PromptOrigin,
    /// A source from `prompts::CREDITS`, when the prompt paraphrases someone's idea.
    pub credit: Option<&'static str>,
}

impl PromptRef {
    /// The theme's label, "Your own" or "A gentle start".
    pub fn label(&self) -> &'static str {
        match self.origin {
            PromptOrigin::BuiltIn(theme) => theme.label(),
            PromptOrigin::Custom => say::origin_own(),
            PromptOrigin::Fallback => say::origin_gentle_start(),
        }
    }

    /// The prompt offered when nothing else can be.
    pub fn gentle_fallback() -> Self {
        Self {
            id: GENTLE_FALLBACK_ID.into(),
            text: say::gentle_start().into(),
            origin: PromptOrigin::Fallback,
            credit: None,
        }
    }
}

/// One row of the prompt library page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromptListing {
    pub prompt: PromptRef,
    pub favourite: bool,
    pub hidden: bool,
}

/// A prompt that could be offered, before it is resolved into owned text.
#[derive(Clone, Copy)]
enum Candidate<'a> {
    BuiltIn(&'static Prompt),
    Custom(&'a CustomPrompt),
}

impl Candidate<'_> {
    fn id(&self) -> &str {
        match self {
            Candidate::BuiltIn(p) => p.id,
            Candidate::Custom(c) => &c.id,
        }
    }

    fn resolve(&self) -> PromptRef {
        match self {
            Candidate::BuiltIn(p) => PromptRef {
                id: p.id.into(),
                text: p.text().into(),
                origin: PromptOrigin::BuiltIn(p.theme),
                credit: p.credit(),
            },
            Candidate::Custom(c) => PromptRef {
                id: c.id.clone(),
                text: c.text.clone(),
                origin: PromptOrigin::Custom,
                credit: None,
            },
        }
    }
}

/// Built-in prompts in library order, then the person's own in the order they were added.
/// Own prompts with a malformed id or no text (only possible by editing storage) are kept
/// in the record but never offered.
fn every_prompt(prefs: &PromptPrefs) -> impl Iterator<Item = Candidate<'_>> {
    BUILT_IN_PROMPTS.iter().map(Candidate::BuiltIn).chain(
        prefs
            .custom
            .iter()
            .filter(|c| is_custom_id(&c.id) && !c.text.trim().is_empty())
            .map(Candidate::Custom),
    )
}

/// What may be offered today: never hidden, never `except`, and not used in the last
/// `NO_REPEAT_DAYS` days unless nothing else is left.
fn allowed<'a>(prefs: &'a PromptPrefs, today: Date, except: Option<&str>) -> Vec<Candidate<'a>> {
    let visible: Vec<Candidate<'a>> = every_prompt(prefs)
        .filter(|c| !prefs.is_hidden(c.id()) && Some(c.id()) != except)
        .collect();
    let fresh: Vec<Candidate<'a>> = visible
        .iter()
        .copied()
        .filter(|c| !prefs.used_recently(c.id(), today))
        .collect();
    if fresh.is_empty() {
        visible
    } else {
        fresh
    }
}

/// Picks one candidate for `seed`. Favourites count twice, so they come round about twice
/// as often without crowding out the rest.
fn pick(candidates: &[Candidate<'_>], prefs: &PromptPrefs, seed: u64) -> Option<PromptRef> {
    let weight = |c: &Candidate<'_>| if prefs.is_favourite(c.id()) { 2 } else { 1 };
    let total: u64 = candidates.iter().map(weight).sum();
    if total == 0 {
        return None;
    }
    let mut target = seed % total;
    for candidate in candidates {
        let w = weight(candidate);
        if target < w {
            return Some(candidate.resolve());
        }
        target -= w;
    }
    None
}

/// SplitMix64: spreads neighbouring days and nonces over the whole range, deterministically
/// on every platform.
fn mix(day: Date, salt: u64) -> u64 {
    let mut z = (day.days_since_epoch() as u64)
        .wrapping_add(salt.wrapping_mul(0xD6E8_FEB8_6659_FD93))
        .wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Today's prompt: the same all day for the same preferences, never a hidden one, never one
/// used in the last `NO_REPEAT_DAYS` days while another is available, the person's own
/// prompts included, favourites weighted twice. When everything is hidden, a gentle default.
pub fn prompt_of_the_day(today: Date, prefs: &PromptPrefs) -> PromptRef {
    pick(&allowed(prefs, today, None), prefs, mix(today, 0))
        .unwrap_or_else(PromptRef::gentle_fallback)
}

/// "Show another prompt": an allowed prompt other than `current_id`, by the same rules as
/// `prompt_of_the_day`. Pass a new `nonce` on each press (a counter will do). When nothing
/// else is allowed, the current prompt stays (or the gentle default, if it is hidden now).
pub fn shuffle(
    today: Date,
    prefs: &PromptPrefs,
    current_id: Option<&str>,
    nonce: u32,
) -> PromptRef {
    let salt = u64::from(nonce) + 1;
    pick(&allowed(prefs, today, current_id), prefs, mix(today, salt))
        .or_else(|| {
            current_id
                .and_then(|id| resolve(prefs, id))
                .filter(|p| !prefs.is_hidden(&p.id))
        })
        .unwrap_or_else(PromptRef::gentle_fallback)
}

/// The prompt with this id, built-in, the person's own or the gentle default.
pub fn resolve(prefs: &PromptPrefs, id: &str) -> Option<PromptRef> {
    if id == GENTLE_FALLBACK_ID {
        return Some(PromptRef::gentle_fallback());
    }
    if let Some(prompt) = built_in(id) {
        return Some(Candidate::BuiltIn(prompt).resolve());
    }
    every_prompt(prefs)
        .find(|c| c.id() == id)
        .map(|c| c.resolve())
}

/// True when `text` is the gentle default's wording in any language Between speaks.
fn is_gentle_fallback_text(text: &str) -> bool {
    Lang::ALL
        .iter()
        .any(|&lang| language::speaking(lang, say::gentle_start) == text)
}

/// The prompt whose text is `text` (the composer keeps a reflection's prompt as text), in
/// the language in use. A built-in prompt is found by its wording in any language, so a
/// reflection begun in English is still known after the person switches to Spanish.
pub fn find_by_text(prefs: &PromptPrefs, text: &str) -> Option<PromptRef> {
    if is_gentle_fallback_text(text) {
        return Some(PromptRef::gentle_fallback());
    }
    every_prompt(prefs)
        .find(|c| match c {
            Candidate::BuiltIn(p) => p.is_text(text),
            Candidate::Custom(c) => c.text == text,
        })
        .map(|c| c.resolve())
}

/// A self-compassion prompt for someone coming back after a while: from "a hard moment" or
/// "as a friend", never a hidden one, the same all day. The gentle default if all are hidden.
pub fn comfort_prompt(today: Date, prefs: &PromptPrefs) -> PromptRef {
    let candidates: Vec<Candidate<'_>> = BUILT_IN_PROMPTS
        .iter()
        .filter(|p| matches!(p.theme, Theme::HardMoment | Theme::AsAFriend))
        .filter(|p| !prefs.is_hidden(p.id))
        .map(Candidate::BuiltIn)
        .collect();
    pick(&candidates, prefs, mix(today, 0xC0FFEE)).unwrap_or_else(PromptRef::gentle_fallback)
}

/// Every prompt for the library page, built-in first (by theme) then the person's own,
/// hidden ones included and flagged.
pub fn all_prompts(prefs: &PromptPrefs) -> Vec<PromptListing> {
    every_prompt(prefs)
        .map(|c| PromptListing {
            favourite: prefs.is_favourite(c.id()),
            hidden: prefs.is_hidden(c.id()),
            prompt: c.resolve(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    // The record codecs live with the stored format; these tests check them on this part's data.
    #[allow(unused_imports)]
    use crate::domain::records::{error::StorageError, format::FORMAT_VERSION, small::*};

    fn day(n: i64) -> Date {
        Date::from_ymd(2026, 11, 1).unwrap().add_days(n)
    }

    fn with_custom(texts: &[&str]) -> PromptPrefs {
        let mut prefs = PromptPrefs::default();
        for (i, text) in texts.iter().enumerate() {
            prefs
                .add_custom(&custom_prompt_id(1_700_000_000_000, i as u32), text, day(0))
                .unwrap();
        }
        prefs
    }

    fn hide_all_built_in(prefs: &mut PromptPrefs) {
        for prompt in BUILT_IN_PROMPTS {
            prefs.hide(prompt.id);
        }
    }

    #[test]
    fn the_day_prompt_is_deterministic_and_changes_with_the_day() {
        let prefs = PromptPrefs::default();
        assert_eq!(
            prompt_of_the_day(day(3), &prefs),
            prompt_of_the_day(day(3), &prefs)
        );
        let week: BTreeSet<String> = (0..7)
            .map(|n| prompt_of_the_day(day(n), &prefs).id)
            .collect();
        assert!(week.len() > 3, "{week:?}");
    }

    #[test]
    fn a_prompt_used_lately_is_not_offered_again_for_fourteen_days() {
        let mut prefs = PromptPrefs::default();
        let first = prompt_of_the_day(day(0), &prefs);
        prefs.mark_used(&first.id, day(0));
        for n in 0..NO_REPEAT_DAYS {
            assert_ne!(prompt_of_the_day(day(n), &prefs).id, first.id, "day {n}");
            assert!(prefs.used_recently(&first.id, day(n)));
        }
        assert!(!prefs.used_recently(&first.id, day(NO_REPEAT_DAYS)));
    }

    #[test]
    fn when_everything_was_used_lately_a_visible_prompt_is_still_offered() {
        let mut prefs = with_custom(&["Mine"]);
        hide_all_built_in(&mut prefs);
        let id = prefs.custom[0].id.clone();
        prefs.mark_used(&id, day(0));
        assert_eq!(prompt_of_the_day(day(1), &prefs).id, id);
    }

    #[test]
    fn own_prompts_are_offered_and_labelled() {
        let mut prefs = with_custom(&["What did the dog teach me today?"]);
        hide_all_built_in(&mut prefs);
        let prompt = prompt_of_the_day(day(0), &prefs);
        assert_eq!(prompt.text, "What did the dog teach me today?");
        assert_eq!(prompt.origin, PromptOrigin::Custom);
        assert_eq!(prompt.label(), "Your own");
    }

    #[test]
    fn everything_hidden_falls_back_gently() {
        let mut prefs = with_custom(&["Mine"]);
        hide_all_built_in(&mut prefs);
        prefs.hide(&prefs.custom[0].id.clone());
        let prompt = prompt_of_the_day(day(0), &prefs);
        assert_eq!(prompt, PromptRef::gentle_fallback());
        assert_eq!(prompt.label(), "A gentle start");
        assert_eq!(shuffle(day(0), &prefs, Some(&prompt.id), 1), prompt);
        assert_eq!(shuffle(day(0), &prefs, Some("friend-1"), 1), prompt);
    }

    #[test]
    fn shuffle_gives_another_allowed_prompt() {
        let mut prefs = PromptPrefs::default();
        prefs.hide("friend-2");
        let current = prompt_of_the_day(day(0), &prefs);
        for nonce in 0..50 {
            let next = shuffle(day(0), &prefs, Some(&current.id), nonce);
            assert_ne!(next.id, current.id);
            assert_ne!(next.id, "friend-2");
        }
        // Only one prompt left: it stays.
        let mut only = with_custom(&["Just this one"]);
        hide_all_built_in(&mut only);
        let id = only.custom[0].id.clone();
        assert_eq!(shuffle(day(0), &only, Some(&id), 3).id, id);
    }

    #[test]
    fn favourites_come_round_more_often() {
        let mut prefs = PromptPrefs::default();
        for prompt in BUILT_IN_PROMPTS.iter().skip(2) {
            prefs.hide(prompt.id);
        }
        let favourite = BUILT_IN_PROMPTS[0].id;
        assert!(prefs.toggle_favourite(favourite));
        let hits = (0..600)
            .filter(|n| prompt_of_the_day(day(*n), &prefs).id == favourite)
            .count();
        assert!((330..470).contains(&hits), "{hits}");
        assert!(!prefs.toggle_favourite(favourite));
    }

    #[test]
    fn own_prompts_are_validated() {
        let mut prefs = PromptPrefs::default();
        let id = custom_prompt_id(1_700_000_000_000, 7);
        assert_eq!(id, "custom-18bcfe56800-00000007");
        assert_eq!(
            prefs.add_custom(&id, "   ", day(0)),
            Err(PromptError::Empty)
        );
        let long = "a".repeat(MAX_PROMPT_CHARS + 1);
        assert!(matches!(
            prefs.add_custom(&id, &long, day(0)),
            Err(PromptError::TooLong { .. })
        ));
        assert_eq!(
            prefs.add_custom("custom-<b>", "hi", day(0)),
            Err(PromptError::BadId)
        );
        assert_eq!(
            prefs.add_custom("friend-1", "hi", day(0)),
            Err(PromptError::BadId)
        );
        prefs
            .add_custom(&id, "  What helped today?  ", day(0))
            .unwrap();
        assert_eq!(prefs.custom[0].text, "What helped today?");
        assert_eq!(
            prefs.add_custom(&id, "again", day(0)),
            Err(PromptError::BadId)
        );

        let mut full = with_custom(&["x"; MAX_CUSTOM_PROMPTS]);
        let more = custom_prompt_id(1, 1);
        assert_eq!(
            full.add_custom(&more, "one more", day(0)),
            Err(PromptError::TooMany {
                limit: MAX_CUSTOM_PROMPTS
            })
        );
        let first = full.custom[0].id.clone();
        full.toggle_favourite(&first);
        full.mark_used(&first, day(0));
        assert!(full.remove_custom(&first).is_some());
        assert!(!full.is_favourite(&first) && full.recent.is_empty());
        assert!(full.add_custom(&more, "one more", day(0)).is_ok());
    }

    #[test]
    fn recent_use_stays_bounded_and_keeps_the_latest_day() {
        let mut prefs = PromptPrefs::default();
        for n in 0..(RECENT_LIMIT as i64 + 10) {
            prefs.mark_used(&format!("p-{n}"), day(n));
        }
        prefs.mark_used("p-39", day(50));
        assert_eq!(prefs.recent.len(), RECENT_LIMIT);
        assert_eq!(prefs.recent.last(), Some(&("p-39".to_string(), day(50))));
        assert_eq!(prefs.recent[0].0, "p-10");
    }

    #[test]
    fn the_library_lists_everything_with_its_flags() {
        let mut prefs = with_custom(&["Mine"]);
        prefs.hide("hard-4");
        prefs.toggle_favourite("friend-1");
        let all = all_prompts(&prefs);
        assert_eq!(all.len(), BUILT_IN_PROMPTS.len() + 1);
        assert!(all.iter().any(|l| l.prompt.id == "hard-4" && l.hidden));
        assert!(all.iter().any(|l| l.prompt.id == "friend-1" && l.favourite));
        assert_eq!(
            all.last().map(|l| l.prompt.origin),
            Some(PromptOrigin::Custom)
        );
        assert_eq!(
            resolve(&prefs, "hard-1").and_then(|p| p.credit),
            Some(crate::domain::prompts::library::CREDITS[0].0())
        );
        assert_eq!(resolve(&prefs, "nope"), None);
    }

    #[test]
    fn a_prompt_is_found_again_by_its_text() {
        let prefs = with_custom(&["Mine"]);
        assert_eq!(
            find_by_text(&prefs, BUILT_IN_PROMPTS[4].text).map(|p| p.id),
            Some(BUILT_IN_PROMPTS[4].id.to_string())
        );
        assert_eq!(
            find_by_text(&prefs, "Mine").map(|p| p.origin),
            Some(PromptOrigin::Custom)
        );
        assert_eq!(
            find_by_text(&prefs, say::GENTLE_START),
            Some(PromptRef::gentle_fallback())
        );
        assert_eq!(find_by_text(&prefs, "A prompt from elsewhere"), None);
    }

    #[test]
    fn a_prompt_is_found_by_its_words_in_either_language_and_shown_in_the_one_in_use() {
        let prefs = with_custom(&["Mine"]);
        let english = BUILT_IN_PROMPTS[6].text;
        let spanish = language::speaking(Lang::Es, || BUILT_IN_PROMPTS[6].text());
        assert_ne!(english, spanish);
        assert_eq!(BUILT_IN_PROMPTS[6].text(), english);
        for text in [english, spanish] {
            let found = find_by_text(&prefs, text).unwrap();
            assert_eq!(found.id, "friend-1");
            assert_eq!(found.text, english);
            let found = language::speaking(Lang::Es, || find_by_text(&prefs, text)).unwrap();
            assert_eq!(found.id, "friend-1");
            assert_eq!(found.text, spanish);
        }
        let gentle = language::speaking(Lang::Es, say::gentle_start);
        assert_eq!(
            find_by_text(&prefs, gentle),
            Some(PromptRef::gentle_fallback())
        );
        assert_eq!(
            language::speaking(Lang::Es, || prompt_of_the_day(day(2), &prefs).id),
            prompt_of_the_day(day(2), &prefs).id,
            "the day's choice does not depend on the language"
        );
    }

    #[test]
    fn labels_and_errors_are_said_in_spanish() {
        language::speaking(Lang::Es, || {
            assert_eq!(PromptRef::gentle_fallback().label(), "Un comienzo suave");
            assert_eq!(
                resolve(&PromptPrefs::default(), "hard-1").and_then(|p| p.credit),
                Some("Kristin Neff, la pausa de autocompasión")
            );
            let long = PromptError::TooLong {
                length: 12_345,
                limit: 300,
            };
            assert_eq!(
                long.to_string(),
                "Esta propuesta tiene 12.345 caracteres, y caben hasta 300. ¿Podrías acortarla? \
                 No se ha perdido nada de lo que escribiste."
            );
            assert!(PromptError::Empty.to_string().starts_with("Aquí todavía"));
        });
        assert_eq!(
            PromptError::TooLong {
                length: 12_345,
                limit: 300
            }
            .to_string(),
            "This prompt is 12,345 characters; prompts can be up to 300. Could you shorten it? \
             Nothing you typed has been lost."
        );
    }

    #[test]
    fn the_comfort_prompt_is_gentle_and_never_hidden() {
        let mut prefs = PromptPrefs::default();
        for n in 0..60 {
            let prompt = comfort_prompt(day(n), &prefs);
            assert!(matches!(
                prompt.origin,
                PromptOrigin::BuiltIn(Theme::HardMoment | Theme::AsAFriend)
            ));
        }
        for prompt in BUILT_IN_PROMPTS {
            if prompt.id != "friend-1" {
                prefs.hide(prompt.id);
            }
        }
        assert_eq!(comfort_prompt(day(3), &prefs).id, "friend-1");
        prefs.hide("friend-1");
        assert_eq!(comfort_prompt(day(3), &prefs), PromptRef::gentle_fallback());
    }

    #[test]
    fn prefs_round_trip_and_keep_unknown_ids() {
        let mut prefs = with_custom(&["Mine"]);
        prefs.toggle_favourite("retired-prompt");
        prefs.hide("hard-2");
        prefs.mark_used("friend-1", day(2));
        let raw = encode_prompt_prefs(&prefs);
        assert!(raw.starts_with(&format!("{{\"v\":{FORMAT_VERSION},\"prompts\":")));
        assert_eq!(decode_prompt_prefs(&raw), Ok(prefs.clone()));
        // An unknown favourite changes nothing about what is offered.
        let mut plain = prefs.clone();
        plain.favourites.clear();
        assert_eq!(
            prompt_of_the_day(day(5), &prefs),
            prompt_of_the_day(day(5), &plain)
        );
        assert_eq!(
            decode_prompt_prefs("{\"v\":1,\"prompts\":{}}"),
            Ok(PromptPrefs::default())
        );
    }

    #[test]
    fn damaged_and_newer_prefs_are_reported() {
        for raw in [
            "",
            "{",
            "[]",
            "{\"prompts\":{}}",
            "{\"v\":2,\"prompts\":{\"recent\":[[\"a\",\"soon\"]]}}",
        ] {
            assert!(
                matches!(decode_prompt_prefs(raw), Err(StorageError::Damaged { .. })),
                "{raw}"
            );
        }
        let newer = format!("{{\"v\":{},\"prompts\":{{}}}}", FORMAT_VERSION + 1);
        assert!(matches!(
            decode_prompt_prefs(&newer),
            Err(StorageError::NewerVersion { .. })
        ));
    }
}
