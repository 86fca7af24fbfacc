//! The client's accepted homework, kept in one small record: `between.homework`.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::assignment::{Assignment, AssignmentError};
use super::link::Received;
use super::review::{HomeworkReview, ReviewPart};
use crate::domain::calendar::time::Date;
use crate::domain::language::say::homework as say;

const MAX_ID_CHARS: usize = 64;

/// Homework the client accepted. It is theirs: they can edit, pause or remove it at any time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Homework {
    /// `[0-9a-z-]`, made at the edge from the clock and a random number.
    pub id: String,
    pub assignment: Assignment,
    pub accepted_on: Date,
    pub paused: bool,
    /// The person's own review for the session; absent in older records.
    #[serde(default, skip_serializing_if = "HomeworkReview::is_empty")]
    pub review: HomeworkReview,
    /// The code of the language the therapist wrote it in, from the link (`es`); absent for
    /// homework from older links. A code only, so the record stays language-free.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Goes up by one with every change, so another tab's older copy can be told apart.
    pub revision: u64,
}

impl Homework {
    /// Not paused, and `today` is within its days.
    pub fn is_active(&self, today: Date) -> bool {
        !self.paused && self.assignment.start <= today && today <= self.assignment.end
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum HomeworkError {
    #[error("{0}")]
    Invalid(#[from] AssignmentError),
    #[error("{}", say::malformed_id())]
    BadId,
    #[error("{}", say::id_in_use())]
    DuplicateId,
    #[error("{}", say::no_such_homework())]
    NotFound,
}

/// All accepted homework, in the order it was accepted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeworkList {
    homework: Vec<Homework>,
}

impl HomeworkList {
    pub fn all(&self) -> &[Homework] {
        &self.homework
    }

    pub fn get(&self, id: &str) -> Option<&Homework> {
        self.homework.iter().find(|h| h.id == id)
    }

    /// Homework that already holds exactly this assignment, so opening the same link twice
    /// can say so instead of adding it again.
    pub fn find_same(&self, assignment: &Assignment) -> Option<&Homework> {
        self.homework.iter().find(|h| &h.assignment == assignment)
    }

    /// Homework to show as current today, in the order it was accepted.
    pub fn active(&self, today: Date) -> Vec<&Homework> {
        self.homework
            .iter()
            .filter(|h| h.is_active(today))
            .collect()
    }

    /// Adds homework the client chose to accept.
    pub fn accept(
        &mut self,
        id: String,
        assignment: Assignment,
        today: Date,
    ) -> Result<(), HomeworkError> {
        if !Homework::is_well_formed_id(&id) {
            return Err(HomeworkError::BadId);
        }
        if self.get(&id).is_some() {
            return Err(HomeworkError::DuplicateId);
        }
        assignment.validate()?;
        self.homework.push(Homework {
            id,
            assignment,
            accepted_on: today,
            paused: false,
            review: HomeworkReview::default(),
            language: None,
            revision: 0,
        });
        Ok(())
    }

    /// `accept` for homework opened from a link, keeping the language it was written in.
    pub fn accept_received(
        &mut self,
        id: String,
        received: Received,
        today: Date,
    ) -> Result<(), HomeworkError> {
        let Received {
            assignment,
            language,
        } = received;
        self.accept(id.clone(), assignment, today)?;
        if let Some(homework) = self.homework.iter_mut().find(|h| h.id == id) {
            homework.language = language;
        }
        Ok(())
    }

    /// Replaces the assignment with the client's own version of it.
    pub fn edit(&mut self, id: &str, assignment: Assignment) -> Result<(), HomeworkError> {
        assignment.validate()?;
        self.change(id, |h| h.assignment = assignment)
    }

    pub fn pause(&mut self, id: &str) -> Result<(), HomeworkError> {
        self.change(id, |h| h.paused = true)
    }

    pub fn resume(&mut self, id: &str) -> Result<(), HomeworkError> {
        self.change(id, |h| h.paused = false)
    }

    /// Answers one of the review's questions in the person's words.
    pub fn set_review(
        &mut self,
        id: &str,
        part: ReviewPart,
        typed: &str,
    ) -> Result<(), HomeworkError> {
        self.change(id, |h| h.review.set(part, typed))
    }

    /// Removes homework and hands it back, so the UI can offer undo.
    pub fn remove(&mut self, id: &str) -> Option<Homework> {
        let at = self.homework.iter().position(|h| h.id == id)?;
        Some(self.homework.remove(at))
    }

    /// Puts removed homework back where it was, for undo.
    pub fn restore(&mut self, homework: Homework, at: usize) {
        if self.get(&homework.id).is_none() {
            let at = at.min(self.homework.len());
            self.homework.insert(at, homework);
        }
    }

    fn change(&mut self, id: &str, apply: impl FnOnce(&mut Homework)) -> Result<(), HomeworkError> {
        let homework = self
            .homework
            .iter_mut()
            .find(|h| h.id == id)
            .ok_or(HomeworkError::NotFound)?;
        apply(homework);
        homework.revision += 1;
        Ok(())
    }
}

impl Homework {
    /// `[0-9a-z-]`, 1 to 64 characters.
    pub fn is_well_formed_id(id: &str) -> bool {
        !id.is_empty()
            && id.len() <= MAX_ID_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // The record codecs live with the stored format; these tests check them on this part's data.
    use crate::domain::homework::{day, sample};
    #[allow(unused_imports)]
    use crate::domain::records::{error::StorageError, format::FORMAT_VERSION, small::*};

    fn list_with_one() -> HomeworkList {
        let mut list = HomeworkList::default();
        list.accept("hw-1".into(), sample(), day(2026, 11, 21))
            .unwrap();
        list
    }

    #[test]
    fn accepting_checks_the_id_and_the_assignment() {
        let mut list = list_with_one();
        let today = day(2026, 11, 21);
        assert_eq!(
            list.accept("hw-1".into(), sample(), today),
            Err(HomeworkError::DuplicateId)
        );
        assert_eq!(
            list.accept("Bad Id".into(), sample(), today),
            Err(HomeworkError::BadId)
        );
        let mut empty_title = sample();
        empty_title.title.clear();
        assert_eq!(
            list.accept("hw-2".into(), empty_title, today),
            Err(HomeworkError::Invalid(AssignmentError::TitleEmpty))
        );
        assert_eq!(list.all().len(), 1);
        assert_eq!(
            list.find_same(&sample()).map(|h| h.id.as_str()),
            Some("hw-1")
        );
    }

    #[test]
    fn the_client_can_edit_pause_resume_and_remove() {
        let mut list = list_with_one();
        let inside = day(2026, 11, 25);
        assert_eq!(list.active(inside).len(), 1);
        assert!(list.active(day(2026, 11, 22)).is_empty(), "not started yet");
        assert!(list.active(day(2026, 12, 7)).is_empty(), "ended");

        list.pause("hw-1").unwrap();
        assert!(list.active(inside).is_empty());
        list.resume("hw-1").unwrap();
        assert_eq!(list.active(inside).len(), 1);

        let mut mine = sample();
        mine.title = "My own words".into();
        mine.end = day(2026, 12, 31);
        list.edit("hw-1", mine.clone()).unwrap();
        let mut too_long = mine.clone();
        too_long.end = day(2028, 1, 1);
        assert_eq!(
            list.edit("hw-1", too_long),
            Err(HomeworkError::Invalid(AssignmentError::PeriodTooLong))
        );
        let homework = list.get("hw-1").unwrap();
        assert_eq!(homework.assignment, mine);
        assert_eq!(homework.revision, 3);
        assert_eq!(list.pause("nope"), Err(HomeworkError::NotFound));

        let removed = list.remove("hw-1").unwrap();
        assert!(list.all().is_empty());
        assert_eq!(list.remove("hw-1"), None);
        list.restore(removed.clone(), 5);
        assert_eq!(list.all(), [removed]);
    }

    #[test]
    fn the_record_round_trips() {
        let mut list = list_with_one();
        list.pause("hw-1").unwrap();
        let raw = encode_homework_list(&list);
        assert!(
            raw.starts_with(&format!(
                r#"{{"v":{FORMAT_VERSION},"homework":[{{"id":"hw-1""#
            )),
            "{raw}"
        );
        assert!(raw.contains(r#""start":"2026-11-23""#));
        assert!(raw.contains(r#""focus":["small-wins","reflections"]"#));
        assert_eq!(decode_homework_list(&raw), Ok(list));
        assert_eq!(
            decode_homework_list(r#"{"v":1,"homework":[]}"#),
            Ok(HomeworkList::default())
        );
    }

    #[test]
    fn the_language_of_a_link_is_kept_only_when_it_said_one() {
        let raw = encode_homework_list(&list_with_one());
        assert!(!raw.contains("language"), "{raw}");
        let mut list = HomeworkList::default();
        let received = Received {
            assignment: sample(),
            language: Some("es".into()),
        };
        list.accept_received("hw-2".into(), received, day(2026, 11, 21))
            .unwrap();
        assert_eq!(list.get("hw-2").unwrap().language.as_deref(), Some("es"));
        let raw = encode_homework_list(&list);
        assert!(raw.contains(r#""language":"es""#), "{raw}");
        assert_eq!(decode_homework_list(&raw), Ok(list));
    }

    #[test]
    fn newer_and_damaged_records_are_told_apart() {
        let newer = format!(r#"{{"v":{},"homework":[]}}"#, FORMAT_VERSION + 1);
        assert!(matches!(
            decode_homework_list(&newer),
            Err(StorageError::NewerVersion { found, .. }) if found == u64::from(FORMAT_VERSION) + 1
        ));
        let good = encode_homework_list(&list_with_one());
        let repeated = {
            let mut list = list_with_one();
            list.homework.push(list.homework[0].clone());
            encode_homework_list(&list)
        };
        for raw in [
            "",
            "garbage",
            "{}",
            r#"{"v":1}"#,
            r#"{"v":1,"homework":{}}"#,
            &good.replace("2026-11-23", "2026-11-31"),
            &good.replace("hw-1", "HW 1"),
            &good.replace("2026-12-06", "2026-11-01"),
            &good.replace("small-wins", "streaks"),
            &repeated,
            &good[..good.len() - 2],
        ] {
            assert!(
                matches!(
                    decode_homework_list(raw),
                    Err(StorageError::Damaged { ref key, .. }) if key == HOMEWORK_KEY
                ),
                "{raw}"
            );
        }
    }
}
