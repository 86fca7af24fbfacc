//! The catalogue's checks: every message exists in English and Spanish with the same
//! placeholders, counted messages pick the right form, and no user-facing text is written
//! outside the catalogue (components, notices and error messages).
use std::collections::BTreeSet;
use std::path::Path;

use between::domain::language::{self, say, Lang};

fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.insert(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

#[test]
fn every_message_is_written_in_both_languages_with_the_same_placeholders() {
    let all = say::all();
    assert!(!all.is_empty());
    for message in all {
        let args: BTreeSet<&str> = message.args.iter().copied().collect();
        for (lang, forms) in [("en", message.en), ("es", message.es)] {
            let mut used = BTreeSet::new();
            for form in forms {
                assert!(
                    !form.trim().is_empty(),
                    "{} is empty in {lang}",
                    message.name
                );
                let names = placeholders(form);
                assert!(
                    names.is_subset(&args),
                    "{} in {lang} names {names:?}, not among its arguments {args:?}",
                    message.name
                );
                used.extend(names);
            }
            assert_eq!(
                used, args,
                "{} in {lang} leaves out a placeholder",
                message.name
            );
        }
    }
}

#[test]
fn spanish_is_not_left_in_english() {
    // A message the same in both languages is allowed only when it is a name or a symbol.
    let same: Vec<&str> = say::all()
        .into_iter()
        .filter(|m| m.en == m.es && m.en.iter().any(|f| f.split_whitespace().count() > 1))
        .map(|m| m.name)
        .collect();
    assert!(same.is_empty(), "left in English: {same:?}");
}

#[test]
fn counted_words_follow_each_languages_rule() {
    for (n, one) in [(0, false), (1, true), (2, false), (5, false), (21, false)] {
        assert_eq!(language::is_one(n), one, "{n}");
    }
    language::set_current(Lang::Es);
    assert_eq!(language::number(5000), "5000");
    assert_eq!(language::number(10000), "10.000");
    language::set_current(Lang::En);
    assert_eq!(language::number(5000), "5,000");
}

#[test]
fn dates_are_written_in_each_language() {
    let day = between::domain::calendar::time::Date::from_ymd(2026, 12, 1).unwrap();
    assert_eq!(
        language::speaking(Lang::En, || day.long()),
        "Tuesday 1 December 2026"
    );
    assert_eq!(
        language::speaking(Lang::Es, || day.long()),
        "martes, 1 de diciembre de 2026"
    );
}

#[test]
fn the_first_open_follows_the_browser() {
    assert_eq!(Lang::from_preferences(["es-MX", "en"]), Lang::Es);
    assert_eq!(Lang::from_preferences(["fr-FR", "es"]), Lang::Es);
    assert_eq!(Lang::from_preferences(["de"]), Lang::En);
    assert_eq!(Lang::from_preferences([]), Lang::En);
}

// ---- No string left behind ----

/// Literals that look like words but are technical (key names, MIME types, serde's own
/// messages): every `.txt` in `tests/catalogue_allowed`, one literal per line.
fn allowed() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/catalogue_allowed");
    let mut allowed = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let lines = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        allowed.extend(lines.map(String::from));
    }
    allowed
}

/// Attributes whose values are never read by a person.
const TECHNICAL_ATTRIBUTES: [&str; 20] = [
    "class",
    "id",
    "for",
    "name",
    "type",
    "href",
    "role",
    "rel",
    "autocomplete",
    "inputmode",
    "accept",
    "aria-controls",
    "aria-describedby",
    "aria-labelledby",
    "aria-live",
    "method",
    "aria-current",
    "aria-haspopup",
    "enterkeyhint",
    "data-testid",
];

/// String literals in `source` outside its test module, with their line numbers.
fn literals(source: &str) -> Vec<(usize, String, String)> {
    let source = match source.find("#[cfg(test)]\nmod tests") {
        Some(cut) => &source[..cut],
        None => source,
    };
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' => {
                // A char literal ('"', '\'') or a lifetime: step over it.
                if bytes.get(i + 2) == Some(&b'\'') {
                    i += 3;
                    continue;
                }
                if bytes.get(i + 1) == Some(&b'\\') {
                    if let Some(end) = source[i + 2..].find('\'') {
                        i += end + 3;
                        continue;
                    }
                }
            }
            b'"' => {
                let raw = i > 0 && bytes[i - 1] == b'r';
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' && !raw {
                        j += 1;
                    }
                    j += 1;
                }
                let line_start = source[..i].rfind('\n').map_or(0, |n| n + 1);
                let before = source[line_start..i].to_string();
                let text = source[start..j.min(bytes.len())].to_string();
                line += text.matches('\n').count();
                found.push((line, before, text));
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

fn is_technical_attribute(before: &str) -> bool {
    let before = before.trim_end().trim_end_matches("format!(").trim_end();
    let Some(before) = before.strip_suffix('=') else {
        return before.ends_with("class(") || before.ends_with("attr(\"class\",");
    };
    TECHNICAL_ATTRIBUTES
        .iter()
        .any(|a| before.trim_end().ends_with(a))
}

/// Words a person reads: a capitalised word, or two plain words with a space between.
fn reads_as_words(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || ",.;:!?()\"'“”…·—".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    let plain = |w: &&&str| w.chars().all(char::is_alphabetic) && w.chars().count() > 1;
    let capitalised = words.iter().any(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() > 0
            && chars.all(char::is_lowercase)
    });
    capitalised || words.iter().filter(plain).count() >= 2
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_user_facing_text_is_written_outside_the_catalogue() {
    let allowed = allowed();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/ui", "src/domain", "src/storage"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    let mut left = Vec::new();
    for path in files {
        let relative = path.strip_prefix(root).unwrap().display().to_string();
        if relative.starts_with("src/domain/language") || relative.ends_with("test_rng.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for (line, before, text) in literals(&source) {
            if reads_as_words(&text) && !is_technical_attribute(&before) && !allowed.contains(&text)
            {
                left.push(format!("{relative}:{line}: \"{text}\""));
            }
        }
    }
    assert!(
        left.is_empty(),
        "{} strings outside the catalogue (move them to src/domain/language/say, or list a \
         technical one in tests/catalogue_allowed/<part>.txt):\n{}",
        left.len(),
        left.join("\n")
    );
}
