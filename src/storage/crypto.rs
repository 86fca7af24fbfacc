//! Passphrase encryption for backups, through the browser's WebCrypto.
//!
//! Keys are derived inside WebCrypto as non-extractable keys and are never stored; each call
//! derives its own. The file layout lives in `domain::encrypted_backup`.
use js_sys::{Array, JsString, Promise, Uint8Array};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, Crypto, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::language::say::records as say;
use crate::domain::records::encrypted_backup::{
    decode_sealed, encode_sealed, Sealed, SealedError, IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES,
};

/// Why a backup could not be sealed or opened. Shown to the person as is.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CryptoError {
    #[error("{}", say::wrong_passphrase())]
    WrongPassphrase,
    #[error(transparent)]
    File(#[from] SealedError),
    /// `reason` is for diagnostics.
    #[error("{}", say::crypto_unavailable())]
    Unavailable { reason: String },
}

impl CryptoError {
    pub fn user_message(&self) -> String {
        self.to_string()
    }
}

/// Encrypts `plaintext` under `passphrase` with a fresh salt and IV; returns the file text.
pub async fn seal(passphrase: &str, plaintext: &str) -> Result<String, CryptoError> {
    let crypto = crypto()?;
    let subtle = subtle(&crypto)?;
    let salt = random_bytes(&crypto, SALT_BYTES)?;
    let iv = random_bytes(&crypto, IV_BYTES)?;
    let key = derive_key(
        &subtle,
        passphrase,
        &salt,
        PBKDF2_ITERATIONS,
        &["encrypt"],
        false,
    )
    .await?;
    let params = gcm_params(&iv);
    let ciphertext =
        resolve(subtle.encrypt_with_object_and_u8_array(&params, &key, plaintext.as_bytes()))
            .await
            .map_err(|e| unavailable("encrypt", &e))?;
    Ok(encode_sealed(&Sealed {
        salt,
        iv,
        iterations: PBKDF2_ITERATIONS,
        ciphertext: Uint8Array::new(&ciphertext).to_vec(),
    }))
}

/// Reads an encrypted backup file and returns the text it holds.
pub async fn open(passphrase: &str, file_text: &str) -> Result<String, CryptoError> {
    let sealed = decode_sealed(file_text)?;
    let crypto = crypto()?;
    let subtle = subtle(&crypto)?;
    let key = derive_key(
        &subtle,
        passphrase,
        &sealed.salt,
        sealed.iterations,
        &["decrypt"],
        false,
    )
    .await?;
    let params = gcm_params(&sealed.iv);
    let plaintext =
        resolve(subtle.decrypt_with_object_and_u8_array(&params, &key, &sealed.ciphertext))
            .await
            .map_err(|e| {
                // GCM rejects a wrong key and altered bytes alike, with an OperationError.
                if error_name(&e).as_deref() == Some("OperationError") {
                    CryptoError::WrongPassphrase
                } else {
                    unavailable("decrypt", &e)
                }
            })?;
    String::from_utf8(Uint8Array::new(&plaintext).to_vec()).map_err(|_| {
        CryptoError::File(SealedError::Damaged {
            reason: "the decrypted backup is not UTF-8 text".into(),
        })
    })
}

pub(super) fn crypto() -> Result<Crypto, CryptoError> {
    let window = web_sys::window().ok_or_else(|| CryptoError::Unavailable {
        reason: "there is no window".into(),
    })?;
    window
        .crypto()
        .map_err(|e| unavailable("window.crypto", &e))
}

pub(super) fn subtle(crypto: &Crypto) -> Result<SubtleCrypto, CryptoError> {
    // Outside a secure context `crypto.subtle` is undefined, though the binding says otherwise.
    let subtle = crypto.subtle();
    if subtle.is_undefined() || subtle.is_null() {
        return Err(CryptoError::Unavailable {
            reason: "crypto.subtle is missing (not a secure context?)".into(),
        });
    }
    Ok(subtle)
}

pub(super) fn random_bytes(crypto: &Crypto, len: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0; len];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|e| unavailable("getRandomValues", &e))?;
    Ok(bytes)
}

/// PBKDF2-HMAC-SHA256 straight into a non-extractable AES-256-GCM key for one `usage`.
pub(super) async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    usages: &[&str],
    extractable: bool,
) -> Result<CryptoKey, CryptoError> {
    // NFC, so the same passphrase typed on different keyboards gives the same bytes.
    let normalized = String::from(JsString::from(passphrase).normalize("NFC"));
    let raw = Uint8Array::from(normalized.as_bytes());
    let base = resolve(subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    ))
    .await
    .map_err(|e| unavailable("importKey", &e))?
    .unchecked_into::<CryptoKey>();
    let pbkdf2 =
        Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let key = resolve(
        subtle.derive_key_with_object_and_object(
            &pbkdf2,
            &base,
            &aes,
            extractable,
            &usages
                .iter()
                .map(|u| wasm_bindgen::JsValue::from(*u))
                .collect::<Array>(),
        ),
    )
    .await
    .map_err(|e| unavailable("deriveKey", &e))?;
    Ok(key.unchecked_into())
}

pub(super) fn gcm_params(iv: &[u8]) -> AesGcmParams {
    AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(iv))
}

/// Awaits a WebCrypto call that may throw synchronously or reject later.
pub(super) async fn resolve(call: Result<Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(call?).await
}

fn error_name(error: &JsValue) -> Option<String> {
    error.dyn_ref::<web_sys::DomException>().map(|e| e.name())
}

pub(super) fn unavailable(step: &str, error: &JsValue) -> CryptoError {
    let detail = match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => format!("{}: {}", e.name(), e.message()),
        // Not `{:?}`: that would bring wasm-bindgen's whole value printer into the app.
        None => error
            .as_string()
            .unwrap_or_else(|| "an unexpected error".into()),
    };
    CryptoError::Unavailable {
        reason: format!("{step} failed: {detail}"),
    }
}
