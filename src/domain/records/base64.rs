//! Standard base64 (RFC 4648 section 4, with padding) for backup files and sealed records, and
//! the URL-safe alphabet without padding (section 5) for homework links.
//!
//! Decoding is strict: only the canonical encoding of some bytes is accepted, so a file that
//! was altered by hand or by a broken tool is noticed rather than quietly read differently.
//! The base64 crate does the work; this module keeps the app's own error, which names what
//! is wrong the same way whichever alphabet was used.
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::{DecodeError, Engine};
use thiserror::Error;

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
    STANDARD.encode(bytes)
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    // Checked first so that text of the wrong length is named as such, whatever it holds.
    if !text.len().is_multiple_of(4) {
        return Err(Base64Error::InvalidLength { length: text.len() });
    }
    STANDARD.decode(text).map_err(|error| match error {
        DecodeError::InvalidByte(position, byte) if byte != b'=' => {
            Base64Error::InvalidCharacter { position }
        }
        // With the length a multiple of 4, every other complaint is about `=` or the
        // unused bits it stands for.
        _ => Base64Error::InvalidPadding,
    })
}

/// URL-safe base64 without padding (`-` and `_` instead of `+` and `/`), so the text can sit in
/// a link without being percent-encoded.
pub fn encode_url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes [`encode_url`] text. Strict like [`decode`]: no padding, and unused bits must be zero.
pub fn decode_url(text: &str) -> Result<Vec<u8>, Base64Error> {
    if text.len() % 4 == 1 {
        return Err(Base64Error::InvalidLength { length: text.len() });
    }
    URL_SAFE_NO_PAD.decode(text).map_err(|error| match error {
        DecodeError::InvalidByte(position, _) => Base64Error::InvalidCharacter { position },
        // `=` is not in this alphabet, so padding is a character out of place.
        DecodeError::InvalidPadding => Base64Error::InvalidCharacter {
            position: text.find('=').unwrap_or_default(),
        },
        DecodeError::InvalidLastSymbol(..) => Base64Error::InvalidPadding,
        DecodeError::InvalidLength(_) => Base64Error::InvalidLength { length: text.len() },
    })
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
