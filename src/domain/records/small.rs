//! The five small whole records (sessions, summary choices, prompt choices, homework, goals): their
//! keys and codecs. Each is `{"v":2,"<name>":…}`, written whole on every change, and checked
//! by its decoder so that nothing the app could not have written is ever read as valid.
use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::error::StorageError;
use super::format::{damaged, decode_versioned, FORMAT_VERSION};
use crate::domain::goals::{Goal, Goals};
use crate::domain::homework::{Homework, HomeworkList};
use crate::domain::language::say::records as say;
use crate::domain::prompts::choice::PromptPrefs;
use crate::domain::sessions::session::{CalendarSettings, Cancelled, Session, SessionId, Sessions};
use crate::domain::sessions::summary::SummaryChoices;
use crate::domain::EntryId;

pub use super::keys::{GOALS_KEY, HOMEWORK_KEY, PROMPTS_KEY, SESSIONS_KEY, SUMMARY_KEY};
use crate::domain::language::record::decode_language;
pub use crate::domain::language::record::LANGUAGE_KEY;

/// Each holds the person's own words or plans, so each is sealed like the draft while the
/// lock is on.
pub const PERSONAL_RECORD_KEYS: [&str; 5] = [
    SESSIONS_KEY,
    SUMMARY_KEY,
    PROMPTS_KEY,
    HOMEWORK_KEY,
    GOALS_KEY,
];

/// What each small personal record holds, for the import preview.
pub fn record_label(key: &str) -> &'static str {
    match key {
        SESSIONS_KEY => say::your_session_dates(),
        SUMMARY_KEY => say::your_summary_choices(),
        PROMPTS_KEY => say::your_prompt_choices(),
        HOMEWORK_KEY => say::your_homework(),
        GOALS_KEY => say::your_goals(),
        LANGUAGE_KEY => crate::domain::language::say::language::language_record_label(),
        _ => say::a_record(),
    }
}

/// Checks a small personal record with its own decoder, so a backup cannot bring in one the
/// app could not read.
pub fn personal_record_is_readable(key: &str, raw: &str) -> bool {
    match key {
        SESSIONS_KEY => decode_sessions(raw).is_ok(),
        SUMMARY_KEY => decode_summary(raw).is_ok(),
        PROMPTS_KEY => decode_prompt_prefs(raw).is_ok(),
        HOMEWORK_KEY => decode_homework_list(raw).is_ok(),
        GOALS_KEY => decode_goals(raw).is_ok(),
        LANGUAGE_KEY => decode_language(raw).is_some(),
        _ => false,
    }
}

// Session dates and how raised concerns went.
#[derive(Serialize)]
struct SessionsRecordOut<'a> {
    v: u32,
    sessions: &'a [Session],
    #[serde(skip_serializing_if = "<[Cancelled]>::is_empty")]
    cancelled: &'a [Cancelled],
    #[serde(skip_serializing_if = "is_default_calendar")]
    calendar: &'a CalendarSettings,
}

fn is_default_calendar(settings: &&CalendarSettings) -> bool {
    **settings == CalendarSettings::default()
}

#[derive(Deserialize)]
struct SessionsRecordIn {
    sessions: Vec<Session>,
    #[serde(default)]
    cancelled: Vec<Cancelled>,
    #[serde(default)]
    calendar: CalendarSettings,
}

/// `{"v":3,"sessions":[...],"cancelled":[...],"calendar":{...}}` (the last two only when set).
pub fn encode_sessions(sessions: &Sessions) -> String {
    serde_json::to_string(&SessionsRecordOut {
        v: FORMAT_VERSION,
        sessions: sessions.all(),
        cancelled: &sessions.cancelled,
        calendar: &sessions.calendar,
    })
    .expect("sessions always serialise")
}

/// Reads the sessions record. Damaged or newer records are reported, never guessed at.
pub fn decode_sessions(raw: &str) -> Result<Sessions, StorageError> {
    let record = decode_versioned::<SessionsRecordIn>(SESSIONS_KEY, raw)?;
    let mut ids = BTreeSet::new();
    for session in &record.sessions {
        let ids_ok = SessionId::is_well_formed(session.id.as_str())
            && session
                .outcomes
                .keys()
                .all(|e| EntryId::is_well_formed(e.as_str()));
        if !ids_ok {
            return Err(damaged(SESSIONS_KEY, "it holds a malformed id"));
        }
        if !ids.insert(&session.id) {
            return Err(damaged(SESSIONS_KEY, "it holds the same session twice"));
        }
        if session.time.is_some_and(|t| t >= 24 * 60) {
            return Err(damaged(SESSIONS_KEY, "a session time is not a time of day"));
        }
    }
    let cancelled_ok = record
        .cancelled
        .iter()
        .all(|c| SessionId::is_well_formed(c.id.as_str()) && c.time.is_none_or(|t| t < 24 * 60));
    if !cancelled_ok || record.calendar.evening_hour > 23 {
        return Err(damaged(SESSIONS_KEY, "its calendar part is malformed"));
    }
    let mut sessions = Sessions::from_list(record.sessions);
    sessions.cancelled = record.cancelled;
    sessions.calendar = record.calendar;
    Ok(sessions)
}

