//! Tidying a person's short words (names, titles, topics) so they stay on one line and can
//! never add lines or structure to what is printed. Shared by every part of the domain.
/// Whitespace runs (line breaks included) become one space, so a name or title can never
/// add lines or structure to the printed summary.
pub fn one_line(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.char_indices().nth(max_chars) {
        Some((cut, _)) => out[..cut].trim_end().to_string(),
        None => out,
    }
}
