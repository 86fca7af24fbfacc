//! Therapy sessions and the summary a person brings to the next one: session dates and how
//! raised concerns went, the consent ladder and summary builder, its text and weekly chart.
pub mod agenda;
pub mod chart;
pub mod consent;
pub mod ics;
pub mod items;
pub mod session;
pub mod summary;
pub mod summary_goals;
pub mod summary_homework;
pub mod summary_text;
