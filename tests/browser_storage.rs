//! The local-storage adapter against Chromium's real local storage.
#![cfg(target_arch = "wasm32")]

mod common;

use between::domain::records::format::{encode_entry, encode_stored_entry, entry_key, DRAFT_KEY};
use between::domain::{Draft, EntryKind, StorageError};
use between::storage::local::Write;
use between::storage::local::UNREADABLE_DRAFT_KEY;
use between::storage::records::{self, Record};
use between::storage::LocalJournalStore;
use common::entry;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh_storage() -> web_sys::Storage {
    let storage = storage();
    storage.clear().unwrap();
    storage
}

#[wasm_bindgen_test]
fn an_empty_browser_has_no_journal_yet() {
    fresh_storage();
    assert_eq!(LocalJournalStore::load(), Err(StorageError::NoJournal));
}

#[wasm_bindgen_test]
async fn a_saved_entry_is_read_back_and_other_sites_keys_are_left_alone() {
    let storage = fresh_storage();
    storage.set_item("someone-else", "theirs").unwrap();
    let win = entry(
        1,
        EntryKind::Win,
        "I went for a walk",
        "2026-11-21T09:30:00+01:00",
    );
    records::save(Record::Entry(&win, Write::NewRevision))
        .await
        .unwrap();
    let report = LocalJournalStore::load().unwrap();
    assert_eq!(report.entries, vec![win]);
    assert_eq!(
        storage.get_item("someone-else").unwrap().as_deref(),
        Some("theirs")
    );
}

#[wasm_bindgen_test]
async fn saving_writes_one_record_per_entry() {
    let storage = fresh_storage();
    for n in 0..20 {
        records::save(Record::Entry(
            &entry(n, EntryKind::Win, "w", "2026-11-21T09:30:00+01:00"),
            Write::NewRevision,
        ))
        .await
        .unwrap();
    }
    assert_eq!(storage.length().unwrap(), 20);
}

#[wasm_bindgen_test]
async fn a_damaged_record_is_reported_and_left_exactly_as_stored() {
    let storage = fresh_storage();
    let good = entry(1, EntryKind::Concern, "kept", "2026-11-21T09:30:00+01:00");
    records::save(Record::Entry(&good, Write::NewRevision))
        .await
        .unwrap();
    storage
        .set_item("between.entry.broken-1", "{\"v\":1,\"entry\":{\"te")
        .unwrap();

    let report = LocalJournalStore::load().unwrap();
    assert_eq!(report.entries, vec![good.clone()]);
    assert_eq!(report.set_aside.len(), 1);
    // Saving other entries never touches the damaged record.
    records::save(Record::Entry(
        &entry(2, EntryKind::Win, "new", "2026-11-21T10:00:00+01:00"),
        Write::NewRevision,
    ))
    .await
    .unwrap();
    assert_eq!(
        storage
            .get_item("between.entry.broken-1")
            .unwrap()
            .as_deref(),
        Some("{\"v\":1,\"entry\":{\"te")
    );
}

#[wasm_bindgen_test]
async fn a_record_from_a_newer_version_is_never_written_over() {
    let storage = fresh_storage();
    let mine = entry(1, EntryKind::Win, "mine", "2026-11-21T09:30:00+01:00");
    let key = entry_key(&mine.id);
    let future = "{\"v\":99,\"entry\":{\"shape\":\"from the future\"}}";
    storage.set_item(&key, future).unwrap();

    let result = records::save(Record::Entry(&mine, Write::NewRevision)).await;
    assert!(
        matches!(result, Err(StorageError::NewerVersion { found: 99, .. })),
        "{result:?}"
    );
    assert!(matches!(
        LocalJournalStore::delete_entry(&mine),
        Err(StorageError::NewerVersion { .. })
    ));
    assert_eq!(storage.get_item(&key).unwrap().as_deref(), Some(future));
}

#[wasm_bindgen_test]
async fn an_older_copy_never_overwrites_a_newer_revision() {
    let storage = fresh_storage();
    let mut newer = entry(1, EntryKind::Win, "newer", "2026-11-21T09:30:00+01:00");
    newer.revision = 3;
    records::save(Record::Entry(&newer, Write::NewRevision))
        .await
        .unwrap();
    let mut older = newer.clone();
    older.revision = 2;
    older.text = "older".into();
    assert!(matches!(
        records::save(Record::Entry(&older, Write::NewRevision)).await,
        Err(StorageError::Conflict { .. })
    ));
    assert!(matches!(
        LocalJournalStore::delete_entry(&older),
        Err(StorageError::Conflict { .. })
    ));
    assert_eq!(
        storage.get_item(&entry_key(&newer.id)).unwrap(),
        Some(encode_stored_entry(&newer))
    );
}

