//! What the person chose for their summary: its dates (scope), each entry's consent level,
//! topic titles and first name. Remembered between visits (see `records::small`).
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::time::{Date, Timestamp};
use crate::domain::journal::entry::{Entry, EntryId, EntryKind};
use crate::domain::language::say::summary as say;
use crate::domain::sessions::agenda::Agenda;
use crate::domain::sessions::session::Sessions;
pub(crate) use crate::domain::words::one_line;

/// Days covered when there is no past session to start from.
pub const DEFAULT_SCOPE_DAYS: i64 = 14;
pub const MAX_FIRST_NAME_CHARS: usize = 40;
pub const MAX_TOPIC_TITLE_CHARS: usize = 80;

/// The days a summary covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub from: Date,
    pub to: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum ScopeError {
    #[error("{}", say::scope_starts_after_end())]
    StartsAfterEnd,
}

impl Scope {
    pub fn new(from: Date, to: Date) -> Result<Self, ScopeError> {
        if from > to {
            return Err(ScopeError::StartsAfterEnd);
        }
        Ok(Self { from, to })
    }

    /// From the day after the last session (or, with none yet, the last fortnight) to today.
    pub fn since_last_session(sessions: &Sessions, today: Date) -> Self {
        let from = match sessions.last(today) {
            // `last` is always before today, so this never starts after `to`.
            Some(session) => session.date.add_days(1),
            None => today.add_days(1 - DEFAULT_SCOPE_DAYS),
        };
        Self { from, to: today }
    }

    pub fn contains(self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }
}

/// How much of one entry goes into the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// Nothing of it, anywhere. What every entry starts as.
    #[default]
    LeaveOut,
    /// Only that there is something to talk about, under a title the person chooses.
    TopicOnly,
    /// The words as written.
    Full,
}

impl Consent {
    pub const ALL: [Consent; 3] = [Consent::LeaveOut, Consent::TopicOnly, Consent::Full];

    pub fn label(self) -> &'static str {
        match self {
            Consent::LeaveOut => say::consent_leave_out(),
            Consent::TopicOnly => say::consent_topic_only(),
            Consent::Full => say::consent_full(),
        }
    }
}

/// A whole-section choice: every entry of `kind` written within `scope` by the moment it
/// was made (`made`, epoch ms) gets `consent`. Entries written later are not covered (they
/// stay left out until the person includes them), and a choice made for one entry overrides
/// it. Entries brought in from other apps are covered only by "leave all out", or when the
/// person includes them in the section's actions
/// ([`SummaryChoices::sections_with_imported`]) and they were brought in by that moment too.
/// Kept as a rule so one click over a year of entries writes one small record, not
/// thousands of ids. Stored as `"win 2 2026-01-01 2026-12-31 1796000000000"`: kind, consent
/// (0 leave out, 1 topic only, 2 full), dates and the moment.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionRule {
    pub kind: EntryKind,
    pub consent: Consent,
    pub scope: Scope,
    pub made: i64,
}

impl SectionRule {
    /// `with_imported`: the person includes imported entries in this section's actions.
    fn covers(&self, entry: &Entry, with_imported: bool) -> bool {
        entry.kind == self.kind
            && self.scope.contains(entry.created_at.local_date())
            && entry.created_at.epoch_millis() <= self.made
            && self.reaches_source(entry, with_imported)
    }

    /// Leaving out never shares anything, so it reaches every entry; including reaches an
    /// imported entry only when the person said so and it was already here when the rule
    /// was made (its date is the other app's, so the date alone says nothing about that).
    fn reaches_source(&self, entry: &Entry, with_imported: bool) -> bool {
        let Some(source) = &entry.source else {
            return true;
        };
        self.consent == Consent::LeaveOut
            || (with_imported
                && source
                    .imported_at_millis()
                    .is_some_and(|at| at <= self.made))
    }

    fn parse(line: &str) -> Option<Self> {
        let mut parts = line.split(' ');
        let kind = EntryKind::from_slug(parts.next()?)?;
        let consent = *Consent::ALL.get(parts.next()?.parse::<usize>().ok()?)?;
        let scope = Scope::new(Date::parse(parts.next()?)?, Date::parse(parts.next()?)?).ok()?;
        let made = parts.next()?.parse().ok()?;
        parts.next().is_none().then_some(Self {
            kind,
            consent,
            scope,
            made,
        })
    }
}

