//! A QR code for a homework link, drawn by the UI as one SVG path, so a therapist can show
//! the link on screen or on paper and the client can scan it.
use qrcodegen::{QrCode, QrCodeEcc};
use thiserror::Error;

use crate::domain::language::say::homework as say;

/// Which modules of a QR code are dark, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side.
    pub size: usize,
    /// `size * size` values, row after row; `true` is dark.
    pub dark: Vec<bool>,
}

impl QrMatrix {
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum QrError {
    #[error("{}", say::qr_text_too_long())]
    TooLong,
}

impl QrError {
    pub fn message(&self) -> &'static str {
        say::qr_too_long()
    }
}

/// The QR code for `text`, at error correction level Medium (raised for free when the
/// symbol has room), which holds links of `MAX_LINK_CHARS` with room to spare.
pub fn qr_modules(text: &str) -> Result<QrMatrix, QrError> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrError::TooLong)?;
    let size = code.size();
    let dark = (0..size)
        .flat_map(|y| (0..size).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Ok(QrMatrix {
        size: size as usize,
        dark,
    })
}

/// An SVG viewBox side and one path `d` drawing every dark module, with `quiet_zone` light
/// modules around the code (4 is the standard). Runs of dark modules in a row become one
/// rectangle, and moves are relative, which keeps the path short. Render as
/// `<svg viewBox="0 0 {side} {side}"><path d={d}/></svg>` with `shape-rendering="crispEdges"`.
pub fn qr_svg_path(matrix: &QrMatrix, quiet_zone: usize) -> (usize, String) {
    use std::fmt::Write;
    let mut d = String::new();
    // After `z` the pen is back at the rectangle's corner, so each move after the first is
    // relative to the previous rectangle: mostly one or two digits instead of two numbers.
    let mut pen: Option<(usize, usize)> = None;
    for y in 0..matrix.size {
        let mut x = 0;
        while x < matrix.size {
            if !matrix.is_dark(x, y) {
                x += 1;
                continue;
            }
            let run = (x..matrix.size)
                .take_while(|&x| matrix.is_dark(x, y))
                .count();
            let _ = match pen {
                None => write!(d, "M{},{}", x + quiet_zone, y + quiet_zone),
                Some((px, py)) => write!(d, "m{},{}", x as i64 - px as i64, y - py),
            };
            let _ = write!(d, "h{run}v1h-{run}z");
            pen = Some((x, y));
            x += run;
        }
    }
    (matrix.size + 2 * quiet_zone, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_makes_a_version_one_code() {
        let matrix = qr_modules("hello").unwrap();
        assert_eq!(matrix.size, 21);
        assert_eq!(matrix.dark.len(), 21 * 21);
        // Finder pattern corners are dark, the separator beside them light.
        assert!(matrix.is_dark(0, 0) && matrix.is_dark(20, 0) && matrix.is_dark(0, 20));
        assert!(!matrix.is_dark(7, 0));
        assert!(!matrix.is_dark(21, 0));
    }

    #[test]
    fn the_path_has_one_rectangle_per_run_and_only_expected_commands() {
        let matrix = QrMatrix {
            size: 3,
            dark: vec![true, true, false, false, false, false, true, false, true],
        };
        let (side, d) = qr_svg_path(&matrix, 4);
        assert_eq!(side, 11);
        assert_eq!(d, "M4,4h2v1h-2zm0,2h1v1h-1zm2,0h1v1h-1z");

        let (side, d) = qr_svg_path(&qr_modules("https://example.org/homework").unwrap(), 4);
        assert_eq!(side, 29 + 8);
        assert!(d.starts_with("M4,4h7v1h-7z"), "{d}");
        assert!(d
            .chars()
            .all(|c| c.is_ascii_digit() || "Mmhvz,-".contains(c)));
    }

    /// Draws a path made by `qr_svg_path` back into a matrix.
    fn redraw(d: &str, side: usize, quiet_zone: usize) -> Vec<bool> {
        let size = side - 2 * quiet_zone;
        let mut dark = vec![false; size * size];
        let (mut x, mut y) = (0i64, 0i64);
        for part in d.split('z').filter(|p| !p.is_empty()) {
            let (mv, run) = part.split_once('h').unwrap();
            let (dx, dy) = mv[1..].split_once(',').unwrap();
            let (dx, dy): (i64, i64) = (dx.parse().unwrap(), dy.parse().unwrap());
            (x, y) = if mv.starts_with('M') {
                (dx, dy)
            } else {
                (x + dx, y + dy)
            };
            let run: usize = run.split_once('v').unwrap().0.parse().unwrap();
            assert!(part.ends_with(&format!("v1h-{run}")));
            for i in 0..run {
                let (mx, my) = (x as usize - quiet_zone + i, y as usize - quiet_zone);
                dark[my * size + mx] = true;
            }
        }
        dark
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        for text in [
            "hello",
            "https://example.org/homework#hw1.abc",
            &"x".repeat(700),
        ] {
            let matrix = qr_modules(text).unwrap();
            let (side, d) = qr_svg_path(&matrix, 4);
            assert_eq!(redraw(&d, side, 4), matrix.dark);
        }
    }

    #[test]
    fn a_link_of_the_longest_length_fits_and_much_longer_text_does_not() {
        let link = format!("https://example.org/homework#hw1.{}", "aZ-_".repeat(491));
        assert!(link.len() >= 1_990 && link.len() <= 2_000);
        let matrix = qr_modules(&link).unwrap();
        assert!(matrix.size <= 177);
        assert_eq!(qr_modules(&"x".repeat(3_000)), Err(QrError::TooLong));
    }
}
