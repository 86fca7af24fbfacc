//! Files in and out: downloads made in the page, and files the person picks.
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::language::say::records as say;

/// Offers `contents` as a file download. Nothing leaves the device: the file is made in memory.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    offer(file_name, mime, &contents.into())
}

/// Offers `bytes` (a zip, say) as a file download, made in memory like `download`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    offer(file_name, mime, &js_sys::Uint8Array::from(bytes).into())
}

/// The one download path: `part` is a JS string (written as UTF-8) or a `Uint8Array`, both of
/// which a `Blob` takes as they are.
fn offer(file_name: &str, mime: &str, part: &wasm_bindgen::JsValue) -> Result<(), String> {
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
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
