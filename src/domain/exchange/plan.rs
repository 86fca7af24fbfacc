//! What an import will add, worked out before anything is written: each entry in Between's
//! form, what is already here (by source id), what was left out, and what had to be fitted
//! to Between's limits (long texts in numbered parts, extra tags moved into the text).
use std::collections::{BTreeMap, HashSet};

use super::imported::{Imported, LeftOut, Mood, Parsed, SourceApp};
use crate::domain::calendar::time::{Date, Timestamp};
use crate::domain::journal::details::{CheckIn, EntryDetails, Feeling};
use crate::domain::journal::entry::{
    Entry, EntryId, EntryKind, MAX_TAGS, MAX_TAG_CHARS, MAX_TEXT_CHARS,
};
use crate::domain::journal::source::EntrySource;

/// What the person chose in the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportChoices {
    /// Day One entries become this kind (a small win, a concern or a reflection).
    pub kind: EntryKind,
    /// Daylio CSV: each mood name, in the person's words, to one of Between's five steps.
    pub moods: BTreeMap<String, Feeling>,
}

impl Default for ImportChoices {
    fn default() -> Self {
        Self {
            kind: EntryKind::Reflection,
            moods: BTreeMap::new(),
        }
    }
}

/// Daylio's mood groups, 1 (great) to 5 (awful), on Between's scale from light to very heavy.
pub fn feeling_of_group(group: u8) -> Feeling {
    match group {
        1 => Feeling::Light,
        2 => Feeling::FairlyLight,
        3 => Feeling::InBetween,
        4 => Feeling::Heavy,
        _ => Feeling::VeryHeavy,
    }
}

