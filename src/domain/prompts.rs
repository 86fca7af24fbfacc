//! Built-in self-compassion prompts, in our own gentle words.

/// A small starter set; the full library with themes comes later.
pub const BUILT_IN_PROMPTS: [&str; 8] = [
    "What would you say to a friend who went through today?",
    "What was hard today, and what did you do to get through it?",
    "Where in your body do you feel today, and what might it need?",
    "What is one thing you did today that took effort, even if no one saw it?",
    "If you could be a little gentler with yourself about one thing, what would it be?",
    "Many people feel this way sometimes. What would it be like to remember that right now?",
    "What is something you are learning about yourself lately?",
    "What would help you feel even a little more cared for this evening?",
];

/// The prompt after `current` in the list, wrapping around; the first one when none is shown.
pub fn next_prompt(current: Option<&str>) -> &'static str {
    let position = current.and_then(|c| BUILT_IN_PROMPTS.iter().position(|p| *p == c));
    match position {
        Some(i) => BUILT_IN_PROMPTS[(i + 1) % BUILT_IN_PROMPTS.len()],
        None => BUILT_IN_PROMPTS[0],
    }
}

/// A prompt chosen by the day, so the composer opens with a steady prompt for that day.
pub fn prompt_for_day(days_since_epoch: i64) -> &'static str {
    let len = BUILT_IN_PROMPTS.len() as i64;
    BUILT_IN_PROMPTS[days_since_epoch.rem_euclid(len) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_prompt_cycles_through_every_prompt() {
        let mut seen = vec![next_prompt(None)];
        for _ in 1..BUILT_IN_PROMPTS.len() {
            seen.push(next_prompt(seen.last().copied()));
        }
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), BUILT_IN_PROMPTS.len());
        assert_eq!(next_prompt(Some(BUILT_IN_PROMPTS[7])), BUILT_IN_PROMPTS[0]);
    }

    #[test]
    fn day_prompt_is_stable_and_handles_dates_before_1970() {
        assert_eq!(prompt_for_day(20_000), prompt_for_day(20_000));
        assert_ne!(prompt_for_day(20_000), prompt_for_day(20_001));
        assert!(BUILT_IN_PROMPTS.contains(&prompt_for_day(-3)));
    }
}
