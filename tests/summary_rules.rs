//! Whole-section choices kept as rules plus exceptions: what they cover, what they leave
//! out (entries brought in from other apps, unless the person includes them), how small the
//! record stays, how older records read, and the summary they build at a year of entries.
mod common;

use between::domain::calendar::time::{Date, Timestamp};
use between::domain::journal::source::EntrySource;
use between::domain::records::small::{decode_summary, encode_summary};
use between::domain::sessions::session::{ConcernOutcome, SessionId, Sessions};
use between::domain::sessions::summary::{
    build, entries_in_scope, Consent, ItemBody, Scope, SectionRule, SummaryChoices,
};
use between::domain::{Entry, EntryKind, Journal};
use common::{at, entry};

const KINDS: [EntryKind; 3] = [EntryKind::Win, EntryKind::Concern, EntryKind::Reflection];

fn day(offset: i64) -> Date {
    Date::from_ymd(2026, 1, 1).unwrap().add_days(offset)
}

/// `n` entries, one every 1.75 hours from 1 January 2026 (so 5,000 span about a year),
/// kinds in turn; the last is about 4 December 2026.
fn year_of_entries(n: u32) -> Journal {
    let start = at("2026-01-01T08:00:00+00:00").epoch_millis();
    Journal::from_entries((0..n).map(|i| {
        let when = Timestamp::from_browser((start + i64::from(i) * 6_300_000) as f64, 0.0)
            .unwrap()
            .to_rfc3339();
        entry(
            i,
            KINDS[i as usize % 3],
            &format!("words of entry {i}"),
            &when,
        )
    }))
}

fn the_year() -> Scope {
    Scope::new(day(0), day(364)).unwrap()
}

fn shared(journal: &Journal, choices: &SummaryChoices, kind: EntryKind) -> usize {
    journal
        .newest_first()
        .into_iter()
        .filter(|e| e.kind == kind && choices.consent_of(e) != Consent::LeaveOut)
        .count()
}

fn in_scope<'a>(journal: &'a Journal, choices: &SummaryChoices) -> Vec<&'a Entry> {
    entries_in_scope(journal, choices, &Sessions::default())
}

fn later() -> Timestamp {
    at("2027-01-02T12:00:00+00:00")
}

#[test]
fn one_click_over_a_year_is_one_small_rule_not_thousands_of_ids() {
    let journal = year_of_entries(5_000);
    let mut choices = SummaryChoices::new(the_year());
    let scope = in_scope(&journal, &choices);
    choices.include_section(EntryKind::Win, Consent::Full, &scope, later());
    let wins = journal
        .newest_first()
        .iter()
        .filter(|e| e.kind == EntryKind::Win)
        .count();
    assert_eq!(shared(&journal, &choices, EntryKind::Win), wins);
    assert_eq!(shared(&journal, &choices, EntryKind::Concern), 0);
    assert!(choices.consent.is_empty());
    assert_eq!(choices.rules.len(), 1);
    let record = encode_summary(&choices);
    assert!(record.len() < 300, "{} characters: {record}", record.len());
    assert_eq!(decode_summary(&record), Ok(choices.clone()));

    // Clicking again, or leaving all out, replaces the rule instead of piling them up.
    choices.include_section(EntryKind::Win, Consent::TopicOnly, &scope, later());
    choices.include_section(EntryKind::Win, Consent::LeaveOut, &scope, later());
    assert!(choices.rules.is_empty(), "{:?}", choices.rules);
    assert_eq!(shared(&journal, &choices, EntryKind::Win), 0);
}

#[test]
fn a_choice_for_one_entry_overrides_its_section_until_the_section_is_chosen_again() {
    let journal = year_of_entries(300);
    let mut choices = SummaryChoices::new(the_year());
    let scope = in_scope(&journal, &choices);
    choices.include_section(EntryKind::Concern, Consent::Full, &scope, later());
    let concern = scope.iter().find(|e| e.kind == EntryKind::Concern).unwrap();
    choices.set(concern, Consent::LeaveOut);
    assert_eq!(choices.consent_of(concern), Consent::LeaveOut);
    assert_eq!(choices.consent.len(), 1);
    // Choosing what the rule says again keeps no exception.
    choices.set(concern, Consent::Full);
    assert!(choices.consent.is_empty());
    choices.set(concern, Consent::TopicOnly);
    choices.include_section(EntryKind::Concern, Consent::Full, &scope, later());
    assert_eq!(choices.consent_of(concern), Consent::Full);
    assert!(choices.consent.is_empty());
}

