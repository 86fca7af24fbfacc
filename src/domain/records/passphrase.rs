//! The rules for a new passphrase, shared by encrypted backups and the lock.
use thiserror::Error;

/// Shortest passphrase we accept.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PassphraseError {
    #[error(
        "Please choose a passphrase of at least 8 characters. A few unrelated words work well."
    )]
    TooShort,
    #[error("The two passphrases are not the same yet. Could you type them again?")]
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
