//! The encrypted backup file: a small versioned JSON envelope around AES-256-GCM ciphertext.
//!
//! This module only reads and writes the envelope; the cryptography happens in the browser
//! (`storage::crypto`). The layout is documented in `docs/backup-format.md`.
use crate::domain::records::json_fields::Fields;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::language::say::records as say;
use crate::domain::records::base64;

pub const ENCRYPTED_FORMAT: &str = "between-backup-encrypted";
pub const ENCRYPTED_VERSION: u32 = 1;
pub const KDF_NAME: &str = "PBKDF2-HMAC-SHA256";
pub const CIPHER_NAME: &str = "AES-256-GCM";
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// Upper bound on iterations we will run, so an edited file cannot make us spin for minutes.
pub const MAX_PBKDF2_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// AES-GCM appends a 16-byte authentication tag, so no real ciphertext is shorter.
pub const GCM_TAG_BYTES: usize = 16;
/// Largest encrypted file we will try to read (checked before parsing).
pub const MAX_ENCRYPTED_FILE_BYTES: usize = 64 * 1024 * 1024;

/// What an encrypted backup holds once its envelope is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub iterations: u32,
    pub ciphertext: Vec<u8>,
}

/// Why an encrypted backup could not be read. Shown to the person as is.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SealedError {
    #[error("{}", say::sealed_too_large())]
    TooLarge,
    #[error("{}", say::not_an_encrypted_backup())]
    NotEncryptedBackup,
    #[error("{}", say::sealed_from_newer_version())]
    NewerVersion { found: u64 },
    /// `reason` is for diagnostics; the message stays the same whatever broke.
    #[error("{}", say::sealed_damaged())]
    Damaged { reason: String },
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u64,
    kdf: Kdf,
    cipher: Cipher,
    ciphertext: String,
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    name: String,
    // Wider than u32 so an out-of-range number reads as damaged, not as unparseable.
    iterations: u64,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct Cipher {
    name: String,
    iv: String,
}

/// Whether `text` claims to be an encrypted backup, without checking anything else.
pub fn is_encrypted_backup(text: &str) -> bool {
    text.len() <= MAX_ENCRYPTED_FILE_BYTES
        && Fields::of(text).is_some_and(|fields| has_our_format(&fields))
}

pub fn encode_sealed(sealed: &Sealed) -> String {
    let envelope = Envelope {
        format: ENCRYPTED_FORMAT.into(),
        version: ENCRYPTED_VERSION.into(),
        kdf: Kdf {
            name: KDF_NAME.into(),
            iterations: sealed.iterations.into(),
            salt: base64::encode(&sealed.salt),
        },
        cipher: Cipher {
            name: CIPHER_NAME.into(),
            iv: base64::encode(&sealed.iv),
        },
        ciphertext: base64::encode(&sealed.ciphertext),
    };
    serde_json::to_string(&envelope).expect("an envelope always serialises")
}

pub fn decode_sealed(text: &str) -> Result<Sealed, SealedError> {
    if text.len() > MAX_ENCRYPTED_FILE_BYTES {
        return Err(SealedError::TooLarge);
    }
    let fields = Fields::of(text).ok_or(SealedError::NotEncryptedBackup)?;
    if !has_our_format(&fields) {
        return Err(SealedError::NotEncryptedBackup);
    }
    // The version decides how to read everything else, so it is checked first.
    let version = fields
        .get::<u64>("version")
        .ok_or_else(|| damaged("the version is missing or not a whole number"))?;
    if version > u64::from(ENCRYPTED_VERSION) {
        return Err(SealedError::NewerVersion { found: version });
    }
    if version != u64::from(ENCRYPTED_VERSION) {
        return Err(damaged(format!("there is no version {version}")));
    }
    let envelope: Envelope = serde_json::from_str(text).map_err(|e| damaged(e.to_string()))?;
    if envelope.kdf.name != KDF_NAME || envelope.cipher.name != CIPHER_NAME {
        return Err(damaged("unknown key derivation or cipher name"));
    }
    let iterations = u32::try_from(envelope.kdf.iterations)
        .ok()
        .filter(|n| (PBKDF2_ITERATIONS..=MAX_PBKDF2_ITERATIONS).contains(n))
        .ok_or_else(|| damaged("iterations are out of the allowed range"))?;
    let salt = field("salt", &envelope.kdf.salt)?;
    let iv = field("iv", &envelope.cipher.iv)?;
    let ciphertext = field("ciphertext", &envelope.ciphertext)?;
    if salt.len() != SALT_BYTES || iv.len() != IV_BYTES {
        return Err(damaged("the salt or iv has the wrong length"));
    }
    if ciphertext.len() < GCM_TAG_BYTES {
        return Err(damaged(
            "the ciphertext is shorter than its authentication tag",
        ));
    }
    Ok(Sealed {
        salt,
        iv,
        iterations,
        ciphertext,
    })
}

