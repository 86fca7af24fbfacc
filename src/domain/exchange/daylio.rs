//! Daylio's two exports. The backup (`.daylio`: a zip whose member is base64 of JSON) has
//! `dayEntries` with `datetime` (ms), `timeZoneOffset` (ms), `mood` (an id in `customMoods`,
//! whose `mood_group_id` runs 1 great to 5 awful), `note` (HTML), `note_title` and `tags`
//! (ids in `tags`). The CSV (`full_date,date,weekday,time,mood,activities,note_title,note`)
//! names moods by the person's own words and has no zone and no id.
use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::csv;
use super::html;
use super::imported::{
    Imported, LeftOut, LeftOutReason, LocalZone, Mood, ParseError, Parsed, SourceApp,
};
use crate::domain::calendar::time::{Date, Timestamp};
use crate::domain::records::json_fields::Fields;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Backup<'a> {
    /// Each read on its own, so one odd entry never costs the rest.
    #[serde(borrow)]
    day_entries: Vec<&'a RawValue>,
    #[serde(default)]
    custom_moods: Vec<CustomMood>,
    #[serde(default)]
    tags: Vec<Tag>,
}

#[derive(Deserialize)]
struct CustomMood {
    id: i64,
    mood_group_id: u8,
}

#[derive(Deserialize)]
struct Tag {
    id: i64,
    name: String,
}

/// The JSON inside a `.daylio` backup (already un-base64'd; see `backup_json`).
pub fn parse_backup(json: &str) -> Result<Parsed, ParseError> {
    let fields = Fields::of(json).ok_or(ParseError::NotThisFormat)?;
    if fields.raw("dayEntries").is_none() {
        return Err(ParseError::NotThisFormat);
    }
    let backup: Backup = serde_json::from_str(json).map_err(|_| ParseError::Damaged)?;
    let moods: HashMap<i64, u8> = backup
        .custom_moods
        .iter()
        .map(|m| (m.id, m.mood_group_id))
        .collect();
    let tags: HashMap<i64, &str> = backup
        .tags
        .iter()
        .map(|t| (t.id, t.name.as_str()))
        .collect();
    let mut parsed = empty();
    for (index, raw) in backup.day_entries.iter().enumerate() {
        let position = index + 1;
        let entry = Fields::of(raw.get());
        let entry = entry.as_ref();
        let number = |field: &str| entry?.get::<f64>(field);
        let text_of = |field: &str| entry.and_then(|e| e.text(field)).unwrap_or_default();
        parsed.attachments += entry
            .and_then(|e| e.raw("assets"))
            .and_then(|raw| serde_json::from_str::<Vec<&RawValue>>(raw).ok())
            .map_or(0, |assets| assets.len());
        let at = number("datetime").and_then(|ms| {
            let offset_ms = number("timeZoneOffset").unwrap_or(0.0);
            Timestamp::from_browser(ms, -(offset_ms / 60_000.0))
        });
        let Some(at) = at else {
            parsed.left_out.push(LeftOut {
                position,
                reason: LeftOutReason::Date,
            });
            continue;
        };
        let mood = entry
            .and_then(|e| e.get::<i64>("mood"))
            .and_then(|id| moods.get(&id))
            .filter(|group| (1..=5).contains(*group))
            .map(|&group| Mood::Group(group));
        let entry_tags: Vec<String> = entry
            .and_then(|e| e.get::<Vec<i64>>("tags"))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|id| tags.get(&id).map(|name| name.to_string()))
            .collect();
        let title = html::to_text(&text_of("note_title"));
        let text = html::to_text(&text_of("note"));
        if mood.is_none() && text.is_empty() && title.is_empty() && entry_tags.is_empty() {
            parsed.left_out.push(LeftOut {
                position,
                reason: LeftOutReason::Empty,
            });
            continue;
        }
        let id = entry
            .and_then(|e| e.raw("id"))
            .map(|id| id.trim().to_string())
            .unwrap_or_else(|| at.epoch_millis().to_string());
        parsed.entries.push(Imported {
            source_id: id,
            at,
            title: (!title.is_empty()).then_some(title),
            text,
            tags: entry_tags,
            mood,
            starred: false,
        });
    }
    Ok(parsed)
}

