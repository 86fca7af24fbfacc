//! Session prep in the summary: the agenda (topics put first, the person's own topics,
//! questions, leave-with, how they've been) and the homework review, in a session's order,
//! and never sharing more than the person chose.
#![cfg(not(target_arch = "wasm32"))]
mod common;

use between::domain::calendar::time::Date;
use between::domain::homework::{Assignment, FocusKind, HomeworkList, ReviewPart, Rhythm};
use between::domain::records::small::{
    decode_homework_list, decode_summary, encode_homework_list, encode_summary,
};
use between::domain::sessions::agenda::SinceLastTime;
use between::domain::sessions::session::{ConcernOutcome, SessionId, Sessions};
use between::domain::sessions::summary::{build, Consent, Scope, Summary, SummaryChoices};
use between::domain::sessions::summary_homework::with_homework;
use between::domain::sessions::summary_text::{to_markdown, to_plain_text};
use between::domain::{EntryId, EntryKind, Journal, StorageError};
use common::entry;
use proptest::prelude::*;

fn nov(day: u32) -> Date {
    Date::from_ymd(2026, 11, day).expect("a real day")
}

fn id(n: u32) -> EntryId {
    EntryId::new(1_700_000_000_000, n)
}

fn scope() -> Scope {
    Scope::new(nov(11), nov(21)).expect("dates in order")
}

fn homework(list: &mut HomeworkList, id: &str, title: &str) {
    let assignment = Assignment {
        title: title.into(),
        message: String::new(),
        prompts: Vec::new(),
        focus: vec![FocusKind::SmallWins],
        rhythm: Rhythm::FewTimesAWeek,
        start: nov(9),
        end: nov(22),
    };
    list.accept(id.into(), assignment, nov(9)).unwrap();
}

fn summary_of(
    journal: &Journal,
    sessions: &Sessions,
    choices: &SummaryChoices,
    list: &HomeworkList,
) -> Summary {
    let summary = build(journal, sessions, choices, nov(21));
    with_homework(summary, list, journal, choices, nov(21))
}

/// Where each heading starts in `text`, which must hold them all.
fn positions(text: &str, headings: &[&str]) -> Vec<usize> {
    headings
        .iter()
        .map(|h| {
            text.find(&format!("\n{h}\n"))
                .or_else(|| text.find(&format!("## {h}\n")))
                .unwrap_or_else(|| panic!("{h} missing in\n{text}"))
        })
        .collect()
}

