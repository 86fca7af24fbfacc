//! The agenda for the next session, kept with the summary choices: up to three topics put
//! first in order, topics that are not entries, questions for the therapist, what the person
//! would like to leave with, and how they have been since last time.
//!
//! A topic is named by an id: a concern's entry id, or an [`OwnTopic`]'s id (same shape).
//! Only concerns chosen for the summary are ever offered, so ranking one never shares it.
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::language::say::sessions as say;
use crate::domain::words::one_line;
use crate::domain::EntryId;

/// Topics that can be put first, in order.
pub const MAX_FIRST: usize = 3;
pub const MAX_OWN_TOPICS: usize = 12;
pub const MAX_OWN_TOPIC_CHARS: usize = 120;
/// Questions and "leave with" are short notes, not entries.
pub const MAX_NOTE_CHARS: usize = 1_000;

/// "How I've been since last time", in words, never colours or numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SinceLastTime {
    Better,
    AboutTheSame,
    Harder,
}

impl SinceLastTime {
    pub const ALL: [SinceLastTime; 3] = [
        SinceLastTime::Better,
        SinceLastTime::AboutTheSame,
        SinceLastTime::Harder,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SinceLastTime::Better => say::better(),
            SinceLastTime::AboutTheSame => say::about_the_same(),
            SinceLastTime::Harder => say::harder(),
        }
    }
}

/// A topic for the session that is not an entry, in the person's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnTopic {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum AgendaError {
    #[error("{}", say::topic_empty())]
    Empty,
    #[error("{}", say::agenda_full(MAX_OWN_TOPICS))]
    Full,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    /// Topics put first, in order; at most [`MAX_FIRST`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub first: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<OwnTopic>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub questions: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub leave_with: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_last: Option<SinceLastTime>,
}

impl Agenda {
    pub fn is_empty(&self) -> bool {
        *self == Agenda::default()
    }

    /// Puts a topic after those already first. Ids that `offered` no longer names (a concern
    /// since left out, a topic removed) give their place up first. False when it is already
    /// first or three are.
    pub fn put_first(&mut self, id: &str, offered: impl Fn(&str) -> bool) -> bool {
        self.first.retain(|f| offered(f));
        if self.first.len() >= MAX_FIRST || self.first.iter().any(|f| f == id) {
            return false;
        }
        self.first.push(id.to_string());
        true
    }

    /// Moves a topic one place up (`up`) or down among those first. False at either end.
    pub fn move_by_one(&mut self, id: &str, up: bool) -> bool {
        let Some(at) = self.first.iter().position(|f| f == id) else {
            return false;
        };
        let to = if up { at.checked_sub(1) } else { Some(at + 1) };
        match to.filter(|to| *to < self.first.len()) {
            Some(to) => {
                self.first.swap(at, to);
                true
            }
            None => false,
        }
    }

    pub fn take_from_first(&mut self, id: &str) {
        self.first.retain(|f| f != id);
    }

    /// Where a topic stands among those first: 1, 2 or 3.
    pub fn rank_of(&self, id: &str) -> Option<u8> {
        let at = self.first.iter().position(|f| f == id)?;
        u8::try_from(at + 1).ok()
    }

    /// Adds a topic of the person's own, on one line.
    pub fn add_topic(&mut self, id: EntryId, typed: &str) -> Result<(), AgendaError> {
        let text = one_line(typed, MAX_OWN_TOPIC_CHARS);
        if text.is_empty() {
            return Err(AgendaError::Empty);
        }
        if self.topics.len() >= MAX_OWN_TOPICS {
            return Err(AgendaError::Full);
        }
        self.topics.push(OwnTopic { id: id.0, text });
        Ok(())
    }

    pub fn remove_topic(&mut self, id: &str) -> Option<OwnTopic> {
        self.take_from_first(id);
        let at = self.topics.iter().position(|t| t.id == id)?;
        Some(self.topics.remove(at))
    }

    pub fn set_questions(&mut self, typed: &str) {
        self.questions = note(typed);
    }

    pub fn set_leave_with(&mut self, typed: &str) {
        self.leave_with = note(typed);
    }

    /// The questions, when there are any words in them.
    pub fn questions(&self) -> Option<String> {
        filled(&self.questions)
    }

    pub fn leave_with(&self) -> Option<String> {
        filled(&self.leave_with)
    }

    /// Topics in agenda order: those put first, in their order, then the rest as given
    /// (`topics` comes in summary order, the person's own topics after the concerns).
    pub fn arrange<T>(&self, topics: Vec<T>, id_of: impl Fn(&T) -> &str) -> Vec<(Option<u8>, T)> {
        let mut slots: Vec<Option<T>> = topics.into_iter().map(Some).collect();
        let mut arranged: Vec<(Option<u8>, T)> = Vec::with_capacity(slots.len());
        // A handful of ids against the topics: plain scans, no sort to carry in the bundle.
        for id in &self.first {
            let found = slots
                .iter()
                .position(|slot| slot.as_ref().is_some_and(|t| id_of(t) == id.as_str()));
            if let Some(topic) = found.and_then(|at| slots[at].take()) {
                // Ranks follow the order shown, so a gap left by a topic no longer offered closes.
                arranged.push((u8::try_from(arranged.len() + 1).ok(), topic));
            }
        }
        arranged.extend(slots.into_iter().flatten().map(|topic| (None, topic)));
        arranged
    }

