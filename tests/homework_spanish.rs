//! Homework and goals in Spanish: the app's own words change language, the therapist's and
//! the person's words never do, and English stays as it was.
#![cfg(not(target_arch = "wasm32"))]

use between::domain::calendar::time::Date;
use between::domain::goals::{GoalError, GoalStatus, StepState};
use between::domain::homework::link::{language_name, LinkError};
use between::domain::homework::qr::QrError;
use between::domain::homework::{
    progress_words, Assignment, AssignmentError, FocusKind, Homework, HomeworkError, Progress,
    ReviewPart, Rhythm,
};
use between::domain::language::{speaking, Lang};

fn day(y: i64, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

fn homework() -> Homework {
    Homework {
        id: "hw-1".into(),
        assignment: Assignment {
            title: "Notar pequeños logros".into(),
            message: String::new(),
            prompts: vec!["What went a little better today?".into()],
            focus: vec![FocusKind::SmallWins],
            rhythm: Rhythm::Weekly,
            start: day(2026, 11, 23),
            end: day(2026, 12, 6),
        },
        accepted_on: day(2026, 11, 21),
        paused: false,
        review: Default::default(),
        language: None,
        revision: 0,
    }
}

fn es<T>(say: impl FnOnce() -> T) -> T {
    speaking(Lang::Es, say)
}

#[test]
fn how_homework_is_going_reads_in_spanish() {
    let hw = homework();
    let none = Progress::default();
    let one = Progress {
        this_week: 1,
        in_period: 1,
    };
    let three = Progress {
        this_week: 3,
        in_period: 7,
    };
    let inside = day(2026, 11, 25);
    assert_eq!(
        es(|| progress_words(&none, &hw, inside)),
        "Aún no hay entradas esta semana — cuando te venga bien."
    );
    assert_eq!(
        es(|| progress_words(&one, &hw, inside)),
        "1 entrada esta semana"
    );
    assert_eq!(
        es(|| progress_words(&three, &hw, inside)),
        "3 entradas esta semana"
    );
    assert_eq!(
        es(|| progress_words(&none, &hw, day(2026, 11, 21))),
        "Empieza el lunes, 23 de noviembre de 2026."
    );
    assert_eq!(
        es(|| progress_words(&three, &hw, day(2026, 12, 7))),
        "Terminó el domingo, 6 de diciembre de 2026. Escribiste 7 entradas mientras duró."
    );
    assert_eq!(
        speaking(Lang::En, || progress_words(&three, &hw, day(2026, 12, 7))),
        "Ended on Sunday 6 December 2026. You wrote 7 entries while it ran."
    );
    let mut paused = hw.clone();
    paused.paused = true;
    assert_eq!(
        es(|| progress_words(&one, &paused, inside)),
        "En pausa. Puedes retomarla cuando quieras."
    );
}

#[test]
fn problems_are_told_calmly_in_spanish() {
    assert_eq!(
        es(|| AssignmentError::PromptEmpty { number: 2 }.message()),
        "La pregunta 2 está vacía. Puedes escribir algo o quitarla."
    );
    assert_eq!(
        es(|| AssignmentError::TitleTooLong.message()),
        "El título puede tener hasta 80 caracteres."
    );
    assert_eq!(
        es(|| HomeworkError::Invalid(AssignmentError::TitleEmpty).to_string()),
        "el título está vacío"
    );
    assert_eq!(
        es(|| LinkError::Invalid(AssignmentError::NoFocus).message()),
        "Esta tarea no se puede usar tal como está: Elige al menos un tipo de entrada en el que \
         fijarse. Puedes pedir un enlace nuevo. No se ha añadido nada."
    );
    assert_eq!(
        es(|| LinkError::TooLong { chars: 2345 }.message()),
        "Esta tarea genera un enlace de 2345 caracteres, y los enlaces funcionan mejor con menos \
         de 2000. Si acortas el mensaje o alguna pregunta, cabrá."
    );
    assert!(es(|| LinkError::UnknownVersion("9".into()).message())
        .starts_with("Este enlace de tarea se hizo con una versión más reciente de Between."));
    assert!(es(|| QrError::TooLong.message()).starts_with("Este enlace es demasiado largo"));
    for error in [
        LinkError::NotHomework,
        LinkError::Oversized,
        LinkError::Truncated,
        LinkError::Damaged,
    ] {
        let message = es(|| error.message());
        assert!(message.ends_with("No se ha añadido nada."), "{message}");
        assert!(!message.contains('!'), "{message}");
    }
    assert_eq!(
        es(|| GoalError::TooManyGoals.to_string()),
        "Caben 30 objetivos. Puedes archivar o quitar uno antes."
    );
    assert_eq!(
        speaking(Lang::En, || GoalError::TooManySteps.to_string()),
        "A goal has room for 12 steps. You could remove one you no longer need."
    );
}

#[test]
fn labels_change_language_but_stored_tokens_do_not() {
    assert_eq!(es(|| FocusKind::SmallWins.label()), "Pequeños logros");
    assert_eq!(
        es(|| Rhythm::FewTimesAWeek.label()),
        "Unas cuantas veces por semana"
    );
    assert_eq!(es(|| ReviewPart::Hard.label()), "Lo que costó");
    assert_eq!(es(|| StepState::NotForNow.label()), "Ahora no");
    assert_eq!(es(|| GoalStatus::Retired.label()), "Archivado");
    assert_eq!(es(|| language_name(Lang::En)), "inglés");
    assert_eq!(speaking(Lang::En, || language_name(Lang::Es)), "Spanish");
    // What is stored is the same whatever language is spoken.
    let stored = |lang| speaking(lang, || serde_json::to_string(&homework()).unwrap());
    assert_eq!(stored(Lang::Es), stored(Lang::En));
    assert!(stored(Lang::Es).contains(r#""rhythm":"weekly""#));
}
