//! The journal's behaviour: ordering, grouping, search, filters, edits and deletes.
mod common;

use between::domain::journal::collection::{EntryEdit, JournalError};
use between::domain::{DraftError, Entry, EntryId, EntryKind, Journal, Query};
use common::{at, entry, with_tags};

fn sample() -> Journal {
    Journal::from_entries([
        entry(
            1,
            EntryKind::Win,
            "I went for a walk",
            "2026-11-18T08:00:00+01:00",
        ),
        entry(
            2,
            EntryKind::Concern,
            "I felt rushed when we talked about my mother",
            "2026-11-19T21:15:00+01:00",
        ),
        with_tags(
            entry(
                3,
                EntryKind::Reflection,
                "I would tell a friend to rest",
                "2026-11-19T22:40:00+01:00",
            ),
            &["Sleep", "family"],
        ),
        with_tags(
            entry(
                4,
                EntryKind::Win,
                "Said no to extra work",
                "2026-11-20T17:05:00+01:00",
            ),
            &["work"],
        ),
    ])
}

fn texts(journal: &Journal, query: &Query) -> Vec<String> {
    journal
        .page(query, usize::MAX)
        .days
        .into_iter()
        .flat_map(|d| d.entries.into_iter().map(|e| e.text))
        .collect()
}

#[test]
fn entries_are_listed_newest_first_and_grouped_by_the_day_written() {
    let page = sample().page(&Query::default(), 100);
    let days: Vec<String> = page.days.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(days, ["2026-11-20", "2026-11-19", "2026-11-18"]);
    let nineteenth: Vec<&str> = page.days[1]
        .entries
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        nineteenth,
        [
            "I would tell a friend to rest",
            "I felt rushed when we talked about my mother"
        ]
    );
    assert_eq!(
        (page.total_matches, page.shown, page.has_more()),
        (4, 4, false)
    );
}

#[test]
fn search_ignores_case_and_looks_in_text_and_tags() {
    let journal = sample();
    let search = |text: &str| {
        texts(
            &journal,
            &Query {
                text: text.into(),
                ..Query::default()
            },
        )
    };
    assert_eq!(search("WALK"), ["I went for a walk"]);
    assert_eq!(search("  sleep "), ["I would tell a friend to rest"]);
    assert!(search("nothing like this").is_empty());
    assert_eq!(search("").len(), 4);
}

#[test]
fn search_also_finds_the_prompt_a_reflection_answered() {
    let mut reflection = entry(
        9,
        EntryKind::Reflection,
        "Rest",
        "2026-11-21T09:00:00+01:00",
    );
    reflection.prompt = Some("What would you say to a friend?".into());
    let journal = Journal::from_entries([reflection]);
    assert_eq!(
        texts(
            &journal,
            &Query {
                text: "friend".into(),
                ..Query::default()
            }
        ),
        ["Rest"]
    );
}

#[test]
fn filters_by_kind_and_by_tag_ignoring_case() {
    let journal = sample();
    let wins = texts(
        &journal,
        &Query {
            kind: Some(EntryKind::Win),
            ..Query::default()
        },
    );
    assert_eq!(wins, ["Said no to extra work", "I went for a walk"]);
    let sleep = texts(
        &journal,
        &Query {
            tag: Some("sleep".into()),
            ..Query::default()
        },
    );
    assert_eq!(sleep, ["I would tell a friend to rest"]);
    assert_eq!(journal.tags(), ["family", "Sleep", "work"]);
}

#[test]
fn a_page_shows_at_most_the_limit_and_says_there_is_more() {
    let journal = sample();
    let page = journal.page(&Query::default(), 3);
    assert_eq!(
        (page.shown, page.total_matches, page.has_more()),
        (3, 4, true)
    );
}

#[test]
fn editing_trims_bumps_the_revision_and_keeps_the_creation_time() {
    let journal = sample();
    let id = journal.newest_first()[0].id.clone();
    let before = journal.get(&id).unwrap().clone();
    let edit = EntryEdit {
        text: "  Said no, kindly  ".into(),
        tags: "work, boundaries".into(),
        priority: true,
        base_revision: Some(before.revision),
    };
    let after = journal
        .edited(&id, &edit, at("2026-11-21T10:00:00+01:00"))
        .unwrap();
    assert_eq!(after.text, "Said no, kindly");
    assert_eq!(after.tags, ["work", "boundaries"]);
    assert!(!after.priority, "only concerns carry a priority");
    assert_eq!(after.revision, before.revision + 1);
    assert_eq!(after.created_at, before.created_at);
    assert_eq!(after.updated_at, at("2026-11-21T10:00:00+01:00"));
    assert_eq!(
        journal.get(&id),
        Some(&before),
        "edited() changes nothing until the caller stores it"
    );
}