#[test]
fn entries_written_after_the_choice_stay_left_out_until_included() {
    let journal = year_of_entries(1_000);
    let mut choices = SummaryChoices::new(Scope::new(day(0), day(30)).unwrap());
    let scope = in_scope(&journal, &choices);
    // The person chose on 10 January; the journal then held only what was written by then.
    let made = at("2026-01-10T00:00:00+00:00");
    let then: Vec<&Entry> = scope
        .iter()
        .copied()
        .filter(|e| e.created_at.epoch_millis() <= made.epoch_millis())
        .collect();
    choices.include_section(EntryKind::Win, Consent::Full, &then, made);
    let (before, after): (Vec<&Entry>, Vec<&Entry>) = scope
        .iter()
        .filter(|e| e.kind == EntryKind::Win)
        .partition(|e| e.created_at.epoch_millis() <= made.epoch_millis());
    assert!(!before.is_empty() && !after.is_empty());
    assert!(before
        .iter()
        .all(|e| choices.consent_of(e) == Consent::Full));
    assert!(after
        .iter()
        .all(|e| choices.consent_of(e) == Consent::LeaveOut));
    // Nor does a rule reach past its own dates when the dates are widened.
    choices.scope = the_year();
    let outside = in_scope(&journal, &choices)
        .into_iter()
        .filter(|e| e.kind == EntryKind::Win && e.created_at.local_date() > day(30))
        .count();
    assert!(outside > 0);
    assert_eq!(shared(&journal, &choices, EntryKind::Win), before.len());
}

#[test]
fn a_narrower_leave_out_keeps_the_wider_rule_outside_its_dates() {
    let journal = year_of_entries(1_000);
    let mut choices = SummaryChoices::new(the_year());
    let year = in_scope(&journal, &choices);
    choices.include_section(EntryKind::Reflection, Consent::Full, &year, later());
    choices.scope = Scope::new(day(0), day(30)).unwrap();
    let january = in_scope(&journal, &choices);
    choices.include_section(EntryKind::Reflection, Consent::LeaveOut, &january, later());
    assert_eq!(choices.rules.len(), 2);
    for e in journal.newest_first() {
        if e.kind != EntryKind::Reflection {
            continue;
        }
        let expected = if e.created_at.local_date() <= day(30) {
            Consent::LeaveOut
        } else {
            Consent::Full
        };
        assert_eq!(
            choices.consent_of(e),
            expected,
            "{}",
            e.created_at.to_rfc3339()
        );
    }
}

#[test]
fn a_concern_carried_over_from_before_the_dates_is_included_with_its_section() {
    let journal = year_of_entries(300);
    let old = journal
        .newest_first()
        .into_iter()
        .rev()
        .find(|e| e.kind == EntryKind::Concern)
        .unwrap()
        .clone();
    let mut sessions = Sessions::default();
    let session = SessionId::new(1_790_000_000_000, 1);
    sessions.add(session.clone(), day(40));
    sessions.set_outcome(&session, &old.id, Some(ConcernOutcome::CarryOver));
    let mut choices = SummaryChoices::new(Scope::new(day(41), day(60)).unwrap());
    let scope = entries_in_scope(&journal, &choices, &sessions);
    assert!(scope.iter().any(|e| e.id == old.id));
    choices.include_section(EntryKind::Concern, Consent::Full, &scope, later());
    assert_eq!(choices.consent_of(&old), Consent::Full);
    let summary = build(&journal, &sessions, &choices, day(61));
    let first = &summary.sections[0].items[0];
    assert_eq!(first.id, old.id, "carried over comes first");
}

#[test]
fn a_year_in_full_is_in_section_order_oldest_first_with_every_word() {
    let journal = year_of_entries(5_000);
    let mut choices = SummaryChoices::new(the_year());
    let scope = in_scope(&journal, &choices);
    for kind in KINDS {
        choices.include_section(kind, Consent::Full, &scope, later());
    }
    let summary = build(&journal, &Sessions::default(), &choices, day(365));
    let headings: Vec<&str> = summary.sections.iter().map(|s| s.heading).collect();
    assert_eq!(
        headings,
        ["What I'd like to talk about", "Small wins", "Reflections"]
    );
    let items: usize = summary.sections.iter().map(|s| s.items.len()).sum();
    assert_eq!(items, scope.len());
    for section in &summary.sections {
        assert!(section
            .items
            .windows(2)
            .all(|pair| pair[0].date <= pair[1].date));
        assert!(section.items.iter().all(
            |i| matches!(&i.body, ItemBody::Full { text, .. } if text.starts_with("words of entry"))
        ));
    }
}

