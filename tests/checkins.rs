//! Check-ins and therapy feedback as journal entries: storage, backups, older formats, search
//! and editing.
mod common;

use between::domain::journal::collection::EntryEdit;
use between::domain::records::backup::{parse_backup, Backup, ImportPlan};
use between::domain::records::format::{decode_entry, encode_entry, entry_key, FORMAT_VERSION};
use between::domain::records::lock::{read_entry_record, StoredRecord};
use between::domain::{
    CheckInDraft, Entry, EntryId, EntryKind, FeedbackDraft, Feeling, Journal, Query, Safety,
    StorageError,
};
use common::{at, entry};

fn check_in() -> Entry {
    CheckInDraft {
        feeling: Some(Feeling::FairlyLight),
        words: vec!["hopeful".into(), "tired".into()],
        note: "Slept better <b>at last</b> 🌙".into(),
        tags: "sleep".into(),
    }
    .to_entry(
        EntryId::new(1_700_000_000_000, 10),
        at("2026-11-20T21:00:00+01:00"),
    )
    .expect("valid check-in")
}

fn feedback() -> Entry {
    FeedbackDraft {
        helped: "Naming the pattern".into(),
        did_not_land: "The homework felt like too much".into(),
        unsaid: "I was angry when we ran over time".into(),
        more_or_less: "Less advice, more listening".into(),
        safety: Some(Safety::Somewhat),
        tags: String::new(),
    }
    .to_entry(
        EntryId::new(1_700_000_000_000, 11),
        at("2026-11-20T21:05:00+01:00"),
    )
    .expect("valid feedback")
}

#[test]
fn check_ins_and_feedback_survive_a_storage_round_trip() {
    for original in [check_in(), feedback()] {
        let key = entry_key(&original.id);
        let raw = encode_entry(&original);
        assert!(raw.starts_with(&format!("{{\"v\":{FORMAT_VERSION},")));
        assert_eq!(FORMAT_VERSION, 3);
        assert_eq!(decode_entry(&key, &raw), Ok(original.clone()));
        assert_eq!(
            read_entry_record(&key, &raw),
            Ok(StoredRecord::Plain(original))
        );
    }
    let raw = encode_entry(&check_in());
    assert!(raw.contains("\"kind\":\"check_in\""), "{raw}");
    assert!(
        raw.contains("\"details\":{\"check_in\":{\"feeling\":\"fairly_light\""),
        "{raw}"
    );
}

#[test]
fn older_kinds_are_written_without_details() {
    let win = entry(1, EntryKind::Win, "walked", "2026-11-20T08:00:00+01:00");
    assert!(!encode_entry(&win).contains("details"));
}

#[test]
fn v1_and_v2_records_still_read_and_are_the_same_entry_at_v3() {
    let win = entry(1, EntryKind::Win, "walked", "2026-11-20T08:00:00+01:00");
    let key = entry_key(&win.id);
    for older in ["{\"v\":1,", "{\"v\":2,"] {
        let raw = encode_entry(&win).replacen("{\"v\":3,", older, 1);
        assert!(raw.starts_with(older));
        assert_eq!(decode_entry(&key, &raw), Ok(win.clone()));
    }
}

#[test]
fn details_that_do_not_fit_the_kind_are_set_aside() {
    let mut wrong = check_in();
    wrong.kind = EntryKind::Win;
    let key = entry_key(&wrong.id);
    assert!(matches!(
        decode_entry(&key, &encode_entry(&wrong)),
        Err(StorageError::Damaged { .. })
    ));
    let mut missing = feedback();
    missing.details = None;
    assert!(matches!(
        decode_entry(&key, &encode_entry(&missing)),
        Err(StorageError::Damaged { .. })
    ));
}

#[test]
fn a_backup_round_trips_the_new_kinds() {
    let original = Journal::from_entries([
        entry(1, EntryKind::Win, "walked", "2026-11-18T08:00:00+01:00"),
        check_in(),
        feedback(),
    ]);
    let file = Backup::of(&original, None, vec![], at("2026-11-21T10:00:00+01:00")).to_json();
    assert!(file.contains("\"version\":2"));
    let parsed = parse_backup(&file).unwrap();
    assert_eq!(parsed.unreadable, 0);
    let plan = ImportPlan::new(&Journal::default(), parsed, true, &[]);
    let mut restored = Journal::default();
    for e in plan.added {
        restored.put(e);
    }
    assert_eq!(restored, original);
}