#[test]
fn an_edit_that_empties_the_text_is_refused() {
    let journal = sample();
    let id = journal.newest_first()[0].id.clone();
    let edit = EntryEdit {
        text: "   ".into(),
        ..EntryEdit::default()
    };
    assert_eq!(
        journal.edited(&id, &edit, at("2026-11-21T10:00:00+01:00")),
        Err(JournalError::Invalid(DraftError::Empty))
    );
}

#[test]
fn an_edit_begun_on_an_older_revision_is_refused() {
    let mut journal = sample();
    let id = journal.newest_first()[0].id.clone();
    let started_from = journal.get(&id).unwrap().revision;
    let elsewhere = EntryEdit {
        text: "changed in another tab".into(),
        ..EntryEdit::default()
    };
    journal.put(
        journal
            .edited(&id, &elsewhere, at("2026-11-21T10:00:00+01:00"))
            .unwrap(),
    );
    let mine = EntryEdit {
        text: "my slower words".into(),
        base_revision: Some(started_from),
        ..EntryEdit::default()
    };
    assert_eq!(
        journal.edited(&id, &mine, at("2026-11-21T10:01:00+01:00")),
        Err(JournalError::ChangedElsewhere)
    );
}

#[test]
fn an_older_revision_never_replaces_a_newer_one() {
    let mut journal = sample();
    let id = journal.newest_first()[0].id.clone();
    let edit = EntryEdit {
        text: "newer words".into(),
        ..EntryEdit::default()
    };
    let newer = journal
        .edited(&id, &edit, at("2026-11-21T10:00:00+01:00"))
        .unwrap();
    let older = journal.get(&id).unwrap().clone();
    assert!(journal.put(newer));
    assert!(!journal.put(older));
    assert_eq!(journal.get(&id).unwrap().text, "newer words");
}

#[test]
fn a_deleted_entry_comes_back_exactly_as_it_was() {
    let mut journal = sample();
    let id = journal.newest_first()[1].id.clone();
    let removed = journal.remove(&id).unwrap();
    assert_eq!(journal.len(), 3);
    assert!(journal.put(removed.clone()));
    assert_eq!(journal.get(&id), Some(&removed));
}

#[test]
fn a_large_journal_still_pages_quickly_to_the_newest_entries() {
    let journal = Journal::from_entries((0..5_000).map(|n| {
        let day = 1 + n % 28;
        entry(
            n,
            EntryKind::Win,
            &format!("win number {n}"),
            &format!("2026-10-{day:02}T12:{:02}:00+00:00", n % 60),
        )
    }));
    let page = journal.page(&Query::default(), 50);
    assert_eq!((page.shown, page.total_matches), (50, 5_000));
    assert_eq!(page.days[0].date.to_string(), "2026-10-28");
}

#[test]
fn the_words_of_an_entry_deleted_elsewhere_become_a_new_entry_like_it() {
    let journal = sample();
    let was = journal
        .newest_first()
        .into_iter()
        .find(|e| e.kind == EntryKind::Concern)
        .unwrap()
        .clone();
    let edit = EntryEdit {
        text: "  Still want to raise this  ".into(),
        tags: "work".into(),
        priority: true,
        base_revision: Some(was.revision),
    };
    let id = EntryId::new(1_800_000_000_000, 9);
    let now = at("2026-11-22T08:00:00+01:00");
    let new = edit.as_new_entry(&was, id.clone(), now).unwrap();
    assert_eq!(
        (new.id, new.kind, new.revision),
        (id, EntryKind::Concern, 1)
    );
    assert_eq!(new.text, "Still want to raise this");
    assert_eq!(new.tags, ["work"]);
    assert!(new.priority);
    assert_eq!((new.created_at, new.updated_at), (now, now));
    let empty = EntryEdit {
        text: " ".into(),
        ..edit
    };
    assert_eq!(
        empty.as_new_entry(&was, EntryId::new(1, 1), now),
        Err(DraftError::Empty)
    );
}

