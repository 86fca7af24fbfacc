//! Search that finds what a person types, however the words were typed.
//!
//! Both the words searched and the words typed are folded the same way:
//! - full case folding (so "ß" finds "ss" and a final "ς" finds "σ");
//! - accents set aside on Latin, Greek and Cyrillic letters, whether typed as one letter
//!   ("é") or as a letter and a combining accent ("e" + U+0301), so "resume" finds "résumé";
//! - other scripts are compared in NFC and otherwise exactly: a kana typed with a separate
//!   voicing mark finds the same kana typed as one character, but Japanese kana, Devanagari
//!   marks and the like are never folded away ("か" does not find "が").
//!
//! The base letters come from Unicode's canonical decompositions (NFD) of the precomposed
//! Latin, Greek and Cyrillic letters in the tables below, written out so the app carries no
//! normalisation tables. Letters that do not decompose (ø, ł, đ) stay as they are.

use super::compose;

/// `text` as search compares it.
pub fn fold(text: &str) -> String {
    let mut folded = Folded {
        out: String::with_capacity(text.len()),
        accents_go: false,
    };
    for c in text.chars() {
        match compose::replaced(c) {
            Some(parts) => parts.for_each(|part| folded.push(part)),
            None => folded.push(c),
        }
    }
    folded.out
}

struct Folded {
    out: String,
    /// Whether the last letter was Latin, Greek or Cyrillic: then combining accents go.
    accents_go: bool,
}

impl Folded {
    fn push(&mut self, c: char) {
        if ('\u{300}'..='\u{36F}').contains(&c) {
            if !self.accents_go {
                self.compose(c);
            }
            return;
        }
        let base = base_letter(c);
        self.accents_go = folds_accents(base);
        match base {
            'ß' | 'ẞ' => self.out.push_str("ss"),
            'ς' => self.out.push('σ'),
            'ﬀ' => self.out.push_str("ff"),
            'ﬁ' => self.out.push_str("fi"),
            'ﬂ' => self.out.push_str("fl"),
            other if self.accents_go => self.out.extend(other.to_lowercase()),
            other => other.to_lowercase().for_each(|c| self.compose(c)),
        }
    }

    /// Other scripts are compared in NFC: a mark typed after its letter joins it.
    fn compose(&mut self, c: char) {
        let joined = self
            .out
            .chars()
            .next_back()
            .and_then(|last| compose::composed(last, c));
        match joined {
            Some(joined) => {
                self.out.pop();
                self.out.push(joined);
            }
            None => self.out.push(c),
        }
    }
}

fn base_letter(c: char) -> char {
    // (first letter, its table, what the table's values are counted from)
    let tables: [(u32, &[u8], u32); 4] = [
        (0xC0, &LATIN_1_AND_EXTENDED_A, 0),
        (0x1E00, &LATIN_EXTENDED_ADDITIONAL, 0),
        (0x370, &GREEK, 0x300),
        (0x400, &CYRILLIC, 0x400),
    ];
    for (first, table, from) in tables {
        if let Some(&base) = (c as u32)
            .checked_sub(first)
            .and_then(|at| table.get(at as usize))
        {
            return match base {
                0 => c,
                base => char::from_u32(from + u32::from(base)).unwrap_or(c),
            };
        }
    }
    c
}

fn folds_accents(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF | 0x370..=0x3FF | 0x1F00..=0x1FFF | 0x400..=0x4FF)
}

/// The base letter of each precomposed letter from U+00C0 to U+017F, less U+0000 (0: none).
#[rustfmt::skip]
const LATIN_1_AND_EXTENDED_A: [u8; 192] = [
    65, 65, 65, 65, 65, 65, 0, 67, 69, 69, 69, 69, 73, 73, 73, 73,
    0, 78, 79, 79, 79, 79, 79, 0, 0, 85, 85, 85, 85, 89, 0, 0,
    97, 97, 97, 97, 97, 97, 0, 99, 101, 101, 101, 101, 105, 105, 105, 105,
    0, 110, 111, 111, 111, 111, 111, 0, 0, 117, 117, 117, 117, 121, 0, 121,
    65, 97, 65, 97, 65, 97, 67, 99, 67, 99, 67, 99, 67, 99, 68, 100,
    0, 0, 69, 101, 69, 101, 69, 101, 69, 101, 69, 101, 71, 103, 71, 103,
    71, 103, 71, 103, 72, 104, 0, 0, 73, 105, 73, 105, 73, 105, 73, 105,
    73, 0, 0, 0, 74, 106, 75, 107, 0, 76, 108, 76, 108, 76, 108, 0,
    0, 0, 0, 78, 110, 78, 110, 78, 110, 0, 0, 0, 79, 111, 79, 111,
    79, 111, 0, 0, 82, 114, 82, 114, 82, 114, 83, 115, 83, 115, 83, 115,
    83, 115, 84, 116, 84, 116, 0, 0, 85, 117, 85, 117, 85, 117, 85, 117,
    85, 117, 85, 117, 87, 119, 89, 121, 89, 90, 122, 90, 122, 90, 122, 0,
];