#[test]
fn a_damaged_section_choice_is_reported_not_guessed_at() {
    let mut choices = SummaryChoices::new(the_year());
    let journal = year_of_entries(30);
    let scope = in_scope(&journal, &choices);
    choices.include_section(EntryKind::Win, Consent::TopicOnly, &scope, later());
    let record = encode_summary(&choices);
    assert!(
        record.contains(r#""section_rules":"win 1 2026-01-01 2026-12-31 "#),
        "{record}"
    );
    for damage in ["win 7 ", "winning 1 ", "win 1 2026-13-01 "] {
        let damaged = record.replacen("win 1 2026-01-01 ", &format!("{damage}2026-01-01 "), 1);
        assert!(decode_summary(&damaged).is_err(), "{damaged}");
    }
    let backwards = record.replacen("2026-01-01 2026-12-31", "2026-12-31 2026-01-01", 1);
    assert!(decode_summary(&backwards).is_err(), "{backwards}");
}

/// Marks every `nth` entry as brought in from Daylio, by an import run at `imported`.
fn with_imports(journal: &Journal, nth: usize, imported: Timestamp) -> Journal {
    Journal::from_entries(
        journal
            .newest_first()
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let mut e = e.clone();
                if i % nth == 0 {
                    e.source = Some(Box::new(EntrySource {
                        app: "daylio".into(),
                        id: format!("daylio-{i}"),
                        import: format!("imp-{:x}", imported.epoch_millis()),
                    }));
                }
                e
            }),
    )
}

/// The imported small wins; never none, so no test passes by checking nothing.
fn imported_wins(journal: &Journal) -> Vec<&Entry> {
    let wins: Vec<&Entry> = journal
        .newest_first()
        .into_iter()
        .filter(|e| e.kind == EntryKind::Win && e.source.is_some())
        .collect();
    assert!(wins.len() > 1, "the test journal holds imported wins");
    wins
}

fn brought_in_before_the_choices() -> Timestamp {
    at("2027-01-01T09:00:00+00:00")
}

#[test]
fn including_a_section_skips_imported_entries_until_the_person_includes_them() {
    let journal = with_imports(&year_of_entries(600), 4, brought_in_before_the_choices());
    let mut choices = SummaryChoices::new(the_year());
    let scope = in_scope(&journal, &choices);
    let imported = imported_wins(&journal);
    let own_wins = scope
        .iter()
        .filter(|e| e.kind == EntryKind::Win && e.source.is_none())
        .count();
    assert!(!imported.is_empty() && own_wins > 0);

    choices.include_section(EntryKind::Win, Consent::Full, &scope, later());
    assert_eq!(shared(&journal, &choices, EntryKind::Win), own_wins);
    assert!(imported
        .iter()
        .all(|e| choices.consent_of(e) == Consent::LeaveOut));
    assert!(choices.consent.is_empty(), "skipping keeps no ids");

    // Ticking the box widens the actions already taken, for that section only.
    choices.set_section_includes_imported(EntryKind::Win, true);
    assert!(imported
        .iter()
        .all(|e| choices.consent_of(e) == Consent::Full));
    assert_eq!(
        shared(&journal, &choices, EntryKind::Win),
        own_wins + imported.len()
    );
    choices.include_section(EntryKind::Concern, Consent::Full, &scope, later());
    assert!(scope
        .iter()
        .filter(|e| e.kind == EntryKind::Concern && e.source.is_some())
        .all(|e| choices.consent_of(e) == Consent::LeaveOut));

    // And unticking it takes them out again.
    choices.set_section_includes_imported(EntryKind::Win, false);
    assert_eq!(shared(&journal, &choices, EntryKind::Win), own_wins);
}

#[test]
fn an_imported_entry_keeps_its_own_choice_and_leave_all_out_reaches_it() {
    let journal = with_imports(&year_of_entries(300), 4, brought_in_before_the_choices());
    let mut choices = SummaryChoices::new(the_year());
    let scope = in_scope(&journal, &choices);
    let imported = imported_wins(&journal);
    let (one, other) = (imported[0], imported[1]);

    choices.set(one, Consent::TopicOnly);
    choices.include_section(EntryKind::Win, Consent::Full, &scope, later());
    assert_eq!(choices.consent_of(one), Consent::TopicOnly, "not replaced");
    choices.set(other, Consent::Full);
    assert_eq!(choices.consent_of(other), Consent::Full);
    assert_eq!(choices.consent.len(), 2);

    // Leaving a section out never shares anything, so it leaves out imported entries too.
    choices.include_section(EntryKind::Win, Consent::LeaveOut, &scope, later());
    assert_eq!(shared(&journal, &choices, EntryKind::Win), 0);
    assert!(choices.consent.is_empty());
}

