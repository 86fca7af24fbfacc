//! The session summary: its dates, sessions, consent, order, carry-over, text and chart.
mod common;

use between::domain::calendar::time::{Date, Timestamp};
use between::domain::records::small::{decode_sessions, encode_sessions};
use between::domain::records::small::{decode_summary, encode_summary};
use between::domain::sessions::session::{ConcernOutcome, SessionId, Sessions};
use between::domain::sessions::summary::{
    build, entries_in_scope, not_ready_line, Consent, ItemBody, Scope, SummaryChoices,
};
use between::domain::sessions::summary_text::{
    crisis_line, read_together_line, to_markdown, to_plain_text,
};
use between::domain::{Entry, EntryId, EntryKind, Journal, StorageError};
use common::{entry, with_tags};

fn nov(day: u32) -> Date {
    Date::from_ymd(2026, 11, day).expect("a real day")
}

/// Saturday 21 November 2026, the evening before a session on Tuesday the 24th.
fn today() -> Date {
    nov(21)
}

fn session(n: u32) -> SessionId {
    SessionId::new(1_790_000_000_000, n)
}

fn id(n: u32) -> EntryId {
    EntryId::new(1_700_000_000_000, n)
}

fn concern(n: u32, text: &str, when: &str, priority: bool) -> Entry {
    let mut e = entry(n, EntryKind::Concern, text, when);
    e.priority = priority;
    e
}

/// Sessions on 3 and 10 November (past) and 24 November (next).
/// Concern 1 was carried over on the 3rd; concern 2 was carried over, then resolved on the 10th.
fn sessions() -> Sessions {
    let mut sessions = Sessions::default();
    sessions.add(session(1), nov(3));
    sessions.add(session(2), nov(10));
    sessions.add(session(3), nov(24));
    sessions.set_outcome(&session(1), &id(1), Some(ConcernOutcome::CarryOver));
    sessions.set_outcome(&session(1), &id(2), Some(ConcernOutcome::CarryOver));
    sessions.set_outcome(&session(2), &id(2), Some(ConcernOutcome::Resolved));
    sessions
}

fn journal() -> Journal {
    let mut reflection = with_tags(
        entry(
            7,
            EntryKind::Reflection,
            "I would tell a friend to rest",
            "2026-11-16T22:40:00+01:00",
        ),
        &["sleep"],
    );
    reflection.prompt = Some("What would you say to a friend who went through today?".into());
    Journal::from_entries([
        concern(
            1,
            "Carried concern about my sister",
            "2026-11-01T09:00:00+01:00",
            false,
        ),
        concern(
            2,
            "Settled concern about money",
            "2026-11-02T09:00:00+01:00",
            false,
        ),
        concern(
            3,
            "I felt rushed when we talked about my mother",
            "2026-11-12T21:15:00+01:00",
            true,
        ),
        concern(
            4,
            "Sleep has been patchy",
            "2026-11-14T08:00:00+01:00",
            false,
        ),
        entry(
            5,
            EntryKind::Win,
            "I went for a walk",
            "2026-11-13T08:00:00+01:00",
        ),
        entry(
            6,
            EntryKind::Win,
            "Said no to extra work",
            "2026-11-18T17:05:00+01:00",
        ),
        reflection,
        entry(8, EntryKind::Win, "Old win", "2026-11-05T10:00:00+01:00"),
    ])
}

fn choices_since_last_session() -> SummaryChoices {
    SummaryChoices::new(Scope::since_last_session(&sessions(), today()))
}

/// A choice for one entry of `journal()`.
fn choose(choices: &mut SummaryChoices, n: u32, consent: Consent) {
    let journal = journal();
    choices.set(
        journal.get(&id(n)).expect("an entry of the journal"),
        consent,
    );
}

/// When the tests' whole-section actions are taken: after every entry was written.
fn now() -> Timestamp {
    Timestamp::parse("2026-11-21T20:00:00+00:00").unwrap()
}

