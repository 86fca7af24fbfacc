//! A warm greeting for someone coming back after a while, with a gentle prompt and their
//! recent small wins. It never counts the days away.
use leptos::prelude::*;

use crate::domain::language::say::journal as say;
use crate::domain::prompts::choice::comfort_prompt;
use crate::domain::prompts::welcome::{
    last_entry_date, recent_wins, returning_after_gap, RECENT_WINS_HEADING,
};
use crate::ui::prompts::prompt_prefs::{prompt_prefs, today, write_about};
use crate::ui::state::JournalState;

/// Shown at the top of the journal after a week or more without entries.
#[component]
pub fn WelcomeBack() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let prefs = prompt_prefs();
    // Closed stays closed while the app is open (kept in the state, which outlives pages).
    let dismissed = state.welcome_closed;
    let gap = Memo::new(move |_| returning_after_gap(state.journal.with(last_entry_date), today()));
    let dismiss = move |_| {
        dismissed.set(true);
        state.status.set(say::welcome_closed().into());
        crate::ui::shell::focus::focus_soon("composer-heading".into());
    };
    move || {
        if dismissed.get() {
            return None;
        }
        let gap = gap.get()?;
        let prompt = prefs.value.with(|p| comfort_prompt(today(), p)).text;
        let wins = state.journal.with_untracked(|j| recent_wins(j, 3));
        let text = prompt.clone();
        Some(view! {
            <section class="welcome-back card" aria-labelledby="welcome-heading">
                <h2 id="welcome-heading">{gap.heading()}</h2>
                <p>{gap.line()}</p>
                <div class="prompt-box">
                    <p class="prompt-label">{say::kind_prompt()}</p>
                    <p class="prompt-text">{prompt}</p>
                    <button
                        type="button"
                        class="button button--quiet"
                        on:click=move |_| write_about(text.clone())
                    >
                        {say::write_about_this()}
                    </button>
                </div>
                {(!wins.is_empty()).then(|| view! {
                    <h3>{RECENT_WINS_HEADING}</h3>
                    <ul class="recent-wins">
                        {wins.into_iter().map(|w| view! { <li>{w.text}</li> }).collect_view()}
                    </ul>
                })}
                <button type="button" class="button button--quiet" on:click=dismiss>
                    {say::close_welcome()}
                </button>
            </section>
        })
    }
}
