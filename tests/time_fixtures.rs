//! Every kind of input the RFC 3339 and date parsers met before they moved onto chrono, with
//! what each one read as (or that it was refused), frozen here so the stored bytes and the
//! inputs accepted stay exactly as they were. Regenerate only on purpose:
//! `BETWEEN_PRINT_FIXTURES=1 cargo test --test time_fixtures -- --nocapture`.
use between::domain::calendar::time::{Date, Timestamp};

/// As written back, milliseconds since the epoch, the local date, the local time of day.
type Read = (&'static str, i64, &'static str, &'static str);

const TIMESTAMPS: &[(&str, Option<Read>)] = &include!("fixtures/timestamps.in");
const DATES: &[(&str, Option<&str>)] = &include!("fixtures/dates.in");

fn read_timestamp(text: &str) -> Option<(String, i64, String, String)> {
    Timestamp::parse(text).map(|t| {
        (
            t.to_rfc3339(),
            t.epoch_millis(),
            t.local_date().to_string(),
            t.time_of_day(),
        )
    })
}

#[test]
fn timestamps_read_and_write_exactly_as_before() {
    if std::env::var_os("BETWEEN_PRINT_FIXTURES").is_some() {
        for (text, _) in TIMESTAMPS {
            println!("TS    ({text:?}, {:?}),", read_timestamp(text));
        }
    }
    for (text, expected) in TIMESTAMPS {
        let expected =
            expected.map(|(a, b, c, d)| (a.to_string(), b, c.to_string(), d.to_string()));
        assert_eq!(read_timestamp(text), expected, "{text:?}");
        // What is written reads back as itself.
        if let Some((written, millis, ..)) = &expected {
            assert_eq!(
                read_timestamp(written).map(|r| (r.0, r.1)),
                Some((written.clone(), *millis))
            );
            let json = serde_json::to_string(&Timestamp::parse(text).unwrap()).unwrap();
            assert_eq!(json, format!("\"{written}\""));
        }
    }
}

#[test]
fn dates_read_and_write_exactly_as_before() {
    if std::env::var_os("BETWEEN_PRINT_FIXTURES").is_some() {
        for (text, _) in DATES {
            println!(
                "DT    ({text:?}, {:?}),",
                Date::parse(text).map(|d| d.to_string())
            );
        }
    }
    for (text, expected) in DATES {
        assert_eq!(
            Date::parse(text).map(|d| d.to_string()).as_deref(),
            *expected,
            "{text:?}"
        );
    }
}