fn ids(entries: &[&Entry]) -> Vec<EntryId> {
    let mut ids: Vec<EntryId> = entries.iter().map(|e| e.id.clone()).collect();
    ids.sort();
    ids
}

fn include_everything(choices: &mut SummaryChoices, journal: &Journal) {
    let in_scope = entries_in_scope(journal, choices, &sessions());
    for kind in EntryKind::ALL {
        choices.include_section(kind, Consent::Full, &in_scope, now());
    }
}

#[test]
fn since_last_session_runs_from_the_day_after_it_to_today() {
    let scope = Scope::since_last_session(&sessions(), today());
    assert_eq!((scope.from, scope.to), (nov(11), nov(21)));
    // On the day of a session it is still the next one, so the scope is unchanged.
    let on_the_day = Scope::since_last_session(&sessions(), nov(24));
    assert_eq!((on_the_day.from, on_the_day.to), (nov(11), nov(24)));
    // The day after, it becomes the last one.
    let after = Scope::since_last_session(&sessions(), nov(25));
    assert_eq!((after.from, after.to), (nov(25), nov(25)));
}

#[test]
fn the_scope_holds_entries_written_within_it_plus_carried_over_concerns() {
    let journal = journal();
    let choices = choices_since_last_session();
    let in_scope = entries_in_scope(&journal, &choices, &sessions());
    assert_eq!(
        ids(&in_scope),
        [id(1), id(2), id(3), id(4), id(5), id(6), id(7)],
        "concern 1 is carried over; concern 2 was resolved last time; the old win is before the scope"
    );
    let mut early = choices.clone();
    early.scope = Scope::new(nov(1), nov(5)).unwrap();
    assert_eq!(
        ids(&entries_in_scope(&journal, &early, &sessions())),
        [id(1), id(2), id(8)]
    );
}

#[test]
fn the_header_names_the_dates_and_the_next_session() {
    let mut choices = choices_since_last_session();
    choices.set_first_name(" Sam ");
    let summary = build(&journal(), &sessions(), &choices, today());
    assert_eq!(summary.header.first_name.as_deref(), Some("Sam"));
    assert_eq!((summary.header.from, summary.header.to), (nov(11), nov(21)));
    assert_eq!(summary.header.next_session, Some(nov(24)));
    let after_all = build(&journal(), &sessions(), &choices, nov(25));
    assert_eq!(after_all.header.next_session, None);
}

#[test]
fn nothing_is_shared_until_chosen() {
    let summary = build(
        &journal(),
        &sessions(),
        &choices_since_last_session(),
        today(),
    );
    assert!(summary.is_empty());
    assert!(summary.chart.is_empty());
    let text = to_plain_text(&summary);
    assert!(
        text.contains("Nothing has been chosen to share yet."),
        "{text}"
    );
    for e in journal().newest_first() {
        assert!(!text.contains(&e.text));
    }
}

#[test]
fn left_out_and_topic_only_words_never_reach_any_output() {
    let journal = Journal::from_entries([
        with_tags(
            concern(
                1,
                "LEFTOUT-MARKER private words",
                "2026-11-12T09:00:00+01:00",
                true,
            ),
            &["LEFTOUT-TAG"],
        ),
        with_tags(
            concern(
                2,
                "TOPICONLY-MARKER private words",
                "2026-11-13T09:00:00+01:00",
                false,
            ),
            &["TOPICONLY-TAG"],
        ),
        entry(
            3,
            EntryKind::Win,
            "TOPICTITLED-MARKER words",
            "2026-11-14T09:00:00+01:00",
        ),
        entry(
            4,
            EntryKind::Win,
            "SHARED-MARKER",
            "2026-11-15T09:00:00+01:00",
        ),
    ]);
    let mut choices = choices_since_last_session();
    choose(&mut choices, 1, Consent::LeaveOut);
    choose(&mut choices, 2, Consent::TopicOnly);
    choose(&mut choices, 3, Consent::TopicOnly);
    choices.set_topic_title(&id(3), "Work stuff");
    choose(&mut choices, 4, Consent::Full);
    let summary = build(&journal, &Sessions::default(), &choices, today());
    let items: Vec<&EntryId> = summary
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| &i.id))
        .collect();
    assert_eq!(items, [&id(2), &id(3), &id(4)]);
    let counted: u32 = summary.chart.weeks.iter().map(|w| w.total()).sum();
    assert_eq!(counted, 3, "the left-out entry is not counted");
    for output in [to_markdown(&summary), to_plain_text(&summary)] {
        for secret in [
            "LEFTOUT-MARKER",
            "LEFTOUT-TAG",
            "TOPICONLY-MARKER",
            "TOPICONLY-TAG",
            "TOPICTITLED-MARKER",
            "Priority",
        ] {
            assert!(!output.contains(secret), "{secret} leaked:\n{output}");
        }
        assert!(output.contains("SHARED"), "{output}");
        assert!(output.contains("Work stuff"), "{output}");
        assert!(
            output.contains("Concern to raise, Friday 13 November 2026"),
            "{output}"
        );
        assert_eq!(output.matches(not_ready_line()).count(), 2, "{output}");
    }
}