/// The JSON held by a `.daylio` member: base64 text, whitespace allowed.
pub fn backup_json(member: &[u8]) -> Result<String, ParseError> {
    use base64::Engine;
    let compact: Vec<u8> = member
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(compact)
        .map_err(|_| ParseError::Damaged)?;
    String::from_utf8(bytes).map_err(|_| ParseError::Damaged)
}

const CSV_HEADER: [&str; 8] = [
    "full_date",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
];

/// Daylio's CSV. It has no zone: every time is read in `zone` (the browser's, said in the
/// preview), at that date's own offset.
pub fn parse_csv(text: &str, zone: LocalZone) -> Result<Parsed, ParseError> {
    let rows = csv::parse(text).map_err(|_| ParseError::Damaged)?;
    let mut rows = rows.into_iter();
    let header = rows.next().ok_or(ParseError::NotThisFormat)?;
    let header: Vec<&str> = header.iter().map(|h| h.trim()).collect();
    if header.len() < CSV_HEADER.len() || header[..CSV_HEADER.len()] != CSV_HEADER {
        return Err(ParseError::NotThisFormat);
    }
    let mut parsed = empty();
    parsed.assumed_offset = Some(zone.now);
    for (index, row) in rows.enumerate() {
        let position = index + 1;
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| row.get(i).map(|c| c.trim()).unwrap_or_default();
        let Some(at) = csv_moment(cell(0), cell(3), zone) else {
            parsed.left_out.push(LeftOut {
                position,
                reason: LeftOutReason::Date,
            });
            continue;
        };
        let tags: Vec<String> = cell(5)
            .split('|')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
        let (title, note) = (cell(6).to_string(), cell(7).to_string());
        let mood = (!cell(4).is_empty()).then(|| Mood::Named(cell(4).to_string()));
        if mood.is_none() && note.is_empty() && title.is_empty() && tags.is_empty() {
            parsed.left_out.push(LeftOut {
                position,
                reason: LeftOutReason::Empty,
            });
            continue;
        }
        // No id in the file: the same date, time and words are the same entry.
        let source_id = format!("csv-{:016x}", fnv1a(&[cell(0), cell(3), &title, &note]));
        parsed.entries.push(Imported {
            source_id,
            at,
            title: (!title.is_empty()).then_some(title),
            text: note,
            tags,
            mood,
            starred: false,
        });
    }
    Ok(parsed)
}

/// "2024-01-05" and "9:30 am", "9:30 PM" or "21:30".
fn csv_moment(date: &str, time: &str, zone: LocalZone) -> Option<Timestamp> {
    let date = Date::parse(date)?;
    let lower = time.to_ascii_lowercase();
    let (clock, half) = match lower
        .strip_suffix("am")
        .or_else(|| lower.strip_suffix("a.m."))
    {
        Some(clock) => (clock.trim(), Some(false)),
        None => match lower
            .strip_suffix("pm")
            .or_else(|| lower.strip_suffix("p.m."))
        {
            Some(clock) => (clock.trim(), Some(true)),
            None => (lower.trim(), None),
        },
    };
    let (hour, minute) = clock.split_once(':')?;
    let (mut hour, minute): (i64, i64) = (hour.trim().parse().ok()?, minute.trim().parse().ok()?);
    match half {
        Some(pm) if (1..=12).contains(&hour) => hour = hour % 12 + if pm { 12 } else { 0 },
        Some(_) => return None,
        None if hour > 23 => return None,
        None => {}
    }
    if minute > 59 {
        return None;
    }
    let offset_minutes = zone.offset_at(date, (hour * 60 + minute) as u16);
    let local_ms = (date.days_since_epoch() * 1440 + hour * 60 + minute) * 60_000;
    let utc_ms = local_ms - i64::from(offset_minutes) * 60_000;
    Timestamp::from_browser(utc_ms as f64, f64::from(-offset_minutes))
}

fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

