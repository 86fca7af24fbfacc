//! The bar that offers to bring back a deleted entry.
use leptos::prelude::*;

use crate::domain::language::say::journal as say;
use crate::ui::shell::focus::{edit_button_id, focus_soon};
use crate::ui::state::JournalState;

/// Stays until the person undoes or dismisses it: no timer races a slow reader.
#[component]
pub fn UndoBar() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let undo_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if state.last_deleted.with(Option::is_some) {
            if let Some(button) = undo_button.get() {
                let _ = button.focus();
            }
        }
    });
    view! {
        {move || (state.last_deleted.with(Option::is_some)).then(|| view! {
            <div class="undo-bar">
                <p>{say::entry_deleted()}</p>
                <button
                    type="button"
                    class="button"
                    node_ref=undo_button
                    on:click=move |_| {
                        state.undo_delete(|id| focus_soon(edit_button_id(&id)));
                    }
                >
                    {say::undo()}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=move |_| {
                        state.last_deleted.set(None);
                        focus_soon("entries-heading".into());
                    }
                >
                    {say::dismiss()}
                </button>
            </div>
                })}
    }
}
