//! Homework travels inside a link's fragment (after `#`), which browsers never send to a
//! server: `https://example.org/homework#hw1.<payload>.<checksum>`.
//!
//! `<payload>` is URL-safe base64 (no padding) of a small binary layout, version 1:
//!
//! | field | encoding |
//! | --- | --- |
//! | start | varint, days since 1970-01-01 |
//! | length | varint, days from start to end |
//! | rhythm | 1 byte, index in `Rhythm::ALL` |
//! | focus | 1 byte, bit `i` = `FocusKind::ALL[i]` |
//! | title, message | varint byte length, UTF-8 |
//! | prompts | 1 byte count, then each as varint byte length, UTF-8 |
//!
//! `<checksum>` is the CRC-32 of the payload bytes, as 6 characters of URL-safe base64, so a
//! link cut short or changed on its way is noticed. Binary rather than JSON because it keeps
//! links (and their QR codes) about a third shorter.
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};
use thiserror::Error;

use crate::domain::calendar::time::Date;
use crate::domain::homework::{Assignment, AssignmentError, FocusKind, Rhythm};
use crate::domain::records::base64;

/// The longest link the composer makes: long links break in some mail and chat apps.
pub const MAX_LINK_CHARS: usize = 2_000;
/// Anything longer is refused before it is looked at.
pub const MAX_FRAGMENT_CHARS: usize = 4_096;
/// The client page a link opens.
pub const HOMEWORK_PATH: &str = "/homework";
const PREFIX: &str = "hw";
const VERSION: &str = "1";
const CHECKSUM_CHARS: usize = 6;

/// Why a link can't be made or read, each with a kind sentence from `message()`.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("not a homework link")]
    NotHomework,
    #[error("longer than {MAX_FRAGMENT_CHARS} characters")]
    Oversized,
    #[error("homework link version {0}")]
    UnknownVersion(String),
    #[error("link cut short")]
    Truncated,
    #[error("link damaged")]
    Damaged,
    #[error("homework not usable: {0}")]
    Invalid(AssignmentError),
    /// Only from the encoder: the whole link would have `chars` characters.
    #[error("link would have {chars} characters")]
    TooLong { chars: usize },
}

impl LinkError {
    pub fn message(&self) -> String {
        match self {
            LinkError::NotHomework => {
                "This doesn't look like a homework link from Between. Nothing has been added.".into()
            }
            LinkError::Oversized => {
                "This link is much longer than a homework link can be, so it hasn't been opened. Nothing has been added.".into()
            }
            LinkError::UnknownVersion(_) => {
                "This homework link was made by a newer Between. You could ask for a new link, or open the newest version of Between.".into()
            }
            LinkError::Truncated => {
                "This link seems to have been cut short on its way, so it can't be read. Copying the whole link, or asking for it again, usually helps. Nothing has been added.".into()
            }
            LinkError::Damaged => {
                "This link seems to have been changed on its way, so it can't be read safely. You could ask for it again. Nothing has been added.".into()
            }
            LinkError::Invalid(error) => format!(
                "This homework can't be used as it is: {} You could ask for a new link. Nothing has been added.",
                error.message()
            ),
            LinkError::TooLong { chars } => format!(
                "This homework makes a link of {chars} characters, and links work best under {MAX_LINK_CHARS}. Shortening the message or a prompt will make it fit."
            ),
        }
    }
}

/// The fragment for an assignment, without `#`: `hw1.<payload>.<checksum>`.
/// Refused when the fragment alone is over `MAX_LINK_CHARS`; `link` also counts the base URL.
pub fn encode(assignment: &Assignment) -> Result<String, LinkError> {
    let fragment = unchecked_fragment(assignment)?;
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            chars: fragment.len(),
        });
    }
    Ok(fragment)
}

fn unchecked_fragment(assignment: &Assignment) -> Result<String, LinkError> {
    assignment.validate().map_err(LinkError::Invalid)?;
    let payload = payload_bytes(assignment);
    Ok(format!(
        "{PREFIX}{VERSION}.{}.{}",
        base64::encode_url(&payload),
        base64::encode_url(&crc32(&payload).to_be_bytes())
    ))
}

