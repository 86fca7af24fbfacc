//! The root: state, routes and the parts every page shares.
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::about_page::AboutPage;
use super::crisis_note::CrisisNote;
use super::journal_page::JournalPage;
use super::site_header::SiteHeader;
use super::state::JournalState;

/// The whole app: header, the current page and the always-reachable crisis note.
#[component]
pub fn App() -> impl IntoView {
    let state = JournalState::load();
    provide_context(state);
    view! {
        <Router>
            <a class="skip-link" href="#app-main" rel="external">"Skip to main content"</a>
            <SiteHeader/>
            <main id="app-main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=JournalPage/>
                    <Route path=path!("/about") view=AboutPage/>
                </Routes>
            </main>
            <CrisisNote/>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || state.status.get()}
            </p>
        </Router>
    }
}

/// Shown for an address the app does not know.
#[component]
fn NotFound() -> impl IntoView {
    view! {
        <h1>"This page isn't here"</h1>
        <p>"Your journal is safe. " <a href="/">"Go back to your journal"</a> "."</p>
    }
}
