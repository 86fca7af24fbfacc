//! A record's text in fewer bytes, before it is sealed or stored densely.
//!
//! Journal entries are short (a few hundred characters), too short for a dictionary coder
//! such as deflate to find much to repeat, and the browser's `CompressionStream` costs about
//! a millisecond per record, too slow for opening thousands. So the text is coded byte by
//! byte with one fixed Huffman code whose lengths follow letter frequencies in English prose
//! and the punctuation of a JSON record: about 4.6 bits per character for English, at tens
//! of nanoseconds per byte. Text it suits less (other scripts) is kept as UTF-8 or UTF-16,
//! whichever is shortest, so packing never costs more than one byte and a length.
//!
//! The code is part of the stored format: changing `weight` changes what every packed record
//! means, so it needs a new format version.
use std::sync::OnceLock;

const AS_UTF8: u8 = 0;
const AS_HUFFMAN: u8 = 1;
const AS_UTF16: u8 = 2;

/// `text` in the shortest of the three forms, led by a byte naming the form.
pub fn pack(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let huffman = code().encode(bytes);
    let utf16_len = text.encode_utf16().count() * 2;
    let mut out = Vec::with_capacity(1 + huffman.len().min(bytes.len()));
    if huffman.len() < bytes.len().min(utf16_len) {
        out.push(AS_HUFFMAN);
        out.extend_from_slice(&huffman);
    } else if utf16_len < bytes.len() {
        out.push(AS_UTF16);
        out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    } else {
        out.push(AS_UTF8);
        out.extend_from_slice(bytes);
    }
    out
}

/// The text `pack` was given; `None` for bytes it did not write.
pub fn unpack(packed: &[u8]) -> Option<String> {
    let (&form, rest) = packed.split_first()?;
    match form {
        AS_UTF8 => String::from_utf8(rest.to_vec()).ok(),
        AS_HUFFMAN => String::from_utf8(code().decode(rest)?).ok(),
        AS_UTF16 if rest.len() % 2 == 0 => {
            let units: Vec<u16> = rest
                .chunks_exact(2)
                .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        _ => None,
    }
}

/// Each byte's code length in bits: the Huffman code of `weight`, as `huffman_lengths`
/// builds it (a test checks they agree), written out so the app does not build it.
#[rustfmt::skip]
const LENGTHS: [u8; 256] = [
    14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
    3, 11, 6, 12, 12, 12, 12, 9, 11, 11, 12, 9, 7, 7, 7, 12, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 12, 12, 12, 12, 11,
    12, 10, 10, 10, 10, 10, 10, 10, 10, 8, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12, 8,
    12, 4, 7, 6, 5, 4, 6, 6, 5, 4, 10, 7, 5, 6, 4, 4, 6, 11, 5, 5, 4, 6, 7, 6, 10, 6, 11, 9, 12, 9, 12, 14,
    10, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 9, 14, 14, 11, 11, 14, 14,
    13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13,
    14, 14, 14, 11, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
    14, 14, 9, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 13,
];

/// How often each byte is expected, per ten thousand bytes of a record (at least 1).
#[cfg(test)]
fn weight(byte: u8) -> u32 {
    match byte {
        b' ' => 1600,
        b'e' => 1000,
        b't' => 760,
        b'a' => 680,
        b'o' => 640,
        b'i' | b'n' => 580,
        b's' => 540,
        b'r' => 500,
        b'h' => 460,
        b'd' | b'l' => 350,
        b'"' => 300,
        b'c' | b'u' => 240,
        b'm' => 210,
        b'w' | b'f' | b'y' | b'g' | b'p' => 180,
        b'0'..=b'9' => 110,
        b'b' => 130,
        b',' => 140,
        b'.' | b'v' => 90,
        b':' | b'k' | b'-' => 80,
        b'I' | b'_' => 40,
        b'\'' | b'{' | b'}' | b'T' | b'+' => 25,
        b'x' | b'j' | b'[' | b']' | b'\\' | b'A'..=b'Z' => 12,
        b'q' | b'z' | b'?' | b'!' | b'(' | b')' => 8,
        other if other.is_ascii_graphic() => 3,
        // UTF-8 of the curly apostrophe and quotes phones type (U+2019, U+201C, U+201D),
        // and of the Latin-1 letters (é is C3 A9).
        0xE2 | 0x80 | 0x99 => 20,
        0xC3 | 0x9C | 0x9D => 6,
        0xA0..=0xBF => 2,
        _ => 1,
    }
}

/// A canonical Huffman code over all 256 bytes, built once from `weight`.
struct Code {
    /// The code of each byte: its length in bits, and its bits.
    codes: [(u8, u32); 256],
    /// How many codes have each length, and the bytes ordered by (length, byte).
    counts: Vec<u32>,
    ordered: Vec<u8>,
    /// For the next `FAST_BITS` bits: the byte whose code they begin with and its length
    /// (`len << 8 | byte`), or 0 when that code is longer. Most bytes decode in one look.
    fast: Vec<u16>,
}

const FAST_BITS: u32 = 10;

fn code() -> &'static Code {
    static CODE: OnceLock<Code> = OnceLock::new();
    CODE.get_or_init(|| Code::from_lengths(LENGTHS))
}