/// The whole link, e.g. `https://example.org/homework#hw1.…`. `base_url` is where Between is
/// served (origin plus any base path); a trailing `/` or `/homework` is fine.
pub fn link(base_url: &str, assignment: &Assignment) -> Result<String, LinkError> {
    let fragment = unchecked_fragment(assignment)?;
    let base = base_url.trim_end_matches('/');
    let base = base.strip_suffix(HOMEWORK_PATH).unwrap_or(base);
    let link = format!("{base}{HOMEWORK_PATH}#{fragment}");
    if link.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars: link.len() });
    }
    Ok(link)
}

/// Characters left before the link reaches `MAX_LINK_CHARS`; negative when over. For the
/// composer's "room left" hint. An assignment that isn't valid yet is measured as it is.
pub fn link_room(base_url: &str, assignment: &Assignment) -> i64 {
    let payload_chars = (payload_bytes(assignment).len() * 4).div_ceil(3);
    let base = base_url.trim_end_matches('/');
    let base = base.strip_suffix(HOMEWORK_PATH).unwrap_or(base);
    let link_chars = base.len()
        + HOMEWORK_PATH.len()
        + 1
        + PREFIX.len()
        + VERSION.len()
        + 2
        + payload_chars
        + CHECKSUM_CHARS;
    MAX_LINK_CHARS as i64 - link_chars as i64
}

/// Reads a fragment (with or without `#`), or a whole pasted link. Never panics.
pub fn decode(fragment: &str) -> Result<Assignment, LinkError> {
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::Oversized);
    }
    // A mail app may have turned `#` into `%23`, so escapes are undone before looking for it.
    let text = percent_decoded(fragment.trim());
    let text = text.split_once('#').map_or(&*text, |(_, after)| after);

    let rest = text.strip_prefix(PREFIX).ok_or(LinkError::NotHomework)?;
    let (version, rest) = rest.split_once('.').ok_or(LinkError::NotHomework)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) || version.len() > 4 {
        return Err(LinkError::NotHomework);
    }
    if version != VERSION {
        return Err(LinkError::UnknownVersion(version.to_string()));
    }
    let (payload, checksum) = rest.split_once('.').ok_or(LinkError::Truncated)?;
    if checksum.len() < CHECKSUM_CHARS {
        return Err(LinkError::Truncated);
    }
    let checksum: [u8; 4] = base64::decode_url(checksum)
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(LinkError::Damaged)?;
    let payload = base64::decode_url(payload).map_err(|_| LinkError::Damaged)?;
    if crc32(&payload) != u32::from_be_bytes(checksum) {
        return Err(LinkError::Damaged);
    }
    let assignment = read_payload(&payload).ok_or(LinkError::Damaged)?;
    assignment.validate().map_err(LinkError::Invalid)?;
    Ok(assignment)
}

fn payload_bytes(a: &Assignment) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + a.title.len() + a.message.len() + 200 * a.prompts.len());
    // Validated assignments start after 1970 and last at most a year; clamping keeps an
    // unvalidated one (measured by `link_room`) from wrapping.
    let start = a.start.days_since_epoch().clamp(0, u32::MAX.into()) as u32;
    let length = a.start.days_until(a.end).clamp(0, u32::MAX.into()) as u32;
    push_varint(&mut out, start);
    push_varint(&mut out, length);
    out.push(Rhythm::ALL.iter().position(|r| *r == a.rhythm).unwrap_or(0) as u8);
    let focus = FocusKind::ALL
        .iter()
        .enumerate()
        .filter(|(_, f)| a.focus.contains(f))
        .fold(0u8, |bits, (i, _)| bits | 1 << i);
    out.push(focus);
    push_text(&mut out, &a.title);
    push_text(&mut out, &a.message);
    out.push(a.prompts.len().min(255) as u8);
    for prompt in &a.prompts {
        push_text(&mut out, prompt);
    }
    out
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn push_text(out: &mut Vec<u8>, text: &str) {
    push_varint(out, text.len() as u32);
    out.extend_from_slice(text.as_bytes());
}

