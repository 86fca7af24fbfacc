//! The session summary page (`/summary`): sessions, consent, the live preview and the ways
//! to get it out. Everything shown in the preview comes from `domain::summary::build`.
mod agenda_panel;
mod calendar_export;
mod consent_draw;
mod consent_list;
mod goals_consent;
mod homework_consent;
mod outcomes_panel;
mod sessions_panel;
mod sheet_dom;
mod summary_actions;
mod summary_chart;
mod summary_data;
mod summary_page;
mod summary_preview;

pub use summary_page::SummaryPage;
