//! Records, storage and backups in Spanish: what a person reads when something goes wrong is
//! as calm and clear as in English, still says that nothing was lost, and English is as it was.
#![cfg(not(target_arch = "wasm32"))]
mod common;

use between::domain::language::{self, say, Lang};
use between::domain::records::backup::{parse_backup, Backup, ImportError, ImportPlan};
use between::domain::records::capacity::{room_words, Projection, LOCAL_STORAGE_QUOTA};
use between::domain::records::encrypted_backup::SealedError;
use between::domain::records::error::StorageError;
use between::domain::records::health::{
    backup_reminder, describe_usage, install_advice, installed_line, Platform,
};
use between::domain::records::keys::{HOMEWORK_KEY, LOCK_KEY, SESSIONS_KEY};
use between::domain::records::passphrase::check_new_passphrase;
use between::domain::{EntryKind, Journal};
use common::{at, entry};

fn es<T>(say: impl FnOnce() -> T) -> T {
    language::speaking(Lang::Es, say)
}

#[test]
fn storage_problems_are_told_kindly_in_spanish() {
    let full = es(|| StorageError::QuotaExceeded.user_message());
    assert_eq!(
        full,
        "El espacio de tu navegador para Between está lleno, así que esto todavía no se ha \
         guardado. Tus palabras siguen aquí en la pantalla. Puedes copiarlas en un lugar seguro, \
         o quitar algunas entradas antiguas, y volver a intentarlo."
    );
    let newer_tab = es(|| StorageError::Outdated.user_message());
    assert!(newer_tab.contains("otra pestaña"), "{newer_tab}");
    assert!(
        newer_tab.contains("tus palabras siguen aquí"),
        "{newer_tab}"
    );

    let damaged = StorageError::Damaged {
        key: SESSIONS_KEY.into(),
        reason: "its calendar part is malformed".into(),
    };
    let message = es(|| damaged.user_message());
    assert!(
        message.starts_with("Las fechas de tus sesiones"),
        "{message}"
    );
    assert!(
        message.contains("se queda solo en la pantalla"),
        "{message}"
    );
    // The key and the reason are data: they pass through as they are.
    assert_eq!(
        es(|| damaged.to_string()),
        "el registro between.sessions está dañado: its calendar part is malformed"
    );
    let newer = StorageError::NewerVersion {
        key: HOMEWORK_KEY.into(),
        found: 9,
        supported: 2,
    };
    assert!(es(|| newer.user_message()).starts_with("Tu lista de tareas se guardó"));
    let lock = StorageError::NewerVersion {
        key: LOCK_KEY.into(),
        found: 9,
        supported: 2,
    };
    assert!(es(|| lock.user_message()).contains("No se ha cambiado nada"));
}

#[test]
fn english_is_as_it_was() {
    assert_eq!(
        language::speaking(Lang::En, || StorageError::NoJournal.user_message()),
        "This is your space. Nothing has been written here yet, and there's no hurry."
    );
    assert_eq!(
        language::speaking(Lang::En, || ImportError::NewerVersion { found: 7 }
            .to_string()),
        "This backup was made by a newer version of Between (format 7). Nothing in your \
         journal has changed. Opening it in the newest version of Between will work."
    );
}

