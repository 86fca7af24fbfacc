//! Properties of prompt choice over arbitrary preferences and histories.
#![cfg(not(target_arch = "wasm32"))]

use between::domain::calendar::time::Date;
use between::domain::prompts::choice::{
    custom_prompt_id, prompt_of_the_day, shuffle, PromptOrigin, PromptPrefs, GENTLE_FALLBACK_ID,
    NO_REPEAT_DAYS,
};
use between::domain::prompts::library::BUILT_IN_PROMPTS;
use between::domain::records::small::{decode_prompt_prefs, encode_prompt_prefs};
use proptest::prelude::*;

fn day(n: i64) -> Date {
    Date::from_ymd(2026, 1, 1).unwrap().add_days(n)
}

/// Preferences with some built-in prompts hidden or favoured, a few own prompts and a history.
fn prefs_strategy() -> impl Strategy<Value = PromptPrefs> {
    let n = BUILT_IN_PROMPTS.len();
    (
        proptest::collection::vec(0..n, 0..n + 5),
        proptest::collection::vec(0..n, 0..6),
        proptest::collection::vec("[a-z ]{1,20}", 0..4),
        proptest::collection::vec((0..n + 4, 0i64..60), 0..40),
    )
        .prop_map(|(hidden, favourites, custom, used)| {
            let mut prefs = PromptPrefs::default();
            for (i, text) in custom.iter().enumerate() {
                let _ = prefs.add_custom(&custom_prompt_id(1_000 + i as i64, 7), text, day(0));
            }
            let ids: Vec<String> = BUILT_IN_PROMPTS
                .iter()
                .map(|p| p.id.to_string())
                .chain(prefs.custom.iter().map(|c| c.id.clone()))
                .collect();
            for i in hidden {
                prefs.hide(&ids[i % ids.len()]);
            }
            for i in favourites {
                prefs.toggle_favourite(&ids[i % ids.len()]);
            }
            let mut used = used;
            used.sort_by_key(|(_, d)| *d);
            for (i, d) in used {
                prefs.mark_used(&ids[i % ids.len()], day(d));
            }
            prefs
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn the_day_prompt_is_deterministic_never_hidden_and_never_a_recent_repeat(prefs in prefs_strategy(), today in 0i64..80) {
        let today = day(today);
        let chosen = prompt_of_the_day(today, &prefs);
        prop_assert_eq!(&chosen, &prompt_of_the_day(today, &prefs.clone()));
        prop_assert!(!prefs.is_hidden(&chosen.id));
        let fresh_exists = BUILT_IN_PROMPTS.iter().map(|p| p.id.to_string())
            .chain(prefs.custom.iter().map(|c| c.id.clone()))
            .any(|id| !prefs.is_hidden(&id) && !prefs.used_recently(&id, today));
        if fresh_exists {
            prop_assert!(!prefs.used_recently(&chosen.id, today), "{} repeated", chosen.id);
        }
        if chosen.id == GENTLE_FALLBACK_ID {
            prop_assert_eq!(chosen.origin, PromptOrigin::Fallback);
        }
    }

    #[test]
    fn shuffle_never_offers_a_hidden_prompt_and_moves_on_when_it_can(prefs in prefs_strategy(), today in 0i64..80, nonce in any::<u32>()) {
        let today = day(today);
        let current = prompt_of_the_day(today, &prefs);
        let next = shuffle(today, &prefs, Some(&current.id), nonce);
        prop_assert!(!prefs.is_hidden(&next.id));
        let others_visible = BUILT_IN_PROMPTS.iter().map(|p| p.id.to_string())
            .chain(prefs.custom.iter().map(|c| c.id.clone()))
            .any(|id| !prefs.is_hidden(&id) && id != current.id);
        if others_visible {
            prop_assert_ne!(next.id, current.id);
        }
    }

    #[test]
    fn prefs_survive_encoding(prefs in prefs_strategy()) {
        prop_assert_eq!(decode_prompt_prefs(&encode_prompt_prefs(&prefs)), Ok(prefs));
    }

    #[test]
    fn arbitrary_text_never_panics_the_prefs_decoder(raw in any::<String>()) {
        let _ = decode_prompt_prefs(&raw);
    }
}

#[test]
fn answering_the_day_prompt_each_day_never_repeats_within_fourteen_days() {
    let mut prefs = PromptPrefs::default();
    let mut history: Vec<(String, i64)> = Vec::new();
    for n in 0..200 {
        let prompt = prompt_of_the_day(day(n), &prefs);
        for (id, used) in &history {
            if id == &prompt.id {
                assert!(n - used >= NO_REPEAT_DAYS, "{id} on day {used} and {n}");
            }
        }
        prefs.mark_used(&prompt.id, day(n));
        history.push((prompt.id, n));
    }
}
