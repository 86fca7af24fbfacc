//! The one helper the summary's hand-drawn parts (preview, chart, consent list, outcomes)
//! use to add an element: the words always go in as text, never markup.
use web_sys::{Document, Element};

/// Appends `<tag class=…>text</tag>` to `parent`; the text is only ever text.
pub(super) fn add(doc: &Document, parent: &Element, tag: &str, class: &str, text: &str) -> Element {
    let el = doc.create_element(tag).expect("a known tag");
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    let _ = parent.append_child(&el);
    el
}