    /// True when every part is one the app could have written.
    pub fn is_well_formed(&self) -> bool {
        let topics = &self.topics;
        let unique = (0..topics.len()).all(|i| topics[..i].iter().all(|t| t.id != topics[i].id));
        unique
            && self.first.len() <= MAX_FIRST
            && self.topics.len() <= MAX_OWN_TOPICS
            && self.first.iter().all(|id| EntryId::is_well_formed(id))
            && self.topics.iter().all(|t| {
                EntryId::is_well_formed(&t.id)
                    && !t.text.is_empty()
                    && t.text.chars().count() <= MAX_OWN_TOPIC_CHARS
            })
            && self.questions.chars().count() <= MAX_NOTE_CHARS
            && self.leave_with.chars().count() <= MAX_NOTE_CHARS
    }
}

/// A short note is kept as typed (the field shows it back while the person types, so a
/// space at the end must stay), up to [`MAX_NOTE_CHARS`]; outputs trim it.
fn note(typed: &str) -> String {
    let text = typed;
    match text.char_indices().nth(MAX_NOTE_CHARS) {
        Some((cut, _)) => text[..cut].to_string(),
        None => text.to_string(),
    }
}

fn filled(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u32) -> String {
        EntryId::new(1_700_000_000_000, n).0
    }

    #[test]
    fn three_topics_go_first_and_move_by_keyboard_sized_steps() {
        let mut agenda = Agenda::default();
        let offered = |_: &str| true;
        assert!(agenda.put_first(&id(1), offered));
        assert!(agenda.put_first(&id(2), offered));
        assert!(!agenda.put_first(&id(2), offered), "already first");
        assert!(agenda.put_first(&id(3), offered));
        assert!(!agenda.put_first(&id(4), offered), "three at most");
        assert!(agenda.move_by_one(&id(3), true));
        assert_eq!(agenda.first, [id(1), id(3), id(2)]);
        assert!(!agenda.move_by_one(&id(1), true), "already at the top");
        assert!(!agenda.move_by_one(&id(2), false), "already last");
        agenda.take_from_first(&id(1));
        assert_eq!(agenda.rank_of(&id(3)), Some(1));
        // A topic no longer offered gives its place up.
        assert!(agenda.put_first(&id(4), |t| t != id(2)));
        assert_eq!(agenda.first, [id(3), id(4)]);
    }

    #[test]
    fn arranging_puts_ranked_topics_first_and_keeps_the_rest_in_order() {
        let mut agenda = Agenda::default();
        agenda.put_first(&id(3), |_| true);
        agenda.put_first(&id(9), |_| true);
        agenda.put_first(&id(1), |_| true);
        let topics = vec![id(1), id(2), id(3), id(4)];
        let arranged = agenda.arrange(topics, |t| t.as_str());
        let shown: Vec<(Option<u8>, &str)> =
            arranged.iter().map(|(r, t)| (*r, t.as_str())).collect();
        let (one, two, three, four) = (id(1), id(2), id(3), id(4));
        assert_eq!(
            shown,
            [
                (Some(1), three.as_str()),
                (Some(2), one.as_str()),
                (None, two.as_str()),
                (None, four.as_str())
            ]
        );
    }

    #[test]
    fn own_topics_and_notes_are_tidied_and_capped() {
        let mut agenda = Agenda::default();
        assert_eq!(
            agenda.add_topic(EntryId(id(1)), "  \n "),
            Err(AgendaError::Empty)
        );
        agenda
            .add_topic(EntryId(id(1)), "Work,\n my manager")
            .unwrap();
        assert_eq!(agenda.topics[0].text, "Work, my manager");
        for n in 2..=MAX_OWN_TOPICS as u32 {
            agenda.add_topic(EntryId(id(n)), "more").unwrap();
        }
        assert_eq!(
            agenda.add_topic(EntryId(id(99)), "one too many"),
            Err(AgendaError::Full)
        );
        agenda.put_first(&id(1), |_| true);
        assert!(agenda.remove_topic(&id(1)).is_some());
        assert!(agenda.first.is_empty(), "a removed topic is not first");
        agenda.set_questions("Is this normal?\nWhat next?   \n");
        assert_eq!(
            agenda.questions().as_deref(),
            Some("Is this normal?\nWhat next?")
        );
        agenda.set_leave_with(&"ü".repeat(MAX_NOTE_CHARS + 5));
        assert_eq!(agenda.leave_with.chars().count(), MAX_NOTE_CHARS);
        agenda.set_leave_with(" \n ");
        assert_eq!(agenda.leave_with(), None);
        assert!(agenda.is_well_formed());
        agenda.first = vec![id(1), id(2), id(3), id(4)];
        assert!(!agenda.is_well_formed());
    }

    #[test]
    fn the_agenda_speaks_spanish() {
        use crate::domain::language::{speaking, Lang};
        speaking(Lang::Es, || {
            assert_eq!(
                AgendaError::Full.to_string(),
                "La agenda tiene espacio para 12 temas propios. Puedes quitar uno primero."
            );
            assert_eq!(
                AgendaError::Empty.to_string(),
                "Escribe unas palabras para el tema, por favor."
            );
            let labels: Vec<&str> = SinceLastTime::ALL.iter().map(|s| s.label()).collect();
            assert_eq!(labels, ["Mejor", "Más o menos igual", "Más difícil"]);
        });
        assert_eq!(
            AgendaError::Full.to_string(),
            "The agenda has room for 12 topics of your own. You could remove one first."
        );
    }
}
