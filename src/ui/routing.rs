//! A small router for the app's few pages. leptos_router cost about a tenth of the
//! first-load budget; this keeps real paths, the back button and `aria-current`.
use leptos::prelude::*;

/// Every page the app has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Journal,
    Backup,
    About,
    NotFound,
}

impl Page {
    pub fn from_path(path: &str) -> Self {
        match path.trim_end_matches('/') {
            "" => Page::Journal,
            "/backup" => Page::Backup,
            "/about" => Page::About,
            _ => Page::NotFound,
        }
    }

    pub fn path(self) -> &'static str {
        match self {
            Page::Journal | Page::NotFound => "/",
            Page::Backup => "/backup",
            Page::About => "/about",
        }
    }
}

/// The page being shown, kept in step with the address bar.
#[derive(Clone, Copy)]
pub struct Router {
    pub page: RwSignal<Page>,
}

impl Router {
    /// Reads the current address and follows the back and forward buttons.
    pub fn provide() -> Self {
        let router = Self {
            page: RwSignal::new(Page::from_path(&current_path())),
        };
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            router.page.set(Page::from_path(&current_path()));
        });
        on_cleanup(move || listener.remove());
        provide_context(router);
        router
    }

    /// Shows `page`, records it in history, and moves focus to the new content.
    pub fn go(self, page: Page) {
        if let Ok(history) = window().history() {
            let _ =
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(page.path()));
        }
        self.page.set(page);
        window().scroll_to_with_x_and_y(0.0, 0.0);
        super::focus::focus_soon("app-main".into());
    }
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// A link to one of the app's pages: a real `<a href>` that opens in place.
#[component]
pub fn Link(
    to: Page,
    #[prop(optional, into)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        // Let the browser handle new tabs, new windows and downloads.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        router.go(to);
    };
    view! {
        <a
            href=to.path()
            class=class
            aria-current=move || (router.page.get() == to).then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_pages_and_back() {
        for page in [Page::Journal, Page::Backup, Page::About] {
            assert_eq!(Page::from_path(page.path()), page);
        }
        assert_eq!(Page::from_path("/backup/"), Page::Backup);
        assert_eq!(Page::from_path("/nowhere"), Page::NotFound);
    }
}
