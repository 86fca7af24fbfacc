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
//! | language | optional: varint byte length, then the BCP 47 code the therapist wrote in (`es`) |
//!
//! The language is the one field that may be missing: links made before Between spoke more
//! than one language end after the prompts and still open, as written in an unknown language.
//! When present it is 1 to `MAX_LANGUAGE_CHARS` of `[A-Za-z0-9-]`; anything else, or bytes
//! after it, is a damaged link. A code this Between doesn't speak is kept and shown as unknown.
//!
//! `<checksum>` is the CRC-32 of the payload bytes, as 6 characters of URL-safe base64, so a
//! link cut short or changed on its way is noticed. Binary rather than JSON because it keeps
//! links (and their QR codes) about a third shorter.
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};
use thiserror::Error;

use crate::domain::calendar::time::Date;
use crate::domain::homework::{Assignment, AssignmentError, FocusKind, Rhythm};
use crate::domain::language::say::homework as say;
use crate::domain::language::{self, Lang};
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
/// The longest language code a link may carry (BCP 47 tags fit in 35).
pub const MAX_LANGUAGE_CHARS: usize = 35;

/// What a link holds: the homework, and the language the therapist wrote it in when the link
/// says (`None` for links made before links carried it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    pub assignment: Assignment,
    /// The code as written in the link, e.g. `es`; maybe one this Between doesn't speak.
    pub language: Option<String>,
}

impl Received {
    /// The language the homework was written in, when it is one Between speaks.
    pub fn lang(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::from_code)
    }

    /// "Your therapist wrote this in Spanish.", in the language spoken now, when the link was
    /// written in another language Between knows; `None` when it is the same or unknown.
    pub fn written_in(&self) -> Option<String> {
        written_in(self.language.as_deref())
    }
}

/// The preview's line for homework written in `code`: only for a known language other than the
/// one spoken now. The homework's own words are shown as written, whatever its language.
pub fn written_in(code: Option<&str>) -> Option<String> {
    let lang = code.and_then(Lang::from_code)?;
    (lang != language::current()).then(|| say::written_in(language_name(lang)))
}

/// A language's name inside a sentence, in the language spoken now: "Spanish", "inglés".
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => say::english_name(),
        Lang::Es => say::spanish_name(),
    }
}

/// Why a link can't be made or read, each with a kind sentence from `message()`.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LinkError {
    #[error("{}", say::not_a_link())]
    NotHomework,
    #[error("{}", say::longer_than(MAX_FRAGMENT_CHARS))]
    Oversized,
    #[error("{}", say::link_version(.0))]
    UnknownVersion(String),
    #[error("{}", say::link_cut_short())]
    Truncated,
    #[error("{}", say::link_damaged())]
    Damaged,
    #[error("{}", say::not_usable(.0))]
    Invalid(AssignmentError),
    /// Only from the encoder: the whole link would have `chars` characters.
    #[error("{}", say::link_would_have(.chars))]
    TooLong { chars: usize },
}

impl LinkError {
    pub fn message(&self) -> String {
        match self {
            LinkError::NotHomework => say::not_homework().into(),
            LinkError::Oversized => say::oversized().into(),
            LinkError::UnknownVersion(_) => say::newer_version().into(),
            LinkError::Truncated => say::truncated().into(),
            LinkError::Damaged => say::damaged().into(),
            LinkError::Invalid(error) => say::invalid(error.message()),
            LinkError::TooLong { chars } => say::too_long(chars, MAX_LINK_CHARS),
        }
    }
}

/// The fragment for an assignment, without `#`: `hw1.<payload>.<checksum>`, carrying the
/// language spoken now (the therapist's). Refused when the fragment alone is over
/// `MAX_LINK_CHARS`; `link` also counts the base URL.
pub fn encode(assignment: &Assignment) -> Result<String, LinkError> {
    encode_in(assignment, Some(language::current().code()))
}

/// `encode` with the language given: a code, or `None` for a link without one (as links were
/// made before Between spoke more than one language).
pub fn encode_in(assignment: &Assignment, language: Option<&str>) -> Result<String, LinkError> {
    let fragment = unchecked_fragment(assignment, language)?;
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            chars: fragment.len(),
        });
    }
    Ok(fragment)
}