#[test]
fn one_action_includes_a_whole_section() {
    let journal = journal();
    let mut choices = choices_since_last_session();
    let in_scope = entries_in_scope(&journal, &choices, &sessions());
    choices.include_section(EntryKind::Concern, Consent::TopicOnly, &in_scope, now());
    let summary = build(&journal, &sessions(), &choices, today());
    let headings: Vec<&str> = summary.sections.iter().map(|s| s.heading).collect();
    assert_eq!(headings, ["From last time", "What I'd like to talk about"]);
    assert_eq!(
        summary.items().count(),
        4,
        "3 in the dates, 1 resolved last time"
    );
    assert!(summary
        .items()
        .all(|i| matches!(i.body, ItemBody::TopicOnly { .. })));
    choices.include_section(EntryKind::Concern, Consent::LeaveOut, &in_scope, now());
    assert!(choices.consent.is_empty());
}

#[test]
fn concerns_come_first_with_priorities_on_top_then_carried_over_then_oldest() {
    let journal = journal();
    let mut choices = choices_since_last_session();
    include_everything(&mut choices, &journal);
    let summary = build(&journal, &sessions(), &choices, today());
    let headings: Vec<&str> = summary.sections.iter().map(|s| s.heading).collect();
    assert_eq!(
        headings,
        [
            "From last time",
            "What I'd like to talk about",
            "Small wins",
            "Reflections"
        ]
    );
    let order: Vec<Vec<EntryId>> = summary
        .sections
        .iter()
        .map(|s| s.items.iter().map(|i| i.id.clone()).collect())
        .collect();
    assert_eq!(
        order,
        [
            vec![id(1), id(2)],
            vec![id(3), id(4)],
            vec![id(5), id(6)],
            vec![id(7)]
        ]
    );
    let last_time = &summary.sections[0].items;
    assert!(last_time[0].carried_over && !last_time[0].resolved);
    assert!(last_time[1].resolved);
    assert!(summary.sections[1].items[0].priority);
}

#[test]
fn a_later_outcome_settles_a_carried_over_concern() {
    let journal = journal();
    let mut sessions = sessions();
    let mut choices = choices_since_last_session();
    include_everything(&mut choices, &journal);
    sessions.set_outcome(&session(2), &id(1), Some(ConcernOutcome::Raised));
    assert!(sessions.carried_over().is_empty());
    let summary = build(&journal, &sessions, &choices, today());
    let text = to_plain_text(&summary);
    assert!(!text.contains("my sister"), "{text}");
    assert!(!text.contains("Carried over"), "{text}");
    // Carried over again later, it is back.
    sessions.set_outcome(&session(2), &id(1), Some(ConcernOutcome::CarryOver));
    let text = to_plain_text(&build(&journal, &sessions, &choices, today()));
    assert!(
        text.contains(
            "- Sunday 1 November 2026 · Carried over from a past session\n  Carried concern about my sister"
        ),
        "{text}"
    );
}

