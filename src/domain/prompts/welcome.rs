//! A warm welcome for someone coming back after a while away.
//!
//! Life happens between sessions. Coming back is what matters, so nothing here counts the
//! days away, keeps a streak or hints that something was missed.
use crate::domain::calendar::time::Date;
use crate::domain::journal::collection::Journal;
use crate::domain::journal::entry::{Entry, EntryKind};
use crate::domain::language::say::prompts as say;

/// Days without an entry after which the journal greets the person again.
pub const WELCOME_BACK_AFTER_DAYS: i64 = 7;

/// Shown above `recent_wins`, when there are some, in the language in use (a function, so
/// `{RECENT_WINS_HEADING}` in a view and `RECENT_WINS_HEADING()` both say it).
pub const RECENT_WINS_HEADING: fn() -> &'static str = say::recent_wins_heading;

/// Some time has passed since the last entry. Deliberately carries no number of days, so
/// no screen can turn it into "you missed N days".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The day of the last entry, for "Your last entry was on Monday 2 November" if ever wanted.
    pub last_entry: Date,
}

impl Gap {
    /// The heading of the greeting. No counts, no "missed", no streaks.
    pub fn heading(&self) -> &'static str {
        say::welcome_back_heading()
    }

    /// The line under the heading.
    pub fn line(&self) -> &'static str {
        say::welcome_back_line()
    }
}

/// `Some` when the last entry was written `WELCOME_BACK_AFTER_DAYS` or more days before
/// `today`. `None` for a first visit (nothing written yet: that gets its own welcome) and for
/// an entry dated after today (a clock change).
pub fn returning_after_gap(last_entry: Option<Date>, today: Date) -> Option<Gap> {
    let last_entry = last_entry?;
    (last_entry.days_until(today) >= WELCOME_BACK_AFTER_DAYS).then_some(Gap { last_entry })
}

/// The day the newest entry was written, in the place it was written.
pub fn last_entry_date(journal: &Journal) -> Option<Date> {
    journal
        .newest_first()
        .first()
        .map(|e| e.created_at.local_date())
}

/// The person's most recent small wins, newest first, at most `limit`.
pub fn recent_wins(journal: &Journal, limit: usize) -> Vec<Entry> {
    journal
        .newest_first()
        .into_iter()
        .filter(|e| e.kind == EntryKind::Win)
        .take(limit)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::language::{self, Lang};
    use crate::domain::{Draft, EntryId, Timestamp};

    fn today() -> Date {
        Date::from_ymd(2026, 11, 21).unwrap()
    }

    fn entry(n: u32, kind: EntryKind, when: &str) -> Entry {
        Draft {
            text: format!("entry {n}"),
            ..Draft::of_kind(kind)
        }
        .to_entry(EntryId::new(1, n), Timestamp::parse(when).unwrap())
        .unwrap()
    }

    #[test]
    fn a_gap_starts_at_seven_days() {
        assert_eq!(returning_after_gap(None, today()), None);
        assert_eq!(returning_after_gap(Some(today()), today()), None);
        assert_eq!(
            returning_after_gap(Some(today().add_days(-6)), today()),
            None
        );
        let week_ago = today().add_days(-7);
        assert_eq!(
            returning_after_gap(Some(week_ago), today()),
            Some(Gap {
                last_entry: week_ago
            })
        );
        assert!(returning_after_gap(Some(today().add_days(-400)), today()).is_some());
        assert_eq!(
            returning_after_gap(Some(today().add_days(3)), today()),
            None
        );
    }

    #[test]
    fn the_greeting_never_counts_or_blames() {
        let gap = Gap {
            last_entry: today().add_days(-30),
        };
        for text in [gap.heading(), gap.line(), RECENT_WINS_HEADING()] {
            let lower = text.to_lowercase();
            assert!(!text.contains('!'), "{text}");
            assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
            for word in ["missed", "streak", "days", "finally", "should", "behind"] {
                assert!(!lower.contains(word), "{word} in {text}");
            }
        }
        let spanish = language::speaking(Lang::Es, || {
            [gap.heading(), gap.line(), RECENT_WINS_HEADING()]
        });
        assert_eq!(spanish[0], "Hola de nuevo. Qué alegría verte.");
        for text in spanish {
            let lower = text.to_lowercase();
            assert!(!text.contains(['!', '¡']), "{text}");
            assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
            for word in [
                "perd",
                "racha",
                "días",
                "por fin",
                "deberías",
                "atrás",
                "bienvenid",
            ] {
                assert!(!lower.contains(word), "{word} in {text}");
            }
        }
    }

    #[test]
    fn recent_wins_are_the_newest_wins_only() {
        let journal = Journal::from_entries([
            entry(1, EntryKind::Win, "2026-11-01T09:00:00+01:00"),
            entry(2, EntryKind::Concern, "2026-11-02T09:00:00+01:00"),
            entry(3, EntryKind::Win, "2026-11-03T09:00:00+01:00"),
            entry(4, EntryKind::Win, "2026-11-04T09:00:00+01:00"),
            entry(5, EntryKind::Reflection, "2026-11-05T09:00:00+01:00"),
        ]);
        let wins: Vec<String> = recent_wins(&journal, 2)
            .into_iter()
            .map(|e| e.text)
            .collect();
        assert_eq!(wins, ["entry 4", "entry 3"]);
        assert_eq!(last_entry_date(&journal), Date::from_ymd(2026, 11, 5));
        assert_eq!(last_entry_date(&Journal::default()), None);
        assert!(recent_wins(&Journal::default(), 3).is_empty());
    }
}
