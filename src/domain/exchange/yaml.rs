//! YAML front matter values, always double-quoted and escaped, so nothing a person wrote (a
//! colon, a quote, a line break, `---`) can end the front matter or change its meaning.
/// `text` as one double-quoted YAML scalar.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Other control characters, and the line and paragraph separators and BOM that
            // YAML treats specially, by their code.
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A flow list of quoted values: `["work", "sleep"]`.
pub fn list<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = values.into_iter().map(quoted).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anything_typed_stays_one_scalar() {
        assert_eq!(quoted("plain"), "\"plain\"");
        assert_eq!(quoted("a: \"b\"\n---\\"), r#""a: \"b\"\n---\\""#);
        assert_eq!(quoted("\u{7}"), "\"\\u0007\"");
        assert_eq!(list(["a", "b,c"]), r#"["a", "b,c"]"#);
    }
}
