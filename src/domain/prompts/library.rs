//! The built-in prompt library, in our own gentle words, grouped by the moment it is for.
//!
//! Which prompt to show, favourites, hidden prompts and the person's own prompts live in
//! `prompt_choice.rs`.

use crate::domain::language::say::prompts as say;
use crate::domain::language::{self, Lang};

/// Words said in the language in use when called: a message from the catalogue.
pub type Said = fn() -> &'static str;

/// The moment a prompt is written for. Shown as a plain heading in the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    HardMoment,
    AsAFriend,
    AfterASetback,
    StrengthsAndEffort,
    DifficultConversation,
    AfterASession,
}

impl Theme {
    /// In the order the library shows them.
    pub const ALL: [Theme; 6] = [
        Theme::HardMoment,
        Theme::AsAFriend,
        Theme::AfterASetback,
        Theme::StrengthsAndEffort,
        Theme::DifficultConversation,
        Theme::AfterASession,
    ];

    /// The heading shown above the theme's prompts.
    pub fn label(self) -> &'static str {
        match self {
            Theme::HardMoment => say::theme_hard_moment(),
            Theme::AsAFriend => say::theme_as_a_friend(),
            Theme::AfterASetback => say::theme_after_a_setback(),
            Theme::StrengthsAndEffort => say::theme_strengths_and_effort(),
            Theme::DifficultConversation => say::theme_difficult_conversation(),
            Theme::AfterASession => say::theme_after_a_session(),
        }
    }
}

/// One built-in prompt. `id` is a stable slug: favourites, hidden prompts and recent use
/// refer to it, so it never changes once shipped (retire an id rather than reuse it).
#[derive(Clone, Copy, Debug)]
pub struct Prompt {
    pub id: &'static str,
    pub theme: Theme,
    /// The English wording, exactly as shipped: older entries and homework links hold it.
    /// Show `text()`, which is in the language in use.
    pub text: &'static str,
    said: Said,
    /// Whose idea this prompt paraphrases, when it is someone's (a source in `CREDITS`).
    credited_to: Option<Said>,
}

/// Prompts are the same prompt when they have the same id.
impl PartialEq for Prompt {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Prompt {}

impl Prompt {
    /// The prompt's words, in the language in use.
    pub fn text(&self) -> &'static str {
        (self.said)()
    }

    /// True when `text` is this prompt's wording in any language Between speaks, so an
    /// entry or a link written in one language is recognised in another.
    pub fn is_text(&self, text: &str) -> bool {
        text == self.text
            || Lang::ALL
                .iter()
                .any(|&lang| language::speaking(lang, self.said) == text)
    }

    /// Whose idea this prompt paraphrases, in the language in use (a source in `CREDITS`).
    pub fn credit(&self) -> Option<&'static str> {
        self.credited_to.map(|source| source())
    }
}

const fn prompt(id: &'static str, theme: Theme, text: &'static str, said: Said) -> Prompt {
    Prompt {
        id,
        theme,
        text,
        said,
        credited_to: None,
    }
}

const fn credited(id: &'static str, theme: Theme, text: &'static str, said: Said) -> Prompt {
    Prompt {
        id,
        theme,
        text,
        said,
        credited_to: Some(say::neff_break),
    }
}

/// Sources whose ideas the library paraphrases, for the About page:
/// (source, what we paraphrased), each said in the language in use. The wording of every
/// prompt is our own.
pub const CREDITS: &[(Said, Said)] = &[(say::neff_break, say::neff_break_retold)];

use Theme::*;

/// Every built-in prompt, grouped by theme in `Theme::ALL` order.
pub const BUILT_IN_PROMPTS: &[Prompt] = &[
    // A three-step self-compassion break, after Kristin Neff, in our own words.
    credited("hard-1", HardMoment, say::HARD_1, say::hard_1),
    credited("hard-2", HardMoment, say::HARD_2, say::hard_2),
    credited("hard-3", HardMoment, say::HARD_3, say::hard_3),
    prompt("hard-4", HardMoment, say::HARD_4, say::hard_4),
    prompt("hard-5", HardMoment, say::HARD_5, say::hard_5),
    prompt("hard-6", HardMoment, say::HARD_6, say::hard_6),
    prompt("friend-1", AsAFriend, say::FRIEND_1, say::friend_1),
    prompt("friend-2", AsAFriend, say::FRIEND_2, say::friend_2),
    prompt("friend-3", AsAFriend, say::FRIEND_3, say::friend_3),
    prompt("friend-4", AsAFriend, say::FRIEND_4, say::friend_4),
    prompt("friend-5", AsAFriend, say::FRIEND_5, say::friend_5),
    prompt("friend-6", AsAFriend, say::FRIEND_6, say::friend_6),
    prompt("setback-1", AfterASetback, say::SETBACK_1, say::setback_1),
    prompt("setback-2", AfterASetback, say::SETBACK_2, say::setback_2),
    prompt("setback-3", AfterASetback, say::SETBACK_3, say::setback_3),
    prompt("setback-4", AfterASetback, say::SETBACK_4, say::setback_4),
    prompt("setback-5", AfterASetback, say::SETBACK_5, say::setback_5),
    prompt("setback-6", AfterASetback, say::SETBACK_6, say::setback_6),
    prompt(
        "strength-1",
        StrengthsAndEffort,
        say::STRENGTH_1,
        say::strength_1,
    ),
    prompt(
        "strength-2",
        StrengthsAndEffort,
        say::STRENGTH_2,
        say::strength_2,
    ),
    prompt(
        "strength-3",
        StrengthsAndEffort,
        say::STRENGTH_3,
        say::strength_3,
    ),
    prompt(
        "strength-4",
        StrengthsAndEffort,
        say::STRENGTH_4,
        say::strength_4,
    ),
    prompt(
        "strength-5",
        StrengthsAndEffort,
        say::STRENGTH_5,
        say::strength_5,
    ),
    prompt(
        "strength-6",
        StrengthsAndEffort,
        say::STRENGTH_6,
        say::strength_6,
    ),
    prompt(
        "conversation-1",
        DifficultConversation,
        say::CONVERSATION_1,
        say::conversation_1,
    ),
    prompt(
        "conversation-2",
        DifficultConversation,
        say::CONVERSATION_2,
        say::conversation_2,
    ),
    prompt(
        "conversation-3",
        DifficultConversation,
        say::CONVERSATION_3,
        say::conversation_3,
    ),
    prompt(
        "conversation-4",
        DifficultConversation,
        say::CONVERSATION_4,
        say::conversation_4,
    ),
    prompt(
        "conversation-5",
        DifficultConversation,
        say::CONVERSATION_5,
        say::conversation_5,
    ),
    prompt(
        "conversation-6",
        DifficultConversation,
        say::CONVERSATION_6,
        say::conversation_6,
    ),
    prompt("session-1", AfterASession, say::SESSION_1, say::session_1),
    prompt("session-2", AfterASession, say::SESSION_2, say::session_2),
    prompt("session-3", AfterASession, say::SESSION_3, say::session_3),
    prompt("session-4", AfterASession, say::SESSION_4, say::session_4),
    prompt("session-5", AfterASession, say::SESSION_5, say::session_5),
    prompt("session-6", AfterASession, say::SESSION_6, say::session_6),
];

