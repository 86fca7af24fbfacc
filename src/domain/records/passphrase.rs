//! The rules for a new passphrase, shared by encrypted backups and the lock.
use thiserror::Error;

use crate::domain::language::say::records as say;

/// Shortest passphrase we accept.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PassphraseError {
    #[error("{}", say::passphrase_too_short())]
    TooShort,
    #[error("{}", say::passphrases_differ())]
    Mismatch,
}

/// Checks a new passphrase and its confirmation.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), PassphraseError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseError::TooShort)
    } else if passphrase != again {
        Err(PassphraseError::Mismatch)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_mismatched_passphrases_are_refused_kindly() {
        assert_eq!(
            check_new_passphrase("seven77", "seven77"),
            Err(PassphraseError::TooShort)
        );
        assert_eq!(
            check_new_passphrase("quiet river", "quiet rivet"),
            Err(PassphraseError::Mismatch)
        );
        assert_eq!(check_new_passphrase("quiet river", "quiet river"), Ok(()));
        // Characters, not bytes: eight accented letters are enough.
        assert_eq!(check_new_passphrase("éééééééé", "éééééééé"), Ok(()));
        assert!(PassphraseError::TooShort
            .to_string()
            .contains(&MIN_PASSPHRASE_CHARS.to_string()));
    }
}
