//! Files in and out: downloads made in the page, and files the person picks.
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::language::say::records as say;

/// Offers `contents` as a file download. Nothing leaves the device: the file is made in memory.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| say::file_not_made().to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| say::file_not_made().to_string())?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(say::file_no_document())?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| say::file_no_link())?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Reads a picked file as UTF-8 text.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| say::file_not_read().to_string())?;
    text.as_string()
        .ok_or_else(|| say::file_not_read().to_string())
}

/// Puts `text` on the clipboard; false when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Some(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .is_ok()
}
