//! How everything is stored: the record format with its versions and migrations, the small
//! records' codecs, the passphrase lock's sealed format, plain and encrypted backups, and the
//! storage problems a person can be told about. It depends on what it stores, never the reverse.
pub mod backup;
pub mod base64;
pub mod capacity;
pub mod dense;
pub mod encrypted_backup;
pub mod error;
pub mod format;
pub mod health;
pub mod json_fields;
pub mod keys;
pub mod lock;
pub mod pack;
pub mod passphrase;
pub mod small;
