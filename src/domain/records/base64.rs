//! Standard base64 (RFC 4648 section 4, with padding), so backup files need no extra crate,
//! and the URL-safe alphabet without padding (section 5) for homework links.
//!
//! Decoding is strict: only the canonical encoding of some bytes is accepted, so a file that
//! was altered by hand or by a broken tool is noticed rather than quietly read differently.
use thiserror::Error;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Base64Error {
    #[error("base64 text has length {length}, which is not a multiple of 4")]
    InvalidLength { length: usize },
    #[error("base64 text has a character outside the alphabet at byte {position}")]
    InvalidCharacter { position: usize },
    #[error("base64 text has misplaced or non-canonical padding")]
    InvalidPadding,
}

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return Err(Base64Error::InvalidLength {
            length: bytes.len(),
        });
    }
    let quads = bytes.len() / 4;
    let mut out = Vec::with_capacity(quads * 3);
    for (q, quad) in bytes.chunks_exact(4).enumerate() {
        // Padding may only close the final quad, and at most two characters of it.
        let padding = if q + 1 == quads {
            quad.iter().rev().take_while(|&&c| c == b'=').count()
        } else {
            0
        };
        if padding > 2 {
            return Err(Base64Error::InvalidPadding);
        }
        let mut n = 0u32;
        for (i, &c) in quad[..4 - padding].iter().enumerate() {
            let value = sextet(c).ok_or(if c == b'=' {
                Base64Error::InvalidPadding
            } else {
                Base64Error::InvalidCharacter {
                    position: q * 4 + i,
                }
            })?;
            n |= u32::from(value) << (18 - 6 * i);
        }
        // Bits below the last whole byte must be zero, or two texts would mean the same bytes.
        let unused_bits = [0, 0xFF, 0xFFFF][padding];
        if n & unused_bits != 0 {
            return Err(Base64Error::InvalidPadding);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..4 - padding]);
    }
    Ok(out)
}

const URL_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 without padding (`-` and `_` instead of `+` and `/`), so the text can sit in
/// a link without being percent-encoded.
pub fn encode_url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity((bytes.len() * 4).div_ceil(3));
    for chunk in bytes.chunks(3) {
        let mut n = 0u32;
        for (i, &b) in chunk.iter().enumerate() {
            n |= u32::from(b) << (16 - 8 * i);
        }
        for i in 0..=chunk.len() {
            out.push(char::from(
                URL_ALPHABET[((n >> (18 - 6 * i)) & 63) as usize],
            ));
        }
    }
    out
}

/// Decodes [`encode_url`] text. Strict like [`decode`]: no padding, and unused bits must be zero.
pub fn decode_url(text: &str) -> Result<Vec<u8>, Base64Error> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(Base64Error::InvalidLength {
            length: bytes.len(),
        });
    }
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for (q, group) in bytes.chunks(4).enumerate() {
        let mut n = 0u32;
        for (i, &c) in group.iter().enumerate() {
            let value = url_sextet(c).ok_or(Base64Error::InvalidCharacter {
                position: q * 4 + i,
            })?;
            n |= u32::from(value) << (18 - 6 * i);
        }
        let whole_bytes = group.len() - 1;
        // Bits below the last whole byte must be zero, or two texts would mean the same bytes.
        if n & (0x00FF_FFFF >> (8 * whole_bytes)) != 0 {
            return Err(Base64Error::InvalidPadding);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..1 + whole_bytes]);
    }
    Ok(out)
}

fn url_sextet(c: u8) -> Option<u8> {
    match c {
        b'-' => Some(62),
        b'_' => Some(63),
        b'+' | b'/' => None,
        _ => sextet(c),
    }
}

fn sextet(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::test_rng::XorShift;

    #[test]
    fn rfc_4648_test_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn the_last_two_alphabet_characters_are_plus_and_slash() {
        assert_eq!(encode(&[0xfb, 0xff, 0xbf]), "+/+/");
        assert_eq!(decode("+/+/").unwrap(), [0xfb, 0xff, 0xbf]);
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)).unwrap(), all);
    }

    #[test]
    fn a_length_that_is_not_a_multiple_of_four_is_rejected() {
        for text in ["Z", "Zg", "Zg=", "Zm9vY"] {
            assert_eq!(
                decode(text),
                Err(Base64Error::InvalidLength { length: text.len() })
            );
        }
    }

    #[test]
    fn characters_outside_the_alphabet_are_rejected() {
        assert_eq!(
            decode("Zm9v\nYg=="),
            Err(Base64Error::InvalidLength { length: 9 })
        );
        assert_eq!(
            decode("Zm 9"),
            Err(Base64Error::InvalidCharacter { position: 2 })
        );
        assert_eq!(
            decode("Zm-_"),
            Err(Base64Error::InvalidCharacter { position: 2 })
        );
        assert_eq!(
            decode("Zmé"),
            Err(Base64Error::InvalidCharacter { position: 2 })
        );
    }

    #[test]
    fn misplaced_or_non_canonical_padding_is_rejected() {
        for text in [
            "====", "Z===", "Zg=a", "=Zm9", "Zg==Zm9v", "Zh==", "Zm9=", "Zm8=Zg==",
        ] {
            assert_eq!(decode(text), Err(Base64Error::InvalidPadding), "{text}");
        }
    }

    #[test]
    fn pseudo_random_bytes_round_trip() {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..2_000 {
            let len = rng.below(200);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            let text = encode(&bytes);
            assert_eq!(text.len(), len.div_ceil(3) * 4);
            assert_eq!(decode(&text).unwrap(), bytes);
        }
    }

    #[test]
    fn url_safe_text_has_no_padding_and_round_trips() {
        assert_eq!(encode_url(b"fo"), "Zm8");
        assert_eq!(encode_url(b"f"), "Zg");
        assert_eq!(encode_url(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(decode_url("-_-_").unwrap(), [0xfb, 0xff, 0xbf]);
        assert_eq!(decode_url("Zm9vYmE").unwrap(), b"fooba");
        assert_eq!(
            decode_url("Zm9vY"),
            Err(Base64Error::InvalidLength { length: 5 })
        );
        assert_eq!(decode_url("Zh"), Err(Base64Error::InvalidPadding));
        assert_eq!(
            decode_url("Zg=="),
            Err(Base64Error::InvalidCharacter { position: 2 })
        );
        assert_eq!(
            decode_url("+/+/"),
            Err(Base64Error::InvalidCharacter { position: 0 })
        );
        let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
        for _ in 0..2_000 {
            let len = rng.below(100);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            let text = encode_url(&bytes);
            assert_eq!(text.len(), (len * 4).div_ceil(3));
            assert_eq!(decode_url(&text).unwrap(), bytes);
        }
        let pool: Vec<char> = "AZaz09-_+/= é".chars().collect();
        for _ in 0..20_000 {
            let len = rng.below(12);
            let text: String = (0..len).map(|_| pool[rng.below(pool.len())]).collect();
            if let Ok(bytes) = decode_url(&text) {
                assert_eq!(encode_url(&bytes), text);
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics_and_only_canonical_text_decodes() {
        let pool: Vec<char> = "AZaz09+/==== \n-_.é🌱\0".chars().collect();
        let mut rng = XorShift(0xD1B5_4A32_D192_ED03);
        for _ in 0..20_000 {
            let len = rng.below(24);
            let text: String = (0..len).map(|_| pool[rng.below(pool.len())]).collect();
            if let Ok(bytes) = decode(&text) {
                assert_eq!(encode(&bytes), text);
            }
        }
    }
}
