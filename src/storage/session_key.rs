//! The open journal's key, kept for this tab only while it is unlocked.
//!
//! The app is a few pages, each its own wasm bundle, and the key lives in memory: without
//! this, every move between pages would ask for the passphrase again. Session storage
//! belongs to this one tab and is gone when the tab is closed. The key also carries an
//! expiry (the idle time), and "Lock now" or an idle lock wipes it at once.
use gloo_storage::{SessionStorage, Storage};

use crate::domain::base64;

const KEY: &str = "between.session.open-key";

/// Remembers `raw` until `expires_at` (epoch millis).
pub fn remember(raw: &[u8], expires_at: f64) {
    // Whole milliseconds as an integer: float formatting would cost the bundle ~5 KB.
    let expires_at = expires_at as u64;
    let _ = SessionStorage::raw().set_item(KEY, &format!("{expires_at}:{}", base64::encode(raw)));
}

/// The remembered key, unless it has expired (an expired one is wiped).
pub fn recall(now: f64) -> Option<Vec<u8>> {
    let stored = SessionStorage::raw().get_item(KEY).ok()??;
    let (expires_at, key) = stored.split_once(':')?;
    if expires_at.parse::<u64>().ok()? as f64 > now {
        if let Ok(raw) = base64::decode(key) {
            return Some(raw);
        }
    }
    forget();
    None
}

/// Moves the expiry on while the person is active.
pub fn extend(expires_at: f64) {
    if let Some(raw) = recall(js_sys::Date::now()) {
        remember(&raw, expires_at);
    }
}

/// Wipes the key: the next page load asks for the passphrase.
pub fn forget() {
    let _ = SessionStorage::raw().remove_item(KEY);
}
