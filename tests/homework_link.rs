//! Homework links: round trips, the size budget, and every way a link can arrive broken.
#![cfg(not(target_arch = "wasm32"))]

use between::domain::calendar::time::Date;
use between::domain::homework::link::{
    decode, encode, encode_in, link, link_room, receive, written_in, LinkError, Received,
    MAX_FRAGMENT_CHARS, MAX_LINK_CHARS,
};
use between::domain::homework::qr::{qr_modules, qr_svg_path};
use between::domain::homework::{Assignment, FocusKind, Rhythm};
use between::domain::language::{self, Lang};
use between::domain::records::small::decode_homework_list;
use proptest::prelude::*;

const BASE_URL: &str = "https://between.example-practice.org.uk/"; // 40 characters

fn day(y: i64, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).unwrap()
}

/// About the size the brief calls typical: a 40-character title, a 200-character message,
/// three prompts of about 90 characters, two kinds to notice.
fn typical() -> Assignment {
    Assignment {
        title: "Noticing small wins between our sessions".into(),
        message: "Thank you for today. Over the next two weeks, try noticing small moments that went a little better, however small they seem. There is no right way to do this, and it's fine to skip days. Go gently.".into(),
        prompts: vec![
            "What is one thing that went a little better today, even if it was very small to anyone else?".into(),
            "When did you feel a bit more like yourself this week? What was happening around you then?".into(),
            "What would you say to a friend who had the kind of day you had today? Try saying it to you.".into(),
        ],
        focus: vec![FocusKind::SmallWins, FocusKind::Reflections],
        rhythm: Rhythm::FewTimesAWeek,
        start: day(2026, 11, 23),
        end: day(2026, 12, 6),
    }
}

fn typical_fragment() -> String {
    encode(&typical()).unwrap()
}

#[test]
fn a_typical_assignment_fits_well_within_the_link_budget() {
    assert_eq!(BASE_URL.len(), 40);
    let a = typical();
    assert_eq!(a.title.chars().count(), 40);
    assert!((190..=210).contains(&a.message.chars().count()));
    assert!(a
        .prompts
        .iter()
        .all(|p| (85..=95).contains(&p.chars().count())));
    let link = link(BASE_URL, &a).unwrap();
    println!("typical homework link: {} characters", link.len());
    assert!(link.len() <= MAX_LINK_CHARS);
    assert!(link.starts_with(&format!("{BASE_URL}homework#hw1.")));
    assert_eq!(
        link_room(BASE_URL, &a),
        (MAX_LINK_CHARS - link.len()) as i64
    );
    assert_eq!(decode(&link), Ok(a.clone()));
    // The base URL may end in `/` or already name the page.
    assert_eq!(
        link_of(&format!("{BASE_URL}homework/"), &a),
        link,
        "no doubled path"
    );
    assert_eq!(link_of(BASE_URL.trim_end_matches('/'), &a), link);
    let qr = qr_modules(&link).unwrap();
    let (side, d) = qr_svg_path(&qr, 4);
    println!(
        "its QR code: {} modules a side, path of {} characters",
        qr.size,
        d.len()
    );
    assert_eq!(side, qr.size + 8);
}

fn link_of(base: &str, a: &Assignment) -> String {
    link(base, a).unwrap()
}

#[test]
fn the_largest_valid_assignment_is_refused_with_a_clear_error() {
    let mut a = typical();
    a.title = "t".repeat(80);
    a.message = "m".repeat(400);
    a.prompts = vec!["p".repeat(200); 5];
    let room = link_room(BASE_URL, &a);
    assert!(room < 0, "{room}");
    let expected = (MAX_LINK_CHARS as i64 - room) as usize;
    let error = link(BASE_URL, &a).unwrap_err();
    assert_eq!(error, LinkError::TooLong { chars: expected });
    assert!(error.message().contains(&expected.to_string()));
    assert!(error.message().contains("Shortening"));
    // Unicode text takes more room per character, and is measured the same way.
    a.prompts = vec!["願".repeat(200); 5];
    assert!(matches!(encode(&a), Err(LinkError::TooLong { .. })));
}

#[test]
fn invalid_assignments_are_not_encoded() {
    let mut a = typical();
    a.end = a.start.add_days(-1);
    assert!(matches!(encode(&a), Err(LinkError::Invalid(_))));
}

#[test]
fn fragments_arrive_in_many_shapes() {
    let fragment = typical_fragment();
    let expected = Ok(typical());
    assert_eq!(decode(&fragment), expected);
    assert_eq!(decode(&format!("#{fragment}")), expected);
    assert_eq!(decode(&format!("  #{fragment}\n")), expected);
    assert_eq!(
        decode(&format!("{BASE_URL}homework%23{fragment}")),
        expected
    );
    assert_eq!(
        decode(&format!("%23{}", fragment.replace('.', "%2E"))),
        expected
    );
}

