//! Bringing a journal in (Daylio, Day One) and taking it out (Markdown, CSV): the plan an
//! import makes, repeats recognised, limits fitted without losing words, and exports read
//! back by real CSV and YAML parsers. Fixtures are written by hand from the documented shapes.
#![cfg(not(target_arch = "wasm32"))]
use std::collections::{BTreeMap, HashSet};

use between::domain::exchange::export::{journal_csv, long_markdown, markdown_file, markdown_zip};
use between::domain::exchange::imported::{Imported, LocalZone, Parsed, SourceApp};
use between::domain::exchange::plan::{known_sources, ImportChoices, ImportPlan};
use between::domain::exchange::{day_one, daylio, detect, zip};
use between::domain::journal::details::{EntryDetails, Feeling};
use between::domain::{EntryKind, Timestamp, MAX_TAGS, MAX_TEXT_CHARS};
use proptest::prelude::*;

fn now() -> Timestamp {
    Timestamp::parse("2026-12-02T10:00:00+01:00").unwrap()
}

const DAYLIO: &str = r#"{"version":15,
  "customMoods":[{"id":1,"mood_group_id":1},{"id":2,"mood_group_id":3},{"id":3,"mood_group_id":5}],
  "tags":[{"id":1,"name":"work"},{"id":2,"name":"family"}],
  "dayEntries":[
    {"id":101,"datetime":1704443400000,"timeZoneOffset":3600000,"mood":1,"note":"<p>A &amp; B</p>","note_title":"","tags":[1,2]},
    {"id":102,"datetime":1704529800000,"timeZoneOffset":3600000,"mood":3,"note":"","note_title":"Rough","tags":[]},
    {"id":103,"datetime":1704616200000,"timeZoneOffset":3600000,"mood":2,"note":"middling","tags":[1]}
  ]}"#;

#[test]
fn a_daylio_backup_becomes_check_ins_and_a_second_import_adds_nothing() {
    let parsed = daylio::parse_backup(DAYLIO).unwrap();
    let plan = ImportPlan::new(&parsed, &ImportChoices::default(), &HashSet::new(), now());
    assert_eq!(plan.new.len(), 3);
    assert_eq!(plan.by_kind(), [(EntryKind::CheckIn, 3)]);
    let first = &plan.new[0];
    assert_eq!(first.text, "A & B");
    assert_eq!(first.tags, ["work", "family"]);
    let feeling = |i: usize| match &plan.new[i].details {
        Some(EntryDetails::CheckIn(c)) => c.feeling,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (feeling(0), feeling(1), feeling(2)),
        (Feeling::Light, Feeling::VeryHeavy, Feeling::InBetween)
    );
    assert_eq!(plan.new[1].text, "Rough");
    assert!(plan.new.iter().all(|e| e.details_fit_kind()));
    let (from, to) = plan.dates().unwrap();
    assert_eq!(
        (from.to_string(), to.to_string()),
        ("2024-01-05".into(), "2024-01-07".into())
    );

    let known = known_sources(&plan.new);
    let again = ImportPlan::new(&parsed, &ImportChoices::default(), &known, now());
    assert!(again.new.is_empty());
    assert_eq!(again.already_here, 3);
}

#[test]
fn day_one_entries_take_the_kind_chosen_and_keep_their_tags() {
    let json = r#"{"metadata":{"version":"1.0"},"entries":[
        {"uuid":"D1","creationDate":"2025-03-01T20:00:00Z","timeZone":"America/Mexico_City","text":"Hoy sí.","tags":["calma"],"photos":[{},{}]}]}"#;
    let parsed = day_one::parse(json, &|zone, _| {
        (zone == "America/Mexico_City").then_some(-360)
    })
    .unwrap();
    let choices = ImportChoices {
        kind: EntryKind::Win,
        moods: BTreeMap::new(),
    };
    let plan = ImportPlan::new(&parsed, &choices, &HashSet::new(), now());
    assert_eq!(plan.new[0].kind, EntryKind::Win);
    assert_eq!(
        plan.new[0].created_at.to_rfc3339(),
        "2025-03-01T14:00:00-06:00"
    );
    assert_eq!(plan.new[0].tags, ["calma"]);
    assert_eq!(plan.attachments, 2);
    assert_eq!(plan.new[0].source.as_ref().unwrap().app, "day_one");
}

