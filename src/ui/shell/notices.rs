//! Calm banners about storage: records set aside, a full or unavailable storage.
use leptos::prelude::*;

use crate::domain::language::say::shell as say;
use crate::ui::state::JournalState;

/// Shows what happened, that nothing was lost, and what to do next.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = expect_context::<JournalState>();
    view! {
        <For
            each=move || state.load_notices.get()
            key=|notice| notice.clone()
            children=move |notice| {
                view! { <p class="notice notice--info" role="status">{notice}</p> }
            }
        />
        {move || {
            state
                .save_problem
                .get()
                .map(|problem| {
                    view! {
                        <div class="notice notice--problem" role="alert">
                            <p>{problem.user_message()}</p>
                            <button
                                type="button"
                                class="button button--quiet"
                                on:click=move |_| state.save_problem.set(None)
                            >
                                {say::dismiss()}
                            </button>
                        </div>
                    }
                })
        }}
    }
}