#[test]
fn every_kind_of_broken_link_has_its_own_error() {
    let fragment = typical_fragment();
    let mid = fragment.len() / 2;
    let payload_at = 10;
    let flipped = {
        let mut bytes = fragment.clone().into_bytes();
        bytes[payload_at] = if bytes[payload_at] == b'A' {
            b'B'
        } else {
            b'A'
        };
        String::from_utf8(bytes).unwrap()
    };
    let cases: Vec<(String, LinkError)> = vec![
        (fragment[..fragment.len() - 1].into(), LinkError::Truncated),
        (fragment[..mid].into(), LinkError::Truncated),
        (
            fragment[..fragment.rfind('.').unwrap() + 1].into(),
            LinkError::Truncated,
        ),
        (flipped, LinkError::Damaged),
        (format!("{fragment}A"), LinkError::Damaged),
        (
            fragment.replacen("hw1.", "hw9.", 1),
            LinkError::UnknownVersion("9".into()),
        ),
        (
            "hw12.abc.def".into(),
            LinkError::UnknownVersion("12".into()),
        ),
        ("a".repeat(100 * 1024), LinkError::Oversized),
        (
            format!("#hw1.{}", "A".repeat(MAX_FRAGMENT_CHARS)),
            LinkError::Oversized,
        ),
        ("hello".into(), LinkError::NotHomework),
        ("".into(), LinkError::NotHomework),
        ("#".into(), LinkError::NotHomework),
        ("hw".into(), LinkError::NotHomework),
        ("hwx.abc.def".into(), LinkError::NotHomework),
        (
            "https://example.org/homework".into(),
            LinkError::NotHomework,
        ),
        ("hw1.SGVsbG8gd29ybGQ.AAAAAA".into(), LinkError::Damaged),
        ("hw1.SGVsbG8gd29ybGQ".into(), LinkError::Truncated),
        ("hw1.!!!.AAAAAA".into(), LinkError::Damaged),
    ];
    for (text, expected) in cases {
        let shown: String = text.chars().take(60).collect();
        assert_eq!(decode(&text), Err(expected.clone()), "{shown}");
        let message = expected.message();
        assert!(message.ends_with('.'), "{message}");
        assert!(!message.contains('!'), "{message}");
    }
}

// ---- The language a link was written in ----

/// A link made before links carried a language, as that Between wrote it (the format's own
/// bytes, computed apart from this code): "Noticing small wins", "Go gently.", one prompt.
const OLD_LINK: &str = "hw1.rKIBDQEFE05vdGljaW5nIHNtYWxsIHdpbnMKR28gZ2VudGx5LgEgV2hhdCB3ZW50IGEgbGl0dGxlIGJldHRlciB0b2RheT8.fSz_JA";

fn old_assignment() -> Assignment {
    Assignment {
        title: "Noticing small wins".into(),
        message: "Go gently.".into(),
        prompts: vec!["What went a little better today?".into()],
        focus: vec![FocusKind::SmallWins, FocusKind::Reflections],
        rhythm: Rhythm::FewTimesAWeek,
        start: day(2026, 11, 23),
        end: day(2026, 12, 6),
    }
}

#[test]
fn a_link_carries_the_language_it_was_made_in() {
    let a = typical();
    for lang in Lang::ALL {
        let made = language::speaking(lang, || link(BASE_URL, &a)).unwrap();
        assert!(made.starts_with(&format!("{BASE_URL}homework#hw1.")));
        let room = language::speaking(lang, || link_room(BASE_URL, &a));
        assert_eq!(room, (MAX_LINK_CHARS - made.len()) as i64);
        let read = receive(&made).unwrap();
        assert_eq!(read.assignment, a);
        assert_eq!(read.language.as_deref(), Some(lang.code()));
        assert_eq!(read.lang(), Some(lang));
        assert_eq!(decode(&made), Ok(a.clone()));
    }
    // The fragment alone too, in whatever language is spoken now.
    let read = receive(&language::speaking(Lang::Es, || encode(&a)).unwrap()).unwrap();
    assert_eq!(read.lang(), Some(Lang::Es));
    // The language costs a few characters only.
    let without = encode_in(&a, None).unwrap();
    let with = encode_in(&a, Some("es")).unwrap();
    assert!(
        with.len() - without.len() <= 4,
        "{} {}",
        with.len(),
        without.len()
    );
}

#[test]
fn an_old_link_without_a_language_still_opens() {
    assert_eq!(encode_in(&old_assignment(), None).unwrap(), OLD_LINK);
    let read = receive(OLD_LINK).unwrap();
    assert_eq!(
        read,
        Received {
            assignment: old_assignment(),
            language: None
        }
    );
    assert_eq!(read.lang(), None);
    assert_eq!(read.written_in(), None, "an unknown language says nothing");
    assert_eq!(
        decode(&format!("{BASE_URL}homework#{OLD_LINK}")),
        Ok(old_assignment())
    );
}

