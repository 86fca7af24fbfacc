//! The clock and random ids, read from the browser.
use crate::domain::{EntryId, Timestamp};

/// Now, with the browser's current UTC offset.
pub fn now() -> Timestamp {
    let date = js_sys::Date::new_0();
    Timestamp::from_browser(date.get_time(), date.get_timezone_offset())
        .expect("the browser clock gives a finite time")
}

/// A fresh id: the time plus 32 random bits, so two tabs never pick the same one.
pub fn new_entry_id(now: Timestamp) -> EntryId {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    EntryId::new(now.epoch_millis(), random)
}

/// A fresh id for a prompt of one's own.
pub fn new_prompt_id() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    crate::domain::prompts::choice::custom_prompt_id(js_sys::Date::now() as i64, random)
}

/// Waits for the browser's next task, so a long background job lets the page answer clicks
/// and draw between its steps.
pub async fn next_task() {
    wait(false).await;
}

/// Waits until the next frame has been drawn, so a background job starts after what the
/// page shows first is on screen.
pub async fn next_frame() {
    wait(true).await;
    next_task().await;
}

async fn wait(for_frame: bool) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = if for_frame {
                window.request_animation_frame(&resolve).map(drop)
            } else {
                window.set_timeout_with_callback(&resolve).map(drop)
            };
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The UTC offset (minutes east, +60 for UTC+1) of `minutes` past midnight on `date` here,
/// by that date's own rules, so each session keeps its own daylight-saving offset.
pub fn local_offset(date: crate::domain::calendar::time::Date, minutes: u16) -> i32 {
    let (year, month, day) = date.ymd();
    let local = js_sys::Date::new_with_year_month_day_hr_min(
        year as u32,
        month as i32 - 1,
        day as i32,
        i32::from(minutes / 60),
        i32::from(minutes % 60),
    );
    -(local.get_timezone_offset().round() as i32)
}
