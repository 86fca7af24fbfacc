//! The app's name and main navigation.
use leptos::prelude::*;

use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::JournalState;

/// Name, navigation, "Lock now" when the lock is on, and a quick way to the crisis note.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let can_lock = Memo::new(move |_| state.lock.with(Option::is_some) && !state.is_locked.get());
    view! {
        <header class="site-header">
            <Link to=Page::Journal class="brand">
                <span class="brand-mark" aria-hidden="true">"◐"</span>
                " Between"
            </Link>
            <nav aria-label="Main">
                <ul role="list">
                    <li><Link to=Page::Journal>"Journal"</Link></li>
                    <li><Link to=Page::Goals>"Goals"</Link></li>
                    <li><Link to=Page::Summary>"Summary"</Link></li>
                    <li><Link to=Page::Backup>"Backup"</Link></li>
                    <li><Link to=Page::About>"About & privacy"</Link></li>
                    {move || can_lock.get().then(|| view! {
                        <li><button type="button" class="link-button" on:click=move |_| state.lock_now()>"Lock now"</button></li>
                    })}
                    <li><a href="#crisis" class="crisis-link">"Need help now?"</a></li>
                </ul>
            </nav>
        </header>
    }
}