#[test]
fn a_version_1_backup_still_imports() {
    let text = r#"{"format":"between-backup","version":1,"exported_at":"2026-11-21T10:00:00+01:00","entries":[{"id":"18f0a1b2c00-00000001","kind":"win","text":"I went for a walk before work.","created_at":"2026-11-18T08:00:00+01:00","updated_at":"2026-11-18T08:00:00+01:00","revision":1}]}"#;
    let parsed = parse_backup(text).unwrap();
    assert_eq!(parsed.entries.len(), 1);
    assert_eq!(parsed.entries[0].kind, EntryKind::Win);
    assert_eq!(parsed.entries[0].details, None);
}

#[test]
fn implausible_new_entries_in_a_file_are_left_out() {
    let mut empty_feedback = feedback();
    empty_feedback.details = Some(between::domain::EntryDetails::Feedback(
        between::domain::Feedback::default(),
    ));
    let mut empty_win = entry(3, EntryKind::Win, "x", "2026-11-18T08:00:00+01:00");
    empty_win.text = String::new();
    let file = Backup::of(
        &Journal::from_entries([empty_feedback, empty_win, check_in()]),
        None,
        vec![],
        at("2026-11-21T10:00:00+01:00"),
    )
    .to_json();
    let parsed = parse_backup(&file).unwrap();
    assert_eq!(parsed.unreadable, 2);
    assert_eq!(parsed.entries, [check_in()]);
}

#[test]
fn search_and_filters_find_check_ins_and_feedback() {
    let journal = Journal::from_entries([check_in(), feedback()]);
    let found = |text: &str, kind: Option<EntryKind>| {
        journal
            .page(
                &Query {
                    kind,
                    text: text.into(),
                    tag: None,
                },
                10,
            )
            .total_matches
    };
    assert_eq!(found("listening", None), 1);
    assert_eq!(found("HOPEFUL", None), 1);
    assert_eq!(found("", Some(EntryKind::CheckIn)), 1);
    assert_eq!(found("", Some(EntryKind::Feedback)), 1);
}

#[test]
fn a_check_in_note_can_be_edited_down_to_nothing_but_a_win_cannot() {
    let mut journal = Journal::from_entries([
        check_in(),
        entry(1, EntryKind::Win, "walked", "2026-11-18T08:00:00+01:00"),
    ]);
    let edit = EntryEdit {
        text: "  ".into(),
        ..EntryEdit::default()
    };
    let id = check_in().id;
    let edited = journal
        .edited(&id, &edit, at("2026-11-21T09:00:00+01:00"))
        .unwrap();
    assert_eq!(edited.text, "");
    assert_eq!(edited.details, check_in().details);
    assert_eq!(edited.revision, 2);
    journal.put(edited);
    let win_id = EntryId::new(1_700_000_000_000, 1);
    assert!(journal
        .edited(&win_id, &edit, at("2026-11-21T09:00:00+01:00"))
        .is_err());
}

#[test]
fn a_check_in_is_found_by_its_words_in_either_language_and_still_stores_the_tokens() {
    use between::domain::language::{self, Lang};
    let journal = Journal::from_entries([check_in(), feedback()]);
    let found = |text: &str| {
        journal
            .page(
                &Query {
                    kind: None,
                    text: text.into(),
                    tag: None,
                },
                10,
            )
            .total_matches
    };
    for lang in Lang::ALL {
        language::speaking(lang, || {
            // "hopeful" and "tired" in Spanish, accents or not, and the scale's step.
            for text in [
                "esperanza",
                "CANSANCIO",
                "hopeful",
                "me pesa poco",
                "Fairly light",
            ] {
                assert_eq!(found(text), 1, "{text} in {lang:?}");
            }
            assert_eq!(found("soledad"), 0);
        });
    }
    let raw = encode_entry(&check_in());
    assert!(raw.contains("[\"hopeful\",\"tired\"]"), "{raw}");
    assert!(raw.contains("fairly_light"), "{raw}");
    assert!(!raw.contains("esperanza"), "{raw}");
}

#[test]
fn check_in_and_feedback_lines_are_said_in_the_language_in_use() {
    use between::domain::language::{self, Lang};
    let lines = |entry: Entry| entry.details.unwrap().lines();
    assert_eq!(
        lines(check_in()),
        [
            ("How I feel", "Fairly light".to_string()),
            ("Feeling words", "hopeful, tired".into())
        ]
    );
    language::speaking(Lang::Es, || {
        assert_eq!(
            lines(check_in()),
            [
                ("Cómo me siento", "Me pesa poco".to_string()),
                ("Palabras para lo que siento", "esperanza, cansancio".into())
            ]
        );
        let feedback = lines(feedback());
        assert_eq!(
            feedback[0],
            ("Lo que me ayudó", "Naming the pattern".into())
        );
        assert_eq!(
            feedback.last().unwrap(),
            &("Lo seguro que me resulta compartir", "Algo seguro".into())
        );
    });
}
