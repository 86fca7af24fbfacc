//! Homework from a therapist, owned by the client: what it suggests, the client's list of
//! accepted homework, and how it is going, in words.
mod assignment;
mod form;
pub mod link;
mod list;
mod progress;
pub mod qr;
mod review;

pub use assignment::{
    Assignment, AssignmentError, FocusKind, Rhythm, FIRST_YEAR, LAST_YEAR, MAX_MESSAGE_CHARS,
    MAX_PERIOD_DAYS, MAX_PROMPTS, MAX_PROMPT_CHARS, MAX_TITLE_CHARS,
};
pub use form::{AssignmentForm, FormError, DEFAULT_LAST_DAY};
pub use list::{Homework, HomeworkError, HomeworkList};
pub use progress::{progress, progress_words, Progress};
pub use review::{HomeworkReview, ReviewPart, MAX_REVIEW_CHARS};

#[cfg(test)]
pub(crate) use assignment::fixtures::{day, sample};
