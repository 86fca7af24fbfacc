//! The language: the browser's preferences, the stored choice (plain, never sealed) and
//! `<html lang>`.
use wasm_bindgen::JsCast;

use crate::domain::language::record::{decode_language, encode_language, LANGUAGE_KEY};
use crate::domain::language::Lang;
use crate::domain::StorageError;
use crate::storage::LocalJournalStore;

/// `navigator.languages`, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The stored choice, else the browser's first language Between speaks.
pub fn chosen_language() -> Lang {
    stored_language().unwrap_or_else(|| {
        let tags = browser_languages();
        Lang::from_preferences(tags.iter().map(String::as_str))
    })
}

pub fn stored_language() -> Option<Lang> {
    let raw = LocalJournalStore::read_record(LANGUAGE_KEY).ok()??;
    decode_language(&raw)
}

/// The stored record's text, for backups.
pub fn stored_language_record() -> Option<String> {
    let raw = LocalJournalStore::read_record(LANGUAGE_KEY).ok()??;
    decode_language(&raw).map(|_| raw)
}

pub fn save_language(lang: Lang) -> Result<(), StorageError> {
    LocalJournalStore::write_record(LANGUAGE_KEY, &encode_language(lang))
}

/// `<html lang>`, so screen readers and hyphenation follow the language on screen.
pub fn show_language(lang: Lang) {
    let html = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(html) = html {
        html.set_lang(lang.code());
    }
}
