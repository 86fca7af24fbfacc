//! Homework in a summary, under the same consent as entries: left out unless the person
//! includes it; topic only shares its title with "not ready to write about this yet"; full
//! shares its period, rhythm, prompts, how many entries were written while it ran, and the
//! person's review of it.
use crate::domain::calendar::time::Date;
use crate::domain::homework::{progress, Homework, HomeworkList};
use crate::domain::language::say::summary as say;
use crate::domain::sessions::consent::{Consent, Scope, SummaryChoices};
use crate::domain::sessions::items::HomeworkShare;
use crate::domain::sessions::summary::Summary;
use crate::domain::Journal;

/// Homework whose days overlap the summary's dates, in the order it was accepted.
pub fn homework_in_scope(list: &HomeworkList, scope: Scope) -> Vec<&Homework> {
    list.all()
        .iter()
        .filter(|h| h.assignment.start <= scope.to && h.assignment.end >= scope.from)
        .collect()
}

/// Adds the homework the person chose to share to `summary`.
pub fn with_homework(
    mut summary: Summary,
    list: &HomeworkList,
    journal: &Journal,
    choices: &SummaryChoices,
    today: Date,
) -> Summary {
    for homework in homework_in_scope(list, choices.scope) {
        let (details, review) = match choices.homework_consent(&homework.id) {
            Consent::LeaveOut => continue,
            Consent::TopicOnly => (None, Vec::new()),
            Consent::Full => (
                Some(full_details(homework, journal, today)),
                homework.review.lines(),
            ),
        };
        summary.homework.push(HomeworkShare {
            title: homework.assignment.title.clone(),
            details,
            review,
        });
    }
    summary
}

fn full_details(homework: &Homework, journal: &Journal, today: Date) -> Vec<String> {
    let a = &homework.assignment;
    let written = journal
        .newest_first()
        .into_iter()
        .map(|e| (e.kind.slug(), e.created_at.local_date()));
    let counted = progress(homework, written, today).in_period;
    let mut lines = vec![
        say::date_range(a.start.long(), a.end.long()),
        say::suggested_rhythm(a.rhythm.label()),
    ];
    lines.extend(a.prompts.iter().map(say::prompt_line));
    lines.push(match counted {
        0 => say::no_entries_for_it().to_string(),
        n => say::entries_written_for_it(n as usize),
    });
    lines
}