impl std::fmt::Display for SectionRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = Consent::ALL.iter().position(|c| *c == self.consent);
        write!(
            f,
            "{} {} {} {} {}",
            self.kind.slug(),
            level.unwrap_or(0),
            self.scope.from,
            self.scope.to,
            self.made
        )
    }
}

/// Rules are stored as one string, `;` between them, so reading them needs no more than
/// reading a string.
mod rule_lines {
    use super::SectionRule;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        rules: &[SectionRule],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let lines: Vec<String> = rules.iter().map(SectionRule::to_string).collect();
        serializer.serialize_str(&lines.join(";"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<SectionRule>, D::Error> {
        let mut rules = Vec::new();
        for line in String::deserialize(deserializer)?.split(';') {
            let rule = SectionRule::parse(line);
            rules.push(rule.ok_or_else(|| serde::de::Error::custom("not a section choice"))?);
        }
        Ok(rules)
    }
}

/// Kinds stored as one string of slugs, `"win check-in"`, read like the rules: as a string.
mod kind_slugs {
    use crate::domain::journal::entry::EntryKind;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(kinds: &[EntryKind], serializer: S) -> Result<S::Ok, S::Error> {
        let slugs: Vec<&str> = kinds.iter().map(|kind| kind.slug()).collect();
        serializer.serialize_str(&slugs.join(" "))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<EntryKind>, D::Error> {
        let mut kinds = Vec::new();
        for slug in String::deserialize(deserializer)?.split(' ') {
            let kind = EntryKind::from_slug(slug);
            kinds.push(kind.ok_or_else(|| serde::de::Error::custom("not a kind"))?);
        }
        Ok(kinds)
    }
}

/// Everything the person chose for their summary. Per-entry choices are keyed by entry id,
/// so they are kept when the dates change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryChoices {
    pub scope: Scope,
    /// Optional; printed in the heading. Tidied by [`SummaryChoices::set_first_name`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub first_name: String,
    /// Choices made for one entry. Entries absent here follow the newest section rule that
    /// covers them, or are left out.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub consent: BTreeMap<EntryId, Consent>,
    /// Whole-section choices, oldest first. Stored as `section_rules`; records written before
    /// imports were skipped call them `rules`, and are read the same way, so those rules now
    /// skip imported entries too (narrower, never wider). Builds from before that change
    /// read only `rules` and ignore `section_rules`, so there every entry a rule covers is
    /// left out: an older build never shows as shared an imported entry this one skips.
    #[serde(
        default,
        rename = "section_rules",
        alias = "rules",
        skip_serializing_if = "Vec::is_empty",
        with = "rule_lines"
    )]
    pub rules: Vec<SectionRule>,
    /// Sections whose whole-section actions also include entries brought in from other
    /// apps; every other section's actions skip them. Older builds ignore this, and with it
    /// the rules (see `rules`), so it can only ever narrow there.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "kind_slugs")]
    pub sections_with_imported: Vec<EntryKind>,
    /// Short titles typed for topic-only entries.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub topic_titles: BTreeMap<EntryId, String>,
    /// Homework by id; homework absent here is left out.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub homework: BTreeMap<String, Consent>,
    /// Goals by id; goals absent here are left out.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub goals: BTreeMap<String, Consent>,
    /// Topics put first, the person's own topics, questions, leave-with, how they've been.
    #[serde(default, skip_serializing_if = "Agenda::is_empty")]
    pub agenda: Agenda,
}

impl SummaryChoices {
    /// A fresh summary with nothing chosen.
    pub fn new(scope: Scope) -> Self {
        Self {
            scope,
            first_name: String::new(),
            consent: BTreeMap::new(),
            rules: Vec::new(),
            sections_with_imported: Vec::new(),
            topic_titles: BTreeMap::new(),
            homework: BTreeMap::new(),
            goals: BTreeMap::new(),
            agenda: Agenda::default(),
        }
    }

    pub fn homework_consent(&self, homework_id: &str) -> Consent {
        self.homework.get(homework_id).copied().unwrap_or_default()
    }

    pub fn set_homework(&mut self, homework_id: &str, consent: Consent) {
        set_by_id(&mut self.homework, homework_id, consent);
    }

    pub fn goal_consent(&self, goal_id: &str) -> Consent {
        self.goals.get(goal_id).copied().unwrap_or_default()
    }