/// Code lengths from the weights; ties are broken by the order nodes were made, so the
/// result is the same on every machine.
#[cfg(test)]
fn huffman_lengths() -> [u8; 256] {
    // Each node: its weight, and the bytes beneath it.
    let mut nodes: Vec<(u64, Vec<u8>)> = (0..=255u8).map(|b| (weight(b).into(), vec![b])).collect();
    let mut lengths = [0u8; 256];
    while nodes.len() > 1 {
        let a = take_lightest(&mut nodes);
        let b = take_lightest(&mut nodes);
        for &byte in a.1.iter().chain(&b.1) {
            lengths[byte as usize] += 1;
        }
        nodes.push((a.0 + b.0, [a.1, b.1].concat()));
    }
    lengths
}

#[cfg(test)]
fn take_lightest(nodes: &mut Vec<(u64, Vec<u8>)>) -> (u64, Vec<u8>) {
    let lightest = (0..nodes.len())
        .min_by_key(|&i| nodes[i].0)
        .expect("at least two nodes remain");
    nodes.remove(lightest)
}

impl Code {
    fn from_lengths(lengths: [u8; 256]) -> Self {
        let longest = *lengths.iter().max().unwrap_or(&0) as usize;
        let mut counts = vec![0u32; longest + 1];
        for &len in &lengths {
            counts[len as usize] += 1;
        }
        // The bytes ordered by (length, byte), without a sort.
        let ordered: Vec<u8> = (1..=longest as u8)
            .flat_map(|len| (0..=255u8).filter(move |&b| lengths[b as usize] == len))
            .collect();
        let mut codes = [(0u8, 0u32); 256];
        let (mut next, mut previous_len) = (0u32, 0u8);
        for &byte in &ordered {
            let len = lengths[byte as usize];
            next <<= len - previous_len;
            codes[byte as usize] = (len, next);
            next += 1;
            previous_len = len;
        }
        let mut fast = vec![0u16; 1 << FAST_BITS];
        for (byte, &(len, value)) in codes.iter().enumerate() {
            let spare = FAST_BITS.saturating_sub(len.into());
            if u32::from(len) <= FAST_BITS {
                let start = (value << spare) as usize;
                fast[start..start + (1 << spare)].fill(u16::from(len) << 8 | byte as u16);
            }
        }
        Self {
            codes,
            counts,
            ordered,
            fast,
        }
    }

