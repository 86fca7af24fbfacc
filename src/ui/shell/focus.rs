//! Moving keyboard focus after the view changes, so nobody loses their place.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with `id` once the current change has been drawn.
pub fn focus_soon(id: String) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// Focuses the new page's heading once it is drawn, so a screen reader starts there; the
/// main region when the page has no heading (the lock screen).
pub fn focus_page_heading() {
    request_animation_frame(|| {
        // The journal stays drawn while hidden, so its heading is skipped on other pages.
        let headings = document().query_selector_all("#app-main h1").ok();
        let shown = headings.and_then(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
                .find(|h| h.closest("[hidden]").ok().flatten().is_none())
        });
        let heading = shown
            .or_else(|| document().get_element_by_id("app-main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            if !heading.has_attribute("tabindex") {
                let _ = heading.set_attribute("tabindex", "-1");
            }
            let _ = heading.focus();
        }
    });
}

/// The id of an entry's Edit button: where focus returns after editing or undoing.
pub fn edit_button_id(entry_id: &crate::domain::EntryId) -> String {
    format!("edit-button-{entry_id}")
}
