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
