//! The top-level fields of a JSON object, each kept as its own raw text, so a record's
//! version (or a file's format) is read before the rest, and each field can be read, or
//! found unreadable, on its own. Lighter than building a whole `serde_json::Value` tree.
use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

pub struct Fields<'a>(BTreeMap<String, &'a RawValue>);

impl<'a> Fields<'a> {
    /// `None` unless `text` is a well-formed JSON object.
    pub fn of(text: &'a str) -> Option<Self> {
        serde_json::from_str(text).ok().map(Self)
    }

    /// A field's raw JSON text.
    pub fn raw(&self, name: &str) -> Option<&'a str> {
        self.0.get(name).map(|raw| raw.get())
    }

    /// A field read as `T`; `None` when it is missing or is not a `T`.
    pub fn get<T: DeserializeOwned>(&self, name: &str) -> Option<T> {
        serde_json::from_str(self.raw(name)?).ok()
    }

    /// A string field that needs no unescaping (as dense text never does), borrowed from the
    /// record rather than copied; other strings are read as `get` reads them.
    pub fn text(&self, name: &str) -> Option<std::borrow::Cow<'a, str>> {
        let raw = self.raw(name)?;
        match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
            Some(inner) if !inner.contains('\\') => Some(inner.into()),
            _ => serde_json::from_str::<String>(raw).ok().map(Into::into),
        }
    }

    /// Every field as `(name, raw JSON text)`.
    pub fn into_raw(self) -> impl Iterator<Item = (String, &'a str)> {
        self.0.into_iter().map(|(name, raw)| (name, raw.get()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_on_their_own() {
        let fields = Fields::of(r#"{"v":2,"name":"a\"b","list":[1, 2],"bad":"x"}"#).unwrap();
        assert_eq!(fields.get::<u64>("v"), Some(2));
        assert_eq!(fields.get::<String>("name").as_deref(), Some("a\"b"));
        assert_eq!(fields.raw("list"), Some("[1, 2]"));
        assert_eq!(fields.get::<u64>("bad"), None);
        assert_eq!(fields.get::<u64>("missing"), None);
        // Text is borrowed when it needs no unescaping, and unescaped when it does.
        assert_eq!(fields.text("bad").as_deref(), Some("x"));
        assert!(matches!(
            fields.text("bad"),
            Some(std::borrow::Cow::Borrowed(_))
        ));
        assert_eq!(fields.text("name").as_deref(), Some("a\"b"));
        assert_eq!(fields.text("v"), None, "a number is not text");
        assert_eq!(fields.text("list"), None);
    }

    #[test]
    fn anything_but_a_well_formed_object_has_no_fields() {
        for text in ["", "[]", "2", "\"v\"", "{\"v\":", "{\"v\":2}x", "null"] {
            assert!(Fields::of(text).is_none(), "{text}");
        }
    }
}