fn has_our_format(fields: &Fields) -> bool {
    fields.get::<String>("format").as_deref() == Some(ENCRYPTED_FORMAT)
}

fn field(name: &str, text: &str) -> Result<Vec<u8>, SealedError> {
    base64::decode(text).map_err(|e| damaged(format!("{name}: {e}")))
}

fn damaged(reason: impl Into<String>) -> SealedError {
    SealedError::Damaged {
        reason: reason.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    use crate::domain::test_rng::XorShift;

    fn sealed() -> Sealed {
        Sealed {
            salt: (0..16).collect(),
            iv: (100..112).collect(),
            iterations: PBKDF2_ITERATIONS,
            ciphertext: (0..40).map(|i| i * 5).collect(),
        }
    }

    /// The envelope as JSON, with `edit` applied, re-encoded.
    fn edited(edit: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(&encode_sealed(&sealed())).unwrap();
        edit(&mut value);
        value.to_string()
    }

    fn is_damaged(text: &str) -> bool {
        matches!(decode_sealed(text), Err(SealedError::Damaged { .. }))
    }

    #[test]
    fn an_envelope_round_trips() {
        let text = encode_sealed(&sealed());
        assert!(is_encrypted_backup(&text));
        assert_eq!(decode_sealed(&text), Ok(sealed()));
    }

    #[test]
    fn the_envelope_has_the_documented_shape() {
        let small = Sealed {
            salt: vec![0; 16],
            iv: vec![0xff; 12],
            iterations: 600_000,
            ciphertext: b"sixteen byte tag".to_vec(),
        };
        assert_eq!(
            encode_sealed(&small),
            r#"{"format":"between-backup-encrypted","version":1,"kdf":{"name":"PBKDF2-HMAC-SHA256","iterations":600000,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="},"cipher":{"name":"AES-256-GCM","iv":"////////////////"},"ciphertext":"c2l4dGVlbiBieXRlIHRhZw=="}"#
        );
    }

    #[test]
    fn other_files_are_not_encrypted_backups() {
        let others = [
            "",
            "hello",
            "[]",
            r#"["between-backup-encrypted"]"#,
            r#"{"format":"between-backup","version":1,"entries":[]}"#,
            r#"{"format":1}"#,
            r#"{"version":1}"#,
        ];
        for text in others {
            assert!(!is_encrypted_backup(text), "{text}");
            assert_eq!(
                decode_sealed(text),
                Err(SealedError::NotEncryptedBackup),
                "{text}"
            );
        }
    }

    #[test]
    fn a_newer_version_is_refused_before_its_fields_are_read() {
        let text = r#"{"format":"between-backup-encrypted","version":2,"anything":"new"}"#;
        assert!(is_encrypted_backup(text));
        assert_eq!(
            decode_sealed(text),
            Err(SealedError::NewerVersion { found: 2 })
        );
    }

    #[test]
    fn a_bad_version_is_damage() {
        for version in [Value::Null, "1".into(), 0.into(), (-1).into(), 1.5.into()] {
            assert!(is_damaged(&edited(|v| v["version"] = version.clone())));
        }
        assert!(is_damaged(&edited(|v| {
            v.as_object_mut().unwrap().remove("version");
        })));
    }

    #[test]
    fn missing_fields_are_damage() {
        for (outer, inner) in [
            ("kdf", None),
            ("cipher", None),
            ("ciphertext", None),
            ("kdf", Some("salt")),
            ("kdf", Some("iterations")),
            ("kdf", Some("name")),
            ("cipher", Some("iv")),
        ] {
            let text = edited(|v| match inner {
                None => drop(v.as_object_mut().unwrap().remove(outer)),
                Some(inner) => drop(v[outer].as_object_mut().unwrap().remove(inner)),
            });
            assert!(is_damaged(&text), "{outer} {inner:?}");
        }
    }

    #[test]
    fn unknown_algorithms_are_damage() {
        assert!(is_damaged(&edited(
            |v| v["kdf"]["name"] = "PBKDF2-HMAC-SHA1".into()
        )));
        assert!(is_damaged(&edited(
            |v| v["cipher"]["name"] = "AES-128-GCM".into()
        )));
    }

    #[test]
    fn bad_base64_and_wrong_lengths_are_damage() {
        assert!(is_damaged(&edited(
            |v| v["kdf"]["salt"] = "not base64!".into()
        )));
        assert!(is_damaged(&edited(|v| v["cipher"]["iv"] = 12.into())));
        assert!(is_damaged(&edited(|v| v["ciphertext"] = "AAA".into())));
        let short_salt = base64::encode(&[0; 15]);
        assert!(is_damaged(
            &edited(|v| v["kdf"]["salt"] = short_salt.into())
        ));
        let long_iv = base64::encode(&[0; 16]);
        assert!(is_damaged(&edited(|v| v["cipher"]["iv"] = long_iv.into())));
        let no_tag = base64::encode(&[0; 15]);
        assert!(is_damaged(&edited(|v| v["ciphertext"] = no_tag.into())));
    }

    #[test]
    fn iterations_outside_the_safe_range_are_damage() {
        let iterations = |n: Value| edited(|v| v["kdf"]["iterations"] = n);
        for n in [0.into(), 599_999.into(), 10_000_001.into(), u64::MAX.into()] {
            assert!(is_damaged(&iterations(n)));
        }
        assert!(is_damaged(&iterations(600_000.5.into())));
        assert!(is_damaged(&iterations((-600_000).into())));
        for n in [PBKDF2_ITERATIONS, MAX_PBKDF2_ITERATIONS] {
            assert_eq!(decode_sealed(&iterations(n.into())).unwrap().iterations, n);
        }
    }

    #[test]
    fn an_oversized_file_is_refused_before_parsing() {
        let text = encode_sealed(&sealed());
        let padded = format!(
            "{text}{}",
            " ".repeat(MAX_ENCRYPTED_FILE_BYTES - text.len())
        );
        assert_eq!(decode_sealed(&padded), Ok(sealed()));
        let over = format!("{padded} ");
        assert_eq!(decode_sealed(&over), Err(SealedError::TooLarge));
        assert!(!is_encrypted_backup(&over));
        // Not even JSON, yet refused for its size: parsing never started.
        let junk = "x".repeat(MAX_ENCRYPTED_FILE_BYTES + 1);
        assert_eq!(decode_sealed(&junk), Err(SealedError::TooLarge));
    }

    #[test]
    fn messages_are_calm_and_say_nothing_changed() {
        let errors = [
            SealedError::TooLarge,
            SealedError::NotEncryptedBackup,
            SealedError::NewerVersion { found: 2 },
            damaged("x"),
        ];
        for error in errors {
            let message = error.to_string();
            assert!(message.contains("Nothing in your journal has changed."));
            assert!(!message.contains('!'));
        }
    }

    #[test]
    fn arbitrary_text_never_panics() {
        let pool: Vec<char> = "{}[]\":,0123456789.-eE truefalsnul\\AZaz+/=é🌱"
            .chars()
            .collect();
        let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
        for _ in 0..5_000 {
            let len = rng.below(64);
            let text: String = (0..len).map(|_| pool[rng.below(pool.len())]).collect();
            is_encrypted_backup(&text);
            let _ = decode_sealed(&text);
        }
    }

    #[test]
    fn mutated_envelopes_never_panic_and_only_sound_ones_decode() {
        let valid: Vec<char> = encode_sealed(&sealed()).chars().collect();
        let pool: Vec<char> = "{}[]\":,019.-AZaz+/= é\0".chars().collect();
        let mut rng = XorShift(0x0123_4567_89AB_CDEF);
        for _ in 0..5_000 {
            let mut chars = valid.clone();
            for _ in 0..=rng.below(4) {
                let at = rng.below(chars.len());
                match rng.below(3) {
                    0 => chars[at] = pool[rng.below(pool.len())],
                    1 => chars.insert(at, pool[rng.below(pool.len())]),
                    _ => drop(chars.remove(at)),
                }
            }
            let text: String = chars.into_iter().collect();
            is_encrypted_backup(&text);
            if let Ok(sealed) = decode_sealed(&text) {
                assert_eq!((sealed.salt.len(), sealed.iv.len()), (SALT_BYTES, IV_BYTES));
                assert!((PBKDF2_ITERATIONS..=MAX_PBKDF2_ITERATIONS).contains(&sealed.iterations));
                assert!(sealed.ciphertext.len() >= GCM_TAG_BYTES);
            }
        }
    }
}