#[test]
fn entries_imported_after_a_section_choice_are_not_covered_by_it_even_when_included() {
    let journal = with_imports(&year_of_entries(300), 4, at("2027-02-01T09:00:00+00:00"));
    let mut choices = SummaryChoices::new(the_year());
    choices.set_section_includes_imported(EntryKind::Win, true);
    let scope = in_scope(&journal, &choices);
    choices.include_section(EntryKind::Win, Consent::Full, &scope, later());
    // Their dates are the other app's, long before the choice; they arrived after it.
    assert!(imported_wins(&journal)
        .iter()
        .all(|e| choices.consent_of(e) == Consent::LeaveOut));
    choices.include_section(
        EntryKind::Win,
        Consent::Full,
        &scope,
        at("2027-02-02T09:00:00+00:00"),
    );
    assert!(imported_wins(&journal)
        .iter()
        .all(|e| choices.consent_of(e) == Consent::Full));
}

#[test]
fn a_record_from_before_imports_were_skipped_reads_its_rules_exactly_as_before() {
    let old = r#"{"v":3,"summary":{"scope":{"from":"2026-01-01","to":"2026-12-31"},"rules":"win 2 2026-01-01 2026-12-31 1796000000000;concern 1 2026-02-01 2026-02-28 1796000000001"}}"#;
    let choices = decode_summary(old).expect("an old record still reads");
    assert_eq!(
        choices.rules,
        [
            SectionRule {
                kind: EntryKind::Win,
                consent: Consent::Full,
                scope: the_year(),
                made: 1_796_000_000_000,
            },
            SectionRule {
                kind: EntryKind::Concern,
                consent: Consent::TopicOnly,
                scope: Scope::new(day(31), day(58)).unwrap(),
                made: 1_796_000_000_001,
            },
        ]
    );
    assert!(choices.sections_with_imported.is_empty());
    // Its rules now skip imported entries: narrower than before, never wider.
    let journal = with_imports(&year_of_entries(300), 4, at("2026-06-01T09:00:00+00:00"));
    let own = journal
        .newest_first()
        .into_iter()
        .filter(|e| e.kind == EntryKind::Win && e.source.is_none())
        .count();
    assert_eq!(shared(&journal, &choices, EntryKind::Win), own);
    assert!(imported_wins(&journal)
        .iter()
        .all(|e| choices.consent_of(e) == Consent::LeaveOut));

    // Written again, the rules move to `section_rules`, which builds from before this
    // change ignore: there they leave out what a rule covers rather than share imported
    // entries this build skips.
    let record = encode_summary(&choices);
    assert!(!record.contains(r#""rules""#), "{record}");
    assert!(
        record.contains(r#""section_rules":"win 2 2026-01-01 2026-12-31 1796000000000;concern 1 "#),
        "{record}"
    );
    assert_eq!(decode_summary(&record), Ok(choices));
}

#[test]
fn the_choice_to_include_imported_entries_round_trips_and_nothing_else_is_guessed() {
    let journal = with_imports(&year_of_entries(60), 2, brought_in_before_the_choices());
    let mut choices = SummaryChoices::new(the_year());
    let scope = in_scope(&journal, &choices);
    choices.set_section_includes_imported(EntryKind::Win, true);
    choices.set_section_includes_imported(EntryKind::CheckIn, true);
    choices.include_section(EntryKind::Win, Consent::Full, &scope, later());
    let record = encode_summary(&choices);
    assert!(
        record.contains(r#""sections_with_imported":"win check-in""#),
        "{record}"
    );
    let read = decode_summary(&record).unwrap();
    assert_eq!(read, choices);
    assert!(read.section_includes_imported(EntryKind::Win));
    assert!(!read.section_includes_imported(EntryKind::Concern));
    // Untouched, a fresh summary writes neither field.
    let fresh = encode_summary(&SummaryChoices::new(the_year()));
    assert!(
        !fresh.contains("section") && !fresh.contains("rules"),
        "{fresh}"
    );

    let unknown = record.replacen(r#""win check-in""#, r#""win mood""#, 1);
    assert!(decode_summary(&unknown).is_err(), "{unknown}");
    // Both names at once is nothing Between writes.
    let both = record.replacen(
        r#""section_rules":"#,
        r#""rules":"win 0 2026-01-01 2026-01-02 1","section_rules":"#,
        1,
    );
    assert!(decode_summary(&both).is_err(), "{both}");
}
