//! Backup export and import: round trips, the merge rules, and every kind of bad file.
#![cfg(not(target_arch = "wasm32"))]
mod common;

use between::domain::journal::collection::EntryEdit;
use between::domain::records::backup::{
    parse_backup, Backup, ImportError, ImportPlan, RawRecord, MAX_BACKUP_BYTES,
};
use between::domain::{Draft, Entry, EntryKind, Journal};
use common::{at, entry, with_tags};
use proptest::prelude::*;

fn journal() -> Journal {
    let mut concern = entry(
        2,
        EntryKind::Concern,
        "Felt rushed\nlast time",
        "2026-11-19T21:15:00+01:00",
    );
    concern.priority = true;
    let mut reflection = entry(
        3,
        EntryKind::Reflection,
        "Be gentle 🌱",
        "2026-11-20T22:00:00-05:00",
    );
    reflection.prompt = Some("What would you say to a friend?".into());
    Journal::from_entries([
        with_tags(
            entry(1, EntryKind::Win, "Walked", "2026-11-18T08:00:00+01:00"),
            &["outside"],
        ),
        concern,
        reflection,
    ])
}

fn now() -> between::domain::Timestamp {
    at("2026-11-21T10:00:00+01:00")
}

fn apply(journal: &mut Journal, plan: &ImportPlan) {
    for entry in plan.added.iter().chain(&plan.updated) {
        journal.put(entry.clone());
    }
}

#[test]
fn export_then_import_into_an_empty_browser_gives_back_identical_data() {
    let original = journal();
    let draft = Draft {
        text: "half a thought".into(),
        ..Draft::of_kind(EntryKind::Concern)
    };
    let set_aside = vec![RawRecord {
        key: "between.entry.broken".into(),
        raw: "{\"v\":1,".into(),
    }];
    let file = Backup::of(&original, Some(draft.clone()), set_aside.clone(), now()).to_json();

    let parsed = parse_backup(&file).unwrap();
    let plan = ImportPlan::new(&Journal::default(), parsed, true, &[]);
    let mut restored = Journal::default();
    apply(&mut restored, &plan);

    assert_eq!(restored, original);
    assert_eq!(plan.draft, Some(draft));
    assert_eq!(plan.set_aside, set_aside);
    assert_eq!(plan.describe()[0], "3 entries will be added.");
}

#[test]
fn importing_the_same_backup_twice_duplicates_nothing() {
    let original = journal();
    let file = Backup::of(&original, None, vec![], now()).to_json();
    let plan = ImportPlan::new(&original, parse_backup(&file).unwrap(), true, &[]);
    assert!(plan.is_empty());
    assert_eq!(plan.unchanged, 3);
    assert_eq!(plan.describe(), ["3 entries are already here, unchanged."]);
}

#[test]
fn the_newer_revision_wins_either_way_and_the_preview_says_so() {
    let here = journal();
    let ids: Vec<_> = here.newest_first().iter().map(|e| e.id.clone()).collect();
    let edit = |j: &Journal, i: usize, text: &str| -> Entry {
        j.edited(
            &ids[i],
            &EntryEdit {
                text: text.into(),
                ..EntryEdit::default()
            },
            now(),
        )
        .unwrap()
    };
    // The file has a newer version of entry 0; this browser has a newer version of entry 1.
    let mut in_file = here.clone();
    in_file.put(edit(&here, 0, "newer in the file"));
    let mut local = here.clone();
    local.put(edit(&here, 1, "newer here"));

    let file = Backup::of(&in_file, None, vec![], now()).to_json();
    let plan = ImportPlan::new(&local, parse_backup(&file).unwrap(), true, &[]);
    assert_eq!(plan.updated.len(), 1);
    assert_eq!(plan.updated[0].text, "newer in the file");
    assert_eq!(plan.kept_here, 1);
    assert_eq!(plan.unchanged, 1);
    assert_eq!(
        plan.describe(),
        [
            "1 entry will be updated to the newer version in the file.",
            "1 entry here is newer than (or differs from) the copy in the file, so the version here is kept.",
            "1 entry is already here, unchanged.",
        ]
    );
    let mut merged = local.clone();
    apply(&mut merged, &plan);
    assert_eq!(merged.get(&ids[0]).unwrap().text, "newer in the file");
    assert_eq!(merged.get(&ids[1]).unwrap().text, "newer here");
}

#[test]
fn a_draft_in_the_file_never_replaces_one_being_typed() {
    let draft = Draft {
        text: "from the file".into(),
        ..Draft::default()
    };
    let file = Backup::of(&journal(), Some(draft), vec![], now()).to_json();
    let plan = ImportPlan::new(
        &Journal::default(),
        parse_backup(&file).unwrap(),
        false,
        &[],
    );
    assert_eq!(plan.draft, None);
}

#[test]
fn set_aside_records_already_stored_are_not_brought_in_twice() {
    let record = RawRecord {
        key: "between.entry.broken".into(),
        raw: "{".into(),
    };
    let file = Backup::of(&journal(), None, vec![record.clone()], now()).to_json();
    let plan = ImportPlan::new(
        &journal(),
        parse_backup(&file).unwrap(),
        true,
        std::slice::from_ref(&record.key),
    );
    assert!(plan.set_aside.is_empty());
}

