//! Goals in a summary, under the same consent as entries: left out unless the person
//! includes them; topic only shares the title; full shares its steps and the linked wins
//! and reflections in the summary, each only as far as that entry itself is shared, so a
//! left-out win is never shown through its goal.
use crate::domain::goals::{Goal, GoalStatus, Goals, StepState};
use crate::domain::language::say::summary as say;
use crate::domain::sessions::consent::{Consent, SummaryChoices};
use crate::domain::sessions::items::{not_ready_line, GoalShare, ItemBody};
use crate::domain::sessions::summary::Summary;

/// Goals the summary offers: all but the retired ones, in the order written.
pub fn goals_offered(goals: &Goals) -> impl Iterator<Item = &Goal> {
    goals
        .all()
        .iter()
        .filter(|g| g.status != GoalStatus::Retired)
}

/// Adds the goals the person chose to share to `summary`.
pub fn with_goals(mut summary: Summary, goals: &Goals, choices: &SummaryChoices) -> Summary {
    let mut shares = Vec::new();
    for goal in goals_offered(goals) {
        let details = match choices.goal_consent(&goal.id) {
            Consent::LeaveOut => continue,
            Consent::TopicOnly => None,
            Consent::Full => Some(full_details(goal, &summary)),
        };
        shares.push(GoalShare {
            title: goal.title.clone(),
            agreed: goal.agreed_on.map(|day| say::agreed_on(day.long())),
            details,
        });
    }
    summary.goals = shares;
    summary
}

fn full_details(goal: &Goal, summary: &Summary) -> Vec<String> {
    let mut lines = Vec::new();
    if goal.status == GoalStatus::Paused {
        lines.push(say::paused_for_now().to_string());
    }
    for step in &goal.steps {
        let mark = match step.state {
            StepState::Open => say::step_open(),
            StepState::Done => say::step_done(),
            StepState::NotForNow => say::step_not_for_now(),
        };
        lines.push(format!("{mark}: {}", step.text));
    }
    // Only entries already in the summary, and only the part of each that is shared there.
    for item in summary.items().filter(|i| goal.linked.contains(&i.id)) {
        let words = match &item.body {
            ItemBody::Full { text, .. } => text.trim().to_string(),
            ItemBody::TopicOnly { title } => {
                format!("{title} ({})", not_ready_line().to_lowercase())
            }
            ItemBody::OwnTopic { .. } => continue,
        };
        lines.push(say::linked(
            item.kind.label().to_lowercase(),
            item.date.long(),
            words,
        ));
    }
    lines
}
