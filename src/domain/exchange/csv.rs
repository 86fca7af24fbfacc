//! CSV as spreadsheets read it: RFC 4180 quoting, CRLF rows, UTF-8 with a byte-order mark so
//! accents open correctly, and cells that a spreadsheet would run as a formula made inert.
/// Starts a CSV file: the byte-order mark, then the header row.
pub fn start(header: &[&str]) -> String {
    let mut out = String::from('\u{feff}');
    row(&mut out, header.iter().copied());
    out
}

/// Appends one row.
pub fn row<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

fn push_cell(out: &mut String, cell: &str) {
    // A cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice);
    // the person's words are otherwise kept exactly.
    let inert = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = inert || cell.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if inert {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_only_when_they_must_be_and_formulas_are_inert() {
        let mut out = start(&["a", "b"]);
        row(&mut out, ["plain", "with, comma"]);
        row(&mut out, ["say \"hi\"", "two\nlines"]);
        row(&mut out, ["=1+1", "-2"]);
        assert_eq!(
            out,
            "\u{feff}a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\"'=1+1\",\"'-2\"\r\n"
        );
    }
}

/// Why a CSV file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosed;

/// Rows of an RFC 4180 file (a leading byte-order mark and CRLF or LF rows both read); fails
/// only on a quoted cell that never closes, the sign of a file cut short.
pub fn parse(text: &str) -> Result<Vec<Vec<String>>, Unclosed> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() => quoted = true,
            ',' => row.push(std::mem::take(&mut cell)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                any = false;
            }
            c => cell.push(c),
        }
    }
    if quoted {
        return Err(Unclosed);
    }
    if any {
        row.push(cell);
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod parse_tests {
    use super::*;

    #[test]
    fn what_is_written_parses_back() {
        let mut out = start(&["a", "b"]);
        row(&mut out, ["x, y", "say \"hi\"\nthere"]);
        assert_eq!(
            parse(&out).unwrap(),
            [vec!["a", "b"], vec!["x, y", "say \"hi\"\nthere"]]
        );
        assert_eq!(parse("a,b\nc,d").unwrap(), [vec!["a", "b"], vec!["c", "d"]]);
        assert_eq!(parse("\"never closed"), Err(Unclosed));
        assert!(parse("").unwrap().is_empty());
    }
}