#[test]
fn only_set_aside_entries_and_the_kept_draft_come_back_never_other_records() {
    let record = |key: &str| RawRecord {
        key: key.into(),
        raw: "{".into(),
    };
    let kept = vec![
        record("between.entry.broken"),
        record("between.draft.unreadable"),
    ];
    let mut carried = kept.clone();
    for planted in [
        "between.meta.lock",
        "between.draft",
        "between.summary",
        "elsewhere",
    ] {
        carried.push(record(planted));
    }
    let file = Backup::of(&journal(), None, carried, now()).to_json();
    let plan = ImportPlan::new(&journal(), parse_backup(&file).unwrap(), true, &[]);
    assert_eq!(plan.set_aside, kept);
}

#[test]
fn sessions_prompts_and_homework_travel_with_the_backup_and_never_replace_what_is_here() {
    use between::domain::calendar::time::Date;
    use between::domain::prompts::choice::PromptPrefs;
    use between::domain::records::small::encode_prompt_prefs;
    use between::domain::records::small::encode_sessions;
    use between::domain::sessions::session::{SessionId, Sessions};

    let mut sessions = Sessions::default();
    sessions.add(SessionId::new(1, 2), Date::from_ymd(2026, 11, 17).unwrap());
    let mut prefs = PromptPrefs::default();
    prefs
        .add_custom(
            "custom-1-2",
            "What helped this week?",
            Date::from_ymd(2026, 11, 18).unwrap(),
        )
        .unwrap();
    let mut goals = between::domain::goals::Goals::default();
    goals
        .add(between::domain::EntryId::new(1, 3), "Sleep better")
        .unwrap();
    let records = vec![
        (
            "between.goals".to_string(),
            between::domain::records::small::encode_goals(&goals),
        ),
        ("between.sessions".to_string(), encode_sessions(&sessions)),
        ("between.prompts".to_string(), encode_prompt_prefs(&prefs)),
        // Unreadable or unknown records are never carried.
        (
            "between.homework".to_string(),
            "{\"v\":2,\"homework\":{}}".to_string(),
        ),
        ("between.other".to_string(), "{\"v\":2}".to_string()),
    ];
    let file = Backup::of(&journal(), None, Vec::new(), now())
        .with_records(records)
        .to_json();
    let parsed = parse_backup(&file).unwrap();
    let keys: Vec<&str> = parsed.records.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        ["between.goals", "between.prompts", "between.sessions"]
    );
    assert!(parsed.records[1].1.contains("What helped this week?"));

    // This browser already has sessions and goals: those stay; the prompts are added.
    let here = ["between.sessions".to_string(), "between.goals".to_string()];
    let plan = ImportPlan::new(&journal(), parsed, true, &here);
    assert_eq!(plan.records.len(), 1);
    assert_eq!(plan.records[0].0, "between.prompts");
    assert_eq!(
        plan.records_kept_here,
        ["between.goals", "between.sessions"]
    );
    let preview = plan.describe().join(" ");
    assert!(
        preview.contains("Your prompt choices and own prompts will be added."),
        "{preview}"
    );
    assert!(
        preview.contains("Your session dates: the copy here is kept"),
        "{preview}"
    );
    assert!(!plan.is_empty());
}

#[test]
fn files_that_are_not_backups_are_refused_kindly() {
    for text in [
        "",
        "hello",
        "[]",
        "{}",
        "{\"format\":\"something-else\",\"version\":1}",
        "\u{0}\u{1}",
    ] {
        let error = parse_backup(text).unwrap_err();
        assert_eq!(error, ImportError::NotABackup, "{text:?}");
        assert!(error
            .to_string()
            .contains("Nothing in your journal has changed"));
    }
}

#[test]
fn a_backup_from_a_newer_version_is_refused_with_its_version() {
    let text = "{\"format\":\"between-backup\",\"version\":7,\"exported_at\":\"2026-11-21T10:00:00Z\",\"entries\":[]}";
    assert_eq!(
        parse_backup(text),
        Err(ImportError::NewerVersion { found: 7 })
    );
}

#[test]
fn a_backup_missing_its_parts_is_called_damaged() {
    let no_entries =
        "{\"format\":\"between-backup\",\"version\":1,\"exported_at\":\"2026-11-21T10:00:00Z\"}";
    assert!(matches!(
        parse_backup(no_entries),
        Err(ImportError::Damaged { .. })
    ));
    let no_date = "{\"format\":\"between-backup\",\"version\":1,\"entries\":[]}";
    assert!(matches!(
        parse_backup(no_date),
        Err(ImportError::Damaged { .. })
    ));
}

#[test]
fn an_oversized_file_is_refused_before_it_is_parsed() {
    let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
    assert_eq!(
        parse_backup(&huge),
        Err(ImportError::TooLarge { megabytes: 33 })
    );
}