#[test]
fn markdown_shows_the_persons_symbols_without_changing_structure() {
    let journal = Journal::from_entries([with_tags(
        entry(
            1,
            EntryKind::Win,
            "# Not a heading\n* not a list\n1. not numbered\n<script>alert(1)</script> and [a](javascript:x)\n    not code\n\n---",
            "2026-11-12T09:00:00+01:00",
        ),
        &["*bold*"],
    )]);
    let mut choices = choices_since_last_session();
    choose(&mut choices, 1, Consent::Full);
    choices.set_first_name("Sam_<b>#");
    let markdown = to_markdown(&build(&journal, &Sessions::default(), &choices, today()));
    let expected_item = "- **Thursday 12 November 2026**  \n  \\# Not a heading  \n  \\* not a list  \n  1\\. not numbered  \n  \\<script\\>alert(1)\\</script\\> and \\[a\\](javascript:x)  \n  not code\n\n  \\---  \n  Tags: \\*bold\\*\n";
    assert!(markdown.contains(expected_item), "{markdown}");
    assert!(
        markdown.starts_with("# Between — summary for Sam\\_\\<b\\>\\#\n"),
        "{markdown}"
    );
    for line in markdown.lines() {
        let structural = line.starts_with('#') || line.starts_with("- ") || line.is_empty();
        let continuation = line.starts_with("  ") && !line.starts_with("   ");
        let ours = line.starts_with("Wednesday 11 November")
            || line.starts_with("Entries per week")
            || line.starts_with(read_together_line())
            || line.starts_with(crisis_line());
        assert!(structural || continuation || ours, "stray line {line:?}");
    }
}

#[test]
fn plain_text_reads_like_a_letter() {
    let journal = journal();
    let mut choices = choices_since_last_session();
    include_everything(&mut choices, &journal);
    choose(&mut choices, 4, Consent::LeaveOut);
    choose(&mut choices, 5, Consent::LeaveOut);
    choose(&mut choices, 1, Consent::TopicOnly);
    choices.set_topic_title(&id(1), "My sister");
    let text = to_plain_text(&build(&journal, &sessions(), &choices, today()));
    assert_eq!(
        text,
        "Between — my summary
====================

Wednesday 11 November 2026 to Saturday 21 November 2026
Next session: Tuesday 24 November 2026

From last time
--------------

- Sunday 1 November 2026 · Carried over from a past session
  My sister
  Not ready to write about this yet.

- Monday 2 November 2026 · Resolved last time
  Settled concern about money

What I'd like to talk about
---------------------------

- Thursday 12 November 2026 · Priority
  I felt rushed when we talked about my mother

Small wins
----------

- Wednesday 18 November 2026
  Said no to extra work

Reflections
-----------

- Monday 16 November 2026
  Prompt: What would you say to a friend who went through today?
  I would tell a friend to rest
  Tags: sleep

Entries per week: week of 9 Nov — 1 concern to raise; week of 16 Nov — 1 small win, 1 reflection.

Written to be read together in session.
Between is a journal, not an emergency service: if you are in danger right now, call your local emergency number or a crisis line.
"
    );
    let markdown = to_markdown(&build(&journal, &sessions(), &choices, today()));
    assert!(
        markdown.starts_with("# Between — my summary\n\nWednesday 11 November 2026 to Saturday 21 November 2026  \nNext session: Tuesday 24 November 2026  \n\n## From last time\n\n- **Sunday 1 November 2026** · Carried over from a past session  \n  My sister"),
        "{markdown}"
    );
}