/// A first guess for a Daylio CSV mood name (its default five names); the person can change it.
pub fn guess_feeling(name: &str) -> Feeling {
    match name.trim().to_lowercase().as_str() {
        "rad" | "great" | "genial" => Feeling::Light,
        "good" | "bien" => Feeling::FairlyLight,
        "meh" | "regular" => Feeling::InBetween,
        "bad" | "mal" => Feeling::Heavy,
        "awful" | "fatal" | "horrible" => Feeling::VeryHeavy,
        _ => Feeling::InBetween,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub app: SourceApp,
    pub import_id: String,
    /// Entries to add, oldest first.
    pub new: Vec<Entry>,
    /// Entries of the file already in this journal (imported before): not added again.
    pub already_here: usize,
    pub left_out: Vec<LeftOut>,
    pub attachments: usize,
    /// Entries whose text was longer than the composer's limit, now in numbered parts.
    pub split: usize,
    /// Entries with more tags than fit (or tags too long), the rest written into the text.
    pub tags_in_text: usize,
    /// Mood names found in a CSV, for the preview's mapping (empty otherwise).
    pub mood_names: Vec<String>,
    pub assumed_offset: Option<i32>,
}

impl ImportPlan {
    pub fn new(
        parsed: &Parsed,
        choices: &ImportChoices,
        known: &HashSet<(String, String)>,
        now: Timestamp,
    ) -> Self {
        let app = parsed.app;
        let import_id = format!("imp-{:x}", now.epoch_millis().max(0));
        let mut plan = Self {
            app,
            import_id,
            new: Vec::new(),
            already_here: 0,
            left_out: parsed.left_out.clone(),
            attachments: parsed.attachments,
            split: 0,
            tags_in_text: 0,
            mood_names: mood_names(parsed),
            assumed_offset: parsed.assumed_offset,
        };
        let mut seen = HashSet::new();
        for imported in &parsed.entries {
            let key = (app.token().to_string(), imported.source_id.clone());
            if known.contains(&key) {
                plan.already_here += 1;
                continue;
            }
            if !seen.insert(key) {
                continue;
            }
            plan.add(imported, choices);
        }
        plan.new.sort_by(|a, b| {
            a.created_at
                .cmp(&b.created_at)
                .then_with(|| a.id.cmp(&b.id))
        });
        plan
    }

    fn add(&mut self, imported: &Imported, choices: &ImportChoices) {
        let (tags, extra_tags) = fitted_tags(&imported.tags);
        let mut text = match &imported.title {
            Some(title) if !imported.text.is_empty() => format!("{title}\n\n{}", imported.text),
            Some(title) => title.clone(),
            None => imported.text.clone(),
        };
        if !extra_tags.is_empty() {
            self.tags_in_text += 1;
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push('#');
            text.push_str(&extra_tags.join(" #"));
        }
        let feeling = imported.mood.as_ref().map(|mood| match mood {
            Mood::Group(group) => feeling_of_group(*group),
            Mood::Named(name) => choices
                .moods
                .get(name)
                .copied()
                .unwrap_or_else(|| guess_feeling(name)),
        });
        let (kind, details) = match (self.app, feeling) {
            (SourceApp::Daylio, Some(feeling)) => (
                EntryKind::CheckIn,
                Some(EntryDetails::CheckIn(CheckIn {
                    feeling,
                    words: Vec::new(),
                })),
            ),
            (SourceApp::Daylio, None) => (EntryKind::Reflection, None),
            (SourceApp::DayOne, _) => (choices.kind, None),
        };
        let parts = parts(&text);
        if parts.len() > 1 {
            self.split += 1;
        }
        let count = parts.len();
        for (index, part) in parts.into_iter().enumerate() {
            let source_id = if index == 0 {
                imported.source_id.clone()
            } else {
                format!("{}#{}", imported.source_id, index + 1)
            };
            let text = if count > 1 {
                format!("({}/{count}) {part}", index + 1)
            } else {
                part
            };
            let source = EntrySource {
                app: self.app.token().into(),
                id: source_id,
                import: self.import_id.clone(),
            };
            // Parts of one entry sit a millisecond apart, so they keep their order.
            let at = Timestamp::from_browser(
                (imported.at.epoch_millis() + index as i64) as f64,
                f64::from(-imported.at.offset_minutes()),
            )
            .unwrap_or(imported.at);
            self.new.push(Entry {
                id: EntryId::new(at.epoch_millis(), id_bits(&source)),
                // Only the first part carries the check-in; the rest are its words.
                kind: if index > 0 && kind == EntryKind::CheckIn {
                    EntryKind::Reflection
                } else {
                    kind
                },
                text,
                tags: tags.clone(),
                priority: false,
                prompt: None,
                details: if index == 0 { details.clone() } else { None },
                created_at: at,
                updated_at: at,
                revision: 1,
                source: Some(Box::new(source)),
            });
        }
    }

    /// How many entries of each kind will be added, in the summary's order.
    pub fn by_kind(&self) -> Vec<(EntryKind, usize)> {
        EntryKind::ALL
            .into_iter()
            .map(|kind| (kind, self.new.iter().filter(|e| e.kind == kind).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The first and last day of what will be added.
    pub fn dates(&self) -> Option<(Date, Date)> {
        let first = self.new.first()?.created_at.local_date();
        let last = self.new.last()?.created_at.local_date();
        Some((first, last))
    }
}

/// The (app, id) of every imported entry already in the journal.
pub fn known_sources<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
) -> HashSet<(String, String)> {
    entries
        .into_iter()
        .filter_map(|e| e.source.as_ref())
        .map(|s| (s.app.clone(), s.id.clone()))
        .collect()
}

fn mood_names(parsed: &Parsed) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for entry in &parsed.entries {
        if let Some(Mood::Named(name)) = &entry.mood {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

/// Tags that fit Between's limits, and the rest (to go into the text).
fn fitted_tags(tags: &[String]) -> (Vec<String>, Vec<String>) {
    let mut kept: Vec<String> = Vec::new();
    let mut rest = Vec::new();
    for tag in tags
        .iter()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
    {
        if tag.is_empty() || kept.iter().any(|k| k.to_lowercase() == tag.to_lowercase()) {
            continue;
        }
        if kept.len() < MAX_TAGS && tag.chars().count() <= MAX_TAG_CHARS {
            kept.push(tag);
        } else {
            rest.push(tag);
        }
    }
    (kept, rest)
}

/// The text in parts of at most the composer's limit (less room for the "(1/3) " mark), cut
/// at a paragraph, line or space where one is near.
fn parts(text: &str) -> Vec<String> {
    let limit = MAX_TEXT_CHARS - 12;
    if text.chars().count() <= MAX_TEXT_CHARS {
        return vec![text.to_string()];
    }
    let mut parts = Vec::new();
    let mut rest = text;
    while rest.chars().count() > limit {
        let hard = rest
            .char_indices()
            .nth(limit)
            .map_or(rest.len(), |(at, _)| at);
        let window = &rest[..hard];
        let soft = ["\n\n", "\n", " "]
            .iter()
            .find_map(|sep| {
                window
                    .rfind(sep)
                    .filter(|&at| at > hard / 2)
                    .map(|at| at + sep.len())
            })
            .unwrap_or(hard);
        parts.push(rest[..soft].trim_end().to_string());
        rest = rest[soft..].trim_start();
    }
    if !rest.is_empty() {
        parts.push(rest.to_string());
    }
    parts
}

fn id_bits(source: &EntrySource) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in source.app.bytes().chain([0]).chain(source.id.bytes()) {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}