/// Reads the binary layout; `None` on anything out of place, including bytes left over.
fn read_payload(bytes: &[u8]) -> Option<Assignment> {
    let mut reader = Reader(bytes);
    let start = Date::from_ymd(1970, 1, 1)?.add_days(reader.varint()?.into());
    let end = start.add_days(reader.varint()?.into());
    let rhythm = *Rhythm::ALL.get(usize::from(reader.byte()?))?;
    let focus_bits = reader.byte()?;
    if focus_bits >> FocusKind::ALL.len() != 0 {
        return None;
    }
    let focus = FocusKind::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| focus_bits & (1 << i) != 0)
        .map(|(_, f)| f)
        .collect();
    let title = reader.text()?;
    let message = reader.text()?;
    let count = reader.byte()?;
    let prompts = (0..count)
        .map(|_| reader.text())
        .collect::<Option<Vec<_>>>()?;
    if !reader.0.is_empty() {
        return None;
    }
    Some(Assignment {
        title,
        message,
        prompts,
        focus,
        rhythm,
        start,
        end,
    })
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    /// At most five bytes, and only values that fit in a u32.
    fn varint(&mut self) -> Option<u32> {
        let mut value = 0u64;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7F) << shift;
            if byte & 0x80 == 0 {
                return u32::try_from(value).ok();
            }
        }
        None
    }

    fn text(&mut self) -> Option<String> {
        let len = usize::try_from(self.varint()?).ok()?;
        if len > self.0.len() {
            return None;
        }
        let (text, rest) = self.0.split_at(len);
        self.0 = rest;
        String::from_utf8(text.to_vec()).ok()
    }
}

/// Undoes `%XX` escapes a mail app may have added. Bytes that don't form UTF-8 are kept as
/// they were, so the checksum then notices.
fn percent_decoded(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('%') {
        return text.into();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|&b| (b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_or(text.into(), Into::into)
}

/// CRC-32 (IEEE, as in zip and PNG), bit by bit: links are small, and a lookup table would
/// weigh more than this whole module (crc32fast's are 16 KB, a twentieth of the app).
fn crc32(bytes: &[u8]) -> u32 {
    const IEEE: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);
    IEEE.checksum(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn varints_round_trip_and_refuse_overlong_values() {
        for n in [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX] {
            let mut out = Vec::new();
            push_varint(&mut out, n);
            assert_eq!(Reader(&out).varint(), Some(n));
        }
        assert_eq!(Reader(&[0xFF, 0xFF, 0xFF, 0xFF, 0x1F]).varint(), None);
        assert_eq!(Reader(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x01]).varint(), None);
        assert_eq!(Reader(&[0x80]).varint(), None);
    }

    #[test]
    fn any_payload_with_a_correct_checksum_never_panics() {
        use crate::domain::test_rng::XorShift;
        let mut rng = XorShift(0x5DEE_CE66_D1CE_4E5B);
        let sample = crate::domain::homework::sample();
        let valid = payload_bytes(&sample);
        for round in 0..20_000 {
            let mut bytes = if round % 2 == 0 {
                valid.clone()
            } else {
                (0..rng.below(64)).map(|_| rng.next() as u8).collect()
            };
            if !bytes.is_empty() {
                let at = rng.below(bytes.len());
                bytes[at] = rng.next() as u8;
                bytes.truncate(rng.below(bytes.len() + 1));
            }
            let fragment = format!(
                "hw1.{}.{}",
                base64::encode_url(&bytes),
                base64::encode_url(&crc32(&bytes).to_be_bytes())
            );
            match decode(&fragment) {
                Ok(read) => assert_eq!(payload_bytes(&read), bytes),
                Err(error) => assert!(
                    matches!(error, LinkError::Damaged | LinkError::Invalid(_)),
                    "{error:?}"
                ),
            }
        }
    }

    #[test]
    fn a_link_that_reads_but_breaks_the_rules_is_invalid() {
        let mut no_focus = crate::domain::homework::sample();
        no_focus.focus.clear();
        let bytes = payload_bytes(&no_focus);
        let fragment = format!(
            "hw1.{}.{}",
            base64::encode_url(&bytes),
            base64::encode_url(&crc32(&bytes).to_be_bytes())
        );
        assert_eq!(
            decode(&fragment),
            Err(LinkError::Invalid(AssignmentError::NoFocus))
        );
        assert!(LinkError::Invalid(AssignmentError::NoFocus)
            .message()
            .contains("Choose at least one kind of entry to notice."));
    }

    #[test]
    fn percent_escapes_are_undone_only_when_well_formed() {
        assert_eq!(percent_decoded("%23hw1.a%2Eb"), "#hw1.a.b");
        assert_eq!(percent_decoded("100%"), "100%");
        assert_eq!(percent_decoded("%zz%4"), "%zz%4");
        assert_eq!(percent_decoded("%FF"), "%FF");
    }
}