    pub fn set_goal(&mut self, goal_id: &str, consent: Consent) {
        set_by_id(&mut self.goals, goal_id, consent);
    }

    /// What the person chose for this entry: its own choice, else the newest section rule
    /// that covers it, else left out.
    pub fn consent_of(&self, entry: &Entry) -> Consent {
        match self.consent.get(&entry.id) {
            Some(chosen) => *chosen,
            None => self.by_rule(entry),
        }
    }

    fn by_rule(&self, entry: &Entry) -> Consent {
        let with_imported = self.section_includes_imported(entry.kind);
        self.rules
            .iter()
            .rev()
            .find(|rule| rule.covers(entry, with_imported))
            .map_or(Consent::LeaveOut, |rule| rule.consent)
    }

    /// True when the section's actions also include entries brought in from other apps.
    pub fn section_includes_imported(&self, kind: EntryKind) -> bool {
        self.sections_with_imported.contains(&kind)
    }

    /// The person's explicit choice to include (or no longer include) imported entries in a
    /// section's actions. It applies to the actions already taken as well as later ones;
    /// choices made for one entry still override it.
    pub fn set_section_includes_imported(&mut self, kind: EntryKind, include: bool) {
        self.sections_with_imported.retain(|k| *k != kind);
        if include {
            self.sections_with_imported.push(kind);
        }
    }

    /// Chooses for one entry. Only a choice that differs from its section's rule is kept.
    pub fn set(&mut self, entry: &Entry, consent: Consent) {
        if consent == self.by_rule(entry) {
            self.consent.remove(&entry.id);
        } else {
            self.consent.insert(entry.id.clone(), consent);
        }
    }

    /// One action for a whole section: every in-scope entry of `kind` gets the same choice,
    /// replacing choices made for single entries. Imported entries are skipped (their own
    /// choices kept) unless the action leaves out or the person includes them. Stored as
    /// one rule (plus a choice for each concern carried over from before the dates, which
    /// the rule's dates don't reach), and rules the new one wholly covers are dropped, so
    /// the record stays small.
    pub fn include_section(
        &mut self,
        kind: EntryKind,
        consent: Consent,
        in_scope: &[&Entry],
        now: Timestamp,
    ) {
        let rule = SectionRule {
            kind,
            consent,
            scope: self.scope,
            made: now.epoch_millis(),
        };
        self.rules.retain(|old| {
            old.kind != kind || old.scope.from < rule.scope.from || old.scope.to > rule.scope.to
        });
        if consent != Consent::LeaveOut || self.rules.iter().any(|r| r.kind == kind) {
            self.rules.push(rule.clone());
        }
        let with_imported = self.section_includes_imported(kind);
        for entry in in_scope.iter().filter(|e| e.kind == kind) {
            if rule.covers(entry, with_imported) {
                self.consent.remove(&entry.id);
            } else if rule.reaches_source(entry, with_imported) {
                self.set(entry, consent);
            }
        }
    }

    /// Keeps the name on one line, trimmed, at most [`MAX_FIRST_NAME_CHARS`].
    pub fn set_first_name(&mut self, typed: &str) {
        self.first_name = one_line(typed, MAX_FIRST_NAME_CHARS);
    }

    pub fn first_name(&self) -> Option<String> {
        Some(one_line(&self.first_name, MAX_FIRST_NAME_CHARS)).filter(|n| !n.is_empty())
    }

    /// Sets (or, when blank, clears) the title of a topic-only entry.
    pub fn set_topic_title(&mut self, entry: &EntryId, typed: &str) {
        let title = one_line(typed, MAX_TOPIC_TITLE_CHARS);
        if title.is_empty() {
            self.topic_titles.remove(entry);
        } else {
            self.topic_titles.insert(entry.clone(), title);
        }
    }

    pub fn topic_title(&self, entry: &EntryId) -> Option<String> {
        let title = one_line(self.topic_titles.get(entry)?, MAX_TOPIC_TITLE_CHARS);
        Some(title).filter(|t| !t.is_empty())
    }
}

/// Only what is shared is kept: leaving out removes the id.
fn set_by_id(choices: &mut BTreeMap<String, Consent>, id: &str, consent: Consent) {
    if consent == Consent::LeaveOut {
        choices.remove(id);
    } else {
        choices.insert(id.to_string(), consent);
    }
}
