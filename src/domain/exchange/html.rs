//! HTML notes (Daylio keeps notes as HTML) as plain text: tags dropped, paragraphs and line
//! breaks kept as line breaks, entities decoded. The result is only ever shown as text.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(['<', '&']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('<') {
            let Some(end) = rest.find('>') else {
                // A lone "<" is text.
                out.push('<');
                rest = &rest[1..];
                continue;
            };
            let tag = rest[1..end].trim().to_ascii_lowercase();
            let name = tag
                .trim_start_matches('/')
                .split([' ', '/'])
                .next()
                .unwrap_or_default();
            let closing = tag.starts_with('/');
            if name == "br" || (closing && matches!(name, "p" | "div" | "li" | "h1" | "h2" | "h3"))
            {
                out.push('\n');
            }
            rest = &rest[end + 1..];
        } else {
            let (text, used) = entity(rest);
            out.push_str(&text);
            rest = &rest[used..];
        }
    }
    out.push_str(rest);
    tidy(&out)
}

/// The entity at the start of `text` ("&amp;") and how many bytes it took; a lone "&" is itself.
fn entity(text: &str) -> (String, usize) {
    let Some(end) = text[..text.len().min(12)].find(';') else {
        return ("&".into(), 1);
    };
    let name = &text[1..end];
    let decoded = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" | "#39" => Some('\''),
        "nbsp" => Some(' '),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32)
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t'),
    };
    match decoded {
        Some(c) => (c.to_string(), end + 1),
        None => ("&".into(), 1),
    }
}

/// Trailing spaces off each line, at most one blank line in a row, no blank start or end.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn markup_becomes_plain_text_and_never_markup() {
        assert_eq!(to_text("<p>One</p><p>Two<br>three</p>"), "One\nTwo\nthree");
        assert_eq!(
            to_text("Tom &amp; Jerry &lt;3 &#x1F33B; &#233;"),
            "Tom & Jerry <3 🌻 é"
        );
        assert_eq!(
            to_text("<script>alert(1)</script>&lt;script&gt;"),
            "alert(1)<script>"
        );
        assert_eq!(to_text("a < b & c"), "a < b & c");
        assert_eq!(to_text("&#0; &#xD800; &bogus;"), "&#0; &#xD800; &bogus;");
        assert_eq!(to_text(""), "");
    }
}