#[test]
fn a_csv_asks_for_each_mood_name_and_uses_the_answer() {
    let csv = "full_date,date,weekday,time,mood,activities,note_title,note\n\
        2024-02-01,February 1,Thursday,8:00 am,sunny,,,\"a, b\"\n\
        2024-02-02,February 2,Friday,8:00 am,foggy,,,\n";
    let parsed = daylio::parse_csv(csv, LocalZone::fixed(0)).unwrap();
    let plan = ImportPlan::new(&parsed, &ImportChoices::default(), &HashSet::new(), now());
    assert_eq!(plan.mood_names, ["sunny", "foggy"]);
    assert_eq!(plan.assumed_offset, Some(0));
    let moods = BTreeMap::from([
        ("sunny".to_string(), Feeling::Light),
        ("foggy".to_string(), Feeling::Heavy),
    ]);
    let plan = ImportPlan::new(
        &parsed,
        &ImportChoices {
            moods,
            ..Default::default()
        },
        &HashSet::new(),
        now(),
    );
    let feelings: Vec<Feeling> = plan
        .new
        .iter()
        .map(|e| match &e.details {
            Some(EntryDetails::CheckIn(c)) => c.feeling,
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(feelings, [Feeling::Light, Feeling::Heavy]);
}

fn one(text: String, tags: Vec<String>) -> Parsed {
    Parsed {
        app: SourceApp::DayOne,
        entries: vec![Imported {
            source_id: "X".into(),
            at: now(),
            title: None,
            text,
            tags,
            mood: None,
            starred: false,
        }],
        left_out: vec![],
        attachments: 0,
        assumed_offset: None,
    }
}

#[test]
fn what_does_not_fit_is_never_cut_silently() {
    let long: String = (0..2_500).map(|i| format!("word{i} ")).collect();
    let plan = ImportPlan::new(
        &one(long.clone(), vec![]),
        &ImportChoices::default(),
        &HashSet::new(),
        now(),
    );
    assert_eq!(plan.split, 1);
    assert!(plan.new.len() >= 2);
    assert!(plan
        .new
        .iter()
        .all(|e| e.text.chars().count() <= MAX_TEXT_CHARS));
    assert!(plan.new[0].text.starts_with("(1/"));
    // Every word is in one of the parts, in order.
    let joined: String = plan
        .new
        .iter()
        .map(|e| e.text.split_once(") ").unwrap().1.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        joined.split_whitespace().collect::<Vec<_>>(),
        long.split_whitespace().collect::<Vec<_>>()
    );

    let tags: Vec<String> = (0..15)
        .map(|i| format!("tag{i}"))
        .chain(["x".repeat(50)])
        .collect();
    let plan = ImportPlan::new(
        &one("hi".into(), tags),
        &ImportChoices::default(),
        &HashSet::new(),
        now(),
    );
    assert_eq!(plan.new[0].tags.len(), MAX_TAGS);
    assert_eq!(plan.tags_in_text, 1);
    assert!(plan.new[0].text.contains("#tag12 #tag13 #tag14 #xxxxxxxx"));
}

fn sample_entries() -> Vec<between::domain::Entry> {
    let parsed = daylio::parse_backup(DAYLIO).unwrap();
    let mut entries =
        ImportPlan::new(&parsed, &ImportChoices::default(), &HashSet::new(), now()).new;
    entries[0].text = "=SUM(A1:A9) and \"quotes\", commas\nand lines: --- ok".into();
    entries[1].tags = vec!["a: b".into(), "-dash".into()];
    entries
}

#[test]
fn the_csv_reads_back_cell_for_cell_with_formulas_made_inert() {
    let entries = sample_entries();
    let text = journal_csv(&entries);
    assert!(text.starts_with('\u{feff}'));
    let mut reader =
        csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "Id");
    assert_eq!(header.len(), 15);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][0], entries[0].id.as_str());
    assert_eq!(
        &rows[0][4],
        format!("'{}", entries[0].text),
        "a formula is kept as text"
    );
    assert_eq!(&rows[1][5], "a: b, -dash");
    assert_eq!(&rows[0][8], "Light");
}

