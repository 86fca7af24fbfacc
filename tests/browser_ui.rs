//! The mounted app in Chromium: what a save and a damaged record look like on screen.
#![cfg(target_arch = "wasm32")]

use between::domain::records::format::ENTRY_KEY_PREFIX;
use between::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn find<T: JsCast>(root: &web_sys::Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on screen"))
        .unchecked_into()
}

/// Mounts the app in a fresh element; it unmounts when the handle drops.
async fn mount_app() -> (web_sys::HtmlElement, impl Drop) {
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), App);
    leptos::task::tick().await;
    (root, handle)
}

fn entry_records() -> Vec<String> {
    let storage = storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(ENTRY_KEY_PREFIX))
        .map(|k| storage.get_item(&k).unwrap().unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn a_saved_entry_shows_in_the_list_and_is_stored_as_one_record() {
    storage().clear().unwrap();
    let (root, _app) = mount_app().await;

    let text_box: web_sys::HtmlTextAreaElement = find(&root, "#entry-text");
    text_box.set_value("  I asked for help at work  ");
    text_box
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    find::<web_sys::HtmlButtonElement>(&root, "button[type=submit]").click();
    leptos::task::tick().await;

    let list = find::<web_sys::Element>(&root, ".entries")
        .text_content()
        .unwrap();
    assert!(list.contains("I asked for help at work"), "{list}");
    assert!(list.contains("Small win"), "{list}");
    let records = entry_records();
    assert_eq!(records.len(), 1);
    let key = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .find(|k| k.starts_with(ENTRY_KEY_PREFIX))
        .unwrap();
    let stored = between::domain::records::format::decode_entry(&key, &records[0]).unwrap();
    assert_eq!(stored.text, "I asked for help at work");
    // The save completes in a task of its own; the composer clears as it returns.
    for _ in 0..5 {
        if text_box.value().is_empty() {
            break;
        }
        leptos::task::tick().await;
    }
    assert_eq!(text_box.value(), "", "the composer is cleared after a save");
}

#[wasm_bindgen_test]
async fn an_empty_entry_is_refused_with_a_kind_message_and_nothing_is_stored() {
    storage().clear().unwrap();
    let (root, _app) = mount_app().await;
    find::<web_sys::HtmlButtonElement>(&root, "button[type=submit]").click();
    leptos::task::tick().await;
    let error = find::<web_sys::Element>(&root, "#entry-error")
        .text_content()
        .unwrap();
    assert!(error.contains("whenever you're ready"), "{error}");
    assert!(entry_records().is_empty());
}

#[wasm_bindgen_test]
async fn a_damaged_record_gets_a_calm_notice_and_the_rest_of_the_journal_shows() {
    let storage = storage();
    storage.clear().unwrap();
    storage
        .set_item(
            "between.entry.18f0a1b2c00-00000001",
            r#"{"v":1,"entry":{"id":"18f0a1b2c00-00000001","kind":"win","text":"Still here","created_at":"2026-11-18T08:00:00+01:00","updated_at":"2026-11-18T08:00:00+01:00","revision":1}}"#,
        )
        .unwrap();
    storage
        .set_item("between.entry.broken", "{\"v\":1,")
        .unwrap();
    let (root, _app) = mount_app().await;

    let page = root.text_content().unwrap();
    assert!(page.contains("Still here"), "{page}");
    assert!(page.contains("One entry couldn't be read"), "{page}");
    assert_eq!(
        storage.get_item("between.entry.broken").unwrap().as_deref(),
        Some("{\"v\":1,")
    );
}