// The summary choices: scope, consent, titles.
#[derive(Serialize)]
struct SummaryRecordOut<'a> {
    v: u32,
    summary: &'a SummaryChoices,
}

#[derive(Deserialize)]
struct SummaryRecordIn {
    summary: SummaryChoices,
}

/// `{"v":2,"summary":{...}}`
pub fn encode_summary(choices: &SummaryChoices) -> String {
    serde_json::to_string(&SummaryRecordOut {
        v: FORMAT_VERSION,
        summary: choices,
    })
    .expect("summary choices always serialise")
}

/// Reads the remembered choices. Damaged or newer records are reported, never guessed at.
pub fn decode_summary(raw: &str) -> Result<SummaryChoices, StorageError> {
    let choices = decode_versioned::<SummaryRecordIn>(SUMMARY_KEY, raw)?.summary;
    if choices.scope.from > choices.scope.to {
        return Err(damaged(SUMMARY_KEY, "its dates run backwards"));
    }
    let ids_ok = choices
        .consent
        .keys()
        .chain(choices.topic_titles.keys())
        .map(EntryId::as_str)
        .chain(choices.homework.keys().map(String::as_str))
        .chain(choices.goals.keys().map(String::as_str))
        .all(EntryId::is_well_formed);
    if !ids_ok {
        return Err(damaged(SUMMARY_KEY, "it holds a malformed id"));
    }
    if !choices.agenda.is_well_formed() {
        return Err(damaged(SUMMARY_KEY, "its agenda is not one Between writes"));
    }
    Ok(choices)
}

// Prompt choices and the person's own prompts.
#[derive(Serialize)]
struct PromptsRecordOut<'a> {
    v: u32,
    prompts: &'a PromptPrefs,
}

#[derive(Deserialize)]
struct PromptsRecordIn {
    prompts: PromptPrefs,
}

/// `{"v":2,"prompts":{…}}`, stored under `PROMPTS_KEY`.
pub fn encode_prompt_prefs(prefs: &PromptPrefs) -> String {
    serde_json::to_string(&PromptsRecordOut {
        v: FORMAT_VERSION,
        prompts: prefs,
    })
    .expect("prompt preferences always serialise")
}

/// Reads the `PROMPTS_KEY` record. A newer record is reported, never overwritten; a damaged
/// one is reported so the caller can set it aside and start from the defaults.
pub fn decode_prompt_prefs(raw: &str) -> Result<PromptPrefs, StorageError> {
    decode_versioned::<PromptsRecordIn>(PROMPTS_KEY, raw).map(|r| r.prompts)
}

// Accepted homework.
#[derive(Serialize)]
struct HomeworkRecordOut<'a> {
    v: u32,
    homework: &'a [Homework],
}

/// The stored record for `HOMEWORK_KEY`.
pub fn encode_homework_list(list: &HomeworkList) -> String {
    serde_json::to_string(&HomeworkRecordOut {
        v: FORMAT_VERSION,
        homework: list.all(),
    })
    .expect("homework always serialises")
}

/// Reads the `HOMEWORK_KEY` record. Anything unexpected is `Damaged` and the record is left
/// alone; a record from a newer Between is `NewerVersion`.
pub fn decode_homework_list(raw: &str) -> Result<HomeworkList, StorageError> {
    let list = decode_versioned::<HomeworkList>(HOMEWORK_KEY, raw)?;
    for (i, homework) in list.all().iter().enumerate() {
        if !Homework::is_well_formed_id(&homework.id)
            || list.all()[..i].iter().any(|h| h.id == homework.id)
        {
            return Err(damaged(
                HOMEWORK_KEY,
                "a homework id is malformed or repeated",
            ));
        }
        homework
            .assignment
            .validate()
            .map_err(|e| damaged(HOMEWORK_KEY, e))?;
        if !homework.review.is_well_formed() {
            return Err(damaged(HOMEWORK_KEY, "a homework review is too long"));
        }
    }
    Ok(list)
}

// Goals for therapy.
#[derive(Serialize)]
struct GoalsRecordOut<'a> {
    v: u32,
    goals: &'a [Goal],
}

#[derive(Deserialize)]
struct GoalsRecordIn {
    goals: Vec<Goal>,
}

/// `{"v":3,"goals":[…]}`, stored under `GOALS_KEY`.
pub fn encode_goals(goals: &Goals) -> String {
    serde_json::to_string(&GoalsRecordOut {
        v: FORMAT_VERSION,
        goals: goals.all(),
    })
    .expect("goals always serialise")
}

/// Reads the `GOALS_KEY` record. Anything the app could not have written is `Damaged` and
/// left alone; a record from a newer Between is `NewerVersion`.
pub fn decode_goals(raw: &str) -> Result<Goals, StorageError> {
    let goals = Goals::from_list(decode_versioned::<GoalsRecordIn>(GOALS_KEY, raw)?.goals);
    if !goals.is_well_formed() {
        return Err(damaged(
            GOALS_KEY,
            "it holds a goal Between would not write",
        ));
    }
    Ok(goals)
}
