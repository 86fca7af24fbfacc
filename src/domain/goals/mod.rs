//! The person's goals for therapy, kept in one small record (`between.goals`): each in their
//! own words with small steps, paused or retired when they choose, agreed with their
//! therapist when it was, and linked to the small wins and reflections that belong to it.
mod goal;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::calendar::time::Date;
use crate::domain::journal::collection::Journal;
use crate::domain::journal::entry::{Entry, EntryKind};
use crate::domain::language::say::goals as say;
use crate::domain::EntryId;

pub use goal::{
    tidy, Goal, GoalStatus, Step, StepState, MAX_GOAL_CHARS, MAX_LINKED, MAX_STEPS, MAX_STEP_CHARS,
};

/// Goals kept at once: plenty for therapy, small enough for one record.
pub const MAX_GOALS: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum GoalError {
    #[error("{}", say::empty())]
    Empty,
    #[error("{}", say::too_many_goals(MAX_GOALS))]
    TooManyGoals,
    #[error("{}", say::too_many_steps(MAX_STEPS))]
    TooManySteps,
    #[error("{}", say::not_found())]
    NotFound,
}

/// Every goal, in the order written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Goals {
    list: Vec<Goal>,
}

/// Only small wins and reflections are linked to goals.
pub fn can_link(kind: EntryKind) -> bool {
    matches!(kind, EntryKind::Win | EntryKind::Reflection)
}

impl Goals {
    /// Goals as read from storage (checked there).
    pub fn from_list(list: Vec<Goal>) -> Self {
        Self { list }
    }

    pub fn all(&self) -> &[Goal] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Option<&Goal> {
        self.list.iter().find(|g| g.id == id)
    }

    /// Goals a new win or reflection can be linked to: not retired.
    pub fn linkable(&self) -> impl Iterator<Item = &Goal> {
        self.list.iter().filter(|g| g.status != GoalStatus::Retired)
    }

    pub fn add(&mut self, id: EntryId, typed: &str) -> Result<(), GoalError> {
        let title = tidy(typed, MAX_GOAL_CHARS).ok_or(GoalError::Empty)?;
        if self.list.len() >= MAX_GOALS {
            return Err(GoalError::TooManyGoals);
        }
        self.list.push(Goal::new(id.0, title));
        Ok(())
    }

    pub fn rename(&mut self, id: &str, typed: &str) -> Result<(), GoalError> {
        let title = tidy(typed, MAX_GOAL_CHARS).ok_or(GoalError::Empty)?;
        self.change(id, |g| g.title = title)
    }

    pub fn add_step(&mut self, id: &str, step: EntryId, typed: &str) -> Result<(), GoalError> {
        let text = tidy(typed, MAX_STEP_CHARS).ok_or(GoalError::Empty)?;
        if self.get(id).is_some_and(|g| g.steps.len() >= MAX_STEPS) {
            return Err(GoalError::TooManySteps);
        }
        self.change(id, |g| {
            g.steps.push(Step {
                id: step.0,
                text,
                state: StepState::Open,
            })
        })
    }

    pub fn set_step_state(
        &mut self,
        id: &str,
        step: &str,
        state: StepState,
    ) -> Result<(), GoalError> {
        self.change(id, |g| {
            if let Some(s) = g.steps.iter_mut().find(|s| s.id == step) {
                s.state = state;
            }
        })
    }

    pub fn remove_step(&mut self, id: &str, step: &str) -> Result<(), GoalError> {
        self.change(id, |g| g.steps.retain(|s| s.id != step))
    }

    pub fn set_status(&mut self, id: &str, status: GoalStatus) -> Result<(), GoalError> {
        self.change(id, |g| g.status = status)
    }

    /// Marks the goal as agreed with the therapist on `day`, or with `None`, not agreed.
    pub fn set_agreed(&mut self, id: &str, day: Option<Date>) -> Result<(), GoalError> {
        self.change(id, |g| g.agreed_on = day)
    }

    /// Links a small win or reflection; linking twice changes nothing.
    pub fn link(&mut self, id: &str, entry: &EntryId) -> Result<(), GoalError> {
        if self.get(id).is_some_and(|g| g.linked.contains(entry)) {
            return Ok(());
        }
        self.change(id, |g| {
            if g.linked.len() >= MAX_LINKED {
                g.linked.remove(0);
            }
            g.linked.push(entry.clone());
        })
    }

    pub fn unlink(&mut self, id: &str, entry: &EntryId) -> Result<(), GoalError> {
        self.change(id, |g| g.linked.retain(|e| e != entry))
    }

    /// The goals an entry is linked to.
    pub fn linked_to<'a>(&'a self, entry: &'a EntryId) -> impl Iterator<Item = &'a Goal> + 'a {
        self.list.iter().filter(move |g| g.linked.contains(entry))
    }

    /// The titles of the goals each entry is linked to, in the order the goals were written:
    /// one pass over the links, so an export of years of entries never searches every goal
    /// for every entry.
    pub fn titles_by_entry(&self) -> BTreeMap<&EntryId, Vec<&str>> {
        let mut titles: BTreeMap<&EntryId, Vec<&str>> = BTreeMap::new();
        for goal in &self.list {
            for entry in &goal.linked {
                titles.entry(entry).or_default().push(&goal.title);
            }
        }
        titles
    }

    /// Removes a goal and hands it back with its place, so the page can offer Undo.
    pub fn remove(&mut self, id: &str) -> Option<(usize, Goal)> {
        let at = self.list.iter().position(|g| g.id == id)?;
        Some((at, self.list.remove(at)))
    }

    /// Puts a removed goal back where it was (unless a goal with its id is here again).
    pub fn restore(&mut self, at: usize, goal: Goal) {
        if self.get(&goal.id).is_none() {
            let at = at.min(self.list.len());
            self.list.insert(at, goal);
        }
    }

    fn change(&mut self, id: &str, apply: impl FnOnce(&mut Goal)) -> Result<(), GoalError> {
        let goal = self
            .list
            .iter_mut()
            .find(|g| g.id == id)
            .ok_or(GoalError::NotFound)?;
        apply(goal);
        goal.revision += 1;
        Ok(())
    }

    /// True when the list is one the app could have written.
    pub fn is_well_formed(&self) -> bool {
        let list = &self.list;
        list.len() <= MAX_GOALS
            && (0..list.len())
                .all(|i| list[i].is_well_formed() && list[..i].iter().all(|g| g.id != list[i].id))
    }
}

