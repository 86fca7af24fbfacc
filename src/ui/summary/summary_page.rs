//! The page behind "Summary": sessions, choosing what to share, the preview and its actions.
use leptos::prelude::*;

use super::agenda_panel::AgendaPanel;
use super::consent_list::ConsentList;
use super::goals_consent::GoalsConsent;
use super::homework_consent::HomeworkConsent;
use super::sessions_panel::SessionsPanel;
use super::summary_actions::SummaryActions;
use super::summary_data::SummaryData;
use super::summary_preview::SummaryPreview;
use crate::domain::language::say::summary as say;

/// A consent-checked summary to bring to a session, built step by step down the page.
#[component]
pub fn SummaryPage() -> impl IntoView {
    let data = SummaryData::open();
    view! {
        <div class="page-intro summary-intro">
            <h1>{say::page_heading()}</h1>
            <p class="lede">{say::page_lede()}</p>
        </div>
        {move || data.problem().map(|message| view! {
            <div class="notice notice--problem" role="alert"><p>{message}</p></div>
        })}
        <div class="summary-layout">
            <div class="summary-controls">
                <SessionsPanel data=data/>
                <ConsentList data=data/>
                <AgendaPanel data=data/>
                <HomeworkConsent data=data/>
                <GoalsConsent data=data/>
            </div>
            <section class="summary-output" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{say::preview_heading()}</h2>
                <SummaryActions data=data/>
                <SummaryPreview data=data/>
            </section>
        </div>
    }
}
