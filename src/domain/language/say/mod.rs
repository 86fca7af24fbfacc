//! The catalogue, one file per part of the app. Each file declares its messages with
//! `messages!` and its counted messages with `plurals!`.
use super::Message;

pub mod backup;
pub mod bring_in;
pub mod calendar;
pub mod checkin;
pub mod exchange;
pub mod goals;
pub mod homework;
pub mod journal;
pub mod language;
pub mod prompts;
pub mod records;
pub mod sessions;
pub mod shell;
pub mod summary;

/// Every message in the catalogue, for the checks that each exists in both languages with
/// the same placeholders.
pub fn all() -> Vec<&'static Message> {
    let parts: &[&[&'static [Message]]] = &[
        &[shell::MESSAGES, shell::PLURALS],
        &[journal::MESSAGES, journal::PLURALS],
        &[language::MESSAGES, language::PLURALS],
        &[calendar::MESSAGES, calendar::PLURALS],
        &[exchange::MESSAGES, exchange::PLURALS],
        &[bring_in::MESSAGES, bring_in::PLURALS],
        &[checkin::MESSAGES, checkin::PLURALS],
        &[prompts::MESSAGES, prompts::PLURALS],
        &[summary::MESSAGES, summary::PLURALS],
        &[sessions::MESSAGES, sessions::PLURALS],
        &[homework::MESSAGES, homework::PLURALS],
        &[goals::MESSAGES, goals::PLURALS],
        &[records::MESSAGES, records::PLURALS],
        &[backup::MESSAGES, backup::PLURALS],
    ];
    parts
        .iter()
        .flat_map(|p| p.iter())
        .flat_map(|list| list.iter())
        .collect()
}