#[test]
fn the_chart_counts_only_shared_entries_within_the_dates() {
    let journal = journal();
    let mut choices = choices_since_last_session();
    include_everything(&mut choices, &journal);
    choose(&mut choices, 6, Consent::LeaveOut);
    choose(&mut choices, 7, Consent::TopicOnly);
    let chart = build(&journal, &sessions(), &choices, today()).chart;
    let weeks: Vec<(Date, Vec<u32>)> = chart
        .weeks
        .iter()
        .map(|w| (w.start, w.counts.iter().map(|(_, n)| *n).collect()))
        .collect();
    // Concerns, wins, reflections, check-ins, feedback. The carried-over concern from
    // 1 November is not drawn.
    assert_eq!(
        weeks,
        [
            (nov(9), vec![2, 1, 0, 0, 0]),
            (nov(16), vec![0, 0, 1, 0, 0])
        ]
    );
    assert_eq!(chart.max_total, 3);
}

#[test]
fn choices_are_remembered_and_survive_a_change_of_dates() {
    let mut choices = choices_since_last_session();
    choices.set_first_name("Sam");
    choose(&mut choices, 3, Consent::Full);
    choose(&mut choices, 4, Consent::TopicOnly);
    choices.set_topic_title(&id(4), "Sleep");
    let raw = encode_summary(&choices);
    assert!(
        raw.starts_with(r#"{"v":3,"summary":{"scope":{"from":"2026-11-11","to":"2026-11-21"}"#),
        "{raw}"
    );
    let mut read = decode_summary(&raw).unwrap();
    assert_eq!(read, choices);
    read.scope = Scope::new(nov(1), nov(21)).unwrap();
    assert_eq!(
        read.consent_of(journal().get(&id(3)).unwrap()),
        Consent::Full
    );
    assert_eq!(read.topic_title(&id(4)).as_deref(), Some("Sleep"));
    assert_eq!(
        decode_sessions(&encode_sessions(&sessions())),
        Ok(sessions())
    );
}

#[test]
fn damaged_and_newer_records_are_reported_not_guessed_at() {
    for raw in [
        "",
        "garbage",
        "{}",
        r#"{"v":1}"#,
        r#"{"v":1,"sessions":[{"id":"a","date":"2026-02-30","revision":1}]}"#,
        r#"{"v":1,"sessions":[{"id":"<img>","date":"2026-11-03","revision":1}]}"#,
        r#"{"v":1,"sessions":[{"id":"a","date":"2026-11-03","revision":1},{"id":"a","date":"2026-11-04","revision":1}]}"#,
        r#"{"v":1,"sessions":[{"id":"a","date":"2026-11-03","revision":1,"outcomes":{"b":"forgotten"}}]}"#,
    ] {
        assert!(
            matches!(decode_sessions(raw), Err(StorageError::Damaged { .. })),
            "{raw}"
        );
    }
    for raw in [
        "[]",
        r#"{"v":1,"summary":{"scope":{"from":"2026-11-21","to":"2026-11-01"}}}"#,
        r#"{"v":1,"summary":{"scope":{"from":"2026-11-01","to":"2026-11-21"},"consent":{"<b>":"full"}}}"#,
        r#"{"v":1,"summary":{"scope":{"from":"2026-11-01","to":"2026-11-21"},"consent":{"a":"everything"}}}"#,
    ] {
        assert!(
            matches!(decode_summary(raw), Err(StorageError::Damaged { .. })),
            "{raw}"
        );
    }
    assert!(matches!(
        decode_sessions(r#"{"v":4,"sessions":"new"}"#),
        Err(StorageError::NewerVersion { found: 4, .. })
    ));
    assert!(matches!(
        decode_summary(r#"{"v":9}"#),
        Err(StorageError::NewerVersion { found: 9, .. })
    ));
    let ok = r#"{"v":1,"sessions":[{"id":"b","date":"2026-11-10","revision":3},{"id":"a","date":"2026-11-03","revision":1,"outcomes":{"c":"carry_over"}}]}"#;
    let sessions = decode_sessions(ok).unwrap();
    assert_eq!(sessions.all()[0].date, nov(3), "sorted by date on read");
    assert_eq!(sessions.carried_over().len(), 1);
}

fn check_in_and_feedback() -> Journal {
    use between::domain::journal::checkin::{CheckIn, EntryDetails, Feedback, Feeling, Safety};
    let mut check_in = entry(
        1,
        EntryKind::Win,
        "CHECKIN-NOTE slept badly",
        "2026-11-12T21:00:00+01:00",
    );
    check_in.kind = EntryKind::CheckIn;
    check_in.details = Some(EntryDetails::CheckIn(CheckIn {
        feeling: Feeling::Heavy,
        words: vec!["tired".into(), "tender".into()],
    }));
    let mut feedback = entry(2, EntryKind::Win, "x", "2026-11-13T21:10:00+01:00");
    feedback.kind = EntryKind::Feedback;
    feedback.text = String::new();
    feedback.details = Some(EntryDetails::Feedback(Feedback {
        helped: Some("FEEDBACK-HELPED slowing down".into()),
        unsaid: Some("FEEDBACK-UNSAID it is okay to disagree".into()),
        safety: Some(Safety::Mostly),
        ..Feedback::default()
    }));
    Journal::from_entries([check_in, feedback])
}

#[test]
fn a_fully_shared_check_in_or_feedback_card_shows_its_answers() {
    let journal = check_in_and_feedback();
    let mut choices = choices_since_last_session();
    choose(&mut choices, 1, Consent::Full);
    choose(&mut choices, 2, Consent::Full);
    let summary = build(&journal, &Sessions::default(), &choices, today());
    let headings: Vec<&str> = summary.sections.iter().map(|s| s.heading).collect();
    assert_eq!(headings, ["Check-ins", "Therapy feedback"]);
    let ItemBody::Full { details, .. } = &summary.sections[1].items[0].body else {
        panic!("shared in full");
    };
    assert_eq!(
        details,
        &[
            ("What helped", "FEEDBACK-HELPED slowing down".to_string()),
            (
                "Something I didn't say",
                "FEEDBACK-UNSAID it is okay to disagree".to_string()
            ),
            ("How safe it feels to share", "Mostly safe".to_string()),
        ]
    );
    let text = to_plain_text(&summary);
    assert!(
        text.contains(
            "  How I feel: Heavy\n  Feeling words: tired, tender\n  CHECKIN-NOTE slept badly\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("  What helped: FEEDBACK-HELPED slowing down\n  Something I didn't say: FEEDBACK-UNSAID it is okay to disagree\n  How safe it feels to share: Mostly safe\n"),
        "{text}"
    );
    assert!(text.contains("How I felt: on the heavy side."), "{text}");
    let markdown = to_markdown(&summary);
    assert!(
        markdown.contains("  What helped: FEEDBACK-HELPED"),
        "{markdown}"
    );
}

#[test]
fn a_topic_only_check_in_or_feedback_card_never_shows_its_answers() {
    let journal = check_in_and_feedback();
    let mut choices = choices_since_last_session();
    choose(&mut choices, 1, Consent::TopicOnly);
    choose(&mut choices, 2, Consent::TopicOnly);
    let summary = build(&journal, &Sessions::default(), &choices, today());
    assert!(!summary.chart.has_feeling());
    for output in [to_markdown(&summary), to_plain_text(&summary)] {
        for secret in [
            "CHECKIN-NOTE",
            "Heavy",
            "heavy",
            "tired",
            "FEEDBACK-HELPED",
            "FEEDBACK-UNSAID",
            "Mostly safe",
            "How I felt",
        ] {
            assert!(!output.contains(secret), "{secret} leaked:\n{output}");
        }
        assert_eq!(output.matches(not_ready_line()).count(), 2, "{output}");
        assert!(
            output.contains("Check-in, Thursday 12 November 2026"),
            "{output}"
        );
    }
}

#[test]
fn a_past_session_offers_the_concerns_that_were_in_scope_for_it() {
    use between::domain::sessions::summary::concerns_for_session;
    let journal = journal();
    let sessions = sessions();
    let for_the_10th: Vec<EntryId> = concerns_for_session(&journal, &sessions, &session(2))
        .iter()
        .map(|e| e.id.clone())
        .collect();
    // Written 4–10 November: none; carried over on the 3rd: concerns 1 and 2 (2 is marked
    // on the 10th as well). Wins are never offered.
    assert_eq!(for_the_10th, [id(2), id(1)]);
    let for_the_24th: Vec<EntryId> = concerns_for_session(&journal, &sessions, &session(3))
        .iter()
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(for_the_24th, [id(4), id(3), id(1)]);
    assert!(concerns_for_session(&journal, &sessions, &session(9)).is_empty());
}

#[test]
fn homework_is_shared_only_as_far_as_the_person_chooses() {
    use between::domain::homework::{Assignment, FocusKind, HomeworkList, Rhythm};
    use between::domain::sessions::summary_homework::with_homework;

    let assignment = |title: &str, message: &str| Assignment {
        title: title.into(),
        message: message.into(),
        prompts: vec!["What went a little better today?".into()],
        focus: vec![FocusKind::SmallWins],
        rhythm: Rhythm::FewTimesAWeek,
        start: nov(9),
        end: nov(22),
    };
    let mut list = HomeworkList::default();
    list.accept(
        "hw-full".into(),
        assignment("Noticing small wins", "Private note from the therapist"),
        nov(9),
    )
    .unwrap();
    list.accept(
        "hw-topic".into(),
        assignment("Sleep diary", "Keep notes"),
        nov(9),
    )
    .unwrap();
    list.accept(
        "hw-out".into(),
        assignment("Breathing practice", "Twice a day"),
        nov(9),
    )
    .unwrap();
    let mut choices = choices_since_last_session();
    choices.set_homework("hw-full", Consent::Full);
    choices.set_homework("hw-topic", Consent::TopicOnly);

    let summary = with_homework(
        build(&journal(), &sessions(), &choices, today()),
        &list,
        &journal(),
        &choices,
        today(),
    );
    assert_eq!(summary.homework.len(), 2);
    for text in [to_markdown(&summary), to_plain_text(&summary)] {
        assert!(text.contains("Homework"), "{text}");
        assert!(text.contains("Noticing small wins"), "{text}");
        assert!(
            text.contains("Prompt: What went a little better today?"),
            "{text}"
        );
        assert!(
            text.contains("Suggested rhythm: A few times a week"),
            "{text}"
        );
        assert!(text.contains("Sleep diary"), "{text}");
        assert!(text.contains(not_ready_line()), "{text}");
        assert!(!text.contains("Breathing practice"), "left out: {text}");
        assert!(
            !text.contains("Keep notes"),
            "topic only shows no more than its title"
        );
        assert!(
            !text.contains("Private note"),
            "the therapist's message is not repeated"
        );
    }
    println!("{}", to_markdown(&summary));

    // Homework outside the dates is not offered; the choice survives storage.
    let stored = decode_summary(&encode_summary(&choices)).unwrap();
    assert_eq!(stored.homework_consent("hw-full"), Consent::Full);
    assert_eq!(stored.homework_consent("hw-out"), Consent::LeaveOut);
}

// ---- In Spanish ----

/// The sheet made while Spanish is the language: our headings, marks, dates and foot in
/// Spanish, the person's words as they wrote them.
#[test]
fn the_summary_text_and_markdown_are_written_in_spanish_when_made_in_spanish() {
    use between::domain::language::{self, Lang};
    use between::domain::sessions::agenda::SinceLastTime;

    let journal = journal();
    let mut sessions = Sessions::default();
    sessions.add(session(1), nov(10));
    sessions.add(session(2), Date::from_ymd(2026, 12, 1).unwrap());
    sessions.set_outcome(&session(1), &id(1), Some(ConcernOutcome::CarryOver));
    let mut choices = SummaryChoices::new(Scope::since_last_session(&sessions, today()));
    choices.set_first_name("Sam");
    choose(&mut choices, 1, Consent::TopicOnly);
    choices.set_topic_title(&id(1), "Mi hermana");
    choose(&mut choices, 3, Consent::Full);
    choose(&mut choices, 7, Consent::Full);
    choices.agenda.since_last = Some(SinceLastTime::Better);
    choices.agenda.set_questions("¿Es normal?");
    choices.agenda.put_first(id(3).as_str(), |_| true);

    let (text, markdown) = language::speaking(Lang::Es, || {
        let summary = build(&journal, &sessions, &choices, today());
        (to_plain_text(&summary), to_markdown(&summary))
    });
    for expected in [
        "Between — resumen de Sam\n========================\n",
        "Del miércoles, 11 de noviembre de 2026 al sábado, 21 de noviembre de 2026\n",
        "Próxima sesión: martes, 1 de diciembre de 2026\n",
        "Cómo he estado desde la última vez\n----------------------------------\n\nMejor\n",
        "De la última vez\n----------------\n",
        "- domingo, 1 de noviembre de 2026 · Viene de una sesión anterior\n  Mi hermana\n  Aún no es momento de escribir sobre esto.\n",
        "De qué me gustaría hablar\n-------------------------\n",
        "- jueves, 12 de noviembre de 2026 · Primer tema a tratar · Prioridad\n  I felt rushed when we talked about my mother\n",
        "Preguntas para mi terapeuta\n---------------------------\n\n¿Es normal?\n",
        "  Propuesta: What would you say to a friend who went through today?\n",
        "  Etiquetas: sleep\n",
        "Entradas por semana: semana del 9 nov — 1 ",
        "Escrito para leerlo en común durante la sesión.\n",
        "llama al número de emergencias de tu país (como el 112 en España o el 911 en México) o acude a las urgencias más cercanas.\n",
    ] {
        assert!(text.contains(expected), "{expected:?} in:\n{text}");
    }
    for english in [
        "summary for",
        "2026 to ",
        "Next session",
        "From last time",
        "Carried over",
        "Not ready",
        "Priority",
        "Prompt:",
        "Tags:",
        "Entries per week",
        "emergency service",
    ] {
        assert!(
            !text.contains(english),
            "{english:?} left in English:\n{text}"
        );
    }
    assert!(markdown.starts_with("# Between — resumen de Sam\n\nDel miércoles, 11 de noviembre de 2026 al sábado, 21 de noviembre de 2026  \nPróxima sesión: martes, 1 de diciembre de 2026  \n\n## Cómo he estado desde la última vez\n\nMejor  \n"), "{markdown}");
    assert!(
        markdown.contains("## De la última vez\n\n- **domingo, 1 de noviembre de 2026** · Viene de una sesión anterior  \n  Mi hermana  \n  Aún no es momento de escribir sobre esto."),
        "{markdown}"
    );
    assert!(markdown.contains("## De qué me gustaría hablar\n\n- **jueves, 12 de noviembre de 2026** · Primer tema a tratar · Prioridad"), "{markdown}");
    assert!(
        markdown.contains("## Preguntas para mi terapeuta\n\n¿Es normal?\n"),
        "{markdown}"
    );

    // Made again in English, the same choices say it all in English.
    let english = to_plain_text(&build(&journal, &sessions, &choices, today()));
    assert!(
        english.starts_with("Between — summary for Sam\n"),
        "{english}"
    );
    assert!(
        english.contains("Next session: Tuesday 1 December 2026\n"),
        "{english}"
    );
    assert!(
        english.ends_with(&format!("{}\n", crisis_line())),
        "{english}"
    );
}

/// Without a name, and with nothing chosen, the sheet still speaks Spanish.
#[test]
fn an_empty_spanish_summary_says_nothing_has_been_chosen() {
    use between::domain::language::{self, Lang};
    let choices = choices_since_last_session();
    let text = language::speaking(Lang::Es, || {
        to_plain_text(&build(&journal(), &sessions(), &choices, today()))
    });
    assert!(text.starts_with("Between — mi resumen\n"), "{text}");
    assert!(
        text.contains("Aún no se ha elegido nada para compartir.\n"),
        "{text}"
    );
    assert!(
        text.contains("Próxima sesión: martes, 24 de noviembre de 2026\n"),
        "{text}"
    );
}
