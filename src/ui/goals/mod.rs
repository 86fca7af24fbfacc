//! Goals for therapy: the page behind "Goals" (`/goals`) and the small control that links a
//! win or reflection to a goal, in the composer and on each entry.
mod goal_card;
mod goal_link;
mod goals_page;

pub use goal_link::{EntryGoals, GoalPicker};
pub use goals_page::GoalsPage;
