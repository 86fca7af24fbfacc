//! The homework form as typed (the therapist's composer and the client's edit form): it
//! becomes an `Assignment`, or says in one calm sentence what to change.
use super::assignment::{Assignment, AssignmentError, FocusKind, Rhythm, MAX_PROMPTS};
use crate::domain::calendar::time::Date;
use crate::domain::language::say::homework as say;
use crate::domain::prompts::library::BUILT_IN_PROMPTS;

/// Days after the first day that a new homework ends on by default: two weeks in all.
pub const DEFAULT_LAST_DAY: i64 = 13;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssignmentForm {
    pub title: String,
    pub message: String,
    /// Ids of prompts chosen from the built-in library.
    pub library: Vec<&'static str>,
    /// Prompts written by hand, in the order they were added; blank ones are left out.
    pub written: Vec<String>,
    pub focus: Vec<FocusKind>,
    pub rhythm: Rhythm,
    /// `YYYY-MM-DD`, as a date input gives it.
    pub start: String,
    pub end: String,
}

/// Why the form can't become homework yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    /// A first or last day is missing or not a real day.
    Dates,
    Assignment(AssignmentError),
}

impl FormError {
    pub fn message(&self) -> String {
        match self {
            FormError::Dates => say::choose_days().into(),
            FormError::Assignment(error) => error.message(),
        }
    }
}

impl AssignmentForm {
    /// An empty form for two weeks from `today`, noticing reflections a few times a week.
    pub fn new(today: Date) -> Self {
        Self {
            title: String::new(),
            message: String::new(),
            library: Vec::new(),
            written: Vec::new(),
            focus: vec![FocusKind::Reflections],
            rhythm: Rhythm::FewTimesAWeek,
            start: today.to_string(),
            end: today.add_days(DEFAULT_LAST_DAY).to_string(),
        }
    }

    /// The form for editing `assignment`: prompts from the library are ticked there.
    pub fn from_assignment(assignment: &Assignment) -> Self {
        let mut library = Vec::new();
        let mut written = Vec::new();
        for prompt in &assignment.prompts {
            match BUILT_IN_PROMPTS.iter().find(|p| p.is_text(prompt)) {
                Some(built_in) if !library.contains(&built_in.id) => library.push(built_in.id),
                _ => written.push(prompt.clone()),
            }
        }
        Self {
            title: assignment.title.clone(),
            message: assignment.message.clone(),
            library,
            written,
            focus: assignment.focus.clone(),
            rhythm: assignment.rhythm,
            start: assignment.start.to_string(),
            end: assignment.end.to_string(),
        }
    }

    /// Prompts chosen or being written, blank ones included (each takes a place).
    pub fn prompt_count(&self) -> usize {
        self.library.len() + self.written.len()
    }

    /// Whether another prompt fits.
    pub fn has_room_for_a_prompt(&self) -> bool {
        self.prompt_count() < MAX_PROMPTS
    }

    /// Ticks or unticks a library prompt. Ticking is refused when five are chosen.
    pub fn choose_library(&mut self, id: &'static str, chosen: bool) {
        if !chosen {
            self.library.retain(|i| *i != id);
        } else if !self.library.contains(&id) && self.has_room_for_a_prompt() {
            self.library.push(id);
        }
    }

    /// Turns a focus kind on or off.
    pub fn choose_focus(&mut self, focus: FocusKind, chosen: bool) {
        self.focus.retain(|f| *f != focus);
        if chosen {
            self.focus.push(focus);
            self.focus.sort();
        }
    }

    /// The assignment as it stands, tidied, with `fallback` for a day not given; for
    /// measuring the link while the form is still being filled in.
    pub fn sketch(&self, fallback: Date) -> Assignment {
        let start = Date::parse(&self.start).unwrap_or(fallback);
        let end = Date::parse(&self.end).unwrap_or(start);
        let mut prompts: Vec<String> = BUILT_IN_PROMPTS
            .iter()
            .filter(|p| self.library.contains(&p.id))
            .map(|p| p.text().to_string())
            .collect();
        prompts.extend(self.written.iter().cloned());
        let mut assignment = Assignment {
            title: self.title.clone(),
            message: self.message.clone(),
            prompts,
            focus: self.focus.clone(),
            rhythm: self.rhythm,
            start,
            end,
        };
        assignment.tidy();
        assignment
    }