#[test]
fn the_summary_follows_the_order_of_a_session() {
    let mut carried = entry(
        1,
        EntryKind::Concern,
        "Sister again",
        "2026-11-02T09:00:00Z",
    );
    carried.priority = false;
    let journal = Journal::from_entries([
        carried,
        entry(
            2,
            EntryKind::Concern,
            "Sleep is short",
            "2026-11-12T09:00:00Z",
        ),
        entry(
            3,
            EntryKind::Concern,
            "Work meetings",
            "2026-11-13T09:00:00Z",
        ),
        entry(4, EntryKind::Win, "Walked at lunch", "2026-11-14T09:00:00Z"),
        entry(
            5,
            EntryKind::Reflection,
            "Kinder to me",
            "2026-11-15T09:00:00Z",
        ),
    ]);
    let mut sessions = Sessions::default();
    let last = SessionId::new(1_790_000_000_000, 1);
    sessions.add(last.clone(), nov(10));
    sessions.set_outcome(&last, &id(1), Some(ConcernOutcome::CarryOver));
    let mut choices = SummaryChoices::new(scope());
    for e in journal.newest_first() {
        choices.set(e, Consent::Full);
    }
    let agenda = &mut choices.agenda;
    agenda.add_topic(id(90), "Ask about holidays").unwrap();
    assert!(agenda.put_first(id(90).as_str(), |_| true));
    assert!(agenda.put_first(id(3).as_str(), |_| true));
    agenda.set_questions("Is it normal to feel flat?");
    agenda.set_leave_with("One thing to try at night");
    agenda.since_last = Some(SinceLastTime::AboutTheSame);
    let mut list = HomeworkList::default();
    homework(&mut list, "hw-1", "Noticing small wins");
    list.set_review("hw-1", ReviewPart::Tried, "Wrote three wins")
        .unwrap();
    list.set_review("hw-1", ReviewPart::Hard, "Remembering at night")
        .unwrap();
    choices.set_homework("hw-1", Consent::Full);

    let summary = summary_of(&journal, &sessions, &choices, &list);
    let order = [
        "How I've been since last time",
        "From last time",
        "What I'd like to talk about",
        "Questions for my therapist",
        "What I'd like to leave the session with",
        "Homework review",
        "Small wins",
        "Reflections",
    ];
    for text in [to_plain_text(&summary), to_markdown(&summary)] {
        let at = positions(&text, &order);
        assert!(at.windows(2).all(|w| w[0] < w[1]), "out of order:\n{text}");
        assert!(text.contains("About the same"), "{text}");
        assert!(text.contains("What I tried: Wrote three wins"), "{text}");
        assert!(
            text.contains("What was hard: Remembering at night"),
            "{text}"
        );
        assert!(
            !text.contains("What worked"),
            "an unanswered question is left out"
        );
        assert!(text.contains("Written to be read together in session."));
    }
    let agenda_items = &summary.sections[1].items;
    let ranked: Vec<(Option<u8>, &EntryId)> =
        agenda_items.iter().map(|i| (i.rank, &i.id)).collect();
    assert_eq!(
        ranked,
        [(Some(1), &id(90)), (Some(2), &id(3)), (None, &id(2))],
        "topics put first come first, the rest in summary order"
    );
    let text = to_plain_text(&summary);
    assert!(
        text.contains("- First topic to talk about\n  Ask about holidays"),
        "{text}"
    );
    assert!(
        text.contains("- Friday 13 November 2026 · Second topic to talk about\n  Work meetings"),
        "{text}"
    );
    // The carried-over concern, once put first, moves from "from last time" to the agenda.
    choices.agenda.put_first(id(1).as_str(), |_| true);
    let summary = summary_of(&journal, &sessions, &choices, &list);
    assert_eq!(summary.sections[0].heading, "What I'd like to talk about");
    assert_eq!(summary.sections[0].items[2].id, id(1));
}

#[test]
fn blank_notes_and_an_unsaid_mood_add_nothing() {
    let journal =
        Journal::from_entries([entry(1, EntryKind::Win, "Walked", "2026-11-14T09:00:00Z")]);
    let mut choices = SummaryChoices::new(scope());
    choices.agenda.set_questions("  \n ");
    let summary = summary_of(
        &journal,
        &Sessions::default(),
        &choices,
        &HomeworkList::default(),
    );
    assert!(summary.is_empty());
    let text = to_plain_text(&summary);
    for heading in ["Questions", "How I've been", "talk about", "Homework"] {
        assert!(!text.contains(heading), "{heading} in\n{text}");
    }
    choices.agenda.since_last = Some(SinceLastTime::Harder);
    let summary = summary_of(
        &journal,
        &Sessions::default(),
        &choices,
        &HomeworkList::default(),
    );
    assert!(!summary.is_empty(), "how I've been is worth bringing alone");
}

