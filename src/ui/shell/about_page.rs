//! What Between is, how it keeps words private, and what it is not.
use crate::domain::language::say::language as language_say;
use crate::domain::language::say::shell as say;
use crate::domain::prompts::library::CREDITS;
use crate::ui::shell::language::LanguagePicker;
use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::JournalState;
use leptos::prelude::*;

/// Plain words about privacy and care.
#[component]
pub fn AboutPage() -> impl IntoView {
    let state = expect_context::<JournalState>();
    view! {
        <article class="prose">
            <h1>{say::about_heading()}</h1>
            <p>
                {say::about_intro()}
            </p>
            <h2>{language_say::language_label()}</h2>
            <p class="about-language"><LanguagePicker id="language-about" announce=state.status/></p>
            <h2>{say::words_stay()}</h2>
            <ul>
                <li>{say::kept_in_browser()}</li>
                <li>{say::no_account()}</li>
                <li>{say::clearing_data()}</li>
            </ul>
            <h2>{say::no_pressure()}</h2>
            <p>
                {say::no_score()}
            </p>
            <h2>{say::prompts_origin()}</h2>
            <p>
                {say::prompts_own_words()}
            </p>
            <ul>
                {CREDITS
                    .iter()
                    .map(|(source, what)| view! { <li><strong>{*source}</strong>": "{*what}</li> })
                    .collect_view()}
            </ul>
            <p><Link to=Page::Prompts>{say::browse_prompts()}</Link></p>
            <p><Link to=Page::Journal>{say::back_to_journal()}</Link></p>
            <h2>{say::for_therapists()}</h2>
            <p>
                {say::therapists_can_suggest()}
                <Link to=Page::Therapists>{say::make_homework_link()}</Link>
                "."
            </p>
        </article>
    }
}