fn empty() -> Parsed {
    Parsed {
        app: SourceApp::Daylio,
        entries: Vec::new(),
        left_out: Vec::new(),
        attachments: 0,
        assumed_offset: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BACKUP: &str = r#"{"version":15,
        "customMoods":[{"id":1,"mood_group_id":1,"custom_name":""},{"id":7,"mood_group_id":4,"custom_name":"meh"}],
        "tags":[{"id":3,"name":"work"},{"id":4,"name":"family"}],
        "dayEntries":[
          {"id":11,"datetime":1704443400000,"timeZoneOffset":3600000,"mood":1,
           "note":"<p>Good &amp; long day</p><p>Second</p>","note_title":"Walk","tags":[3,4],"assets":[1,2]},
          {"id":12,"datetime":"soon","mood":7},
          {"id":13,"datetime":1704529800000,"timeZoneOffset":0,"mood":7,"note":"","tags":[]}
        ]}"#;

    #[test]
    fn a_backup_brings_moods_tags_notes_and_places() {
        let parsed = parse_backup(BACKUP).unwrap();
        assert_eq!(parsed.entries.len(), 2);
        let first = &parsed.entries[0];
        assert_eq!(first.source_id, "11");
        assert_eq!(first.at.to_rfc3339(), "2024-01-05T09:30:00+01:00");
        assert_eq!(first.mood, Some(Mood::Group(1)));
        assert_eq!(first.text, "Good & long day\nSecond");
        assert_eq!(first.title.as_deref(), Some("Walk"));
        assert_eq!(first.tags, ["work", "family"]);
        assert_eq!(parsed.entries[1].mood, Some(Mood::Group(4)));
        assert_eq!(parsed.attachments, 2);
        assert_eq!(
            parsed.left_out,
            [LeftOut {
                position: 2,
                reason: LeftOutReason::Date
            }]
        );
    }

    #[test]
    fn the_backup_member_is_base64_json() {
        use base64::Engine;
        let member = base64::engine::general_purpose::STANDARD.encode(BACKUP);
        let wrapped = format!("{}\n{}", &member[..40], &member[40..]);
        assert_eq!(backup_json(wrapped.as_bytes()).unwrap(), BACKUP);
        assert_eq!(backup_json(b"%%%"), Err(ParseError::Damaged));
    }

    #[test]
    fn a_csv_is_read_at_the_assumed_offset_and_repeats_have_one_id() {
        let csv = "full_date,date,weekday,time,mood,activities,note_title,note\n\
            2024-01-05,January 5,Friday,9:30 pm,rad,work | sleep,,\"Long, good day\"\n\
            2024-01-05,January 5,Friday,12:05 am,meh,,,\n\
            2024-13-01,?,?,10:00,rad,,,x\n\
            2024-01-06,January 6,Saturday,21:15,meh,,,\n";
        let parsed = parse_csv(csv, LocalZone::fixed(60)).unwrap();
        assert_eq!(parsed.entries.len(), 3);
        assert_eq!(
            parsed.entries[0].at.to_rfc3339(),
            "2024-01-05T21:30:00+01:00"
        );
        assert_eq!(parsed.entries[0].tags, ["work", "sleep"]);
        assert_eq!(parsed.entries[0].mood, Some(Mood::Named("rad".into())));
        assert_eq!(
            parsed.entries[1].at.to_rfc3339(),
            "2024-01-05T00:05:00+01:00"
        );
        assert_eq!(
            parsed.entries[2].at.to_rfc3339(),
            "2024-01-06T21:15:00+01:00"
        );
        assert_eq!(
            parsed.left_out,
            [LeftOut {
                position: 3,
                reason: LeftOutReason::Date
            }]
        );
        assert_eq!(
            parse_csv(csv, LocalZone::fixed(60)).unwrap().entries[0].source_id,
            parsed.entries[0].source_id
        );
        assert_eq!(
            parse_csv("id,text\n1,x", LocalZone::fixed(0)),
            Err(ParseError::NotThisFormat)
        );
        assert_eq!(
            parse_csv(
                "full_date,date,weekday,time,mood,activities,note_title,note\n\"cut",
                LocalZone::fixed(0)
            ),
            Err(ParseError::Damaged)
        );
    }
}
