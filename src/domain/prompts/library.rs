//! The built-in prompt library, in our own gentle words, grouped by the moment it is for.
//!
//! Which prompt to show, favourites, hidden prompts and the person's own prompts live in
//! `prompt_choice.rs`.

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
            Theme::HardMoment => "A hard moment right now",
            Theme::AsAFriend => "Talking to yourself as to a friend",
            Theme::AfterASetback => "After a setback",
            Theme::StrengthsAndEffort => "Noticing strengths and effort",
            Theme::DifficultConversation => "Before a difficult conversation",
            Theme::AfterASession => "After a session",
        }
    }
}

/// One built-in prompt. `id` is a stable slug: favourites, hidden prompts and recent use
/// refer to it, so it never changes once shipped (retire an id rather than reuse it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub id: &'static str,
    pub theme: Theme,
    pub text: &'static str,
    /// Whose idea this prompt paraphrases, when it is someone's (a name in `CREDITS`).
    pub credit: Option<&'static str>,
}

const NEFF_BREAK: &str = "Kristin Neff, the self-compassion break";

const fn prompt(id: &'static str, theme: Theme, text: &'static str) -> Prompt {
    Prompt {
        id,
        theme,
        text,
        credit: None,
    }
}

const fn credited(id: &'static str, theme: Theme, text: &'static str) -> Prompt {
    Prompt {
        id,
        theme,
        text,
        credit: Some(NEFF_BREAK),
    }
}

/// Sources whose ideas the library paraphrases, for the About page:
/// (source, what we paraphrased). The wording of every prompt is our own.
pub const CREDITS: &[(&str, &str)] = &[(
    NEFF_BREAK,
    "The three steps behind the first prompts for a hard moment: noticing that this is hard, remembering that other people feel this too, and offering yourself some kindness. Retold in our own words.",
)];

use Theme::*;

/// Every built-in prompt, grouped by theme in `Theme::ALL` order.
pub const BUILT_IN_PROMPTS: &[Prompt] = &[
    // A three-step self-compassion break, after Kristin Neff, in our own words.
    credited(
        "hard-1",
        HardMoment,
        "This is a hard moment. In a few words, what feels hard right now?",
    ),
    credited(
        "hard-2",
        HardMoment,
        "Other people have felt something like this too. What changes, even a little, when you remember you're not the only one?",
    ),
    credited(
        "hard-3",
        HardMoment,
        "What kind words would help right now? Write them to yourself, the way you'd offer them to someone you care about.",
    ),
    prompt(
        "hard-4",
        HardMoment,
        "Where do you notice this feeling in your body? What might that part of you need?",
    ),
    prompt(
        "hard-5",
        HardMoment,
        "What is one small thing that could make the next hour a little easier?",
    ),
    prompt(
        "hard-6",
        HardMoment,
        "If this feeling could speak, what would it want you to know?",
    ),
    prompt(
        "friend-1",
        AsAFriend,
        "What would you say to a friend who went through today?",
    ),
    prompt(
        "friend-2",
        AsAFriend,
        "Imagine someone you love told you they felt this way. How would you answer them?",
    ),
    prompt(
        "friend-3",
        AsAFriend,
        "How do you usually talk to yourself when things go wrong? How might a warm friend put it instead?",
    ),
    prompt(
        "friend-4",
        AsAFriend,
        "What would a friend who knows your whole story want you to remember tonight?",
    ),
    prompt(
        "friend-5",
        AsAFriend,
        "If you could be a little gentler with yourself about one thing, what would it be?",
    ),
    prompt(
        "friend-6",
        AsAFriend,
        "Write yourself a short note, as you would to a friend having a day like yours.",
    ),
    prompt(
        "setback-1",
        AfterASetback,
        "Something didn't go the way you hoped. What happened, told as plainly and kindly as you can?",
    ),
    prompt(
        "setback-2",
        AfterASetback,
        "Setbacks are part of changing anything. What did this one show you about what you need?",
    ),
    prompt(
        "setback-3",
        AfterASetback,
        "What was still true about you, and about your progress, before this happened?",
    ),
    prompt(
        "setback-4",
        AfterASetback,
        "What was out of your hands here, and what might you try differently next time?",
    ),
    prompt(
        "setback-5",
        AfterASetback,
        "What would help you rest and start again tomorrow, without blaming yourself tonight?",
    ),
    prompt(
        "setback-6",
        AfterASetback,
        "Many people stumble on the way to something that matters to them. What matters to you underneath this?",
    ),
    prompt(
        "strength-1",
        StrengthsAndEffort,
        "What is one thing you did today that took effort, even if no one saw it?",
    ),
    prompt(
        "strength-2",
        StrengthsAndEffort,
        "When did you handle something a little better than you might have a while ago?",
    ),
    prompt(
        "strength-3",
        StrengthsAndEffort,
        "What is a quality of yours that helped you this week?",
    ),
    prompt(
        "strength-4",
        StrengthsAndEffort,
        "What did you keep going with, even though it was hard?",
    ),
    prompt(
        "strength-5",
        StrengthsAndEffort,
        "What is something you are learning about yourself lately?",
    ),
    prompt(
        "strength-6",
        StrengthsAndEffort,
        "Who or what helped you recently, and what did you do to let that help in?",
    ),
    prompt(
        "conversation-1",
        DifficultConversation,
        "What would you most like the other person to understand?",
    ),
    prompt(
        "conversation-2",
        DifficultConversation,
        "What are you afraid might happen? What might happen instead?",
    ),
    prompt(
        "conversation-3",
        DifficultConversation,
        "What is one sentence you would like to be able to say? Try writing it here first.",
    ),
    prompt(
        "conversation-4",
        DifficultConversation,
        "What do you need from this conversation, and what could you let go of?",
    ),
    prompt(
        "conversation-5",
        DifficultConversation,
        "How could you look after yourself before and after you talk?",
    ),
    prompt(
        "conversation-6",
        DifficultConversation,
        "If it doesn't go the way you hope, what would you want to tell yourself afterwards?",
    ),
    prompt(
        "session-1",
        AfterASession,
        "What stayed with you from the session?",
    ),
    prompt(
        "session-2",
        AfterASession,
        "Was there a moment that felt hard, rushed or unfinished? You could bring it up next time.",
    ),
    prompt(
        "session-3",
        AfterASession,
        "What felt helpful, even in a small way?",
    ),
    prompt(
        "session-4",
        AfterASession,
        "Is there anything you wished you had said? There is room for it next time.",
    ),
    prompt(
        "session-5",
        AfterASession,
        "How are you feeling now, a little while after the session?",
    ),
    prompt(
        "session-6",
        AfterASession,
        "What would you like to carry into the days until the next one?",
    ),
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
            let text = prompt.text.to_lowercase();
            assert!(!text.contains('!'), "{text}");
            for word in ["should", "must", "fail", "missed", "streak"] {
                assert!(!text.contains(word), "{word} in {text}");
            }
            assert!(prompt.text.chars().count() <= 300);
        }
    }

    #[test]
    fn the_self_compassion_break_is_credited() {
        let credited: Vec<&str> = BUILT_IN_PROMPTS
            .iter()
            .filter(|p| p.credit.is_some())
            .map(|p| p.id)
            .collect();
        assert_eq!(credited, ["hard-1", "hard-2", "hard-3"]);
        assert!(BUILT_IN_PROMPTS
            .iter()
            .filter_map(|p| p.credit)
            .all(|c| CREDITS.iter().any(|(source, _)| *source == c)));
    }
}
