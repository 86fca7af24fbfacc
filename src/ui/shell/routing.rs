//! A small router for the app's pages: real paths, the back and forward buttons,
//! `aria-current`, a window title per page, and focus on the new page's heading. Every page
//! opens in place, so the journal stays in memory. (The app needs eight fixed paths; a
//! hand-written router of this size weighs far less than `leptos_router`.)
use leptos::prelude::*;

use crate::domain::language::say::shell as say;

/// Every page the app has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Journal,
    Prompts,
    CheckIn,
    About,
    Summary,
    Backup,
    Homework,
    Therapists,
    Goals,
    NotFound,
}

impl Page {
    pub const ALL: [Page; 9] = [
        Page::Journal,
        Page::Prompts,
        Page::CheckIn,
        Page::About,
        Page::Summary,
        Page::Backup,
        Page::Homework,
        Page::Therapists,
        Page::Goals,
    ];

    pub fn from_path(path: &str) -> Self {
        let path = path.trim_end_matches('/');
        Self::ALL
            .into_iter()
            .find(|page| page.path().trim_end_matches('/') == path)
            .unwrap_or(Page::NotFound)
    }

    pub fn path(self) -> &'static str {
        match self {
            Page::Journal | Page::NotFound => "/",
            Page::Prompts => "/prompts",
            Page::CheckIn => "/check-in",
            Page::About => "/about",
            Page::Summary => "/summary",
            Page::Backup => "/backup",
            Page::Homework => "/homework",
            Page::Therapists => "/for-therapists",
            Page::Goals => "/goals",
        }
    }

    /// The window title, so each page is named in tabs, history and screen readers.
    pub fn title(self) -> &'static str {
        match self {
            Page::Journal => say::title_journal(),
            Page::About => say::title_about(),
            Page::Prompts => say::title_prompts(),
            Page::CheckIn => say::title_check_in(),
            Page::Summary => say::title_summary(),
            Page::Backup => say::title_backup(),
            Page::Homework => say::title_homework(),
            Page::Therapists => say::title_therapists(),
            Page::Goals => say::title_goals(),
            Page::NotFound => say::title_not_found(),
        }
    }

    /// The page's name on `<html data-page>`, for the styles that belong to one page.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Journal => "journal",
            Page::Prompts => "prompts",
            Page::CheckIn => "check-in",
            Page::About => "about",
            Page::Summary => "summary",
            Page::Backup => "backup",
            Page::Homework => "homework",
            Page::Therapists => "for-therapists",
            Page::Goals => "goals",
            Page::NotFound => "not-found",
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
        let language = use_context::<crate::ui::shell::language::Language>();
        Effect::new(move |_| {
            let page = router.page.get();
            // The title is said again in a newly chosen language.
            language.inspect(|l| l.lang.track());
            document().set_title(page.title());
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("data-page", page.slug());
            }
        });
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let page = Page::from_path(&current_path());
            // A link to a place on the same page (`#crisis`) also fires popstate: stay put.
            if page != router.page.get_untracked() {
                router.page.set(page);
                crate::ui::shell::focus::focus_page_heading();
            }
        });
        on_cleanup(move || listener.remove());
        provide_context(router);
        router
    }

    /// Shows `page`, records it in history, and moves focus to its heading.
    pub fn go(self, page: Page) {
        self.go_to(page, None);
    }

    /// Shows `page` and moves focus to the element with id `place` on it (its heading when
    /// `None`); the address names the place too.
    pub fn go_to(self, page: Page, place: Option<&'static str>) {
        if let Ok(history) = window().history() {
            let url = href(page, place);
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
        self.page.set(page);
        window().scroll_to_with_x_and_y(0.0, 0.0);
        match place {
            Some(id) => crate::ui::shell::focus::focus_soon(id.into()),
            None => crate::ui::shell::focus::focus_page_heading(),
        }
    }
}

/// The address of `page`, or of one place on it.
fn href(page: Page, place: Option<&str>) -> String {
    match place {
        Some(id) => format!("{}#{id}", page.path()),
        None => page.path().to_string(),
    }
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_default()
}

/// A link to one of the app's pages (or, with `place`, to the element with that id on it):
/// a real `<a href>` that opens in place.
#[component]
pub fn Link(
    to: Page,
    #[prop(optional, into)] class: Option<&'static str>,
    #[prop(optional)] place: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        // Let the browser handle new tabs, new windows and downloads.
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        router.go_to(to, place);
    };
    view! {
        <a
            href=href(to, place)
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
        for page in Page::ALL {
            assert_eq!(Page::from_path(page.path()), page);
        }
        assert_eq!(Page::from_path("/for-therapists/"), Page::Therapists);
        assert_eq!(Page::from_path("/backup/"), Page::Backup);
        assert_eq!(Page::from_path("/prompts"), Page::Prompts);
        assert_eq!(Page::from_path("/check-in"), Page::CheckIn);
        assert_eq!(Page::from_path("/nowhere"), Page::NotFound);
    }

    #[test]
    fn window_titles_are_named_in_each_language() {
        use crate::domain::language::{speaking, Lang};
        assert_eq!(Page::Goals.title(), "My goals · Between");
        assert_eq!(
            speaking(Lang::Es, || Page::Goals.title()),
            "Mis objetivos · Between"
        );
        assert_eq!(
            speaking(Lang::Es, || Page::Journal.title()),
            "Between · un diario privado entre sesiones de terapia"
        );
        for page in Page::ALL {
            let title = speaking(Lang::Es, || page.title());
            assert!(title.contains("Between"), "{title}");
            assert_ne!(title, page.title(), "{page:?} is left in English");
        }
    }
}
