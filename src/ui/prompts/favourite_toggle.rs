//! The favourite toggle shared by the composer's prompt and the prompt library.
use leptos::prelude::*;

use crate::domain::language::say::prompts as say;
use crate::ui::prompts::prompt_prefs::prompt_prefs;

/// A pressed/not pressed button: favourites come round about twice as often.
#[component]
pub fn FavouriteToggle(id: String) -> impl IntoView {
    let prefs = prompt_prefs();
    let id = StoredValue::new(id);
    let on = Memo::new(move |_| id.with_value(|id| prefs.value.with(|p| p.is_favourite(id))));
    view! {
        <button
            type="button"
            class="button button--quiet favourite-toggle"
            aria-pressed=move || on.get().to_string()
            on:click=move |_| {
                id.with_value(|id| prefs.update(|p| {
                    p.toggle_favourite(id);
                }))
            }
        >
            <span aria-hidden="true">{move || if on.get() { "★ " } else { "☆ " }}</span>
            {say::favourite_this()}
        </button>
    }
}
