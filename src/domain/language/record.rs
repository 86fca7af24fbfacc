//! The language the person chose, stored as a small record of its own. It is never sealed, so
//! the lock screen can speak the person's language before the passphrase is typed; it holds no
//! words of theirs, only a language code.
use serde::{Deserialize, Serialize};

use super::Lang;

/// `{"v":1,"lang":"es"}`
pub const LANGUAGE_KEY: &str = "between.language";
const LANGUAGE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct LanguageRecord<'a> {
    v: u32,
    lang: &'a str,
}

pub fn encode_language(lang: Lang) -> String {
    let record = LanguageRecord {
        v: LANGUAGE_VERSION,
        lang: lang.code(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// The chosen language, or `None` when the record is damaged, from a newer version or names
/// a language this build does not speak; then the browser's preference is used and the record
/// is left as it is until the person chooses again.
pub fn decode_language(raw: &str) -> Option<Lang> {
    let record: LanguageRecord = serde_json::from_str(raw).ok()?;
    if record.v != LANGUAGE_VERSION {
        return None;
    }
    Lang::from_code(record.lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_round_trips_and_damage_falls_back_to_the_browser() {
        for lang in Lang::ALL {
            assert_eq!(decode_language(&encode_language(lang)), Some(lang));
        }
        assert_eq!(encode_language(Lang::Es), r#"{"v":1,"lang":"es"}"#);
        for raw in [
            "",
            "{",
            r#"{"v":2,"lang":"es"}"#,
            r#"{"v":1,"lang":"xx"}"#,
            "null",
        ] {
            assert_eq!(decode_language(raw), None, "{raw}");
        }
    }
}