#[test]
fn the_order_follows_every_change_without_sorting_again() {
    let mut journal = Journal::default();
    for (n, when) in [
        (1, "2026-11-20T09:00:00+01:00"),
        (2, "2026-11-21T09:00:00+01:00"),
        (3, "2026-11-19T09:00:00+01:00"),
    ] {
        journal.put(entry(n, EntryKind::Win, &format!("entry {n}"), when));
    }
    let texts = |j: &Journal| {
        j.newest_first()
            .iter()
            .map(|e| e.text.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&journal), ["entry 2", "entry 1", "entry 3"]);
    // A newer revision written at another time (from a backup, say) moves, and is listed once.
    let mut moved = entry(
        3,
        EntryKind::Win,
        "entry 3, moved",
        "2026-11-22T09:00:00+01:00",
    );
    moved.revision = 2;
    assert!(journal.put(moved));
    assert_eq!(texts(&journal), ["entry 3, moved", "entry 2", "entry 1"]);
    let second = journal.newest_first()[1].id.clone();
    journal.remove(&second);
    assert_eq!(texts(&journal), ["entry 3, moved", "entry 1"]);
    let page = journal.page(&Query::default(), 1);
    assert_eq!((page.shown, page.total_matches), (1, 2));
    assert_eq!(
        journal,
        Journal::from_entries(journal.newest_first().into_iter().cloned())
    );
}

#[test]
fn a_journal_opened_in_parts_is_the_journal_opened_at_once() {
    // Written over a few days, in an order unlike their ids', as imported entries can be.
    let all: Vec<Entry> = (0..300u32)
        .map(|n| {
            let day = 1 + (n * 7919) % 28;
            let when = format!("2026-02-{day:02}T{:02}:{:02}:00+01:00", n % 24, n % 60);
            entry(n, EntryKind::Win, &format!("entry {n}"), &when)
        })
        .collect();
    let whole = Journal::from_entries(all.clone());
    let mut opened = Journal::from_entries(all[..40].to_vec());
    // Meanwhile another tab saved a newer revision of one entry still to be read.
    let mut newer = all[100].clone();
    newer.text = "changed in another tab".into();
    newer.revision += 1;
    opened.put(newer.clone());
    for part in all[40..].chunks(70) {
        opened.absorb(Journal::from_entries(part.to_vec()));
    }
    assert_eq!(opened.len(), whole.len());
    let order = |j: &Journal| {
        j.newest_first()
            .iter()
            .map(|e| e.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&opened), order(&whole));
    assert_eq!(
        opened.get(&newer.id),
        Some(&newer),
        "the newer revision is kept"
    );
}

// ---- In Spanish ----

#[test]
fn the_journal_speaks_spanish_and_searches_the_same_words() {
    use between::domain::language::{speaking, Lang};
    let journal = sample();
    let id = journal.newest_first()[0].id.clone();
    let stale = EntryEdit {
        text: "my slower words".into(),
        base_revision: Some(0),
        ..EntryEdit::default()
    };
    let refused = journal
        .edited(&id, &stale, at("2026-11-21T10:00:00+01:00"))
        .unwrap_err();
    assert_eq!(refused, JournalError::ChangedElsewhere);
    let spoken = speaking(Lang::Es, || refused.to_string());
    assert!(
        spoken.starts_with("Esta entrada se cambió en otra pestaña"),
        "{spoken}"
    );
    assert_eq!(
        speaking(Lang::Es, || JournalError::NotFound.to_string()),
        "Esa entrada ya no está en tu diario."
    );
    assert_eq!(
        JournalError::NotFound.to_string(),
        "That entry is no longer in your journal."
    );
    // The person's own words are searched as written, whatever the app's language.
    let query = Query {
        text: "walk".into(),
        ..Query::default()
    };
    assert_eq!(
        speaking(Lang::Es, || texts(&journal, &query)),
        texts(&journal, &query)
    );
}

#[test]
fn the_journal_and_shell_words_in_spanish_are_calm_and_say_tu() {
    use between::domain::language::say;
    let parts = [say::journal::MESSAGES, say::shell::MESSAGES];
    for message in parts.iter().flat_map(|p| p.iter()) {
        for form in message.es {
            let lower = form.to_lowercase();
            assert!(!form.contains(['!', '¡']), "{}: {form}", message.name);
            for word in ["usted", "debes", "deberías", "tienes que escribir", "error"] {
                assert!(!lower.contains(word), "{}: {form}", message.name);
            }
            // A question is opened as well as closed.
            assert_eq!(
                form.contains('?'),
                form.contains('¿'),
                "{}: {form}",
                message.name
            );
        }
    }
}
