//! What a therapist suggests for the weeks between sessions: a title, a few prompts, what to
//! notice and a gentle rhythm. It arrives in a link and belongs to the client from then on.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::time::Date;
use crate::domain::language::say::homework as say;

pub const MAX_TITLE_CHARS: usize = 80;
pub const MAX_MESSAGE_CHARS: usize = 400;
pub const MAX_PROMPTS: usize = 5;
pub const MAX_PROMPT_CHARS: usize = 200;
/// Longest period from start to end, in days: about a year.
pub const MAX_PERIOD_DAYS: i64 = 366;
/// Dates outside these years are refused, so date arithmetic on a link's dates stays small.
pub const FIRST_YEAR: i64 = 2000;
pub const LAST_YEAR: i64 = 2199;

/// The kinds of entry a homework invites the client to notice. Kept apart from `EntryKind`
/// so the link format does not change whenever the journal gains a kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FocusKind {
    SmallWins,
    Concerns,
    Reflections,
    CheckIns,
}

impl FocusKind {
    /// In this order everywhere, and bit `i` of the link's focus byte is `ALL[i]`.
    pub const ALL: [FocusKind; 4] = [
        FocusKind::SmallWins,
        FocusKind::Concerns,
        FocusKind::Reflections,
        FocusKind::CheckIns,
    ];

    /// Plain plural name, as on the journal's filters.
    pub fn label(self) -> &'static str {
        match self {
            FocusKind::SmallWins => say::focus_small_wins(),
            FocusKind::Concerns => say::focus_concerns(),
            FocusKind::Reflections => say::focus_reflections(),
            FocusKind::CheckIns => say::focus_check_ins(),
        }
    }

    /// The entry kind slugs (`EntryKind::slug`) this focus counts.
    pub fn entry_slugs(self) -> &'static [&'static str] {
        match self {
            FocusKind::SmallWins => &["win"],
            FocusKind::Concerns => &["concern"],
            FocusKind::Reflections => &["reflection"],
            FocusKind::CheckIns => &["check-in"],
        }
    }

    /// The focus that counts entries of this kind slug, if any.
    pub fn for_entry_slug(slug: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|focus| focus.entry_slugs().contains(&slug))
    }
}

/// How often the therapist suggests writing. Always a suggestion, never a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rhythm {
    Daily,
    FewTimesAWeek,
    Weekly,
    WhenItHelps,
}

impl Rhythm {
    /// In this order everywhere; the link stores the index.
    pub const ALL: [Rhythm; 4] = [
        Rhythm::Daily,
        Rhythm::FewTimesAWeek,
        Rhythm::Weekly,
        Rhythm::WhenItHelps,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Rhythm::Daily => say::rhythm_daily(),
            Rhythm::FewTimesAWeek => say::rhythm_few_times_a_week(),
            Rhythm::Weekly => say::rhythm_weekly(),
            Rhythm::WhenItHelps => say::rhythm_when_it_helps(),
        }
    }
}

/// One piece of homework, as written by the therapist or as edited by the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub title: String,
    pub message: String,
    pub prompts: Vec<String>,
    /// A set: order and repeats carry no meaning (the link keeps `FocusKind::ALL` order).
    pub focus: Vec<FocusKind>,
    pub rhythm: Rhythm,
    pub start: Date,
    /// The last day, included.
    pub end: Date,
}

/// Why an assignment can't be used, in words the composer or the client can act on.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum AssignmentError {
    #[error("{}", say::title_is_empty())]
    TitleEmpty,
    #[error("{}", say::title_is_over(MAX_TITLE_CHARS))]
    TitleTooLong,
    #[error("{}", say::message_is_over(MAX_MESSAGE_CHARS))]
    MessageTooLong,
    #[error("{}", say::prompts_are_over(MAX_PROMPTS))]
    TooManyPrompts,
    /// `number` counts from 1, as shown on screen.
    #[error("{}", say::prompt_is_empty(.number))]
    PromptEmpty { number: usize },
    #[error("{}", say::prompt_is_over(.number, MAX_PROMPT_CHARS))]
    PromptTooLong { number: usize },
    #[error("{}", say::no_focus_given())]
    NoFocus,
    #[error("{}", say::end_is_before_start())]
    EndBeforeStart,
    #[error("{}", say::period_is_over(MAX_PERIOD_DAYS))]
    PeriodTooLong,
    #[error("{}", say::dates_are_outside(FIRST_YEAR, LAST_YEAR))]
    DatesOutOfRange,
}

impl AssignmentError {
    /// One calm sentence saying what to change.
    pub fn message(&self) -> String {
        match self {
            AssignmentError::TitleEmpty => say::title_empty().into(),
            AssignmentError::TitleTooLong => say::title_too_long(MAX_TITLE_CHARS),
            AssignmentError::MessageTooLong => say::message_too_long(MAX_MESSAGE_CHARS),
            AssignmentError::TooManyPrompts => say::too_many_prompts(MAX_PROMPTS),
            AssignmentError::PromptEmpty { number } => say::prompt_empty(number),
            AssignmentError::PromptTooLong { number } => {
                say::prompt_too_long(number, MAX_PROMPT_CHARS)
            }
            AssignmentError::NoFocus => say::no_focus().into(),
            AssignmentError::EndBeforeStart => say::end_before_start().into(),
            AssignmentError::PeriodTooLong => say::period_too_long().into(),
            AssignmentError::DatesOutOfRange => say::dates_out_of_range(FIRST_YEAR, LAST_YEAR),
        }
    }
}

