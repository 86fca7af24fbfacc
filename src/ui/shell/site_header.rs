//! The app's name and main navigation.
use leptos::prelude::*;

use crate::domain::language::say::shell as say;
use crate::ui::shell::language::LanguagePicker;
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
                {say::brand()}
            </Link>
            <nav aria-label=say::main_navigation()>
                <ul role="list">
                    <li><Link to=Page::Journal>{say::nav_journal()}</Link></li>
                    <li><Link to=Page::Goals>{say::nav_goals()}</Link></li>
                    <li><Link to=Page::Summary>{say::nav_summary()}</Link></li>
                    <li><Link to=Page::Backup>{say::nav_backup()}</Link></li>
                    <li><Link to=Page::About>{say::nav_about()}</Link></li>
                    {move || can_lock.get().then(|| view! {
                        <li><button type="button" class="link-button" on:click=move |_| state.lock_now()>{say::lock_now()}</button></li>
                    })}
                    <li><a href="#crisis" class="crisis-link">{say::need_help_now()}</a></li>
                    <li><LanguagePicker id="language-header" announce=state.status compact=true/></li>
                </ul>
            </nav>
        </header>
    }
}
