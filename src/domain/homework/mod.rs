//! Homework from a therapist, owned by the client: what it suggests, the client's list of
//! accepted homework, and how it is going, in words.
mod assignment;
mod form;
mod list;
mod progress;

pub use assignment::{
    Assignment, AssignmentError, FocusKind, Rhythm, FIRST_YEAR, LAST_YEAR, MAX_MESSAGE_CHARS,
    MAX_PERIOD_DAYS, MAX_PROMPTS, MAX_PROMPT_CHARS, MAX_TITLE_CHARS,
};
pub use form::{AssignmentForm, FormError, DEFAULT_LAST_DAY};
pub use list::{
    decode_homework_list, encode_homework_list, Homework, HomeworkError, HomeworkList, HOMEWORK_KEY,
};
pub use progress::{progress, progress_words, Progress};

#[cfg(test)]
pub(crate) use assignment::tests::{day, sample};
