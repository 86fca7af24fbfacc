//! The dense stored form (format version 3): packed text, 15 bits per character, sealed
//! records, and whether years of entries fit in local storage.
#![cfg(not(target_arch = "wasm32"))]
use std::collections::BTreeMap;

use between::domain::records::capacity::LOCAL_STORAGE_QUOTA;
use between::domain::records::format::{
    decode_entry, encode_entry, encode_stored_entry, LoadReport, ENTRY_KEY_PREFIX,
};
use between::domain::records::lock::sealed_entry_len;
use between::domain::records::{dense, pack};
use between::domain::{Entry, EntryKind};
use proptest::prelude::*;

fn stored(file: &str) -> BTreeMap<String, String> {
    let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// 200 entries from the benchmark's generator (`tests/e2e/bench/generate-journal.mjs 200`):
/// texts of 58 to 1,496 characters of ordinary journal English, every kind, some tags.
fn sample_entries() -> Vec<Entry> {
    stored("journal-sample.json")
        .iter()
        .map(|(k, v)| decode_entry(k, v).unwrap())
        .collect()
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

proptest! {
    #[test]
    fn any_bytes_come_back_the_same_and_never_as_a_surrogate(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = dense::encode(&bytes);
        let in_range = text.chars().all(|c| ('\u{1000}'..='\u{8FFF}').contains(&c));
        prop_assert!(in_range);
        prop_assert!(text.encode_utf16().all(|u| !(0xD800..=0xDFFF).contains(&u)));
        prop_assert_eq!(units(&text), dense::encoded_len(bytes.len()));
        prop_assert_eq!(dense::decode(&text), Some(bytes));
    }

    #[test]
    fn any_text_packs_and_unpacks_to_itself(text in any::<String>()) {
        let packed = pack::pack(&text);
        prop_assert!(packed.len() <= 1 + text.len().min(units(&text) * 2));
        prop_assert_eq!(pack::unpack(&packed), Some(text));
    }

    #[test]
    fn a_changed_character_never_reads_as_the_same_entry(at in 0usize..1000, by in 1u32..500) {
        let entry = &sample_entries()[0];
        let raw = encode_stored_entry(entry);
        let mut chars: Vec<char> = raw.chars().collect();
        let start = chars.iter().position(|&c| c >= '\u{1000}').unwrap();
        let dense_len = chars.len() - start - 2;
        let at = start + at % dense_len;
        chars[at] = char::from_u32(0x1000 + (chars[at] as u32 - 0x1000 + by) % 0x8000).unwrap();
        let changed: String = chars.into_iter().collect();
        let key = format!("{ENTRY_KEY_PREFIX}{}", entry.id);
        // Huffman codes have no check of their own: a change reads as damage or as different
        // words, never silently as the same entry.
        let read = decode_entry(&key, &changed).ok();
        prop_assert_ne!(read.as_ref(), Some(entry));
    }
}

#[test]
fn every_kind_round_trips_in_the_stored_form_and_is_not_outdated() {
    let mut entries = sample_entries();
    let v2 = stored("v2/local-storage.json");
    entries.extend(
        v2.iter()
            .filter(|(k, _)| k.starts_with(ENTRY_KEY_PREFIX))
            .map(|(k, v)| decode_entry(k, v).unwrap()),
    );
    for kind in [
        EntryKind::Win,
        EntryKind::Concern,
        EntryKind::Reflection,
        EntryKind::CheckIn,
        EntryKind::Feedback,
    ] {
        assert!(entries.iter().any(|e| e.kind == kind), "{kind:?}");
    }
    let records: Vec<(String, String)> = entries
        .iter()
        .map(|e| {
            (
                format!("{ENTRY_KEY_PREFIX}{}", e.id),
                encode_stored_entry(e),
            )
        })
        .collect();
    let report = LoadReport::from_records(records.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert!(report.set_aside.is_empty(), "{:?}", report.set_aside);
    assert!(report.outdated.is_empty());
    assert_eq!(report.entries, entries);
}

#[test]
fn older_records_are_read_and_named_outdated_so_they_are_stored_again() {
    for version in ["v1", "v2"] {
        let old = stored(&format!("{version}/local-storage.json"));
        let report = LoadReport::from_records(old.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(report.outdated.len(), report.entries.len(), "{version}");
    }
    let v3 = stored("v3/local-storage.json");
    let report = LoadReport::from_records(v3.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert_eq!((report.entries.len(), report.outdated.len()), (5, 0));
}

#[test]
fn text_that_packs_badly_is_stored_as_plain_json() {
    let mut entry = sample_entries()[0].clone();
    entry.text = "今日は少し楽になった。話せてよかった。".repeat(20);
    assert_eq!(encode_stored_entry(&entry), encode_entry(&entry));
    entry.text = "I slept better and told my sister about it. ".repeat(10);
    assert!(units(&encode_stored_entry(&entry)) * 2 < units(&encode_entry(&entry)));
}

/// The share of the quota `n` entries like the sample take, with each record's key.
fn share(n: usize, record_len: impl Fn(&Entry) -> usize) -> f64 {
    let entries = sample_entries();
    let key_len = ENTRY_KEY_PREFIX.len() + entries[0].id.as_str().len();
    let mean = entries
        .iter()
        .map(|e| key_len + record_len(e))
        .sum::<usize>() as f64
        / entries.len() as f64;
    n as f64 * mean / LOCAL_STORAGE_QUOTA as f64
}

#[test]
fn ten_thousand_ordinary_entries_fit_locked_in_four_fifths_of_the_quota() {
    let sealed = |e: &Entry| sealed_entry_len(e.revision, pack::pack(&encode_entry(e)).len());
    let plain = |e: &Entry| units(&encode_stored_entry(e));
    let before = |e: &Entry| units(&encode_entry(e));
    let figures = [
        ("plain v2", share(5_000, before), share(10_000, before)),
        ("plain v3", share(5_000, plain), share(10_000, plain)),
        ("locked v3", share(5_000, sealed), share(10_000, sealed)),
    ];
    for (form, five, ten) in figures {
        println!(
            "{form}: 5,000 entries {:.1} %, 10,000 entries {:.1} %",
            five * 100.0,
            ten * 100.0
        );
    }
    let (_, five, ten) = figures[2];
    assert!(ten <= 0.80 && five <= 0.40, "locked: {five} / {ten}");
    assert!(
        figures[1].2 < figures[0].2 * 0.7,
        "plain records got denser"
    );
}

/// Japanese journal text (about 200 characters an entry: Japanese says as much in a third of
/// the characters): packing cannot shrink it much, so its own figure is kept.
#[test]
fn japanese_entries_have_their_own_capacity_figure() {
    const SENTENCES: [&str; 6] = [
        "今日は仕事の前に少し散歩をして、思ったより気持ちが楽になった。",
        "母の話をしたとき、急かされているように感じたので、次の面談でもう一度話したい。",
        "夜中の三時ごろ、お金の心配がまた戻ってきて、よく眠れなかった。",
        "友だちなら何と言うだろう。今日は十分がんばった、休むのも大事だと。",
        "追加のシフトを断ったけれど、何もひどいことは起こらなかった。",
        "バスの中で肩に力が入っているのに気づいて、そっと力を抜いた。",
    ];
    let japanese = |e: &Entry| {
        let mut e = e.clone();
        let n = e.text.chars().count() / 3;
        e.text = SENTENCES
            .iter()
            .cycle()
            .flat_map(|s| s.chars())
            .take(n.max(20))
            .collect();
        e
    };
    let sealed = |e: &Entry| {
        let e = japanese(e);
        sealed_entry_len(e.revision, pack::pack(&encode_entry(&e)).len())
    };
    let plain = |e: &Entry| units(&encode_stored_entry(&japanese(e)));
    for (form, five, ten) in [
        ("Japanese plain", share(5_000, plain), share(10_000, plain)),
        (
            "Japanese locked",
            share(5_000, sealed),
            share(10_000, sealed),
        ),
    ] {
        println!(
            "{form}: 5,000 entries {:.1} %, 10,000 entries {:.1} %",
            five * 100.0,
            ten * 100.0
        );
        assert!(ten <= 1.0, "{form}: 10,000 entries of Japanese still fit");
    }
}