/// The linked entries that still exist, newest first: a deleted entry simply drops out.
pub fn linked_entries<'a>(goal: &Goal, journal: &'a Journal) -> Vec<&'a Entry> {
    let mut found: Vec<&Entry> = goal
        .linked
        .iter()
        .filter_map(|id| journal.get(id))
        .collect();
    // Links are kept in the order made; show the newest writing first.
    found.reverse();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u32) -> EntryId {
        EntryId::new(1_700_000_000_000, n)
    }

    fn with_one() -> Goals {
        let mut goals = Goals::default();
        goals.add(id(1), "  Sleep\n better ").unwrap();
        goals
    }

    #[test]
    fn goals_and_steps_are_written_in_the_persons_words() {
        let mut goals = with_one();
        let goal = id(1).0;
        assert_eq!(goals.all()[0].title, "Sleep better");
        assert_eq!(goals.add(id(2), "   "), Err(GoalError::Empty));
        goals.add_step(&goal, id(10), "Phone off at 11").unwrap();
        goals.add_step(&goal, id(11), "Same wake time").unwrap();
        goals
            .set_step_state(&goal, &id(10).0, StepState::Done)
            .unwrap();
        goals
            .set_step_state(&goal, &id(11).0, StepState::NotForNow)
            .unwrap();
        let steps: Vec<StepState> = goals.all()[0].steps.iter().map(|s| s.state).collect();
        assert_eq!(steps, [StepState::Done, StepState::NotForNow]);
        for n in 2..MAX_STEPS as u32 {
            goals.add_step(&goal, id(20 + n), "more").unwrap();
        }
        assert_eq!(
            goals.add_step(&goal, id(99), "one more"),
            Err(GoalError::TooManySteps)
        );
        goals.rename(&goal, "Sleep a bit better").unwrap();
        goals.set_status(&goal, GoalStatus::Paused).unwrap();
        goals
            .set_agreed(&goal, Date::from_ymd(2026, 11, 24))
            .unwrap();
        assert!(goals.all()[0].revision > 10);
        assert!(goals.is_well_formed());
        assert_eq!(goals.rename(&id(7).0, "x"), Err(GoalError::NotFound));
    }

    #[test]
    fn each_entry_knows_the_titles_of_its_goals() {
        let mut goals = with_one();
        goals.add(id(2), "Feel less alone at work").unwrap();
        goals.link(&id(1).0, &id(50)).unwrap();
        goals.link(&id(2).0, &id(50)).unwrap();
        goals.link(&id(2).0, &id(51)).unwrap();
        let titles = goals.titles_by_entry();
        assert_eq!(titles[&id(50)], ["Sleep better", "Feel less alone at work"]);
        assert_eq!(titles[&id(51)], ["Feel less alone at work"]);
        assert!(!titles.contains_key(&id(52)));
    }

    #[test]
    fn removing_gives_the_goal_back_for_undo() {
        let mut goals = with_one();
        goals.add(id(2), "Feel less alone at work").unwrap();
        let (at, removed) = goals.remove(&id(1).0).unwrap();
        assert_eq!(goals.all().len(), 1);
        goals.restore(at, removed);
        assert_eq!(goals.all()[0].title, "Sleep better", "back in its place");
        let again = goals.all()[0].clone();
        goals.restore(0, again);
        assert_eq!(goals.all().len(), 2, "never twice");
    }

    #[test]
    fn links_are_kept_once_and_deleted_entries_drop_out() {
        use crate::domain::Draft;
        let mut goals = with_one();
        let goal = id(1).0;
        let write = |n: u32| {
            Draft {
                text: format!("win {n}"),
                ..Draft::of_kind(EntryKind::Win)
            }
            .to_entry(
                id(n),
                crate::domain::Timestamp::parse("2026-11-20T10:00:00Z").unwrap(),
            )
            .unwrap()
        };
        goals.link(&goal, &id(5)).unwrap();
        goals.link(&goal, &id(6)).unwrap();
        goals.link(&goal, &id(5)).unwrap();
        assert_eq!(goals.all()[0].linked, [id(5), id(6)]);
        assert_eq!(goals.linked_to(&id(6)).count(), 1);
        let journal = Journal::from_entries([write(6)]);
        let shown: Vec<&EntryId> = linked_entries(&goals.all()[0], &journal)
            .iter()
            .map(|e| &e.id)
            .collect();
        assert_eq!(shown, [&id(6)], "entry 5 was deleted");
        goals.unlink(&goal, &id(6)).unwrap();
        assert_eq!(goals.all()[0].linked, [id(5)]);
        assert!(can_link(EntryKind::Reflection) && !can_link(EntryKind::Concern));
    }
}
