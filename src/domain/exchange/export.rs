//! Taking the journal out: one Markdown file per entry with YAML front matter (in a zip), one
//! long Markdown file for a range, or a CSV with one row per entry. The person's words are
//! kept exactly as written; only the front matter and CSV cells are quoted.
use super::{csv, yaml, zip};
use crate::domain::journal::details::{EntryDetails, FeedbackField};
use crate::domain::journal::entry::Entry;
use crate::domain::language::say::exchange as say;

const FEEDBACK_FIELDS: [(FeedbackField, &str); 4] = [
    (FeedbackField::Helped, "helped"),
    (FeedbackField::DidNotLand, "did_not_land"),
    (FeedbackField::Unsaid, "unsaid"),
    (FeedbackField::MoreOrLess, "more_or_less"),
];

/// "2026-12-02-0930-win-18f2a3c.md": sorts by time, unique by id.
pub fn markdown_name(entry: &Entry) -> String {
    let time = entry.created_at.time_of_day().replace(':', "");
    let id = entry.id.as_str().rsplit('-').next().unwrap_or_default();
    format!(
        "{}-{time}-{}-{id}.md",
        entry.created_at.local_date(),
        entry.kind.slug()
    )
}

/// One entry as Markdown: front matter, then its text exactly as written. `goals` are the
/// titles of the goals it is linked to.
pub fn markdown_file(entry: &Entry, goals: &[&str]) -> String {
    let mut out = String::from("---\n");
    let mut line = |key: &str, value: String| {
        out.push_str(key);
        out.push_str(": ");
        out.push_str(&value);
        out.push('\n');
    };
    line("date", yaml::quoted(&entry.created_at.to_rfc3339()));
    line("kind", yaml::quoted(entry.kind.slug()));
    if !entry.tags.is_empty() {
        line("tags", yaml::list(entry.tags.iter().map(String::as_str)));
    }
    if entry.priority {
        line("priority", "true".into());
    }
    if let Some(prompt) = &entry.prompt {
        line("prompt", yaml::quoted(prompt));
    }
    match &entry.details {
        Some(EntryDetails::CheckIn(check_in)) => {
            line("feeling", yaml::quoted(check_in.feeling.label()));
            if !check_in.words.is_empty() {
                line(
                    "feeling_words",
                    yaml::list(check_in.words.iter().map(String::as_str)),
                );
            }
        }
        Some(EntryDetails::Feedback(feedback)) => {
            for (field, key) in FEEDBACK_FIELDS {
                if let Some(answer) = feedback.answer(field) {
                    line(key, yaml::quoted(answer));
                }
            }
            if let Some(safety) = feedback.safety {
                line("safety", yaml::quoted(safety.label()));
            }
        }
        None => {}
    }
    if !goals.is_empty() {
        line("goal", yaml::list(goals.iter().copied()));
    }
    if let Some(source) = &entry.source {
        line("source", yaml::quoted(&source.app));
    }
    out.push_str("---\n\n");
    out.push_str(&entry.text);
    if !entry.text.ends_with('\n') && !entry.text.is_empty() {
        out.push('\n');
    }
    out
}

/// Every entry as its own Markdown file, in one zip.
pub fn markdown_zip<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
    goals_of: impl Fn(&Entry) -> Vec<&'a str>,
) -> Vec<u8> {
    let mut archive = zip::ZipWriter::default();
    for entry in entries {
        let (year, month, day) = entry.created_at.local_date().ymd();
        let time = entry.created_at.time_of_day();
        let (hour, minute) = time.split_once(':').unwrap_or(("0", "0"));
        let when = zip::DosTime::new(
            year,
            month,
            day,
            hour.parse().unwrap_or(0),
            minute.parse().unwrap_or(0),
        );
        let file = markdown_file(entry, &goals_of(entry));
        archive.add(&markdown_name(entry), file.as_bytes(), when);
    }
    archive.finish()
}

/// The entries as one long Markdown file, oldest first: a heading per entry with its date,
/// time and kind, its details as a list, then its text as written.
pub fn long_markdown<'a>(title: &str, entries: impl IntoIterator<Item = &'a Entry>) -> String {
    let mut out = format!("# {title}\n");
    for entry in entries {
        out.push_str(&format!(
            "\n## {} {} · {}\n\n",
            entry.created_at.local_date().long(),
            entry.created_at.time_of_day(),
            entry.kind.label()
        ));
        if let Some(details) = &entry.details {
            for (label, value) in details.lines() {
                out.push_str(&format!("- {label}: {}\n", value.replace('\n', " ")));
            }
            out.push('\n');
        }
        if !entry.tags.is_empty() {
            out.push_str(&format!("{}: {}\n\n", say::tags(), entry.tags.join(", ")));
        }
        if let Some(prompt) = &entry.prompt {
            out.push_str(&format!("> {}\n\n", prompt.replace('\n', " ")));
        }
        out.push_str(&entry.text);
        out.push('\n');
    }
    out
}

/// One row per entry, oldest first.
pub fn journal_csv<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> String {
    let header = [
        say::column_id(),
        say::column_date(),
        say::column_time(),
        say::column_kind(),
        say::column_text(),
        say::tags(),
        say::column_priority(),
        say::column_prompt(),
        say::column_feeling(),
        say::column_feeling_words(),
        say::column_safety(),
        FeedbackField::Helped.label(),
        FeedbackField::DidNotLand.label(),
        FeedbackField::Unsaid.label(),
        FeedbackField::MoreOrLess.label(),
    ];
    let mut out = csv::start(&header);
    for entry in entries {
        let date = entry.created_at.local_date().to_string();
        let time = entry.created_at.time_of_day();
        let tags = entry.tags.join(", ");
        let (mut feeling, mut words, mut safety) = ("", String::new(), "");
        let mut answers = [""; 4];
        match &entry.details {
            Some(EntryDetails::CheckIn(check_in)) => {
                feeling = check_in.feeling.label();
                words = check_in.words.join(", ");
            }
            Some(EntryDetails::Feedback(feedback)) => {
                for (i, (field, _)) in FEEDBACK_FIELDS.iter().enumerate() {
                    answers[i] = feedback.answer(*field).unwrap_or_default();
                }
                safety = feedback.safety.map(|s| s.label()).unwrap_or_default();
            }
            None => {}
        }
        let priority = if entry.priority { say::yes() } else { "" };
        let cells = [
            entry.id.as_str(),
            &date,
            &time,
            entry.kind.label(),
            &entry.text,
            &tags,
            priority,
            entry.prompt.as_deref().unwrap_or_default(),
            feeling,
            &words,
            safety,
            answers[0],
            answers[1],
            answers[2],
            answers[3],
        ];
        csv::row(&mut out, cells);
    }
    out
}
