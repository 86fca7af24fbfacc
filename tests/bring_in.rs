//! Bringing entries in from other apps, as the backup page does it: which app made a file,
//! a kind message for each bad file, the preview in words, and the imports already here,
//! each removable whole. Fixtures are written by hand from the documented shapes.
#![cfg(not(target_arch = "wasm32"))]
use std::collections::HashSet;

use between::domain::calendar::time::Date;
use between::domain::exchange::detect::{
    is_export_member, offset_words, parse_member, parse_text, FileProblem,
};
use between::domain::exchange::imported::{LocalZone, SourceApp};
use between::domain::exchange::plan::{known_sources, ImportChoices, ImportPlan};
use between::domain::exchange::preview::{added_by, past_imports, preview_lines};
use between::domain::language::{set_current, Lang};
use between::domain::{Entry, EntryKind, Timestamp};

fn now(at: &str) -> Timestamp {
    Timestamp::parse(at).unwrap()
}

fn no_zones(_: &str, _: i64) -> Option<i32> {
    None
}

const CSV: &str = "\u{feff}full_date,date,weekday,time,mood,activities,note_title,note\n\
2026-11-30,November 30,Monday,21:15,calm-ish,walk | tea,,A quiet evening\n\
not a date,?,?,?,rad,,,lost\n\
2026-11-29,November 29,Sunday,08:00,rad,,Morning,Slept well\n";

const DAY_ONE: &str = r#"{"metadata":{"version":"1.0"},"entries":[
  {"uuid":"A1","creationDate":"2026-11-01T09:00:00Z","timeZone":"Europe/Madrid","text":"First","tags":["t"],"photos":[{"md5":"x"},{"md5":"y"}]},
  {"uuid":"A2","creationDate":"yesterday","text":"No date"},
  {"uuid":"A3","creationDate":"2026-11-02T09:00:00Z","text":"Second"}
]}"#;

#[test]
fn each_kind_of_file_is_recognised_by_its_contents() {
    set_current(Lang::En);
    let csv = parse_text(CSV, LocalZone::fixed(60), &no_zones).unwrap();
    assert_eq!(csv.app, SourceApp::Daylio);
    assert_eq!(csv.entries.len(), 2);
    assert_eq!(csv.assumed_offset, Some(60));

    let day_one = parse_text(DAY_ONE, LocalZone::fixed(0), &|zone, _| {
        (zone == "Europe/Madrid").then_some(60)
    })
    .unwrap();
    assert_eq!(day_one.app, SourceApp::DayOne);
    assert_eq!(day_one.entries.len(), 2);
    assert_eq!(
        day_one.entries[0].at.to_rfc3339(),
        "2026-11-01T10:00:00+01:00"
    );
    assert_eq!(day_one.attachments, 2);

    let member = parse_member("Journal.json", DAY_ONE.as_bytes(), &no_zones).unwrap();
    assert_eq!(member.entries.len(), 2);
    assert!(is_export_member("backup.daylio"));
    assert!(is_export_member("Export/Journal.json"));
    assert!(!is_export_member("photos/abc.jpeg"));
    assert!(!is_export_member("__MACOSX/._Journal.json"));
}