/// The built-in prompt with this id, if there is one.
pub fn built_in(id: &str) -> Option<&'static Prompt> {
    BUILT_IN_PROMPTS.iter().find(|p| p.id == id)
}

/// The prompts of one theme, in library order.
pub fn in_theme(theme: Theme) -> impl Iterator<Item = &'static Prompt> {
    BUILT_IN_PROMPTS.iter().filter(move |p| p.theme == theme)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_library_is_large_with_unique_safe_ids_and_every_theme_filled() {
        assert!(BUILT_IN_PROMPTS.len() >= 32);
        let mut ids: Vec<&str> = BUILT_IN_PROMPTS.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), BUILT_IN_PROMPTS.len());
        for id in ids {
            assert!(crate::domain::EntryId::is_well_formed(id), "{id}");
            assert!(!id.starts_with("custom-"), "{id}");
        }
        for theme in Theme::ALL {
            assert!(in_theme(theme).count() >= 5, "{}", theme.label());
        }
        // Grouped in theme order, as the library page lists them.
        let themes: Vec<Theme> = BUILT_IN_PROMPTS.iter().map(|p| p.theme).collect();
        assert!(themes.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn prompts_invite_rather_than_judge() {
        for prompt in BUILT_IN_PROMPTS {
            assert_eq!(prompt.text(), prompt.text, "English is the shipped wording");
            let text = prompt.text.to_lowercase();
            assert!(!text.contains('!'), "{text}");
            for word in ["should", "must", "fail", "missed", "streak"] {
                assert!(!text.contains(word), "{word} in {text}");
            }
            assert!(prompt.text.chars().count() <= 300);
        }
    }

    #[test]
    fn spanish_prompts_invite_with_tu_and_never_judge() {
        for prompt in BUILT_IN_PROMPTS {
            let text = language::speaking(Lang::Es, || prompt.text());
            assert_ne!(text, prompt.text, "{}", prompt.id);
            assert!(prompt.is_text(text) && prompt.is_text(prompt.text));
            let lower = text.to_lowercase();
            assert!(!text.contains(['!', '¡']), "{text}");
            for word in [
                "deberías",
                "debes",
                "tienes que",
                "fall",
                "fracas",
                "racha",
                "usted",
                "culpa ",
            ] {
                assert!(!lower.contains(word), "{word} in {text}");
            }
            // A question opens with ¿ as well as closing with ?.
            assert_eq!(
                text.matches('¿').count(),
                text.matches('?').count(),
                "{text}"
            );
            assert!(text.chars().count() <= 300);
        }
        language::speaking(Lang::Es, || {
            assert_eq!(
                built_in("session-1").map(|p| p.text()),
                Some("¿Qué te llevas de la sesión?")
            );
            assert_eq!(Theme::AfterASetback.label(), "Después de un tropiezo");
            assert_eq!(CREDITS[0].0(), "Kristin Neff, la pausa de autocompasión");
            assert_eq!(
                built_in("hard-1").and_then(|p| p.credit()),
                Some(CREDITS[0].0())
            );
        });
    }

    #[test]
    fn the_self_compassion_break_is_credited() {
        let credited: Vec<&str> = BUILT_IN_PROMPTS
            .iter()
            .filter(|p| p.credit().is_some())
            .map(|p| p.id)
            .collect();
        assert_eq!(credited, ["hard-1", "hard-2", "hard-3"]);
        assert!(BUILT_IN_PROMPTS
            .iter()
            .filter_map(|p| p.credit())
            .all(|c| CREDITS.iter().any(|(source, _)| source() == c)));
    }
}
