//! Encrypted backups against Chromium's real WebCrypto.
//! Each key derivation runs 600,000 PBKDF2 iterations, so tests derive as few keys as they can.
#![cfg(target_arch = "wasm32")]

use between::domain::records::base64;
use between::domain::records::encrypted_backup::{decode_sealed, encode_sealed, SealedError};
use between::storage::crypto::{open, seal, CryptoError};
use serde_json::Value;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "river stones & tea";
const TEXT: &str = r#"{"format":"between-backup","note":"Ich war mutig heute. 今日は散歩した 🌱"}"#;

#[wasm_bindgen_test]
async fn a_sealed_text_opens_again_and_names_its_parameters() {
    let file = seal(PASSPHRASE, TEXT).await.unwrap();
    assert!(!file.contains("mutig"));
    let json: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(json["format"], "between-backup-encrypted");
    assert_eq!(json["version"], 1);
    assert_eq!(json["kdf"]["name"], "PBKDF2-HMAC-SHA256");
    assert_eq!(json["kdf"]["iterations"], 600_000);
    assert_eq!(json["cipher"]["name"], "AES-256-GCM");
    assert_eq!(open(PASSPHRASE, &file).await.unwrap(), TEXT);
}

#[wasm_bindgen_test]
async fn every_seal_uses_a_fresh_salt_and_iv() {
    let first = decode_sealed(&seal(PASSPHRASE, TEXT).await.unwrap()).unwrap();
    let second = decode_sealed(&seal(PASSPHRASE, TEXT).await.unwrap()).unwrap();
    assert_eq!((first.salt.len(), first.iv.len()), (16, 12));
    assert_ne!(first.salt, second.salt);
    assert_ne!(first.iv, second.iv);
    assert_ne!(first.ciphertext, second.ciphertext);
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_told_apart() {
    let file = seal(PASSPHRASE, TEXT).await.unwrap();
    let error = open("River stones & tea", &file).await.unwrap_err();
    assert_eq!(error, CryptoError::WrongPassphrase);
    assert!(error.user_message().contains("case-sensitive"));
}

#[wasm_bindgen_test]
async fn a_tampered_ciphertext_is_rejected_by_gcm() {
    let mut sealed = decode_sealed(&seal(PASSPHRASE, TEXT).await.unwrap()).unwrap();
    sealed.ciphertext[3] ^= 0x01;
    let tampered = encode_sealed(&sealed);
    assert_eq!(
        open(PASSPHRASE, &tampered).await,
        Err(CryptoError::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn a_truncated_or_foreign_file_fails_before_any_key_is_derived() {
    let file = seal(PASSPHRASE, TEXT).await.unwrap();
    for cut in [file.len() / 2, file.len() - 1, 10] {
        let error = open(PASSPHRASE, &file[..cut]).await.unwrap_err();
        assert!(
            matches!(
                error,
                CryptoError::File(SealedError::Damaged { .. } | SealedError::NotEncryptedBackup)
            ),
            "{cut}: {error:?}"
        );
    }
    let short_ciphertext = file.replace(
        &base64::encode(&decode_sealed(&file).unwrap().ciphertext),
        &base64::encode(&[0; 8]),
    );
    assert!(matches!(
        open(PASSPHRASE, &short_ciphertext).await,
        Err(CryptoError::File(SealedError::Damaged { .. }))
    ));
    assert_eq!(
        open(PASSPHRASE, "plain words").await,
        Err(CryptoError::File(SealedError::NotEncryptedBackup))
    );
}

#[wasm_bindgen_test]
async fn an_empty_text_round_trips() {
    let file = seal(PASSPHRASE, "").await.unwrap();
    assert_eq!(open(PASSPHRASE, &file).await.unwrap(), "");
}

/// Made by an independent implementation (Python `hashlib` + `cryptography`) from
/// docs/backup-format.md, with the passphrase "café au lait" in composed (NFC) form.
const FOREIGN_FILE: &str = r#"{"format":"between-backup-encrypted","version":1,"kdf":{"name":"PBKDF2-HMAC-SHA256","iterations":600000,"salt":"AAECAwQFBgcICQoLDA0ODw=="},"cipher":{"name":"AES-256-GCM","iv":"ZGVmZ2hpamtsbW5v"},"ciphertext":"QaqH+fU9gC9X8dtGLPmaRKstqpq1z13sWHFZb+Ra3zCKx30AQzkjNYy4JssBntVzPg=="}"#;

#[wasm_bindgen_test]
async fn a_file_made_to_the_documented_format_opens_with_a_decomposed_passphrase() {
    let decomposed = "cafe\u{301} au lait";
    assert_eq!(
        open(decomposed, FOREIGN_FILE).await.unwrap(),
        "Made elsewhere, opened here. 🌱"
    );
}

mod lock_vault {
    use between::domain::records::lock::CHECK_PLAINTEXT;
    use between::storage::vault::Vault;
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    async fn the_lock_key_seals_and_opens_records_and_a_wrong_key_opens_nothing() {
        let salt = Vault::new_salt().unwrap();
        let vault = Vault::derive("quiet river morning", &salt, 1_000)
            .await
            .unwrap();
        let sealed = vault.seal("private words ✿").await.unwrap();
        assert_eq!(sealed.iv.len(), 12);
        assert!(!String::from_utf8_lossy(&sealed.ct).contains("private"));
        assert_eq!(vault.open(&sealed).await.unwrap(), "private words ✿");
        let again = vault.seal("private words ✿").await.unwrap();
        assert_ne!(again.iv, sealed.iv, "every record gets a fresh IV");

        let other = Vault::derive("quiet river evening", &salt, 1_000)
            .await
            .unwrap();
        let check = vault.seal(CHECK_PLAINTEXT).await.unwrap();
        assert!(other.open(&check).await.is_err());
        let mut tampered = sealed.clone();
        tampered.ct[0] ^= 1;
        assert!(vault.open(&tampered).await.is_err());
    }

    #[wasm_bindgen_test]
    async fn the_lock_key_can_never_be_exported_so_its_bytes_live_only_inside_webcrypto() {
        let salt = Vault::new_salt().unwrap();
        let vault = Vault::derive("quiet river morning", &salt, 1_000)
            .await
            .unwrap();
        assert!(!vault.can_be_exported());
    }
}
