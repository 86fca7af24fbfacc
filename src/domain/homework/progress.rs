//! How homework is going, told as plain counts: never a score, a percentage or a streak.
use super::list::Homework;
use crate::domain::calendar::date_text::week_start;
use crate::domain::calendar::time::Date;
use crate::domain::language::{self, say::homework as say};

/// Entries of the homework's focus kinds, written within its days and not after today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Since Monday of this week.
    pub this_week: u32,
    /// Since the homework started.
    pub in_period: u32,
}

/// Counts entries given as `(entry kind slug, day written)`, e.g. `("win", date)`. Taking
/// slugs keeps this independent of the journal's entry type.
pub fn progress<'a>(
    homework: &Homework,
    entries: impl IntoIterator<Item = (&'a str, Date)>,
    today: Date,
) -> Progress {
    let assignment = &homework.assignment;
    let last = assignment.end.min(today);
    let monday = week_start(today);
    let mut counted = Progress::default();
    for (slug, date) in entries {
        if date < assignment.start || date > last || !assignment.counts_entry_kind(slug) {
            continue;
        }
        counted.in_period += 1;
        if date >= monday {
            counted.this_week += 1;
        }
    }
    counted
}

/// One kind sentence for the homework card.
pub fn progress_words(progress: &Progress, homework: &Homework, today: Date) -> String {
    let assignment = &homework.assignment;
    if today > assignment.end {
        let ended = say::ended_on(assignment.end.long());
        return match progress.in_period {
            0 => ended,
            n => say::ended_and_wrote(&ended, entries(n)),
        };
    }
    if homework.paused {
        return say::paused_progress().into();
    }
    if today < assignment.start {
        return say::starts_on(assignment.start.long());
    }
    match progress.this_week {
        0 => say::no_entries_this_week().into(),
        n => say::this_week(entries(n)),
    }
}

/// "1 entry", "5 entries": digits as they are, so counts read the same as before.
fn entries(n: u32) -> String {
    if language::is_one(n as usize) {
        say::one_entry(n)
    } else {
        say::many_entries(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::homework::{day, sample};

    fn homework() -> Homework {
        // Small wins and reflections, Monday 23 November to Sunday 6 December 2026.
        Homework {
            id: "hw-1".into(),
            assignment: sample(),
            accepted_on: day(2026, 11, 21),
            paused: false,
            review: Default::default(),
            language: None,
            revision: 0,
        }
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_start(day(2026, 11, 23)), day(2026, 11, 23));
        assert_eq!(week_start(day(2026, 11, 29)), day(2026, 11, 23));
        assert_eq!(week_start(day(2026, 11, 30)), day(2026, 11, 30));
        assert_eq!(week_start(day(1970, 1, 1)), day(1969, 12, 29));
    }

    #[test]
    fn counts_focus_kinds_within_the_period_and_this_week() {
        let hw = homework();
        let today = day(2026, 12, 1); // a Tuesday in the second week
        let entries = [
            ("win", day(2026, 11, 22)),        // before the start
            ("win", day(2026, 11, 23)),        // first day, last week
            ("reflection", day(2026, 11, 29)), // Sunday, last week
            ("concern", day(2026, 11, 30)),    // not a focus kind
            ("win", day(2026, 11, 30)),        // Monday, this week
            ("reflection", day(2026, 12, 1)),  // today
            ("win", day(2026, 12, 2)),         // after today
            ("check-in", day(2026, 12, 1)),    // not a focus kind
        ];
        let counted = progress(&hw, entries.iter().copied(), today);
        assert_eq!(
            counted,
            Progress {
                this_week: 2,
                in_period: 4
            }
        );
        assert_eq!(progress_words(&counted, &hw, today), "2 entries this week");
        let after = progress(&hw, entries.iter().copied(), day(2026, 12, 20));
        assert_eq!(after.in_period, 5, "the end day counts, later days do not");
        assert_eq!(after.this_week, 0);
    }

    #[test]
    fn the_words_are_kind_in_every_state() {
        let hw = homework();
        let one = Progress {
            this_week: 1,
            in_period: 1,
        };
        let none = Progress::default();
        let inside = day(2026, 11, 25);
        assert_eq!(progress_words(&one, &hw, inside), "1 entry this week");
        assert_eq!(
            progress_words(&none, &hw, inside),
            "No entries yet this week — whenever you're ready."
        );
        assert_eq!(
            progress_words(&none, &hw, day(2026, 11, 21)),
            "Starts on Monday 23 November 2026."
        );
        assert_eq!(
            progress_words(&none, &hw, day(2026, 12, 7)),
            "Ended on Sunday 6 December 2026."
        );
        assert_eq!(
            progress_words(&one, &hw, day(2026, 12, 7)),
            "Ended on Sunday 6 December 2026. You wrote 1 entry while it ran."
        );
        let mut paused = hw.clone();
        paused.paused = true;
        assert_eq!(
            progress_words(&one, &paused, inside),
            "Paused. You can pick it up again whenever you like."
        );
        for words in [
            progress_words(&none, &hw, inside),
            progress_words(&none, &paused, inside),
        ] {
            let lower = words.to_lowercase();
            for unkind in ["missed", "%", "streak", "behind", "!"] {
                assert!(!lower.contains(unkind), "{words}");
            }
        }
    }
}
