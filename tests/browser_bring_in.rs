//! Reading another app's export in Chromium: a zip member read by `Blob.slice`, Day One's
//! zones turned into offsets by the browser's `Intl`, and files refused before they are read.
#![cfg(target_arch = "wasm32")]

use between::domain::exchange::detect::FileProblem;
use between::domain::exchange::imported::SourceApp;
use between::domain::exchange::zip::{DosTime, ZipWriter};
use between::storage::other_apps::read_export;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn file(bytes: &[u8], name: &str) -> web_sys::File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::File::new_with_u8_array_sequence(&parts, name).unwrap()
}

const JOURNAL: &str = r#"{"metadata":{"version":"1.0"},"entries":[
  {"uuid":"T1","creationDate":"2026-07-01T00:30:00Z","timeZone":"Asia/Tokyo","text":"Summer in Tokyo","photos":[{"md5":"a"}]},
  {"uuid":"T2","creationDate":"2026-01-15T12:00:00Z","timeZone":"America/New_York","text":"Winter in New York"},
  {"uuid":"T3","creationDate":"2026-07-15T12:00:00Z","timeZone":"America/New_York","text":"Summer in New York"},
  {"uuid":"T4","creationDate":"2026-07-15T12:00:00Z","timeZone":"Nowhere/Atlantis","text":"A zone nobody knows"}
]}"#;

#[wasm_bindgen_test]
async fn a_day_one_zip_is_read_by_its_journal_alone_and_placed_in_each_zone() {
    let mut zip = ZipWriter::default();
    let when = DosTime::new(2026, 12, 2, 9, 0);
    zip.add("photos/a.jpeg", &[0xff; 4096], when);
    zip.add("Journal.json", JOURNAL.as_bytes(), when);
    let parsed = read_export(&file(&zip.finish(), "export.zip"))
        .await
        .unwrap();
    assert_eq!(parsed.app, SourceApp::DayOne);
    assert_eq!(parsed.attachments, 1);
    let at: Vec<String> = parsed.entries.iter().map(|e| e.at.to_rfc3339()).collect();
    assert_eq!(
        at,
        [
            "2026-07-01T09:30:00+09:00",
            "2026-01-15T07:00:00-05:00",
            "2026-07-15T08:00:00-04:00",
            // A zone the browser does not know is read as UTC rather than guessed.
            "2026-07-15T12:00:00+00:00",
        ]
    );
}

#[wasm_bindgen_test]
async fn files_that_are_not_an_export_are_refused_kindly() {
    let notes = file(b"bread, tea, soap", "list.txt");
    assert_eq!(
        read_export(&notes).await.unwrap_err(),
        FileProblem::NotKnown
    );

    let mut zip = ZipWriter::default();
    zip.add("notes.txt", b"hello", DosTime::new(2026, 12, 2, 9, 0));
    let other = file(&zip.finish(), "notes.zip");
    assert_eq!(
        read_export(&other).await.unwrap_err(),
        FileProblem::ZipWithoutExport
    );

    let mut zip = ZipWriter::default();
    zip.add(
        "Journal.json",
        JOURNAL.as_bytes(),
        DosTime::new(2026, 12, 2, 9, 0),
    );
    let whole = zip.finish();
    let cut = file(&whole[..whole.len() - 30], "cut.zip");
    assert_eq!(read_export(&cut).await.unwrap_err(), FileProblem::Damaged);

    // Refused by its size, before a byte of it is read.
    let huge = file(&vec![b'a'; 33 * 1024 * 1024], "huge.csv");
    assert_eq!(read_export(&huge).await.unwrap_err(), FileProblem::TooLarge);
}
