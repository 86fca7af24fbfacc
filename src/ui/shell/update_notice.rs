//! The app's own updates: a new version waits until the person applies it, and a tab left
//! behind by a newer version elsewhere stops writing before it could overwrite anything.
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::language::say::shell as say;
use crate::storage::app_worker::{self, Listeners};
use crate::ui::state::JournalState;

#[derive(Clone, Copy, PartialEq)]
enum Update {
    None,
    /// A new version is installed; this one keeps working until the person applies it.
    Ready,
    /// Another tab applied a new version; this tab no longer writes anything.
    ReplacedElsewhere,
}

#[derive(Clone, Copy)]
struct AppUpdate(RwSignal<Update>);

/// Registers the service worker and follows what it says about new versions.
pub fn watch_for_updates(state: JournalState) {
    let update = RwSignal::new(Update::None);
    provide_context(AppUpdate(update));
    app_worker::register(Listeners {
        update_ready: Rc::new(move || update.set(Update::Ready)),
        replaced_elsewhere: Rc::new(move || {
            state.stop_writing_for_newer_version();
            if words_only_on_screen(state) {
                update.set(Update::ReplacedElsewhere);
            } else {
                // Everything is stored, so loading the new version loses nothing.
                app_worker::reload();
            }
        }),
    });
}

/// "A new version of Between is ready", with the button that applies it.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let AppUpdate(update) = expect_context::<AppUpdate>();
    let state = expect_context::<JournalState>();
    let hint = RwSignal::new(None::<&'static str>);
    let apply = move |_| {
        if words_only_on_screen(state) {
            hint.set(Some(say::save_before_update()));
        } else {
            app_worker::apply_update();
        }
    };
    move || {
        match update.get() {
        Update::None => None,
        Update::Ready => Some(
            view! {
                <div class="notice notice--info update-notice" role="status">
                    <p>{say::update_ready()}</p>
                    <button type="button" class="button" on:click=apply>{say::update_now()}</button>
                    {move || hint.get().map(|text| view! { <p>{text}</p> })}
                </div>
            }
            .into_any(),
        ),
        Update::ReplacedElsewhere => Some(
            view! {
                <div class="notice notice--problem update-notice" role="alert">
                    <p>{say::replaced_elsewhere()}</p>
                    <button type="button" class="button" on:click=|_| app_worker::reload()>{say::reload_tab()}</button>
                </div>
            }
            .into_any(),
        ),
    }
    }
}

/// True when something typed here is not stored yet: an open editor, a check-in form, or any
/// text field on the page outside the composer (whose words are kept as a draft).
fn words_only_on_screen(state: JournalState) -> bool {
    if state.has_unsaved_forms() {
        return true;
    }
    // The fields inside the main region (the allow-list cannot hold a line starting "#").
    let Some(main) = document().get_element_by_id("app-main") else {
        return false;
    };
    let Ok(fields) = main.query_selector_all("input, textarea") else {
        return false;
    };
    (0..fields.length())
        .filter_map(|i| fields.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        // The composer's words are kept as a draft; a hidden page holds nothing being typed.
        .filter(|field| {
            field
                .closest(".composer, [hidden]")
                .ok()
                .flatten()
                .is_none()
        })
        .any(|field| {
            let kind = field.get_attribute("type").unwrap_or_default();
            let typed = matches!(kind.as_str(), "" | "text" | "search" | "password" | "date");
            let value = js_sys::Reflect::get(&field, &"value".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            typed && kind != "search" && !value.trim().is_empty()
        })
}