    /// The homework the form describes: library prompts in library order, then the written
    /// ones; texts trimmed.
    pub fn to_assignment(&self) -> Result<Assignment, FormError> {
        let (Some(start), Some(_end)) = (Date::parse(&self.start), Date::parse(&self.end)) else {
            let assignment = self.sketch(Date::from_ymd(2000, 1, 1).expect("a real day"));
            // Problems above the dates are named first, in the form's order.
            return Err(match assignment.validate() {
                Err(e) if !is_about_dates(&e) => FormError::Assignment(e),
                _ => FormError::Dates,
            });
        };
        let assignment = self.sketch(start);
        assignment.validate().map_err(FormError::Assignment)?;
        Ok(assignment)
    }
}

fn is_about_dates(error: &AssignmentError) -> bool {
    matches!(
        error,
        AssignmentError::EndBeforeStart
            | AssignmentError::PeriodTooLong
            | AssignmentError::DatesOutOfRange
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::homework::{day, sample};

    #[test]
    fn a_new_form_lasts_two_weeks_from_today() {
        let form = AssignmentForm::new(day(2026, 11, 23));
        assert_eq!(form.start, "2026-11-23");
        assert_eq!(form.end, "2026-12-06");
        assert_eq!(
            form.to_assignment(),
            Err(FormError::Assignment(AssignmentError::TitleEmpty))
        );
    }

    #[test]
    fn library_prompts_come_first_in_library_order_then_written_ones() {
        let mut form = AssignmentForm::new(day(2026, 11, 23));
        form.title = "  Gentle weeks ".into();
        let second = BUILT_IN_PROMPTS[1].id;
        let first = BUILT_IN_PROMPTS[0].id;
        form.choose_library(second, true);
        form.choose_library(first, true);
        form.written = vec!["  My own question? ".into(), "   ".into()];
        let assignment = form.to_assignment().unwrap();
        assert_eq!(assignment.title, "Gentle weeks");
        assert_eq!(
            assignment.prompts,
            [
                BUILT_IN_PROMPTS[0].text,
                BUILT_IN_PROMPTS[1].text,
                "My own question?"
            ]
        );
        assert_eq!(assignment.end, day(2026, 12, 6));
    }

    #[test]
    fn no_more_than_five_prompts_can_be_ticked() {
        let mut form = AssignmentForm::new(day(2026, 11, 23));
        form.written = vec!["a".into(), "b".into()];
        for prompt in &BUILT_IN_PROMPTS[..5] {
            form.choose_library(prompt.id, true);
        }
        assert_eq!(form.prompt_count(), 5);
        assert!(!form.has_room_for_a_prompt());
        form.choose_library(BUILT_IN_PROMPTS[0].id, false);
        assert_eq!(form.prompt_count(), 4);
    }

    #[test]
    fn missing_dates_and_other_problems_are_named_in_form_order() {
        let mut form = AssignmentForm::new(day(2026, 11, 23));
        form.title = "Walks".into();
        form.end.clear();
        assert_eq!(form.to_assignment(), Err(FormError::Dates));
        assert_eq!(
            FormError::Dates.message(),
            "Choose a first day and a last day."
        );
        form.focus.clear();
        assert_eq!(
            form.to_assignment(),
            Err(FormError::Assignment(AssignmentError::NoFocus))
        );
        form.choose_focus(FocusKind::CheckIns, true);
        form.choose_focus(FocusKind::SmallWins, true);
        assert_eq!(form.focus, [FocusKind::SmallWins, FocusKind::CheckIns]);
        form.end = "2026-11-01".into();
        assert_eq!(
            form.to_assignment(),
            Err(FormError::Assignment(AssignmentError::EndBeforeStart))
        );
    }

    #[test]
    fn an_assignment_comes_back_unchanged_through_the_edit_form() {
        let mut assignment = sample();
        assignment
            .prompts
            .insert(0, BUILT_IN_PROMPTS[2].text.into());
        let form = AssignmentForm::from_assignment(&assignment);
        assert_eq!(form.library, [BUILT_IN_PROMPTS[2].id]);
        assert_eq!(form.written, ["What went a little better today?"]);
        assert_eq!(form.to_assignment(), Ok(assignment));
    }
}
