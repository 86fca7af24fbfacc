//! One prompt in the library, with what can be done with it.
use leptos::prelude::*;

use crate::domain::language::say::prompts as say;
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
                say::offered_again()
            } else {
                say::hidden_now()
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
        state.status.set(say::own_removed().into());
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
                        {say::write_about_this()}
                    </button>
                    <FavouriteToggle id=id/>
                })}
                <button type="button" class="button button--quiet" on:click=toggle_hidden>
                    {if hidden { say::show_again() } else { say::dont_show_again() }}
                </button>
                {own.then(|| view! {
                    <button type="button" class="button button--quiet" on:click=remove>
                        {say::remove()}
                    </button>
                })}
            </div>
        </li>
    }
}