#[wasm_bindgen_test]
async fn a_full_quota_is_reported_and_loses_nothing_already_stored() {
    let storage = fresh_storage();
    let kept = entry(
        1,
        EntryKind::Win,
        "already safe",
        "2026-11-21T09:30:00+01:00",
    );
    records::save(Record::Entry(&kept, Write::NewRevision))
        .await
        .unwrap();

    // Fill the real quota with filler records until the browser refuses.
    let chunk = "x".repeat(256 * 1024);
    let mut filler = 0;
    while storage
        .set_item(&format!("filler-{filler}"), &chunk)
        .is_ok()
    {
        filler += 1;
    }
    let small = "y".repeat(1024);
    while storage
        .set_item(&format!("filler-{filler}"), &small)
        .is_ok()
    {
        filler += 1;
    }

    let long_text = "words that must not be lost ".repeat(300);
    let new_entry = entry(
        2,
        EntryKind::Concern,
        &long_text,
        "2026-11-21T10:00:00+01:00",
    );
    let result = records::save(Record::Entry(&new_entry, Write::NewRevision)).await;
    for n in 0..=filler {
        storage.remove_item(&format!("filler-{n}")).unwrap();
    }

    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(LocalJournalStore::load().unwrap().entries, vec![kept]);
}

#[wasm_bindgen_test]
async fn a_draft_is_kept_and_a_blank_draft_clears_it() {
    let storage = fresh_storage();
    let draft = Draft {
        text: "half a thought".into(),
        ..Draft::of_kind(EntryKind::Reflection)
    };
    records::save(Record::Draft(&draft)).await.unwrap();
    assert_eq!(LocalJournalStore::load_draft(), Ok(Some(draft)));
    records::save(Record::Draft(&Draft::default()))
        .await
        .unwrap();
    assert_eq!(storage.get_item(DRAFT_KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn an_unreadable_draft_is_kept_aside_before_anything_replaces_it() {
    let storage = fresh_storage();
    storage.set_item(DRAFT_KEY, "{not json").unwrap();
    assert!(matches!(
        LocalJournalStore::load_draft(),
        Err(StorageError::Damaged { .. })
    ));
    assert_eq!(
        storage.get_item(UNREADABLE_DRAFT_KEY).unwrap().as_deref(),
        Some("{not json")
    );
}

#[wasm_bindgen_test]
fn a_sealed_record_keeps_the_revision_rules() {
    use between::domain::records::lock::{encode_sealed_entry, SealedBlob};
    use between::storage::local::Write;
    let storage = fresh_storage();
    let mut entry = entry(1, EntryKind::Win, "sealed", "2026-11-21T09:30:00+01:00");
    entry.revision = 3;
    let blob = SealedBlob {
        iv: vec![1; 12],
        ct: vec![2; 32],
        packed: true,
    };
    let sealed = encode_sealed_entry(&entry, &blob);
    LocalJournalStore::write_entry_record(&entry.id, 3, &sealed, Write::NewRevision).unwrap();
    // The same revision may be re-encoded (lock turned off), but never by an older one.
    LocalJournalStore::write_entry_record(&entry.id, 3, &encode_entry(&entry), Write::Reencode)
        .unwrap();
    assert_eq!(
        storage.get_item(&entry_key(&entry.id)).unwrap(),
        Some(encode_entry(&entry))
    );
    assert!(matches!(
        LocalJournalStore::write_entry_record(&entry.id, 3, &sealed, Write::NewRevision),
        Err(StorageError::Conflict { .. })
    ));
    assert!(matches!(
        LocalJournalStore::write_entry_record(&entry.id, 2, &sealed, Write::Reencode),
        Err(StorageError::Conflict { .. })
    ));
}

#[wasm_bindgen_test]
fn small_records_are_read_and_written_whole_and_quota_errors_are_typed() {
    let storage = fresh_storage();
    assert_eq!(LocalJournalStore::read_record("between.sessions"), Ok(None));
    LocalJournalStore::write_record("between.sessions", r#"{"v":2,"sessions":[]}"#).unwrap();
    assert_eq!(
        storage.get_item("between.sessions").unwrap().as_deref(),
        Some(r#"{"v":2,"sessions":[]}"#)
    );
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(
        LocalJournalStore::write_record("between.prompts", &huge),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(storage.get_item("between.prompts").unwrap(), None);
    storage.clear().unwrap();
}
