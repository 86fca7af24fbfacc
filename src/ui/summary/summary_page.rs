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

/// A consent-checked summary to bring to a session, built step by step down the page.
#[component]
pub fn SummaryPage() -> impl IntoView {
    let data = SummaryData::open();
    view! {
        <div class="page-intro summary-intro">
            <h1>"Session summary"</h1>
            <p class="lede">
                "Nothing is shared until you choose it. Pick what to bring to your next session, see exactly how it will look, then print it or copy it."
            </p>
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
                <h2 id="preview-heading">"Preview: exactly what will be shared"</h2>
                <SummaryActions data=data/>
                <SummaryPreview data=data/>
            </section>
        </div>
    }
}