#[test]
fn a_backup_that_cannot_be_opened_says_nothing_changed_in_spanish() {
    let not_a_backup = es(|| parse_backup("{\"hello\":1}").unwrap_err().to_string());
    assert_eq!(
        not_a_backup,
        "Esto no parece una copia de seguridad de Between. No ha cambiado nada en tu diario. \
         Puedes comprobar si elegiste el archivo correcto."
    );
    let damaged = es(|| {
        parse_backup(r#"{"format":"between-backup","version":2,"entries":[]}"#)
            .unwrap_err()
            .to_string()
    });
    assert_eq!(
        damaged,
        "Esta copia de seguridad está dañada (le falta la fecha de exportación), así que no se \
         ha importado. No ha cambiado nada en tu diario."
    );
    let sealed = es(|| {
        SealedError::Damaged {
            reason: String::new(),
        }
        .to_string()
    });
    assert!(
        sealed.contains("No ha cambiado nada en tu diario"),
        "{sealed}"
    );
}

#[test]
fn the_import_preview_counts_in_spanish() {
    let journal = Journal::from_entries([
        entry(1, EntryKind::Win, "Walked", "2026-11-18T08:00:00+01:00"),
        entry(2, EntryKind::Win, "Rested", "2026-11-19T08:00:00+01:00"),
        entry(3, EntryKind::Win, "Called", "2026-11-20T08:00:00+01:00"),
    ]);
    let file = Backup::of(&journal, None, vec![], at("2026-11-21T10:00:00Z")).to_json();
    let fresh = ImportPlan::new(&Journal::default(), parse_backup(&file).unwrap(), true, &[]);
    assert_eq!(es(|| fresh.describe()), ["Se añadirán 3 entradas."]);
    let again = ImportPlan::new(&journal, parse_backup(&file).unwrap(), true, &[]);
    assert_eq!(
        es(|| again.describe()),
        ["3 entradas ya están aquí, sin cambios."]
    );
    assert_eq!(
        es(|| say::backup::imported(1)),
        "Tu copia de seguridad se ha importado: 1 entrada añadida o actualizada."
    );
}

#[test]
fn room_and_usage_use_spanish_numbers() {
    let (line, warn) = es(|| room_words(1_000_000, 2_000, 800_000));
    assert!(!warn);
    assert_eq!(
        line,
        "Tu diario ocupa el 19 % del espacio que este navegador da a Between: hay sitio para \
         unas 10.400 entradas más como las tuyas."
    );
    let (line, warn) = es(|| room_words(4_500_000, 9_000, 4_400_000));
    assert!(warn);
    assert!(line.contains("unas 1300 entradas más"), "{line}");
    assert!(line.contains("nunca se borra nada por sí solo"), "{line}");
    assert_eq!(
        es(|| describe_usage(1_572_864.0, 5.0 * 1024.0 * 1024.0)),
        "Unos 1,5 MB en uso de los 5,0 MB disponibles para este sitio."
    );
    let refusal = es(|| {
        Projection {
            used_now: 4_000_000,
            used_after: LOCAL_STORAGE_QUOTA + 500_000,
        }
        .refusal()
    });
    assert!(refusal.contains("unos 1,0 MB más"), "{refusal}");
    assert!(refusal.contains("No ha cambiado nada"), "{refusal}");
    // English keeps its own decimal point.
    assert_eq!(
        language::speaking(Lang::En, || describe_usage(0.0, 1024.0 * 1024.0)),
        "Less than 1 KB of 1.0 MB available to this site is in use."
    );
}

#[test]
fn reminders_install_steps_and_passphrases_in_spanish() {
    let now = at("2026-11-21T10:00:00Z");
    let reminder = es(|| backup_reminder(None, now, false, true)).unwrap();
    assert!(reminder.starts_with("Todavía no has hecho"), "{reminder}");
    let advice = es(|| install_advice(Platform::AppleMobile, false)).unwrap();
    assert!(advice.steps[0].contains("copia de seguridad"));
    assert_eq!(
        advice.steps[1],
        "En Safari, toca el botón Compartir y luego «Añadir a pantalla de inicio»."
    );
    assert!(es(|| installed_line(false)).contains("pestaña del navegador"));
    let mismatch = es(|| {
        check_new_passphrase("a long passphrase", "a long passphrasE")
            .unwrap_err()
            .to_string()
    });
    assert_eq!(
        mismatch,
        "Las dos frases de contraseña todavía no coinciden. ¿Puedes escribirlas otra vez?"
    );
}

/// Every message of these two parts: English and Spanish forms side by side.
fn both_parts() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut all = Vec::new();
    for list in [
        say::records::MESSAGES,
        say::records::PLURALS,
        say::backup::MESSAGES,
        say::backup::PLURALS,
    ] {
        for message in list {
            for (en, es) in message.en.iter().zip(message.es) {
                all.push((message.name, *en, *es));
            }
        }
    }
    all
}

#[test]
fn where_english_says_nothing_was_lost_spanish_says_so_too() {
    for (name, en, es) in both_parts() {
        if en.to_lowercase().contains("nothing") {
            assert!(es.contains("nada"), "{name}: {es}");
        }
    }
}

#[test]
fn spanish_storage_words_stay_calm_and_speak_to_tu() {
    for (name, _, es) in both_parts() {
        assert!(!es.contains('!') && !es.contains('¡'), "{name}: {es}");
        let lower = es.to_lowercase();
        for word in ["error", "usted", "debe", "fallo", "falló"] {
            assert!(!lower.contains(word), "{name} says {word:?}: {es}");
        }
    }
}
