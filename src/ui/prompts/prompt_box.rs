//! The prompt above a reflection: today's, another one, favourite or hide it.
use leptos::prelude::*;

use crate::domain::language::say::prompts as say;
use crate::domain::prompts::choice::{find_by_text, prompt_of_the_day, shuffle, PromptOrigin};
use crate::ui::prompts::favourite_toggle::FavouriteToggle;
use crate::ui::prompts::prompt_prefs::{prompt_prefs, today};
use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::JournalState;

/// Shows the reflection's prompt; a reflection without one gets the prompt of the day.
#[component]
pub fn PromptBox() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let prefs = prompt_prefs();
    let draft = state.draft;
    let nonce = StoredValue::new(0u32);
    // The prompt shown, when it is one of the library's or the person's own.
    let current = Memo::new(move |_| {
        let text = draft.with(|d| d.prompt.clone())?;
        prefs.value.with(|p| find_by_text(p, &text))
    });
    // No prompt yet, or one that has since been hidden (say, in another tab): today's.
    Effect::new(move |_| {
        let missing = draft.with(|d| d.prompt.is_none());
        let hidden = current.with(|c| {
            c.as_ref()
                .is_some_and(|c| prefs.value.with(|p| p.is_hidden(&c.id)))
        });
        if missing || hidden {
            let prompt = prefs
                .value
                .with_untracked(|p| prompt_of_the_day(today(), p));
            draft.update(|d| d.prompt = Some(prompt.text));
            return;
        }
        // A built-in prompt in the other language (the person switched): the same prompt in
        // the words on screen, which is what the reflection will keep.
        let shown = current.with(|c| c.as_ref().map(|c| c.text.clone()));
        if let Some(shown) = shown {
            if draft.with_untracked(|d| d.prompt.as_deref() != Some(shown.as_str())) {
                draft.update(|d| d.prompt = Some(shown));
            }
        }
    });
    let another = move || {
        nonce.update_value(|n| *n += 1);
        let id = current.get_untracked().map(|p| p.id);
        let next = prefs
            .value
            .with_untracked(|p| shuffle(today(), p, id.as_deref(), nonce.get_value()));
        state.update_draft(|d| d.prompt = Some(next.text));
    };
    let hide = move |_| {
        let Some(prompt) = current.get_untracked() else {
            return;
        };
        prefs.update(|p| p.hide(&prompt.id));
        another();
        state.status.set(say::prompt_hidden_here().into());
    };

    view! {
        <div class="prompt-box">
            <p class="prompt-label">{say::a_prompt_if_it_helps()}</p>
            <p class="prompt-text" id="composer-prompt">
                {move || draft.with(|d| d.prompt.clone().unwrap_or_default())}
            </p>
            <div class="prompt-actions">
                <button type="button" class="button button--quiet" on:click=move |_| another()>
                    {say::another_prompt()}
                </button>
                {move || {
                    current
                        .get()
                        .filter(|p| p.origin != PromptOrigin::Fallback)
                        .map(|p| {
                            view! {
                                <FavouriteToggle id=p.id/>
                                <button type="button" class="button button--quiet" on:click=hide>
                                    {say::dont_show_again()}
                                </button>
                            }
                        })
                }}
            </div>
            <p class="prompt-more">
                <Link to=Page::Prompts>{say::browse_all()}</Link>
            </p>
        </div>
    }
}
