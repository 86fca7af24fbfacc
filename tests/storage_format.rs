//! The stored record format: round trips, every shipped version, damaged and newer records.
mod common;

use std::collections::BTreeMap;

use between::domain::records::format::{
    decode_draft, decode_entry, encode_draft, encode_entry, entry_key, LoadReport, FORMAT_VERSION,
};
use between::domain::{Draft, EntryKind, StorageError};
use common::{entry, with_tags};

/// Every format version that has ever shipped has a fixture under tests/fixtures/.
const SHIPPED_FORMAT_VERSIONS: &[&str] = &["v1", "v2", "v3"];

fn fixture(version: &str) -> BTreeMap<String, String> {
    let path = format!(
        "{}/tests/fixtures/{version}/local-storage.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn an_entry_survives_a_round_trip_unchanged() {
    let mut original = with_tags(
        entry(
            7,
            EntryKind::Concern,
            "Line one\nline two <img src=x onerror=alert(1)> 🌧",
            "2026-11-21T09:30:00+05:30",
        ),
        &["sleep", "work"],
    );
    original.priority = true;
    let key = entry_key(&original.id);
    let raw = encode_entry(&original);
    assert!(raw.starts_with(&format!("{{\"v\":{FORMAT_VERSION},")));
    assert_eq!(decode_entry(&key, &raw), Ok(original));
}

#[test]
fn every_shipped_format_version_loads_every_entry() {
    for version in SHIPPED_FORMAT_VERSIONS {
        let stored = fixture(version);
        let report = LoadReport::from_records(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert!(
            report.set_aside.is_empty(),
            "{version}: {:?}",
            report.set_aside
        );
        // v2 added check-ins and feedback; the three entries every version holds read the same.
        let expected = if *version == "v1" { 3 } else { 5 };
        assert_eq!(report.entries.len(), expected, "{version}");
        let concern = report
            .entries
            .iter()
            .find(|e| e.kind == EntryKind::Concern)
            .unwrap();
        assert!(concern.priority);
        assert_eq!(concern.tags, ["family", "sessions"]);
        assert_eq!(concern.revision, 3);
        let reflection = report
            .entries
            .iter()
            .find(|e| e.kind == EntryKind::Reflection)
            .unwrap();
        assert!(reflection.text.contains("🌱 <b>not bold</b>"));
        assert_eq!(reflection.created_at.local_date().to_string(), "2026-11-19");
        let draft = decode_draft(&stored["between.draft"]).unwrap();
        assert_eq!(
            (draft.kind, draft.text.as_str(), draft.priority),
            (EntryKind::Concern, "half a thought", true)
        );
    }
}

#[test]
fn the_v2_fixture_holds_a_check_in_feedback_and_prompt_preferences() {
    use between::domain::prompts::choice::prompt_of_the_day;
    use between::domain::records::small::decode_prompt_prefs;
    use between::domain::records::small::PROMPTS_KEY;
    use between::domain::{EntryDetails, Feeling, Safety};
    let stored = fixture("v2");
    let report = LoadReport::from_records(stored.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let check_in = report
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::CheckIn)
        .unwrap();
    assert!(matches!(
        &check_in.details,
        Some(EntryDetails::CheckIn(c)) if c.feeling == Feeling::Heavy && c.words == ["tired", "tender"]
    ));
    let feedback = report
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Feedback)
        .unwrap();
    assert!(matches!(
        &feedback.details,
        Some(EntryDetails::Feedback(f)) if f.safety == Some(Safety::Mostly) && f.did_not_land.is_none()
    ));
    let prefs = decode_prompt_prefs(&stored[PROMPTS_KEY]).unwrap();
    assert!(prefs.is_favourite("friend-1") && prefs.is_hidden("hard-4"));
    assert_eq!(prefs.custom.len(), 1);
    let today = between::domain::calendar::time::Date::from_ymd(2026, 11, 21).unwrap();
    assert_ne!(prompt_of_the_day(today, &prefs).id, "friend-1");
}

#[test]
fn every_record_in_the_v2_fixture_carries_version_2_so_older_builds_leave_it_alone() {
    // An older build treats anything above the version it knows as "newer" and never reads it.
    let stored = fixture("v2");
    for (key, raw) in stored.iter().filter(|(k, _)| k.starts_with("between.")) {
        let value: serde_json::Value = serde_json::from_str(raw).unwrap();
        assert_eq!(value["v"], 2, "{key}");
    }
}

#[test]
fn damaged_records_are_set_aside_and_the_rest_still_load() {
    let good = entry(1, EntryKind::Win, "kept", "2026-11-21T09:30:00+01:00");
    let good_key = entry_key(&good.id);
    let good_raw = encode_entry(&good);
    let other = entry(2, EntryKind::Win, "other", "2026-11-21T09:31:00+01:00");
    let moved_raw = encode_entry(&other);
    let records = [
        (good_key.as_str(), good_raw.as_str()),
        ("between.entry.truncated", "{\"v\":1,\"entry\":{\"id\":"),
        ("between.entry.no-version", "{\"entry\":{}}"),
        (
            "between.entry.wrong-shape",
            "{\"v\":1,\"entry\":{\"id\":\"wrong-shape\",\"kind\":\"mood\"}}",
        ),
        ("between.entry.not-json", "<html>"),
        ("between.entry.elsewhere", moved_raw.as_str()),
    ];
    let report = LoadReport::from_records(records);
    assert_eq!(report.entries, vec![good]);
    let set_aside: Vec<&str> = report.set_aside.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        set_aside,
        [
            "between.entry.truncated",
            "between.entry.no-version",
            "between.entry.wrong-shape",
            "between.entry.not-json",
            "between.entry.elsewhere"
        ]
    );
    assert!(report
        .set_aside
        .iter()
        .all(|s| matches!(s.error, StorageError::Damaged { .. })));
    assert_eq!(
        report.notices(),
        ["5 entries couldn't be read, so they have been set aside. They are still stored in this browser exactly as they were, and the rest of your journal works as usual."]
    );
}

