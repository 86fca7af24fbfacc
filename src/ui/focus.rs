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

/// The id of an entry's Edit button: where focus returns after editing or undoing.
pub fn edit_button_id(entry_id: &crate::domain::EntryId) -> String {
    format!("edit-button-{entry_id}")
}
