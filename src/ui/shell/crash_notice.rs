//! If the app's own code hits a fault it stops (the release build aborts on panic). Instead of
//! a page that silently stops answering, the person is told what happened and what is safe.
//! Plain DOM calls: the reactive system cannot be trusted mid-fault.
use crate::domain::language::say::shell as say;
use wasm_bindgen::JsValue;

/// Installed once, before the app mounts.
pub fn show_on_panic() {
    std::panic::set_hook(Box::new(|info| {
        // For whoever reads the console: where, never what (a message could quote data).
        if let Some(at) = info.location() {
            web_sys::console::error_1(&JsValue::from_str(&format!(
                "Between stopped at {}:{}",
                at.file(),
                at.line()
            )));
        }
        let _ = show();
    }));
}

fn show() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let note = document.create_element("p").ok()?;
    note.set_class_name("notice notice--problem crash-notice");
    note.set_attribute("role", "alert").ok()?;
    note.set_text_content(Some(say::crashed()));
    document.body()?.prepend_with_node_1(&note).ok()
}
