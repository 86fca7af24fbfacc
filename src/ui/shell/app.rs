//! The one app: state, the current page, header, crisis note and the app's own updates.
use leptos::prelude::*;

use crate::domain::language::say::shell as say;
use crate::storage::browser;
use crate::ui::backup::backup_page::BackupPage;
use crate::ui::goals::GoalsPage;
use crate::ui::homework::{HomeworkPage, TherapistsPage};
use crate::ui::journal::journal_page::JournalPage;
use crate::ui::prompts::check_in_page::CheckInPage;
use crate::ui::prompts::prompts_page::PromptsPage;
use crate::ui::shell::about_page::AboutPage;
use crate::ui::shell::crisis_note::CrisisNote;
use crate::ui::shell::language::Language;
use crate::ui::shell::lock_screen::LockScreen;
use crate::ui::shell::routing::{Link, Page, Router};
use crate::ui::shell::site_header::SiteHeader;
use crate::ui::shell::update_notice::{watch_for_updates, UpdateNotice};
use crate::ui::state::small_records::Records;
use crate::ui::state::JournalState;
use crate::ui::summary::SummaryPage;

/// The whole app: header, the current page and the always-reachable crisis note.
#[component]
pub fn App() -> impl IntoView {
    // First, so the lock screen and every message already speak the person's language.
    let language = Language::provide();
    let state = JournalState::load();
    provide_context(state);
    Router::provide();
    // Another tab changed the journal: show its change here (older revisions are ignored).
    let listener = follow_other_tabs(state);
    on_cleanup(move || listener.remove());
    lock_when_idle(state);
    watch_for_updates(state);
    // The static shell in index.html painted before the wasm arrived; the app replaces it.
    Effect::new(|| {
        if let Some(shell) = document().get_element_by_id("boot-shell") {
            shell.remove();
        }
    });
    let locked = Memo::new(move |_| state.is_locked.get());
    // A newly chosen language redraws everything; the journal and drafts live in state, so
    // nothing typed is lost. The live region stays, so the change is announced.
    let drawn = move || {
        language.lang.track();
        view! {
            <a class="skip-link" href="#app-main">{say::skip_to_main()}</a>
            <SiteHeader/>
            <UpdateNotice/>
            <main id="app-main" tabindex="-1">
                {move || if locked.get() {
                    view! { <LockScreen/> }.into_any()
                } else {
                    view! { <OpenJournal/> }.into_any()
                }}
            </main>
            <CrisisNote/>
        }
    };
    view! {
        {drawn}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || state.status.get()}
        </p>
    }
}

/// The pages of an open journal. The small records are read once here, so moving between
/// pages reads nothing from storage. The journal page, once drawn, stays drawn (hidden while
/// another page shows), so coming back to it costs no rebuilding, however long the journal.
#[component]
fn OpenJournal() -> impl IntoView {
    Records::provide();
    let router = expect_context::<Router>();
    let page = Memo::new(move |_| router.page.get());
    let on_journal = Memo::new(move |_| page.get() == Page::Journal);
    let journal_drawn =
        Memo::new(move |drawn: Option<&bool>| drawn.copied().unwrap_or(false) || on_journal.get());
    view! {
        <div class="journal-view" hidden=move || !on_journal.get()>
            {move || journal_drawn.get().then(|| view! { <JournalPage/> })}
        </div>
        {move || other_page(page.get())}
    }
}

/// Every page but the journal, drawn afresh each time it is shown.
fn other_page(page: Page) -> Option<AnyView> {
    Some(match page {
        Page::Journal => return None,
        Page::Prompts => view! { <PromptsPage/> }.into_any(),
        Page::CheckIn => view! { <CheckInPage/> }.into_any(),
        Page::About => view! { <AboutPage/> }.into_any(),
        Page::Summary => view! { <SummaryPage/> }.into_any(),
        Page::Backup => view! { <BackupPage/> }.into_any(),
        Page::Homework => view! { <HomeworkPage/> }.into_any(),
        Page::Therapists => view! { <TherapistsPage/> }.into_any(),
        Page::Goals => view! { <GoalsPage/> }.into_any(),
        Page::NotFound => view! { <NotFound/> }.into_any(),
    })
}

/// Shown for an address the app does not know.
#[component]
fn NotFound() -> impl IntoView {
    view! {
        <h1>{say::page_not_here()}</h1>
        <p>{say::journal_is_safe()} <Link to=Page::Journal>{say::go_back_to_journal()}</Link> "."</p>
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

/// Changes another tab makes, taken in together: an import or a backup brought back there
/// writes thousands of records, one storage event each, and applying each on its own (every
/// list and count redrawn per record) would keep this tab busy long after the other is done.
/// Changes wait one task, then are applied in order, a few hundred per task.
fn follow_other_tabs(state: JournalState) -> WindowListenerHandle {
    const AT_A_TIME: usize = 500;
    let waiting =
        StoredValue::new(std::collections::VecDeque::<(Option<String>, Option<String>)>::new());
    window_event_listener(leptos::ev::storage, move |event| {
        let first = waiting
            .try_update_value(|w| {
                w.push_back((event.key(), event.new_value()));
                w.len() == 1
            })
            .unwrap_or(false);
        if !first {
            return;
        }
        leptos::task::spawn_local(async move {
            loop {
                browser::next_task().await;
                let part: Vec<_> = waiting
                    .try_update_value(|w| {
                        let n = w.len().min(AT_A_TIME);
                        w.drain(..n).collect()
                    })
                    .unwrap_or_default();
                for (key, value) in part {
                    state.apply_external_change(key, value);
                }
                if waiting.try_with_value(|w| w.is_empty()).unwrap_or(true) {
                    return;
                }
            }
        });
    })
}
