//! The service worker that keeps the app's own files for offline use (`assets/sw.js`), and
//! whether this window is the installed app. The worker never sees journal data.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// This tab asked the waiting version to take over, so its arrival means "reload now".
    static APPLYING: Cell<bool> = const { Cell::new(false) };
}

/// What the app hears from the worker.
pub struct Listeners {
    /// A new version is installed and waiting; the old one keeps running until it is applied.
    pub update_ready: Rc<dyn Fn()>,
    /// Another tab applied a new version: this tab now runs older code than the one in charge.
    pub replaced_elsewhere: Rc<dyn Fn()>,
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent outside secure contexts (and in some private modes): the app then simply runs online.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers `/sw.js` and tells `listeners` about new versions. Does nothing where the browser
/// has no service workers.
pub fn register(listeners: Listeners) {
    let Some(container) = container() else {
        return;
    };
    let controlled = Rc::new(Cell::new(container.controller().is_some()));
    let on_controller_change = {
        let controlled = controlled.clone();
        let replaced = listeners.replaced_elsewhere.clone();
        Closure::<dyn Fn()>::new(move || {
            if APPLYING.with(Cell::get) {
                reload();
            } else if controlled.get() {
                replaced();
            }
            // A first visit becomes controlled by the same version: nothing to do.
            controlled.set(true);
        })
    };
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let ready = listeners.update_ready;
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A version that finished installing while no page was listening.
        if registration.waiting().is_some() && controlled.get() {
            ready();
        }
        watch_installs(&registration, controlled, ready);
        check_again_when_visible(registration.clone());
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Calls `ready` when a newer version finishes installing beside the running one.
fn watch_installs(
    registration: &ServiceWorkerRegistration,
    controlled: Rc<Cell<bool>>,
    ready: Rc<dyn Fn()>,
) {
    let found = {
        let registration = registration.clone();
        Closure::<dyn Fn()>::new(move || {
            let Some(worker) = registration.installing() else {
                return;
            };
            let (ready, controlled, watched) = (ready.clone(), controlled.clone(), worker.clone());
            let changed = Closure::<dyn Fn()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && controlled.get() {
                    ready();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        })
    };
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

/// Looks for a new version whenever the person comes back to the app.
fn check_again_when_visible(registration: ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let visible = {
        let document = document.clone();
        Closure::<dyn Fn()>::new(move || {
            if !document.hidden() {
                // Offline, the check fails; the running version simply carries on.
                if let Ok(check) = registration.update() {
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = JsFuture::from(check).await;
                    });
                }
            }
        })
    };
    let _ = document
        .add_event_listener_with_callback("visibilitychange", visible.as_ref().unchecked_ref());
    visible.forget();
}

/// Lets the waiting version take over; this tab reloads once it has.
pub fn apply_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    let Some(waiting) = waiting else {
        return reload();
    };
    APPLYING.with(|a| a.set(true));
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
    let _ = waiting.post_message(&message);
}

/// Loads the page again, from whichever version is now in charge.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// True in the installed app's own window (not in a browser tab, even of an installed app).
pub fn is_installed_window() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let standalone = [
        "(display-mode: standalone)",
        "(display-mode: window-controls-overlay)",
    ]
    .iter()
    .any(|query| matches!(window.match_media(query), Ok(Some(list)) if list.matches()));
    // Safari on iPhone and iPad says so with its own flag.
    let ios_home_screen = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    standalone || ios_home_screen
}
