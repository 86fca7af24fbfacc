//! The lock's key, held in memory only, sealing and opening single records. The key is not
//! extractable: not even this code can read its bytes, so they can never be written anywhere.
use js_sys::Uint8Array;
use web_sys::CryptoKey;

use super::crypto::{self, CryptoError};
use crate::domain::records::lock::SealedBlob;
use crate::domain::records::pack;

/// An AES-256-GCM key derived from the passphrase. Never in local storage; dropped when the app locks.
#[derive(Clone)]
pub struct Vault {
    key: CryptoKey,
}

impl Vault {
    /// Derives the key (PBKDF2-HMAC-SHA256, `iterations`) for sealing and opening.
    pub async fn derive(
        passphrase: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Result<Self, CryptoError> {
        let crypto = crypto::crypto()?;
        let subtle = crypto::subtle(&crypto)?;
        let key = crypto::derive_key(
            &subtle,
            passphrase,
            salt,
            iterations,
            &["encrypt", "decrypt"],
            false,
        )
        .await?;
        Ok(Self { key })
    }

    /// Whether WebCrypto would hand out the key's bytes: never, so they cannot be stored.
    pub fn can_be_exported(&self) -> bool {
        self.key.extractable()
    }

    /// Seals a record's text, packed first (see `records::pack`), with a fresh random IV.
    pub async fn seal(&self, plaintext: &str) -> Result<SealedBlob, CryptoError> {
        let mut blob = self.seal_bytes(&pack::pack(plaintext)).await?;
        blob.packed = true;
        Ok(blob)
    }

    /// Seals the lock's check value as it is, so the lock record reads in every version.
    pub async fn seal_check(&self, plaintext: &str) -> Result<SealedBlob, CryptoError> {
        self.seal_bytes(plaintext.as_bytes()).await
    }

    async fn seal_bytes(&self, plaintext: &[u8]) -> Result<SealedBlob, CryptoError> {
        let crypto = crypto::crypto()?;
        let subtle = crypto::subtle(&crypto)?;
        let iv = crypto::random_bytes(&crypto, crate::domain::records::encrypted_backup::IV_BYTES)?;
        let ciphertext = crypto::resolve(subtle.encrypt_with_object_and_u8_array(
            &crypto::gcm_params(&iv),
            &self.key,
            plaintext,
        ))
        .await
        .map_err(|e| crypto::unavailable("encrypt", &e))?;
        Ok(SealedBlob {
            iv,
            ct: Uint8Array::new(&ciphertext).to_vec(),
            packed: false,
        })
    }

    /// Opens a sealed blob. A wrong key and altered bytes both give `WrongPassphrase`.
    pub async fn open(&self, blob: &SealedBlob) -> Result<String, CryptoError> {
        self.begin_open(blob).await
    }

    /// Starts opening `blob` at once and returns what finishes it: WebCrypto works on all
    /// that were started together, so thousands of records open far sooner than one by one.
    pub fn begin_open(
        &self,
        blob: &SealedBlob,
    ) -> impl std::future::Future<Output = Result<String, CryptoError>> {
        let started = crypto::crypto().and_then(|crypto| {
            let subtle = crypto::subtle(&crypto)?;
            subtle
                .decrypt_with_object_and_u8_array(
                    &crypto::gcm_params(&blob.iv),
                    &self.key,
                    &blob.ct,
                )
                .map_err(|_| CryptoError::WrongPassphrase)
        });
        let packed = blob.packed;
        async move {
            let plaintext = wasm_bindgen_futures::JsFuture::from(started?)
                .await
                .map_err(|_| CryptoError::WrongPassphrase)?;
            let bytes = Uint8Array::new(&plaintext).to_vec();
            let text = match packed {
                true => pack::unpack(&bytes),
                false => String::from_utf8(bytes).ok(),
            };
            text.ok_or(CryptoError::WrongPassphrase)
        }
    }

    /// A fresh random salt for a new lock.
    pub fn new_salt() -> Result<Vec<u8>, CryptoError> {
        crypto::random_bytes(
            &crypto::crypto()?,
            crate::domain::records::encrypted_backup::SALT_BYTES,
        )
    }
}
