//! One goal for therapy in the person's own words, with a few small steps. Nothing here
//! counts days or scores anyone: a step is open, done or "not for now", and a goal is
//! active, paused or retired.
use serde::{Deserialize, Serialize};

use crate::domain::calendar::time::Date;
use crate::domain::language::say::goals as say;
use crate::domain::words::one_line;
use crate::domain::EntryId;

pub const MAX_GOAL_CHARS: usize = 120;
pub const MAX_STEP_CHARS: usize = 160;
pub const MAX_STEPS: usize = 12;
/// Wins and reflections linked to one goal.
pub const MAX_LINKED: usize = 500;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    #[default]
    Open,
    Done,
    NotForNow,
}

impl StepState {
    pub const ALL: [StepState; 3] = [StepState::Open, StepState::Done, StepState::NotForNow];

    pub fn label(self) -> &'static str {
        match self {
            StepState::Open => say::step_open(),
            StepState::Done => say::step_done(),
            StepState::NotForNow => say::step_not_for_now(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    #[default]
    Active,
    Paused,
    Retired,
}

impl GoalStatus {
    pub fn label(self) -> &'static str {
        match self {
            GoalStatus::Active => say::status_active(),
            GoalStatus::Paused => say::status_paused(),
            GoalStatus::Retired => say::status_retired(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub state: StepState,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// `[0-9a-z-]`, the same shape as an entry id.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    #[serde(default)]
    pub status: GoalStatus,
    /// The day the person and their therapist agreed on it, when they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed_on: Option<Date>,
    /// Small wins and reflections linked to it, oldest link first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub linked: Vec<EntryId>,
    /// Goes up by one with every change.
    pub revision: u64,
}

/// A goal's or a step's words on one line, trimmed and capped; `None` when blank.
pub fn tidy(typed: &str, max_chars: usize) -> Option<String> {
    Some(one_line(typed, max_chars)).filter(|t| !t.is_empty())
}

impl Goal {
    pub fn new(id: String, title: String) -> Self {
        Self {
            id,
            title,
            steps: Vec::new(),
            status: GoalStatus::Active,
            agreed_on: None,
            linked: Vec::new(),
            revision: 1,
        }
    }

    /// True when every part is one the app could have written.
    pub fn is_well_formed(&self) -> bool {
        let steps = &self.steps;
        let linked = &self.linked;
        EntryId::is_well_formed(&self.id)
            && tidy(&self.title, MAX_GOAL_CHARS).as_deref() == Some(self.title.as_str())
            && steps.len() <= MAX_STEPS
            && linked.len() <= MAX_LINKED
            && (0..steps.len()).all(|i| {
                EntryId::is_well_formed(&steps[i].id)
                    && tidy(&steps[i].text, MAX_STEP_CHARS).as_deref()
                        == Some(steps[i].text.as_str())
                    && steps[..i].iter().all(|s| s.id != steps[i].id)
            })
            && (0..linked.len()).all(|i| {
                EntryId::is_well_formed(linked[i].as_str()) && !linked[..i].contains(&linked[i])
            })
    }
}