fn unchecked_fragment(
    assignment: &Assignment,
    language: Option<&str>,
) -> Result<String, LinkError> {
    assignment.validate().map_err(LinkError::Invalid)?;
    let payload = payload_bytes(assignment, language);
    Ok(format!(
        "{PREFIX}{VERSION}.{}.{}",
        base64::encode_url(&payload),
        base64::encode_url(&crc32(&payload).to_be_bytes())
    ))
}

/// The whole link, e.g. `https://example.org/homework#hw1.…`, carrying the language spoken
/// now. `base_url` is where Between is served (origin plus any base path); a trailing `/` or
/// `/homework` is fine.
pub fn link(base_url: &str, assignment: &Assignment) -> Result<String, LinkError> {
    let fragment = unchecked_fragment(assignment, Some(language::current().code()))?;
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
    let payload = payload_bytes(assignment, Some(language::current().code()));
    let payload_chars = (payload.len() * 4).div_ceil(3);
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
    receive(fragment).map(|received| received.assignment)
}

/// `decode`, keeping the language the link says the homework was written in.
pub fn receive(fragment: &str) -> Result<Received, LinkError> {
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
    let received = read_payload(&payload).ok_or(LinkError::Damaged)?;
    received.assignment.validate().map_err(LinkError::Invalid)?;
    Ok(received)
}

fn payload_bytes(a: &Assignment, language: Option<&str>) -> Vec<u8> {
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
    if let Some(code) = language {
        push_text(&mut out, code);
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
fn read_payload(bytes: &[u8]) -> Option<Received> {
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
    let language = if reader.0.is_empty() {
        None
    } else {
        Some(reader.text().filter(|code| is_language_code(code))?)
    };
    if !reader.0.is_empty() {
        return None;
    }
    let assignment = Assignment {
        title,
        message,
        prompts,
        focus,
        rhythm,
        start,
        end,
    };
    Some(Received {
        assignment,
        language,
    })
}

/// What a language code in a link may look like: 1 to `MAX_LANGUAGE_CHARS` of `[A-Za-z0-9-]`.
fn is_language_code(code: &str) -> bool {
    (1..=MAX_LANGUAGE_CHARS).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
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
        let valid = payload_bytes(&sample, Some("es"));
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
            match receive(&fragment) {
                Ok(read) => assert_eq!(
                    payload_bytes(&read.assignment, read.language.as_deref()),
                    bytes
                ),
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
        let bytes = payload_bytes(&no_focus, None);
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
    fn a_language_code_must_look_like_one() {
        let sample = crate::domain::homework::sample();
        let fragment = |bytes: Vec<u8>| {
            format!(
                "hw1.{}.{}",
                base64::encode_url(&bytes),
                base64::encode_url(&crc32(&bytes).to_be_bytes())
            )
        };
        for code in ["es", "en", "pt-BR", "fr"] {
            let read = receive(&fragment(payload_bytes(&sample, Some(code)))).unwrap();
            assert_eq!(read.language.as_deref(), Some(code));
            assert_eq!(read.assignment, sample);
        }
        let long = "x".repeat(MAX_LANGUAGE_CHARS + 1);
        for code in ["", "e s", "es\n", "<b>", "é", long.as_str()] {
            let bytes = payload_bytes(&sample, Some(code));
            assert_eq!(
                receive(&fragment(bytes)),
                Err(LinkError::Damaged),
                "{code:?}"
            );
        }
        let mut extra = payload_bytes(&sample, Some("es"));
        extra.push(0);
        assert_eq!(receive(&fragment(extra)), Err(LinkError::Damaged));
    }

    #[test]
    fn percent_escapes_are_undone_only_when_well_formed() {
        assert_eq!(percent_decoded("%23hw1.a%2Eb"), "#hw1.a.b");
        assert_eq!(percent_decoded("100%"), "100%");
        assert_eq!(percent_decoded("%zz%4"), "%zz%4");
        assert_eq!(percent_decoded("%FF"), "%FF");
    }
}