    /// The byte count as a varint, then each byte's code, most significant bit first.
    fn encode(&self, bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len() * 5 / 8 + 4);
        let mut len = bytes.len();
        while len >= 0x80 {
            out.push((len as u8 & 0x7F) | 0x80);
            len >>= 7;
        }
        out.push(len as u8);
        let (mut acc, mut held) = (0u64, 0u32);
        for &byte in bytes {
            let (bits, value) = self.codes[byte as usize];
            acc = (acc << bits) | u64::from(value);
            held += u32::from(bits);
            while held >= 8 {
                held -= 8;
                out.push((acc >> held) as u8);
            }
            acc &= (1 << held) - 1;
        }
        if held > 0 {
            out.push((acc << (8 - held)) as u8);
        }
        out
    }

    fn decode(&self, packed: &[u8]) -> Option<Vec<u8>> {
        let (mut len, mut shift, mut at) = (0usize, 0u32, 0usize);
        loop {
            let byte = *packed.get(at)?;
            at += 1;
            len |= usize::from(byte & 0x7F).checked_shl(shift)?;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
            if shift > 28 {
                return None;
            }
        }
        let bits = &packed[at..];
        if len > bits.len() * 8 {
            return None; // every code is at least one bit
        }
        let mut out = Vec::with_capacity(len);
        // The next `held` bits, most significant first, at the top of `acc`.
        let (mut acc, mut held, mut next) = (0u64, 0u32, 0usize);
        while out.len() < len {
            while held <= 56 && next < bits.len() {
                acc |= u64::from(bits[next]) << (56 - held);
                held += 8;
                next += 1;
            }
            let fast = self.fast[(acc >> (64 - FAST_BITS)) as usize];
            let fast_len = u32::from(fast >> 8);
            if fast != 0 && fast_len <= held {
                out.push(fast as u8);
                acc <<= fast_len;
                held -= fast_len;
                continue;
            }
            // A longer code: walk down the lengths until it falls in one's range.
            let (mut code, mut first, mut index) = (0u32, 0u32, 0u32);
            let mut found = None;
            for &count in &self.counts[1..] {
                if held == 0 {
                    return None;
                }
                code |= (acc >> 63) as u32;
                acc <<= 1;
                held -= 1;
                if code < first + count {
                    found = Some(self.ordered[(index + code - first) as usize]);
                    break;
                }
                index += count;
                first = (first + count) << 1;
                code <<= 1;
            }
            out.push(found?);
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_complete_and_no_code_is_too_long_for_its_integer() {
        let lengths = huffman_lengths();
        assert_eq!(
            lengths, LENGTHS,
            "the written-out lengths are the weights' code"
        );
        let kraft: f64 = lengths.iter().map(|&l| 0.5f64.powi(l.into())).sum();
        assert!((kraft - 1.0).abs() < 1e-9);
        assert!(lengths.iter().all(|&l| (1..=24).contains(&l)));
        assert!(lengths[b' ' as usize] <= 3 && lengths[b'e' as usize] <= 4);
    }

    #[test]
    fn english_gets_much_shorter_and_other_scripts_never_longer_than_a_byte_and_a_length() {
        let english = "Today I told my sister about the thing at work, and it felt lighter afterwards. I want to bring this to Thursday's session.";
        let packed = pack(english);
        assert!(packed.len() * 8 < english.len() * 5, "{}", packed.len());
        assert_eq!(unpack(&packed).as_deref(), Some(english));
        for other in [
            "今日は少し楽になった。話せてよかった。",
            "Сегодня было легче",
            "",
            "a",
        ] {
            let packed = pack(other);
            let best = other.len().min(other.encode_utf16().count() * 2);
            assert!(packed.len() <= best + 1, "{other}");
            assert_eq!(unpack(&packed).as_deref(), Some(other));
        }
    }

    #[test]
    fn refuses_bytes_it_did_not_write() {
        assert_eq!(unpack(&[]), None);
        assert_eq!(unpack(&[9, 1, 2]), None);
        assert_eq!(unpack(&[AS_UTF16, 1]), None);
        assert_eq!(unpack(&[AS_HUFFMAN, 200]), None); // a length with no bits after it
        assert_eq!(unpack(&[AS_UTF8, 0xFF]), None);
    }
}
