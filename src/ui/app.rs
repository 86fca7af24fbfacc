//! The root every bundle shares: state, the current page, header and crisis note.
use leptos::prelude::*;

use super::crisis_note::CrisisNote;
use super::lock_screen::LockScreen;
use super::routing::{Bundle, Link, Page, Router};
use super::site_header::SiteHeader;
use super::state::JournalState;
use crate::storage::session_key;

/// Draws one of a bundle's pages; `None` for a page it does not have.
pub type PageView = fn(Page) -> Option<AnyView>;

/// The whole app: header, the current page and the always-reachable crisis note.
/// `pages` decides which pages this bundle draws, so other pages' code stays out of it.
#[component]
pub fn Shell(bundle: Bundle, pages: PageView) -> impl IntoView {
    let state = JournalState::load();
    provide_context(state);
    let router = Router::provide(bundle);
    // Another tab changed the journal: show its change here (older revisions are ignored).
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        state.apply_external_change(event.key(), event.new_value());
    });
    on_cleanup(move || listener.remove());
    lock_when_idle(state);
    view! {
        <a class="skip-link" href="#app-main">"Skip to main content"</a>
        <SiteHeader/>
        <main id="app-main" tabindex="-1">
            {move || if state.resuming.get() {
                view! { <p class="lede">"Opening your journal…"</p> }.into_any()
            } else if state.is_locked.get() { view! { <LockScreen/> }.into_any() } else {
                pages(router.page.get()).unwrap_or_else(|| view! { <NotFound/> }.into_any())
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

/// Locks the journal after the chosen minutes without a key press, click or touch.
fn lock_when_idle(state: JournalState) {
    let last_activity = StoredValue::new(js_sys::Date::now());
    let mark = move || last_activity.set_value(js_sys::Date::now());
    let keys = window_event_listener(leptos::ev::keydown, move |_| mark());
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| mark());
    let timer = set_interval_with_handle(
        move || {
            let Some(minutes) = state
                .lock
                .with_untracked(|l| l.as_ref().map(|l| l.idle_minutes))
            else {
                return;
            };
            let idle_millis = js_sys::Date::now() - last_activity.get_value();
            if idle_millis >= f64::from(minutes) * 60_000.0 {
                state.lock_now();
            } else if !state.is_locked.get_untracked() {
                session_key::extend(last_activity.get_value() + f64::from(minutes) * 60_000.0);
            }
        },
        std::time::Duration::from_secs(10),
    );
    on_cleanup(move || {
        keys.remove();
        pointer.remove();
        if let Ok(timer) = timer {
            timer.clear();
        }
    });
}
