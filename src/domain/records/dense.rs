//! Bytes stored densely in the UTF-16 text local storage holds: 15 bits per character.
//!
//! Base64 spends a whole character (two bytes of the quota) on 6 bits. Here each character
//! carries 15 bits, as one of the 32,768 characters from U+1000 to U+8FFF: never a surrogate
//! (so never a lone one), never a control character, quote or backslash (so JSON holds it
//! as it is, one character each). The first character says how many bits of the last one
//! are padding.

const FIRST: u32 = 0x1000;
const BITS: u32 = 15;

/// The characters that hold `bytes`.
pub fn encode(bytes: &[u8]) -> String {
    let units = (bytes.len() * 8).div_ceil(BITS as usize);
    let padding = units as u32 * BITS - bytes.len() as u32 * 8;
    let mut out = String::with_capacity((units + 1) * 3);
    out.push(char_for(padding));
    let (mut acc, mut held) = (0u32, 0u32);
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            out.push(char_for(acc >> held));
            acc &= (1 << held) - 1;
        }
    }
    if held > 0 {
        out.push(char_for(acc << (BITS - held)));
    }
    out
}

/// The bytes `text` holds; `None` when it was not written by `encode`.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let mut chars = text.chars();
    let padding = value_of(chars.next()?)?;
    let units = chars.clone().count() as u32;
    let bits = (units * BITS).checked_sub(padding)?;
    if padding >= BITS || bits % 8 != 0 || (units == 0 && padding != 0) {
        return None;
    }
    let mut out = Vec::with_capacity((bits / 8) as usize);
    let (mut acc, mut held) = (0u32, 0u32);
    for c in chars {
        acc = (acc << BITS) | value_of(c)?;
        held += BITS;
        while held >= 8 && out.len() < (bits / 8) as usize {
            held -= 8;
            out.push((acc >> held) as u8);
            acc &= (1 << held) - 1;
        }
    }
    // The padding bits must be zero, so each byte string has exactly one text.
    (acc == 0).then_some(out)
}

/// How many UTF-16 units `encode` uses for `len` bytes.
pub fn encoded_len(len: usize) -> usize {
    1 + (len * 8).div_ceil(BITS as usize)
}

fn char_for(value: u32) -> char {
    char::from_u32(FIRST + value).expect("U+1000..U+8FFF are all characters")
}

fn value_of(c: char) -> Option<u32> {
    let value = (c as u32).checked_sub(FIRST)?;
    (value < 1 << BITS).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_length_up_to_a_few_units() {
        for len in 0..64 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = encode(&bytes);
            assert_eq!(text.encode_utf16().count(), encoded_len(len));
            assert_eq!(decode(&text), Some(bytes), "length {len}");
        }
    }

    #[test]
    fn refuses_text_it_did_not_write() {
        assert_eq!(decode(""), None);
        assert_eq!(decode("abc"), None);
        let mut text = encode(&[1, 2, 3]);
        text.push('x');
        assert_eq!(decode(&text), None);
        // Padding that leaves a partial byte, or padding bits that are not zero.
        assert_eq!(decode(&format!("{}{}", char_for(3), char_for(0))), None);
        assert_eq!(decode(&format!("{}{}", char_for(7), char_for(1))), None);
    }
}