impl Assignment {
    /// Checks every limit, first problem first (in the order the form shows the fields).
    pub fn validate(&self) -> Result<(), AssignmentError> {
        let chars = |text: &str| text.chars().count();
        if self.title.trim().is_empty() {
            return Err(AssignmentError::TitleEmpty);
        }
        if chars(&self.title) > MAX_TITLE_CHARS {
            return Err(AssignmentError::TitleTooLong);
        }
        if chars(&self.message) > MAX_MESSAGE_CHARS {
            return Err(AssignmentError::MessageTooLong);
        }
        if self.prompts.len() > MAX_PROMPTS {
            return Err(AssignmentError::TooManyPrompts);
        }
        for (i, prompt) in self.prompts.iter().enumerate() {
            if prompt.trim().is_empty() {
                return Err(AssignmentError::PromptEmpty { number: i + 1 });
            }
            if chars(prompt) > MAX_PROMPT_CHARS {
                return Err(AssignmentError::PromptTooLong { number: i + 1 });
            }
        }
        if self.focus.is_empty() {
            return Err(AssignmentError::NoFocus);
        }
        let in_range = |date: Date| (FIRST_YEAR..=LAST_YEAR).contains(&date.ymd().0);
        if !in_range(self.start) || !in_range(self.end) {
            return Err(AssignmentError::DatesOutOfRange);
        }
        let days = self.start.days_until(self.end);
        if days < 0 {
            return Err(AssignmentError::EndBeforeStart);
        }
        if days > MAX_PERIOD_DAYS {
            return Err(AssignmentError::PeriodTooLong);
        }
        Ok(())
    }

    /// Trims the texts, drops blank prompts and puts the focus in its usual order without
    /// repeats. The composer and the client's edit form call this before saving.
    pub fn tidy(&mut self) {
        self.title = self.title.trim().to_string();
        self.message = self.message.trim().to_string();
        self.prompts = self
            .prompts
            .iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        self.focus.sort();
        self.focus.dedup();
    }

    /// Whether entries of this kind slug count towards this homework.
    pub fn counts_entry_kind(&self, slug: &str) -> bool {
        FocusKind::for_entry_slug(slug).is_some_and(|focus| self.focus.contains(&focus))
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{day, sample};
    use super::*;

    #[test]
    fn a_sample_assignment_is_valid() {
        assert_eq!(sample().validate(), Ok(()));
    }

    #[test]
    fn each_limit_has_its_own_error() {
        let check = |change: &dyn Fn(&mut Assignment), expected: AssignmentError| {
            let mut a = sample();
            change(&mut a);
            assert_eq!(a.validate(), Err(expected.clone()), "{expected:?}");
            assert!(expected.message().ends_with('.'));
        };
        check(&|a| a.title = "  ".into(), AssignmentError::TitleEmpty);
        check(&|a| a.title = "é".repeat(81), AssignmentError::TitleTooLong);
        check(
            &|a| a.message = "m".repeat(401),
            AssignmentError::MessageTooLong,
        );
        check(
            &|a| a.prompts = vec!["p".into(); 6],
            AssignmentError::TooManyPrompts,
        );
        check(
            &|a| a.prompts.push("".into()),
            AssignmentError::PromptEmpty { number: 2 },
        );
        check(
            &|a| a.prompts[0] = "p".repeat(201),
            AssignmentError::PromptTooLong { number: 1 },
        );
        check(&|a| a.focus.clear(), AssignmentError::NoFocus);
        check(
            &|a| a.end = a.start.add_days(-1),
            AssignmentError::EndBeforeStart,
        );
        check(
            &|a| a.end = a.start.add_days(367),
            AssignmentError::PeriodTooLong,
        );
        check(
            &|a| a.start = day(1999, 12, 31),
            AssignmentError::DatesOutOfRange,
        );
        let mut at_limits = sample();
        at_limits.title = "t".repeat(80);
        at_limits.message = "m".repeat(400);
        at_limits.prompts = vec!["p".repeat(200); 5];
        at_limits.end = at_limits.start.add_days(366);
        assert_eq!(at_limits.validate(), Ok(()));
    }

    #[test]
    fn tidy_trims_drops_blank_prompts_and_orders_focus() {
        let mut a = sample();
        a.title = "  Walks \n".into();
        a.prompts = vec![" one ".into(), "   ".into(), "two".into()];
        a.focus = vec![
            FocusKind::CheckIns,
            FocusKind::SmallWins,
            FocusKind::CheckIns,
        ];
        a.tidy();
        assert_eq!(a.title, "Walks");
        assert_eq!(a.prompts, ["one", "two"]);
        assert_eq!(a.focus, [FocusKind::SmallWins, FocusKind::CheckIns]);
    }

    #[test]
    fn focus_kinds_map_to_entry_slugs() {
        assert_eq!(FocusKind::for_entry_slug("win"), Some(FocusKind::SmallWins));
        assert_eq!(
            FocusKind::for_entry_slug("check-in"),
            Some(FocusKind::CheckIns)
        );
        assert_eq!(FocusKind::for_entry_slug("feedback"), None);
        assert!(sample().counts_entry_kind("reflection"));
        assert!(!sample().counts_entry_kind("concern"));
    }
}

/// Test data for this part's tests (after the tests, which the catalogue check skips).
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;

    pub fn day(y: i64, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).expect("a real day")
    }

    pub fn sample() -> Assignment {
        Assignment {
            title: "Noticing small wins".into(),
            message: "Write down one thing that went a little better.".into(),
            prompts: vec!["What went a little better today?".into()],
            focus: vec![FocusKind::SmallWins, FocusKind::Reflections],
            rhythm: Rhythm::FewTimesAWeek,
            start: day(2026, 11, 23),
            end: day(2026, 12, 6),
        }
    }
}
