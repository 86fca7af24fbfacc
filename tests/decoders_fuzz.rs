//! Every decoder of text that comes from outside the app's own code (local storage records,
//! times, backups) meets arbitrary input without panicking.
#![cfg(not(target_arch = "wasm32"))]
mod common;

use between::domain::records::format::{
    decode_draft, decode_entry, encode_entry, entry_key, LoadReport,
};
use between::domain::records::lock::{decode_lock, external_change, read_entry_record};
use between::domain::{EntryKind, Timestamp};
use common::entry;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_records_never_panic_the_storage_decoders(key in "between\\.entry\\.[a-z0-9-]{0,12}", raw in any::<String>()) {
        let _ = decode_entry(&key, &raw);
        let _ = read_entry_record(&key, &raw);
        let _ = decode_draft(&raw);
        let _ = decode_lock(&raw);
        let _ = external_change(Some(&key), Some(&raw));
        let _ = LoadReport::from_records([(key.as_str(), raw.as_str())]);
    }

    #[test]
    fn mutated_entry_records_never_panic_and_never_read_as_another_entry(at in 0usize..400, byte in any::<u8>(), cut in 0usize..400) {
        let original = entry(1, EntryKind::Concern, "kept safe", "2026-11-21T09:30:00+01:00");
        let key = entry_key(&original.id);
        let mut bytes = encode_entry(&original).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        bytes.truncate(cut.max(1).min(bytes.len()));
        let raw = String::from_utf8_lossy(&bytes);
        if let Ok(read) = decode_entry(&key, &raw) {
            prop_assert_eq!(read.id, original.id);
        }
    }

    #[test]
    fn arbitrary_times_never_panic_and_valid_ones_round_trip(text in any::<String>(), millis in -10_000_000_000_000i64..10_000_000_000_000, offset in -1_439i32..1_439) {
        let _ = Timestamp::parse(&text);
        let ts = Timestamp::from_browser(millis as f64, f64::from(offset)).unwrap();
        prop_assert_eq!(Timestamp::parse(&ts.to_rfc3339()), Some(ts));
    }
}
