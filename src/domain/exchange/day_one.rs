//! Day One's JSON export (`Journal.json`, alone or in the export's zip): `entries[]` with
//! `uuid`, `creationDate` (UTC), `timeZone` (IANA), `text` (Markdown), `tags`, `starred`,
//! and photos and other attachments, which are counted and left out.
use serde::Deserialize;
use serde_json::value::RawValue;

use super::imported::{Imported, LeftOut, LeftOutReason, ParseError, Parsed, SourceApp};
use crate::domain::calendar::time::Timestamp;
use crate::domain::records::json_fields::Fields;

#[derive(Deserialize)]
struct Export<'a> {
    /// Each read on its own, so one odd entry never costs the rest.
    #[serde(borrow)]
    entries: Vec<&'a RawValue>,
}

/// Reads the export. `offset_of(zone, epoch_ms)` gives a zone's UTC offset in minutes at that
/// moment (the browser's `Intl` knows the zones; the app carries no tables).
pub fn parse(
    json: &str,
    offset_of: &dyn Fn(&str, i64) -> Option<i32>,
) -> Result<Parsed, ParseError> {
    let fields = Fields::of(json).ok_or(ParseError::NotThisFormat)?;
    let looks_like_day_one = fields.raw("metadata").is_some() || fields.raw("entries").is_some();
    if !looks_like_day_one {
        return Err(ParseError::NotThisFormat);
    }
    let export: Export = serde_json::from_str(json).map_err(|_| ParseError::Damaged)?;
    let mut parsed = Parsed {
        app: SourceApp::DayOne,
        entries: Vec::new(),
        left_out: Vec::new(),
        attachments: 0,
        assumed_offset: None,
    };
    for (index, raw) in export.entries.iter().enumerate() {
        let Some(entry) = Fields::of(raw.get()) else {
            parsed.left_out.push(LeftOut {
                position: index + 1,
                reason: LeftOutReason::Empty,
            });
            continue;
        };
        let entry = &entry;
        parsed.attachments += attachments(entry);
        let text = entry
            .text("text")
            .map(|t| plain_markdown(&t))
            .unwrap_or_default();
        let tags: Vec<String> = entry.get("tags").unwrap_or_default();
        let position = index + 1;
        let Some(at) = moment(entry, offset_of) else {
            parsed.left_out.push(LeftOut {
                position,
                reason: LeftOutReason::Date,
            });
            continue;
        };
        let Some(uuid) = entry.text("uuid").filter(|u| !u.is_empty()) else {
            parsed.left_out.push(LeftOut {
                position,
                reason: LeftOutReason::Empty,
            });
            continue;
        };
        if text.trim().is_empty() {
            parsed.left_out.push(LeftOut {
                position,
                reason: LeftOutReason::Empty,
            });
            continue;
        }
        parsed.entries.push(Imported {
            source_id: uuid.to_string(),
            at,
            title: None,
            text,
            tags,
            mood: None,
            starred: entry.get("starred").unwrap_or(false),
        });
    }
    Ok(parsed)
}

fn moment(entry: &Fields, offset_of: &dyn Fn(&str, i64) -> Option<i32>) -> Option<Timestamp> {
    let utc = Timestamp::parse(&entry.text("creationDate")?)?;
    let zone = entry.text("timeZone");
    let offset = zone
        .and_then(|z| offset_of(&z, utc.epoch_millis()))
        .unwrap_or(0);
    Timestamp::from_browser(utc.epoch_millis() as f64, f64::from(-offset))
}

fn attachments(entry: &Fields) -> usize {
    ["photos", "videos", "audios", "pdfAttachments"]
        .iter()
        .filter_map(|field| entry.raw(field))
        .filter_map(|raw| serde_json::from_str::<Vec<&RawValue>>(raw).ok())
        .map(|list| list.len())
        .sum()
}

/// Day One's Markdown, kept as written except what only Day One reads: its backslash
/// escapes before punctuation ("Hello\!") and the lines that place a photo
/// (`![](dayone-moment://…)`).
fn plain_markdown(text: &str) -> String {
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| !line.contains("](dayone-moment:"))
        .collect();
    let joined = kept.join("\n");
    let mut out = String::with_capacity(joined.len());
    let mut chars = joined.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn madrid(_: &str, _: i64) -> Option<i32> {
        Some(60)
    }

    #[test]
    fn entries_keep_their_words_place_and_tags() {
        let json = r#"{"metadata":{"version":"1.0"},"entries":[
            {"uuid":"A1","creationDate":"2024-01-05T08:30:00Z","timeZone":"Europe/Madrid",
             "text":"Walked to work\\!\n![](dayone-moment://ABC)\nFelt *good*.","tags":["walk"],
             "starred":true,"photos":[{"identifier":"ABC"}]},
            {"uuid":"A2","creationDate":"yesterday","text":"no date"},
            {"uuid":"A3","creationDate":"2024-01-06T08:30:00Z","text":"   "}
        ]}"#;
        let parsed = parse(json, &madrid).unwrap();
        assert_eq!(parsed.entries.len(), 1);
        let entry = &parsed.entries[0];
        assert_eq!(entry.text, "Walked to work!\nFelt *good*.");
        assert_eq!(entry.at.to_rfc3339(), "2024-01-05T09:30:00+01:00");
        assert_eq!(entry.tags, ["walk"]);
        assert!(entry.starred);
        assert_eq!(parsed.attachments, 1);
        assert_eq!(
            parsed.left_out,
            [
                LeftOut {
                    position: 2,
                    reason: LeftOutReason::Date
                },
                LeftOut {
                    position: 3,
                    reason: LeftOutReason::Empty
                }
            ]
        );
    }

    #[test]
    fn other_files_are_named_as_such() {
        assert_eq!(parse("not json", &madrid), Err(ParseError::NotThisFormat));
        assert_eq!(
            parse(r#"{"format":"between-backup"}"#, &madrid),
            Err(ParseError::NotThisFormat)
        );
        assert_eq!(
            parse(r#"{"entries":"nope"}"#, &madrid),
            Err(ParseError::Damaged)
        );
    }
}