#[test]
fn the_agenda_and_reviews_are_kept_and_checked_in_storage() {
    let mut choices = SummaryChoices::new(scope());
    choices.agenda.add_topic(id(7), "Holidays").unwrap();
    choices.agenda.put_first(id(7).as_str(), |_| true);
    choices.agenda.set_leave_with("A plan");
    choices.agenda.since_last = Some(SinceLastTime::Better);
    let raw = encode_summary(&choices);
    assert!(raw.contains(r#""since_last":"better""#), "{raw}");
    assert_eq!(decode_summary(&raw), Ok(choices.clone()));
    let without = encode_summary(&SummaryChoices::new(scope()));
    assert!(
        !without.contains("agenda"),
        "an empty agenda is not written: {without}"
    );
    let tampered = raw.replace("Holidays", &"x".repeat(500));
    assert!(matches!(
        decode_summary(&tampered),
        Err(StorageError::Damaged { .. })
    ));

    let mut list = HomeworkList::default();
    homework(&mut list, "hw-1", "Breathing");
    let before_reviews = encode_homework_list(&list);
    assert!(!before_reviews.contains("review"));
    list.set_review("hw-1", ReviewPart::Worked, "The long out-breath")
        .unwrap();
    let raw = encode_homework_list(&list);
    assert_eq!(decode_homework_list(&raw), Ok(list.clone()));
    assert_eq!(
        decode_homework_list(&before_reviews).unwrap().all()[0].review,
        Default::default(),
        "a record from before reviews reads with an empty review"
    );
    let long = raw.replace("The long out-breath", &"y".repeat(1_001));
    assert!(matches!(
        decode_homework_list(&long),
        Err(StorageError::Damaged { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Putting a topic first, or reviewing homework, never shares more than consent allows:
    /// a left-out or topic-only concern's words and a review of homework not shared in full
    /// appear in no output.
    #[test]
    fn the_agenda_and_reviews_never_widen_consent(
        consents in prop::collection::vec(0usize..3, 1..7),
        first in prop::collection::vec(0usize..7, 0..4),
        homework_consent in 0usize..3,
        carry in any::<bool>(),
    ) {
        let levels = [Consent::LeaveOut, Consent::TopicOnly, Consent::Full];
        let entries: Vec<_> = (0..consents.len() as u32)
            .map(|n| entry(n, EntryKind::Concern, &format!("concern{n}x"), &format!("2026-11-{:02}T09:00:00Z", 8 + n)))
            .collect();
        let mut sessions = Sessions::default();
        let last = SessionId::new(1_790_000_000_000, 1);
        sessions.add(last.clone(), nov(10));
        if carry {
            sessions.set_outcome(&last, &id(0), Some(ConcernOutcome::CarryOver));
        }
        sessions.set_outcome(&last, &id(1), Some(ConcernOutcome::Resolved));
        let journal = Journal::from_entries(entries.clone());
        let mut choices = SummaryChoices::new(scope());
        for (e, level) in entries.iter().zip(&consents) {
            choices.set(e, levels[*level]);
        }
        for n in first {
            choices.agenda.put_first(&id(n as u32).0, |_| true);
        }
        let mut list = HomeworkList::default();
        homework(&mut list, "hw-1", "Breathing");
        list.set_review("hw-1", ReviewPart::Hard, "reviewwordsx").unwrap();
        choices.set_homework("hw-1", levels[homework_consent]);
        let summary = summary_of(&journal, &sessions, &choices, &list);
        for output in [to_markdown(&summary), to_plain_text(&summary)] {
            for (n, e) in entries.iter().enumerate() {
                let date = e.created_at.local_date();
                let offered = scope().contains(date) || (n == 0 && carry) || n == 1;
                let full = offered && consents[n] == 2;
                prop_assert_eq!(output.contains(&format!("concern{n}x")), full, "{}", output);
            }
            prop_assert_eq!(output.contains("reviewwordsx"), homework_consent == 2);
        }
    }
}

#[test]
fn a_goal_shows_its_linked_entries_only_as_far_as_each_is_shared() {
    use between::domain::goals::{GoalStatus, Goals, StepState};
    use between::domain::sessions::summary_goals::with_goals;

    let journal = Journal::from_entries([
        entry(
            1,
            EntryKind::Win,
            "SHAREDWIN slept through",
            "2026-11-12T09:00:00Z",
        ),
        entry(
            2,
            EntryKind::Reflection,
            "LEFTOUTREFLECTION long night",
            "2026-11-13T09:00:00Z",
        ),
        entry(
            3,
            EntryKind::Win,
            "TOPICWIN phone away",
            "2026-11-14T09:00:00Z",
        ),
    ]);
    let mut goals = Goals::default();
    let (sleep, work, old) = (id(50), id(51), id(52));
    goals.add(sleep.clone(), "Sleep better").unwrap();
    goals.add(work.clone(), "Feel less alone at work").unwrap();
    goals.add(old.clone(), "RETIREDGOAL").unwrap();
    goals
        .add_step(sleep.as_str(), id(60), "STEPWORDS phone off at 11")
        .unwrap();
    goals
        .set_step_state(sleep.as_str(), id(60).as_str(), StepState::Done)
        .unwrap();
    goals.set_agreed(sleep.as_str(), Some(nov(10))).unwrap();
    for n in 1..=3 {
        goals.link(sleep.as_str(), &id(n)).unwrap();
    }
    goals
        .add_step(work.as_str(), id(61), "WORKSTEP lunch with a colleague")
        .unwrap();
    goals.set_status(old.as_str(), GoalStatus::Retired).unwrap();

    let mut choices = SummaryChoices::new(scope());
    choices.set(journal.get(&id(1)).unwrap(), Consent::Full);
    choices.set(journal.get(&id(3)).unwrap(), Consent::TopicOnly);
    choices.set_topic_title(&id(3), "Evenings");
    choices.set_goal(sleep.as_str(), Consent::Full);
    choices.set_goal(work.as_str(), Consent::TopicOnly);
    choices.set_goal(old.as_str(), Consent::Full);
    let summary = with_goals(
        build(&journal, &Sessions::default(), &choices, nov(21)),
        &goals,
        &choices,
    );
    assert_eq!(summary.goals.len(), 2, "a retired goal is not offered");
    for text in [to_plain_text(&summary), to_markdown(&summary)] {
        assert!(text.contains("Goals"), "{text}");
        assert!(
            text.contains("Step done: STEPWORDS phone off at 11"),
            "{text}"
        );
        assert!(text.contains("Agreed with my therapist on Tuesday 10 November 2026"));
        assert!(
            text.contains("Linked small win, Thursday 12 November 2026: SHAREDWIN slept through")
        );
        assert!(
            text.contains("Evenings (not ready to write about this yet)"),
            "{text}"
        );
        assert!(
            !text.contains("TOPICWIN"),
            "a topic-only win shows only its title"
        );
        assert!(
            !text.contains("LEFTOUTREFLECTION"),
            "a left-out entry is never shown through its goal"
        );
        assert!(text.contains("Feel less alone at work"));
        assert!(
            !text.contains("WORKSTEP"),
            "a topic-only goal shares only its title"
        );
        assert!(!text.contains("RETIREDGOAL"));
        let goals_at = text.find("Goals").unwrap();
        assert!(
            goals_at < text.find("Small wins").unwrap(),
            "goals come before the wins"
        );
    }
}

#[test]
fn the_goals_record_is_checked_and_never_guessed_at() {
    use between::domain::goals::Goals;
    use between::domain::records::small::{decode_goals, encode_goals};

    let mut goals = Goals::default();
    goals.add(id(1), "Sleep better").unwrap();
    goals
        .add_step(id(1).as_str(), id(2), "Phone off at 11")
        .unwrap();
    goals.link(id(1).as_str(), &id(9)).unwrap();
    let raw = encode_goals(&goals);
    assert!(raw.starts_with(r#"{"v":3,"goals":[{"id":""#), "{raw}");
    assert_eq!(decode_goals(&raw), Ok(goals));
    let newer = raw.replace(r#""v":3"#, r#""v":999"#);
    assert!(matches!(
        decode_goals(&newer),
        Err(StorageError::NewerVersion { .. })
    ));
    for damaged in [
        raw.replace("Sleep better", "  "),
        raw.replace("Sleep better", &"x".repeat(500)),
        raw.replace(id(2).as_str(), "NOT AN ID"),
        raw.replace(r#""state":"open""#, r#""state":"maybe""#),
        "{\"v\":3,\"goals\":{}}".to_string(),
    ] {
        assert!(
            matches!(decode_goals(&damaged), Err(StorageError::Damaged { .. })),
            "{damaged}"
        );
    }
}

/// The agenda, homework review and goals, made in Spanish: our headings, lines and dates in
/// Spanish, the person's titles and answers as they wrote them.
#[test]
fn session_prep_is_written_in_spanish_when_made_in_spanish() {
    use between::domain::goals::{Goals, StepState};
    use between::domain::language::{self, Lang};
    use between::domain::sessions::summary_goals::with_goals;

    let journal = Journal::from_entries([entry(
        1,
        EntryKind::Win,
        "Dormí del tirón",
        "2026-11-12T09:00:00Z",
    )]);
    let mut choices = SummaryChoices::new(scope());
    choices.set(journal.get(&id(1)).unwrap(), Consent::Full);
    let agenda = &mut choices.agenda;
    agenda.add_topic(id(90), "Vacaciones").unwrap();
    assert!(agenda.put_first(id(90).as_str(), |_| true));
    agenda.set_leave_with("Algo para probar por la noche");
    agenda.since_last = Some(SinceLastTime::Harder);
    let mut list = HomeworkList::default();
    homework(&mut list, "hw-1", "Pequeños logros");
    homework(&mut list, "hw-2", "Diario de sueño");
    choices.set_homework("hw-1", Consent::Full);
    choices.set_homework("hw-2", Consent::TopicOnly);
    let mut goals = Goals::default();
    goals.add(id(50), "Dormir mejor").unwrap();
    goals
        .add_step(id(50).as_str(), id(60), "Móvil fuera a las 11")
        .unwrap();
    goals
        .set_step_state(id(50).as_str(), id(60).as_str(), StepState::Done)
        .unwrap();
    goals.set_agreed(id(50).as_str(), Some(nov(10))).unwrap();
    goals.link(id(50).as_str(), &id(1)).unwrap();
    choices.set_goal(id(50).as_str(), Consent::Full);

    let (text, markdown) = language::speaking(Lang::Es, || {
        let summary = with_goals(
            summary_of(&journal, &Sessions::default(), &choices, &list),
            &goals,
            &choices,
        );
        (to_plain_text(&summary), to_markdown(&summary))
    });
    let order = [
        "Cómo he estado desde la última vez",
        "De qué me gustaría hablar",
        "Lo que me gustaría llevarme de la sesión",
        "Repaso de las tareas",
        "Objetivos",
    ];
    for text in [&text, &markdown] {
        let at = positions(text, &order);
        assert!(at.windows(2).all(|w| w[0] < w[1]), "out of order:\n{text}");
        for expected in [
            "Más difícil",
            "Primer tema a tratar",
            "Del lunes, 9 de noviembre de 2026 al domingo, 22 de noviembre de 2026",
            "Pequeños logros",
            "Diario de sueño",
            "Aún no es momento de escribir sobre esto.",
            "Acordado con mi terapeuta el martes, 10 de noviembre de 2026",
            "Paso hecho: Móvil fuera a las 11",
            "jueves, 12 de noviembre de 2026: Dormí del tirón",
        ] {
            assert!(text.contains(expected), "{expected:?} in:\n{text}");
        }
    }
    assert!(
        text.contains("- Primer tema a tratar\n  Vacaciones\n"),
        "{text}"
    );
    assert!(
        text.contains("\n  1 entrada escrita para esta tarea hasta ahora.\n"),
        "{text}"
    );
}