/// The base letter of each precomposed letter from U+1E00 to U+1EFF, less U+0000 (0: none).
#[rustfmt::skip]
const LATIN_EXTENDED_ADDITIONAL: [u8; 256] = [
    65, 97, 66, 98, 66, 98, 66, 98, 67, 99, 68, 100, 68, 100, 68, 100,
    68, 100, 68, 100, 69, 101, 69, 101, 69, 101, 69, 101, 69, 101, 70, 102,
    71, 103, 72, 104, 72, 104, 72, 104, 72, 104, 72, 104, 73, 105, 73, 105,
    75, 107, 75, 107, 75, 107, 76, 108, 76, 108, 76, 108, 76, 108, 77, 109,
    77, 109, 77, 109, 78, 110, 78, 110, 78, 110, 78, 110, 79, 111, 79, 111,
    79, 111, 79, 111, 80, 112, 80, 112, 82, 114, 82, 114, 82, 114, 82, 114,
    83, 115, 83, 115, 83, 115, 83, 115, 83, 115, 84, 116, 84, 116, 84, 116,
    84, 116, 85, 117, 85, 117, 85, 117, 85, 117, 85, 117, 86, 118, 86, 118,
    87, 119, 87, 119, 87, 119, 87, 119, 87, 119, 88, 120, 88, 120, 89, 121,
    90, 122, 90, 122, 90, 122, 104, 116, 119, 121, 0, 0, 0, 0, 0, 0,
    65, 97, 65, 97, 65, 97, 65, 97, 65, 97, 65, 97, 65, 97, 65, 97,
    65, 97, 65, 97, 65, 97, 65, 97, 69, 101, 69, 101, 69, 101, 69, 101,
    69, 101, 69, 101, 69, 101, 69, 101, 73, 105, 73, 105, 79, 111, 79, 111,
    79, 111, 79, 111, 79, 111, 79, 111, 79, 111, 79, 111, 79, 111, 79, 111,
    79, 111, 79, 111, 85, 117, 85, 117, 85, 117, 85, 117, 85, 117, 85, 117,
    85, 117, 89, 121, 89, 121, 89, 121, 89, 121, 0, 0, 0, 0, 0, 0,
];

/// The base letter of each precomposed letter from U+0370 to U+03FF, less U+0300 (0: none).
#[rustfmt::skip]
const GREEK: [u8; 144] = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 145, 0, 149, 151, 153, 0, 159, 0, 165, 169,
    185, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 153, 165, 177, 181, 183, 185,
    197, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 185, 197, 191, 197, 201, 0,
    0, 0, 0, 210, 210, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/// The base letter of each precomposed letter from U+0400 to U+045F, less U+0400 (0: none).
#[rustfmt::skip]
const CYRILLIC: [u8; 96] = [
    21, 21, 0, 19, 0, 0, 0, 6, 0, 0, 0, 0, 26, 24, 35, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 56, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    53, 53, 0, 51, 0, 0, 0, 86, 0, 0, 0, 0, 58, 56, 67, 0,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(text: &str, typed: &str) -> bool {
        fold(text).contains(&fold(typed))
    }

    #[test]
    fn accents_and_case_are_set_aside_for_latin_greek_and_cyrillic() {
        let composed = "R\u{e9}sum\u{e9} for the new job";
        let combining = "Re\u{301}sume\u{301} for the new job";
        for text in [composed, combining] {
            assert!(finds(text, "resume"), "{text}");
            assert!(finds(text, "RÉSUMÉ"), "{text}");
            assert!(finds(text, "re\u{301}sume\u{301}"), "{text}");
        }
        assert!(finds("Straße nach Hause", "strasse"));
        assert!(finds("Tiếng Việt", "tieng viet"));
        assert!(finds("Αθήνα το καλοκαίρι", "ΑΘΗΝΑ"));
        assert!(finds("ο λόγος", "ΛΟΓΟΣ"), "a final sigma");
        assert!(finds("Ёлка и йогурт", "елка и иогурт"));
        assert!(finds("İstanbul", "istanbul"));
    }

    #[test]
    fn other_scripts_match_however_they_were_typed() {
        // Composed in the entry, typed as a letter and a separate mark (and the other way).
        assert!(
            finds("がっこう", "か\u{3099}っこう"),
            "kana with a separate voicing mark"
        );
        assert!(finds("か\u{3099}っこう", "がっこう"));
        assert!(
            !finds("か\u{3099}っこう", "かっこう"),
            "the mark still counts"
        );
        assert!(!finds("が", "か"), "a base never finds the marked kana");
        assert!(
            !finds("か\u{3099}", "か"),
            "nor the marked kana typed in two parts"
        );
        // Hangul typed as conjoining jamo, and a syllable never found by its first part.
        assert!(
            finds("오늘은 괜찮아", "\u{1100}\u{116B}\u{11AB}"),
            "괜 typed as jamo"
        );
        assert!(!finds("각", "가"), "가 does not find 각");
        // Devanagari qa is written decomposed by NFC whichever way it was typed.
        assert!(finds("\u{958}ारी", "\u{915}\u{93C}ारी"));
        assert!(finds("\u{915}\u{93C}ारी", "\u{958}ारी"));
        // A Tamil two-part vowel and an Arabic alef with madda.
        assert!(finds("கொ", "\u{B95}\u{BC6}\u{BBE}"));
        assert!(finds("آمن", "\u{627}\u{653}من"));
        assert_eq!(fold("\u{2126}"), "ω", "the ohm sign is Omega");
    }

    #[test]
    fn other_scripts_are_matched_exactly() {
        assert!(
            !finds("がっこう", "かっこう"),
            "kana voicing marks are not folded"
        );
        assert!(finds("がっこう", "がっこう"));
        assert!(!finds("ज़रूर", "जरूर"), "Devanagari nukta is not folded");
        assert!(finds("오늘은 괜찮아", "괜찮"));
        assert_eq!(
            fold("\u{301}alone"),
            "\u{301}alone",
            "a mark with no letter stays"
        );
    }
}
