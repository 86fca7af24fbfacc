//! The person's own review of one homework, for the session: what they tried, what worked
//! and what was hard. Kept with the homework; shared only when the homework is shared in full.
use serde::{Deserialize, Serialize};

use crate::domain::language::say::homework as say;

/// Each answer is a short note.
pub const MAX_REVIEW_CHARS: usize = 1_000;

/// One of the three questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewPart {
    Tried,
    Worked,
    Hard,
}

impl ReviewPart {
    pub const ALL: [ReviewPart; 3] = [ReviewPart::Tried, ReviewPart::Worked, ReviewPart::Hard];

    pub fn label(self) -> &'static str {
        match self {
            ReviewPart::Tried => say::review_tried(),
            ReviewPart::Worked => say::review_worked(),
            ReviewPart::Hard => say::review_hard(),
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ReviewPart::Tried => "tried",
            ReviewPart::Worked => "worked",
            ReviewPart::Hard => "hard",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeworkReview {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tried: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub worked: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hard: String,
}

impl HomeworkReview {
    pub fn is_empty(&self) -> bool {
        *self == HomeworkReview::default()
    }

    pub fn get(&self, part: ReviewPart) -> &str {
        match part {
            ReviewPart::Tried => &self.tried,
            ReviewPart::Worked => &self.worked,
            ReviewPart::Hard => &self.hard,
        }
    }

    /// Keeps the answer as typed (the field shows it back while the person types), at most
    /// [`MAX_REVIEW_CHARS`]; [`HomeworkReview::lines`] trims it.
    pub fn set(&mut self, part: ReviewPart, typed: &str) {
        let text = typed;
        let text = match text.char_indices().nth(MAX_REVIEW_CHARS) {
            Some((cut, _)) => &text[..cut],
            None => text,
        };
        let slot = match part {
            ReviewPart::Tried => &mut self.tried,
            ReviewPart::Worked => &mut self.worked,
            ReviewPart::Hard => &mut self.hard,
        };
        *slot = text.to_string();
    }

    /// The answered questions, labelled, in the order asked.
    pub fn lines(&self) -> Vec<(&'static str, String)> {
        ReviewPart::ALL
            .into_iter()
            .filter_map(|part| {
                let text = self.get(part).trim();
                (!text.is_empty()).then(|| (part.label(), text.to_string()))
            })
            .collect()
    }

    pub fn is_well_formed(&self) -> bool {
        ReviewPart::ALL
            .into_iter()
            .all(|part| self.get(part).chars().count() <= MAX_REVIEW_CHARS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_kept_in_order_and_blank_ones_are_left_out() {
        let mut review = HomeworkReview::default();
        review.set(ReviewPart::Hard, "Mornings.\nEvery one.  \n");
        review.set(ReviewPart::Tried, "A walk after lunch");
        review.set(ReviewPart::Worked, "   ");
        assert_eq!(
            review.lines(),
            [
                ("What I tried", "A walk after lunch".to_string()),
                ("What was hard", "Mornings.\nEvery one.".to_string())
            ]
        );
        review.set(ReviewPart::Tried, &"é".repeat(MAX_REVIEW_CHARS + 1));
        assert_eq!(review.tried.chars().count(), MAX_REVIEW_CHARS);
        assert!(review.is_well_formed());
    }
}
