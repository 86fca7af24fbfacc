//! Builders shared by the native test files.
#![allow(dead_code)]
use between::domain::{Draft, Entry, EntryId, EntryKind, Timestamp};

pub fn at(rfc3339: &str) -> Timestamp {
    Timestamp::parse(rfc3339).expect("valid test timestamp")
}

/// An entry written at `when`, as the composer would make it.
pub fn entry(n: u32, kind: EntryKind, text: &str, when: &str) -> Entry {
    let draft = Draft {
        text: text.into(),
        ..Draft::of_kind(kind)
    };
    draft
        .to_entry(EntryId::new(1_700_000_000_000, n), at(when))
        .expect("valid test entry")
}

pub fn with_tags(mut entry: Entry, tags: &[&str]) -> Entry {
    entry.tags = tags.iter().map(|t| t.to_string()).collect();
    entry
}