#[test]
fn markdown_front_matter_is_yaml_and_the_text_follows_as_written() {
    for entry in sample_entries() {
        let file = markdown_file(&entry, &["Sleep \"better\"", "---"]);
        let rest = file.strip_prefix("---\n").unwrap();
        let (front, body) = rest.split_once("\n---\n\n").unwrap();
        let docs = yaml_rust2::YamlLoader::load_from_str(front).unwrap();
        let doc = &docs[0];
        assert_eq!(doc["date"].as_str().unwrap(), entry.created_at.to_rfc3339());
        assert_eq!(doc["kind"].as_str().unwrap(), "check-in");
        assert_eq!(doc["goal"][0].as_str().unwrap(), "Sleep \"better\"");
        let tags: Vec<&str> = doc["tags"]
            .as_vec()
            .map(|v| v.iter().filter_map(|t| t.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(
            tags,
            entry.tags.iter().map(String::as_str).collect::<Vec<_>>()
        );
        assert_eq!(body.trim_end_matches('\n'), entry.text);
    }
}

#[test]
fn the_markdown_zip_and_the_long_file_hold_every_entry() {
    let entries = sample_entries();
    let archive = markdown_zip(&entries, |_| Vec::new());
    let members = zip::read_directory(&archive).unwrap();
    assert_eq!(members.len(), 3);
    for (member, entry) in members.iter().zip(&entries) {
        let data = zip::stored_member(&archive, member).unwrap();
        assert!(zip::is_intact(member, data));
        assert!(String::from_utf8(data.to_vec())
            .unwrap()
            .contains(&entry.text));
    }
    let long = long_markdown("My journal", &entries);
    assert!(long.starts_with("# My journal\n"));
    assert_eq!(long.matches("\n## ").count(), 3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_decoder_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = daylio::parse_backup(&text);
        let _ = daylio::parse_csv(&text, LocalZone::fixed(0));
        let _ = daylio::backup_json(&bytes);
        let _ = day_one::parse(&text, &|_, _| Some(0));
        let _ = zip::read_directory(&bytes);
        let _ = detect::parse_text(&text, LocalZone::fixed(0), &|_, _| Some(0));
        let _ = detect::parse_member("backup.daylio", &bytes, &|_, _| None);
        let _ = detect::parse_member("Journal.json", &bytes, &|_, _| None);
    }

    #[test]
    fn no_decoder_panics_on_near_format_input(
        datetime in any::<i64>(), offset in any::<i64>(), mood in any::<i64>(), note in ".{0,40}",
        date in "[0-9-]{0,12}", time in "[0-9:apm ]{0,9}",
    ) {
        let json = format!(r#"{{"customMoods":[{{"id":1,"mood_group_id":{mood}}}],"dayEntries":[{{"id":1,"datetime":{datetime},"timeZoneOffset":{offset},"mood":{mood},"note":{note:?}}}]}}"#);
        let _ = daylio::parse_backup(&json);
        let csv = format!("full_date,date,weekday,time,mood,activities,note_title,note\n{date},x,y,{time},m,a|b,,{note:?}\n");
        let _ = daylio::parse_csv(&csv, LocalZone::fixed(0));
        let day_one = format!(r#"{{"entries":[{{"uuid":"u","creationDate":{date:?},"text":{note:?}}}]}}"#);
        let _ = day_one::parse(&day_one, &|_, _| Some(i32::MAX));
        let _ = detect::parse_text(&day_one, LocalZone::fixed(i32::MIN), &|_, _| Some(i32::MIN));
        let _ = detect::parse_text(&csv, LocalZone::fixed(i32::MAX), &|_, _| None);
        let mut archive = zip::ZipWriter::default();
        archive.add(&note, note.as_bytes(), zip::DosTime::default());
        let mut bytes = archive.finish();
        let at = (datetime.unsigned_abs() as usize) % bytes.len();
        bytes[at] ^= mood as u8;
        let _ = zip::read_directory(&bytes);
    }
}
