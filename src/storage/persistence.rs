//! What the browser says about keeping this site's data: persistence and quota.
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the browser reports; `None` where it does not say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BrowserStorage {
    pub persisted: Option<bool>,
    pub usage_bytes: Option<f64>,
    pub quota_bytes: Option<f64>,
    pub user_agent: String,
    /// A touch screen: with a "Macintosh" user agent, that is an iPad.
    pub touch_screen: bool,
    /// This window is the installed app.
    pub installed: bool,
    /// Local storage in use, where the journal lives.
    pub local: Option<super::local::Usage>,
}

fn manager() -> Option<web_sys::StorageManager> {
    web_sys::window().map(|w| w.navigator().storage())
}

/// Asks the browser how it is keeping this site's data.
pub async fn read() -> BrowserStorage {
    let navigator = web_sys::window().map(|w| w.navigator());
    let mut report = BrowserStorage {
        user_agent: navigator
            .as_ref()
            .and_then(|n| n.user_agent().ok())
            .unwrap_or_default(),
        touch_screen: navigator.as_ref().is_some_and(|n| n.max_touch_points() > 1),
        installed: super::app_worker::is_installed_window(),
        ..BrowserStorage::default()
    };
    let Some(manager) = manager() else {
        return report;
    };
    if let Ok(promise) = manager.persisted() {
        report.persisted = JsFuture::from(promise).await.ok().and_then(|v| v.as_bool());
    }
    if let Ok(promise) = manager.estimate() {
        if let Ok(estimate) = JsFuture::from(promise).await {
            let estimate: web_sys::StorageEstimate = estimate.unchecked_into();
            report.usage_bytes = estimate.get_usage();
            report.quota_bytes = estimate.get_quota();
        }
    }
    // After the page is drawn: this reads the length of every record.
    report.local = super::LocalJournalStore::usage().ok();
    report
}

/// Asks the browser to keep this site's data even when space runs low. Returns its answer.
pub async fn request_persistence() -> Option<bool> {
    let promise = manager()?.persist().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
