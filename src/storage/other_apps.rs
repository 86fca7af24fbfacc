//! Reading another app's export the person picked: a zip's one member (through `archive`),
//! or a whole text file, each only once its size is known to be readable. Zones named in
//! Day One's entries are turned into offsets by the browser's `Intl`, so the app carries no
//! zone tables.
use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::{JsCast, JsValue};

use super::archive::{self, ArchiveError};
use super::browser;
use crate::domain::exchange::detect::{self, FileProblem, MAX_READ_BYTES};
use crate::domain::exchange::imported::{LocalZone, Parsed};

/// Reads and parses the file. Nothing is written.
pub async fn read_export(file: &web_sys::File) -> Result<Parsed, FileProblem> {
    let formats = ZoneFormats::default();
    let offset_of = |zone: &str, millis: i64| formats.offset(zone, millis);
    if archive::looks_like_zip(file).await {
        let (name, bytes) = archive::read_member(file, detect::is_export_member, MAX_READ_BYTES)
            .await
            .map_err(|error| match error {
                ArchiveError::Missing => FileProblem::ZipWithoutExport,
                ArchiveError::TooLarge => FileProblem::TooLarge,
                ArchiveError::Unreadable => FileProblem::Unreadable,
                ArchiveError::Zip(_) | ArchiveError::Damaged => FileProblem::Damaged,
            })?;
        return detect::parse_member(&name, &bytes, &offset_of);
    }
    if file.size() > MAX_READ_BYTES as f64 {
        return Err(FileProblem::TooLarge);
    }
    let text = super::files::read_text(file)
        .await
        .map_err(|_| FileProblem::Unreadable)?;
    let zone = LocalZone {
        now: browser::now().offset_minutes(),
        rules: Some(&browser::local_offset),
    };
    detect::parse_text(&text, zone, &offset_of)
}

/// One `Intl.DateTimeFormat` per zone, made once: an export names few zones but thousands of
/// entries.
#[derive(Default)]
struct ZoneFormats(RefCell<HashMap<String, Option<JsValue>>>);

impl ZoneFormats {
    /// The zone's offset east of UTC in minutes at that moment, or None for a zone the
    /// browser does not know.
    fn offset(&self, zone: &str, millis: i64) -> Option<i32> {
        let mut formats = self.0.borrow_mut();
        let format = formats
            .entry(zone.to_string())
            .or_insert_with(|| zone_format(zone))
            .as_ref()?;
        let date = js_sys::Date::new(&JsValue::from_f64(millis as f64));
        let parts = js_sys::Reflect::get(format, &"formatToParts".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?
            .call1(format, &date)
            .ok()?;
        js_sys::Array::from(&parts).iter().find_map(|part| {
            let kind = js_sys::Reflect::get(&part, &"type".into()).ok()?;
            (kind.as_string()? == "timeZoneName")
                .then(|| {
                    js_sys::Reflect::get(&part, &"value".into())
                        .ok()?
                        .as_string()
                })
                .flatten()
                .and_then(|value| gmt_offset(&value))
        })
    }
}

/// `new Intl.DateTimeFormat("en-US", {timeZone, timeZoneName: "longOffset"})`, caught: an
/// unknown zone throws.
fn zone_format(zone: &str) -> Option<JsValue> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
    js_sys::Reflect::set(&options, &"timeZoneName".into(), &"longOffset".into()).ok()?;
    let args = js_sys::Array::of2(&"en-US".into(), &options);
    js_sys::Reflect::construct(&constructor, &args).ok()
}

/// "GMT+05:30" → 330, "GMT-8" → -480, "GMT" → 0.
fn gmt_offset(text: &str) -> Option<i32> {
    let rest = text.strip_prefix("GMT")?;
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, rest) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => (-1, rest.strip_prefix('\u{2212}')?),
    };
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "0"));
    Some(sign * (hours.parse::<i32>().ok()? * 60 + minutes.parse::<i32>().ok()?))
}
