//! The root: state, the current page and the parts every page shares.
use leptos::prelude::*;

use super::about_page::AboutPage;
use super::backup_page::BackupPage;
use super::crisis_note::CrisisNote;
use super::journal_page::JournalPage;
use super::routing::{Link, Page, Router};
use super::site_header::SiteHeader;
use super::state::JournalState;

/// The whole app: header, the current page and the always-reachable crisis note.
#[component]
pub fn App() -> impl IntoView {
    let state = JournalState::load();
    provide_context(state);
    let router = Router::provide();
    // Another tab changed the journal: show its change here (older revisions are ignored).
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        state.apply_external_change(event.key(), event.new_value());
    });
    on_cleanup(move || listener.remove());
    view! {
        <a class="skip-link" href="#app-main">"Skip to main content"</a>
        <SiteHeader/>
        <main id="app-main" tabindex="-1">
            {move || match router.page.get() {
                Page::Journal => view! { <JournalPage/> }.into_any(),
                Page::Backup => view! { <BackupPage/> }.into_any(),
                Page::About => view! { <AboutPage/> }.into_any(),
                Page::NotFound => view! { <NotFound/> }.into_any(),
            }}
        </main>
        <CrisisNote/>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || state.status.get()}
        </p>
    }
}

/// Shown for an address the app does not know.
#[component]
fn NotFound() -> impl IntoView {
    view! {
        <h1>"This page isn't here"</h1>
        <p>"Your journal is safe. " <Link to=Page::Journal>"Go back to your journal"</Link> "."</p>
    }
}
