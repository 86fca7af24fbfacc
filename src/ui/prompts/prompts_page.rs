//! The prompt library: every prompt by theme, the person's own, and hidden ones.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::language::say::prompts as say;
use crate::domain::prompts::choice::{all_prompts, PromptOrigin, MAX_PROMPT_CHARS};
use crate::domain::prompts::library::Theme;
use crate::storage::browser;
use crate::ui::prompts::prompt_prefs::{prompt_prefs, today};
use crate::ui::prompts::prompt_row::PromptRow;
use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::JournalState;

/// (id, text, theme or `None` for the person's own, hidden): what the lists show. Favourites
/// are left out so toggling one never redraws the lists (and focus stays put).
type Row = (String, String, Option<Theme>, bool);

/// Browse, favourite, hide and write prompts.
#[component]
pub fn PromptsPage() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let prefs = prompt_prefs();
    let rows = Memo::new(move |_| {
        prefs.value.with(|p| {
            all_prompts(p)
                .into_iter()
                .map(|l| {
                    let theme = match l.prompt.origin {
                        PromptOrigin::BuiltIn(theme) => Some(theme),
                        _ => None,
                    };
                    (l.prompt.id, l.prompt.text, theme, l.hidden)
                })
                .collect::<Vec<Row>>()
        })
    });
    // Rows of one group: hidden or not, and of one theme (or the person's own).
    let group = move |theme: Option<Theme>, hidden: bool| {
        rows.get()
            .into_iter()
            .filter(|r| r.3 == hidden && (hidden || r.2 == theme))
            .map(|(id, text, theme, hidden)| {
                view! { <PromptRow id=id text=text hidden=hidden own=theme.is_none()/> }
            })
            .collect_view()
    };
    let new_text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let on_add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut next = prefs.value.get_untracked();
        match new_text.with_untracked(|t| next.add_custom(&browser::new_prompt_id(), t, today())) {
            Ok(()) => {
                prefs.update(|p| *p = next);
                new_text.set(String::new());
                error.set(None);
                state.status.set(say::own_added().into());
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let has_hidden = Memo::new(move |_| rows.with(|r| r.iter().any(|r| r.3)));

    view! {
        <div class="page-intro">
            <h1>{say::prompts_heading()}</h1>
            <p class="lede">{say::prompts_lede()}</p>
            <p><Link to=Page::Journal>{say::back_to_journal()}</Link></p>
        </div>
        {move || prefs.problem.get().map(|p| view! {
            <p class="notice notice--problem">{p.user_message().to_string()}</p>
        })}
        {Theme::ALL
            .into_iter()
            .map(|theme| view! {
                <section class="prompt-theme card">
                    <h2>{theme.label()}</h2>
                    <ul class="prompt-list" role="list">{move || group(Some(theme), false)}</ul>
                </section>
            })
            .collect_view()}
        <section class="prompt-theme card" aria-labelledby="own-prompts-heading">
            <h2 id="own-prompts-heading">{say::own_prompts_heading()}</h2>
            <ul class="prompt-list" role="list">{move || group(None, false)}</ul>
            <form class="own-prompt-form" on:submit=on_add novalidate>
                <label for="new-prompt" class="field-label">{say::write_own_label()}</label>
                <textarea
                    id="new-prompt"
                    rows="2"
                    aria-describedby="new-prompt-help new-prompt-error"
                    prop:value=move || new_text.get()
                    on:input=move |ev| new_text.set(event_target_value(&ev))
                ></textarea>
                <p id="new-prompt-help" class="field-help">
                    {say::own_prompt_help(MAX_PROMPT_CHARS)}
                </p>
                <p id="new-prompt-error" class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button--primary">{say::add_prompt()}</button>
            </form>
        </section>
        {move || has_hidden.get().then(|| view! {
            <details class="hidden-prompts card">
                <summary>{say::hidden_prompts()}</summary>
                <ul class="prompt-list" role="list">{move || group(None, true)}</ul>
            </details>
        })}
    }
}
