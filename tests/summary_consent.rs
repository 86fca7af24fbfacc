//! Whatever mix of choices a person makes, words they did not choose to share in full never
//! reach the Markdown or plain text, and everything they did share is there.
#![cfg(not(target_arch = "wasm32"))]
mod common;

use between::domain::calendar::time::Date;
use between::domain::sessions::session::{ConcernOutcome, SessionId, Sessions};
use between::domain::sessions::summary::{build, Consent, Scope, SummaryChoices};
use between::domain::sessions::summary_text::{to_markdown, to_plain_text};
use between::domain::{EntryKind, Journal};
use common::{entry, with_tags};
use proptest::prelude::*;

const KINDS: [EntryKind; 3] = [EntryKind::Concern, EntryKind::Win, EntryKind::Reflection];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn only_fully_shared_words_are_ever_printed(
        picks in prop::collection::vec((0usize..3, 0usize..3, 1u32..28, any::<bool>()), 1..12),
        carry in prop::collection::vec(any::<bool>(), 12),
    ) {
        let mut entries = Vec::new();
        let mut sessions = Sessions::default();
        let session = SessionId::new(1, 1);
        sessions.add(session.clone(), Date::from_ymd(2026, 11, 10).expect("a real day"));
        let mut choices = SummaryChoices::new(
            Scope::new(
                Date::from_ymd(2026, 11, 11).expect("a real day"),
                Date::from_ymd(2026, 11, 27).expect("a real day"),
            )
            .expect("dates in order"),
        );
        let consents = [Consent::LeaveOut, Consent::TopicOnly, Consent::Full];
        for (n, (kind, consent, day, priority)) in picks.iter().enumerate() {
            // Markers end in "x" so that "mark1x" is never found inside "mark11x".
            let when = format!("2026-11-{day:02}T12:00:00+00:00");
            let mut e = with_tags(
                entry(n as u32, KINDS[*kind], &format!("text{n}x"), &when),
                &[&format!("tag{n}x")],
            );
            e.priority = *priority && e.kind == EntryKind::Concern;
            if e.kind == EntryKind::Reflection {
                e.prompt = Some(format!("prompt{n}x"));
            }
            if carry[n] && e.kind == EntryKind::Concern {
                sessions.set_outcome(&session, &e.id, Some(ConcernOutcome::CarryOver));
            }
            choices.set(&e, consents[*consent]);
            entries.push(e);
        }
        let journal = Journal::from_entries(entries.clone());
        let summary = build(&journal, &sessions, &choices, Date::from_ymd(2026, 11, 27).expect("a real day"));
        let shown: usize = summary.sections.iter().map(|s| s.items.len()).sum();
        let counted: u32 = summary.chart.weeks.iter().map(|w| w.total()).sum();
        prop_assert!(counted as usize <= shown);
        for output in [to_markdown(&summary), to_plain_text(&summary)] {
            for (n, e) in entries.iter().enumerate() {
                let consent = choices.consent_of(e);
                let carried = carry[n] && e.kind == EntryKind::Concern;
                let visible = e.created_at.local_date() >= choices.scope.from || carried;
                let full = consent == Consent::Full && visible;
                for marker in [format!("text{n}x"), format!("tag{n}x")] {
                    prop_assert_eq!(output.contains(&marker), full, "{} in\n{}", marker, output);
                }
                if e.prompt.is_some() {
                    prop_assert_eq!(output.contains(&format!("prompt{n}x")), full);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_records_never_panic_the_summary_decoders(raw in any::<String>(), date in "[0-9+-]{0,12}") {
        let _ = between::domain::records::small::decode_sessions(&raw);
        let _ = between::domain::records::small::decode_summary(&raw);
        let _ = between::domain::calendar::time::Date::parse(&date);
        let _ = between::domain::calendar::time::Date::parse(&raw);
    }
}
