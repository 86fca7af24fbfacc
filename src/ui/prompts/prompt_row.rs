//! One prompt in the library, with what can be done with it.
use leptos::prelude::*;

use crate::ui::prompts::favourite_toggle::FavouriteToggle;
use crate::ui::prompts::prompt_prefs::{prompt_prefs, write_about};
use crate::ui::state::JournalState;

/// The prompt's text, "Write about this", favourite, hide or show again, and remove for the
/// person's own prompts.
#[component]
pub fn PromptRow(id: String, text: String, hidden: bool, own: bool) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let prefs = prompt_prefs();
    let key = StoredValue::new(id.clone());
    let words = StoredValue::new(text.clone());
    let toggle_hidden = move |_| {
        key.with_value(|id| prefs.update(|p| if hidden { p.unhide(id) } else { p.hide(id) }));
        state.status.set(
            if hidden {
                "This prompt can be offered again."
            } else {
                "This prompt won't be offered again. It is in the list of hidden prompts."
            }
            .into(),
        );
    };
    let remove = move |_| {
        key.with_value(|id| {
            prefs.update(|p| {
                p.remove_custom(id);
            })
        });
        state.status.set("Your prompt was removed.".into());
    };
    view! {
        <li class="prompt-item">
            <p class="prompt-item-text">{text}</p>
            <div class="prompt-actions">
                {(!hidden).then(|| view! {
                    <button
                        type="button"
                        class="button button--quiet"
                        on:click=move |_| write_about(words.get_value())
                    >
                        "Write about this"
                    </button>
                    <FavouriteToggle id=id/>
                })}
                <button type="button" class="button button--quiet" on:click=toggle_hidden>
                    {if hidden { "Show again" } else { "Don't show this prompt again" }}
                </button>
                {own.then(|| view! {
                    <button type="button" class="button button--quiet" on:click=remove>
                        "Remove"
                    </button>
                })}
            </div>
        </li>
    }
}