#[test]
fn unreadable_or_implausible_entries_are_left_out_and_counted() {
    let good = Backup::of(&journal(), None, vec![], now()).to_json();
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let entries = value["entries"].as_array_mut().unwrap();
    entries.push(serde_json::json!({"id": "x"}));
    entries.push(serde_json::json!(42));
    let mut bad_id = entries[0].clone();
    bad_id["id"] = "<script>".into();
    entries.push(bad_id);
    let mut too_long = entries[0].clone();
    too_long["id"] = "1-2".into();
    too_long["text"] = "x".repeat(10_001).into();
    entries.push(too_long);
    let parsed = parse_backup(&value.to_string()).unwrap();
    assert_eq!(parsed.entries.len(), 3);
    assert_eq!(parsed.unreadable, 4);
}

#[test]
fn duplicate_ids_in_a_file_keep_the_newest_revision() {
    let good = Backup::of(&journal(), None, vec![], now()).to_json();
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let entries = value["entries"].as_array_mut().unwrap();
    let mut newer = entries[0].clone();
    newer["revision"] = 5.into();
    newer["text"] = "newest".into();
    entries.insert(0, newer);
    let parsed = parse_backup(&value.to_string()).unwrap();
    assert_eq!(parsed.entries.len(), 3);
    assert!(parsed
        .entries
        .iter()
        .any(|e| e.text == "newest" && e.revision == 5));
}

#[test]
fn two_different_entries_under_one_id_are_never_silently_reduced_to_one() {
    let good = Backup::of(&journal(), None, vec![], now()).to_json();
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let entries = value["entries"].as_array_mut().unwrap();
    // Another entry, written at another moment, that happens to carry the first one's id.
    let mut other = entries[0].clone();
    other["created_at"] = "2026-11-20T07:00:00+01:00".into();
    other["text"] = "A different morning".into();
    entries.push(other);
    let parsed = parse_backup(&value.to_string()).unwrap();
    assert_eq!(
        parsed.entries.len(),
        3,
        "the one written later is in the list"
    );
    assert_eq!(parsed.same_id.len(), 1);
    assert_eq!(
        parsed.same_id[0].text, "Walked",
        "the earlier one waits for a choice"
    );

    // Against an empty journal: the preview says so; keeping both adds both.
    let mut plan = ImportPlan::new(&Journal::default(), parsed.clone(), true, &[]);
    assert!(plan
        .describe()
        .iter()
        .any(|l| l.starts_with("1 entry in the file shares an id with a different entry")));
    let mut n = 0;
    plan.keep_both(|| {
        n += 1;
        between::domain::EntryId::new(1_900_000_000_000, n)
    });
    let mut restored = Journal::default();
    apply(&mut restored, &plan);
    let mut texts: Vec<_> = restored
        .newest_first()
        .iter()
        .map(|e| e.text.clone())
        .collect();
    texts.sort();
    assert_eq!(
        texts,
        [
            "A different morning",
            "Be gentle 🌱",
            "Felt rushed\nlast time",
            "Walked"
        ]
    );

    // Leaving them out keeps the rest and changes nothing else.
    let left_out = ImportPlan::new(&Journal::default(), parsed, true, &[]);
    assert_eq!(left_out.added.len(), 3);

    // An entry here and a different one in the file under the same id: the one here is kept,
    // the file's is offered, never written over it.
    let mut file = journal();
    let mut stranger = file.newest_first()[0].clone();
    stranger.created_at = at("2026-11-01T09:00:00+01:00");
    stranger.text = "Someone else's words".into();
    stranger.revision = 9;
    file.put(stranger);
    let from_file = parse_backup(&Backup::of(&file, None, vec![], now()).to_json()).unwrap();
    let plan = ImportPlan::new(&journal(), from_file, true, &[]);
    assert!(
        plan.updated.is_empty(),
        "nothing here is replaced by a different entry"
    );
    assert_eq!(plan.same_id.len(), 1);
    assert_eq!(plan.same_id[0].text, "Someone else's words");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_the_importer(text in any::<String>()) {
        let _ = parse_backup(&text);
    }

    #[test]
    fn mutated_backups_never_panic_the_importer(cut in 0usize..4_000, byte in any::<u8>(), at in 0usize..4_000) {
        let file = Backup::of(&journal(), None, vec![], now()).to_json();
        let mut bytes = file.into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        bytes.truncate(cut.min(bytes.len()));
        let _ = parse_backup(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_journal_survives_export_and_import(texts in proptest::collection::vec("\\PC{1,80}", 1..20)) {
        let original = Journal::from_entries(texts.iter().enumerate().filter(|(_, t)| !t.trim().is_empty()).map(|(n, t)| {
            entry(n as u32, EntryKind::ALL[n % 3], t, "2026-11-21T09:00:00+00:00")
        }));
        let file = Backup::of(&original, None, vec![], now()).to_json();
        let plan = ImportPlan::new(&Journal::default(), parse_backup(&file).unwrap(), true, &[]);
        let mut restored = Journal::default();
        apply(&mut restored, &plan);
        prop_assert_eq!(restored, original);
    }
}