#[test]
fn bad_files_get_a_specific_problem_that_says_nothing_changed() {
    set_current(Lang::En);
    let cases = [
        ("hello, this is a shopping list", FileProblem::NotKnown),
        (r#"{"journal":"some other app"}"#, FileProblem::NotKnown),
        (&DAY_ONE[..120], FileProblem::Damaged),
        ("full_date,date,weekday", FileProblem::NotKnown),
    ];
    for (text, problem) in cases {
        assert_eq!(
            parse_text(text, LocalZone::fixed(0), &no_zones).unwrap_err(),
            problem,
            "{text}"
        );
    }
    assert_eq!(
        parse_member("backup.daylio", b"%%% not base64", &no_zones).unwrap_err(),
        FileProblem::Damaged
    );
    for problem in [
        FileProblem::TooLarge,
        FileProblem::NotKnown,
        FileProblem::ZipWithoutExport,
        FileProblem::Damaged,
        FileProblem::Unreadable,
    ] {
        let message = problem.message();
        assert!(
            message.contains("Nothing has changed") || message.contains("nothing has changed"),
            "{message}"
        );
    }
    assert!(FileProblem::TooLarge.message().contains("32 MB"));
}

#[test]
fn the_preview_says_what_comes_in_and_what_stays_behind() {
    set_current(Lang::En);
    let parsed = parse_text(DAY_ONE, LocalZone::fixed(0), &no_zones).unwrap();
    let choices = ImportChoices {
        kind: EntryKind::Win,
        ..ImportChoices::default()
    };
    let plan = ImportPlan::new(
        &parsed,
        &choices,
        &HashSet::new(),
        now("2026-12-02T10:00:00Z"),
    );
    let lines = preview_lines(&plan);
    assert_eq!(lines[0], "2 entries to add");
    assert!(lines.contains(&"Small wins: 2".to_string()), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains("number 2 in the file")),
        "{lines:?}"
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("2 photos and other attachments stay behind")));

    let csv = parse_text(CSV, LocalZone::fixed(-300), &no_zones).unwrap();
    let plan = ImportPlan::new(
        &csv,
        &ImportChoices::default(),
        &HashSet::new(),
        now("2026-12-02T10:00:00Z"),
    );
    assert_eq!(plan.mood_names, ["calm-ish", "rad"]);
    let lines = preview_lines(&plan);
    assert!(lines.iter().any(|l| l.contains("UTC−05:00")), "{lines:?}");

    let again = ImportPlan::new(
        &csv,
        &ImportChoices::default(),
        &known_sources(&plan.new),
        now("2026-12-03T10:00:00Z"),
    );
    assert_eq!(
        preview_lines(&again)[0],
        "Everything in this file is already in your journal, so there is nothing to add."
    );
    assert!(preview_lines(&again)
        .contains(&"2 entries were brought in before and won't be added again.".to_string()));

    set_current(Lang::Es);
    assert_eq!(preview_lines(&plan)[0], "2 entradas para añadir");
    set_current(Lang::En);
}

#[test]
fn imports_already_here_are_listed_newest_first_and_removed_whole() {
    set_current(Lang::En);
    let csv = parse_text(CSV, LocalZone::fixed(60), &no_zones).unwrap();
    let first = ImportPlan::new(
        &csv,
        &ImportChoices::default(),
        &HashSet::new(),
        now("2026-12-01T10:00:00Z"),
    );
    let day_one = parse_text(DAY_ONE, LocalZone::fixed(0), &no_zones).unwrap();
    let second = ImportPlan::new(
        &day_one,
        &ImportChoices::default(),
        &HashSet::new(),
        now("2026-12-02T10:00:00Z"),
    );
    let own: Entry = {
        let mut e = second.new[0].clone();
        e.source = None;
        e.text = "written here".into();
        e
    };
    let journal: Vec<Entry> = first
        .new
        .iter()
        .chain(&second.new)
        .cloned()
        .chain([own])
        .collect();
    let past = past_imports(&journal);
    assert_eq!(past.len(), 2);
    assert_eq!((past[0].app, past[0].entries), (SourceApp::DayOne, 2));
    assert_eq!((past[1].app, past[1].entries), (SourceApp::Daylio, 2));
    assert_eq!(
        past[1].made_at(0).unwrap().local_date().to_string(),
        "2026-12-01"
    );

    let removed = added_by(&journal, &past[1].import);
    assert_eq!(removed.len(), 2);
    assert!(removed
        .iter()
        .all(|e| e.source.as_ref().unwrap().app == "daylio"));
    assert!(added_by(&journal, "imp-0").is_empty());
}

#[test]
fn offsets_read_as_utc_words() {
    assert_eq!(offset_words(0), "UTC");
    assert_eq!(offset_words(60), "UTC+01:00");
    assert_eq!(offset_words(-330), "UTC−05:30");
}

#[test]
fn csv_times_follow_the_zone_rules_of_their_own_date() {
    let summer = |date: Date, _minutes: u16| {
        if (4..=9).contains(&date.ymd().1) {
            120
        } else {
            60
        }
    };
    let zone = LocalZone {
        now: 60,
        rules: Some(&summer),
    };
    let csv = "full_date,date,weekday,time,mood,activities,note_title,note\n\
2026-01-10,x,y,09:00,rad,,,winter\n\
2026-07-10,x,y,09:00,rad,,,summer\n";
    let parsed = parse_text(csv, zone, &no_zones).unwrap();
    let at: Vec<String> = parsed.entries.iter().map(|e| e.at.to_rfc3339()).collect();
    assert_eq!(
        at,
        ["2026-01-10T09:00:00+01:00", "2026-07-10T09:00:00+02:00"]
    );
    assert_eq!(parsed.assumed_offset, Some(60));
}