#[test]
fn a_damaged_language_is_a_damaged_link() {
    let fragment = encode_in(&typical(), Some("es")).unwrap();
    let (_, checksum) = fragment.rsplit_once('.').unwrap();
    // Changed on its way: the checksum no longer matches.
    let other = encode_in(&typical(), Some("en")).unwrap();
    let (payload, _) = other.rsplit_once('.').unwrap();
    assert_eq!(
        decode(&format!("{payload}.{checksum}")),
        Err(LinkError::Damaged)
    );
    // Cut short.
    assert_eq!(
        decode(&fragment[..fragment.len() - 3]),
        Err(LinkError::Truncated)
    );
}

#[test]
fn the_preview_names_the_language_in_the_persons_own() {
    let spanish = Received {
        assignment: typical(),
        language: Some("es".into()),
    };
    let english = Received {
        assignment: typical(),
        language: Some("en".into()),
    };
    assert_eq!(
        language::speaking(Lang::En, || spanish.written_in()).as_deref(),
        Some("Your therapist wrote this in Spanish.")
    );
    assert_eq!(
        language::speaking(Lang::Es, || english.written_in()).as_deref(),
        Some("Tu terapeuta escribió esto en inglés.")
    );
    assert_eq!(language::speaking(Lang::Es, || spanish.written_in()), None);
    assert_eq!(language::speaking(Lang::En, || english.written_in()), None);
    assert_eq!(
        written_in(Some("fr")),
        None,
        "a language Between doesn't speak"
    );
    // The homework's own words stay as written.
    assert_eq!(spanish.assignment, typical());
}

fn assignment_strategy() -> impl Strategy<Value = Assignment> {
    (
        "[a-zA-Zé願][ -~é願🌱]{0,79}",
        "[ -~é\n🌱]{0,400}",
        prop::collection::vec("[a-z?][ -~é]{0,199}", 0..=5),
        1u8..16,
        0usize..4,
        0i64..73_000,
        0i64..=366,
    )
        .prop_map(
            |(title, message, prompts, focus_bits, rhythm, start, length)| {
                let start = day(2000, 1, 1).add_days(start);
                Assignment {
                    title,
                    message,
                    prompts,
                    focus: FocusKind::ALL
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| focus_bits & (1 << i) != 0)
                        .map(|(_, f)| f)
                        .collect(),
                    rhythm: Rhythm::ALL[rhythm],
                    start,
                    end: start.add_days(length),
                }
            },
        )
        .prop_filter("valid", |a| a.validate().is_ok())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn assignments_round_trip_or_are_refused_as_too_long(a in assignment_strategy()) {
        let room = link_room(BASE_URL, &a);
        match link(BASE_URL, &a) {
            Ok(link) => {
                prop_assert!(link.len() <= MAX_LINK_CHARS);
                prop_assert_eq!(room, (MAX_LINK_CHARS - link.len()) as i64);
                prop_assert_eq!(decode(&link), Ok(a.clone()));
                prop_assert_eq!(decode(&encode(&a).unwrap()), Ok(a));
            }
            Err(error) => {
                prop_assert!(room < 0);
                prop_assert_eq!(error, LinkError::TooLong { chars: (MAX_LINK_CHARS as i64 - room) as usize });
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics_the_decoder(text in any::<String>()) {
        let _ = decode(&text);
        let _ = decode(&format!("hw1.{text}"));
        let _ = decode(&format!("#hw1.{text}.AAAAAA"));
    }

    #[test]
    fn arbitrary_homework_records_never_panic(raw in any::<String>(), near in r#"\{"v":1,"homework":\[\{"id":"[a-z-]{0,4}","assignment":.{0,40}\}\]\}"#) {
        let _ = decode_homework_list(&raw);
        let _ = decode_homework_list(&near);
    }

    #[test]
    fn text_near_the_format_never_panics_or_reads_as_homework(
        payload in "[A-Za-z0-9_%=.-]{0,300}",
        checksum in "[A-Za-z0-9_-]{0,8}",
        version in "[0-9]{0,3}",
    ) {
        let text = format!("hw{version}.{payload}.{checksum}");
        prop_assert!(decode(&text).is_err());
    }

    #[test]
    fn a_changed_or_cut_link_is_never_read_as_other_homework(at in 0usize..2_000, byte in 0x21u8..0x7F, cut in 0usize..2_000) {
        let original = typical_fragment();
        let mut bytes = original.clone().into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        bytes.truncate(cut.max(1).min(bytes.len()));
        let text = String::from_utf8(bytes).unwrap();
        if let Ok(read) = decode(&text) {
            // Only a change that cancels out (such as `.` for `%2E`) may still read, as itself.
            prop_assert_eq!(read, typical());
        }
    }
}