#[test]
fn a_record_from_a_newer_version_is_reported_not_read() {
    let key = "between.entry.1-1";
    let raw = format!(
        "{{\"v\":{},\"entry\":{{\"whatever\":\"the future holds\"}}}}",
        FORMAT_VERSION + 1
    );
    assert_eq!(
        decode_entry(key, &raw),
        Err(StorageError::NewerVersion {
            key: key.into(),
            found: u64::from(FORMAT_VERSION) + 1,
            supported: FORMAT_VERSION
        })
    );
    let report = LoadReport::from_records([(key, raw.as_str())]);
    assert!(report.entries.is_empty());
    assert_eq!(report.notices().len(), 1);
    assert!(report.notices()[0].contains("newer version of Between"));
}

#[test]
fn a_single_damaged_record_gets_a_singular_message() {
    let report = LoadReport::from_records([("between.entry.x", "{")]);
    assert_eq!(
        report.notices(),
        [StorageError::Damaged {
            key: String::new(),
            reason: String::new()
        }
        .user_message()]
    );
}

#[test]
fn keys_that_are_not_entries_are_ignored() {
    let report = LoadReport::from_records([("between.draft", "{}"), ("someone-else", "{")]);
    assert_eq!(report, LoadReport::default());
}

#[test]
fn a_draft_survives_a_round_trip_and_a_damaged_one_is_reported() {
    let draft = Draft {
        text: "typing…".into(),
        tags: "a, b".into(),
        priority: true,
        ..Draft::of_kind(EntryKind::Concern)
    };
    assert_eq!(decode_draft(&encode_draft(&draft)), Ok(draft));
    assert!(matches!(
        decode_draft("{\"v\":1,\"draft\":5}"),
        Err(StorageError::Damaged { .. })
    ));
}

#[test]
fn every_storage_problem_has_a_kind_message_without_blame() {
    let problems = [
        StorageError::NoJournal,
        StorageError::Damaged {
            key: "k".into(),
            reason: "r".into(),
        },
        StorageError::NewerVersion {
            key: "k".into(),
            found: 2,
            supported: 1,
        },
        StorageError::QuotaExceeded,
        StorageError::Unavailable { reason: "r".into() },
        StorageError::Conflict { key: "k".into() },
    ];
    for problem in problems {
        let message = problem.user_message();
        assert!(!message.contains('!'), "{message}");
        assert!(!message.to_lowercase().contains("error"), "{message}");
        assert!(!message.to_lowercase().contains("you failed"), "{message}");
    }
    assert!(StorageError::QuotaExceeded
        .user_message()
        .contains("Your words are still here"));
}

#[test]
fn another_tabs_changes_are_read_as_what_they_mean() {
    use between::domain::records::lock::{encode_sealed_entry, SealedBlob, LOCK_KEY};
    use between::domain::records::lock::{external_change, ExternalChange};
    let written = entry(
        3,
        EntryKind::Win,
        "from the other tab",
        "2026-11-21T09:30:00+01:00",
    );
    let key = entry_key(&written.id);
    assert_eq!(
        external_change(Some(&key), Some(&encode_entry(&written))),
        ExternalChange::Upsert(written.clone())
    );
    assert_eq!(
        external_change(Some(&key), None),
        ExternalChange::Removed(written.id.clone())
    );
    let blob = SealedBlob {
        iv: vec![1; 12],
        ct: vec![2; 32],
        packed: true,
    };
    assert_eq!(
        external_change(Some(&key), Some(&encode_sealed_entry(&written, &blob))),
        ExternalChange::Sealed {
            key: key.clone(),
            blob
        }
    );
    assert_eq!(
        external_change(Some(LOCK_KEY), None),
        ExternalChange::LockChanged
    );
    assert_eq!(
        external_change(Some(&key), Some("{")),
        ExternalChange::Ignore
    );
    assert_eq!(
        external_change(Some("someone-else"), Some("x")),
        ExternalChange::Ignore
    );
    assert_eq!(external_change(None, None), ExternalChange::Ignore);
}

#[test]
fn the_v3_sessions_fixture_with_times_repeats_cancellations_and_calendar_settings_reads() {
    use between::domain::records::small::decode_sessions;
    let path = format!(
        "{}/tests/fixtures/v3/sessions-calendar.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let stored: BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let sessions = decode_sessions(&stored["between.sessions"]).unwrap();
    let times: Vec<Option<u16>> = sessions.all().iter().map(|s| s.time).collect();
    assert_eq!(times, [Some(600), Some(600), None]);
    assert_eq!(sessions.all()[0].series, sessions.all()[1].series);
    assert_eq!(sessions.cancelled.len(), 1);
    assert_eq!(sessions.cancelled[0].sequence, 2);
    assert_eq!(sessions.calendar.title, "Therapy, with Sam; 🌱");
    assert_eq!(
        (
            sessions.calendar.evening_hour,
            sessions.calendar.hour_before
        ),
        (20, true)
    );
    // The shipped v3 fixture, from before these fields, reads with the defaults.
    let old = fixture("v3");
    if let Some(raw) = old.get("between.sessions") {
        assert!(decode_sessions(raw).unwrap().cancelled.is_empty());
    }
}
