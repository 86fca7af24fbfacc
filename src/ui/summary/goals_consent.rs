//! Goals in the summary: every goal not retired, left out unless the person includes it,
//! with the same three choices as entries.
use leptos::prelude::*;

use super::homework_consent::IdConsentChoice;
use super::summary_data::SummaryData;
use crate::domain::language::say::summary as say;
use crate::domain::sessions::summary::SummaryChoices;
use crate::domain::sessions::summary_goals::goals_offered;

#[component]
pub fn GoalsConsent(data: SummaryData) -> impl IntoView {
    let offered = Memo::new(move |_| {
        data.goals.value.with(|goals| {
            goals_offered(goals)
                .map(|g| (g.id.clone(), g.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let offered = offered.get();
        (!offered.is_empty()).then(|| {
            let choices = offered
                .into_iter()
                .map(|(id, title)| {
                    view! {
                        <IdConsentChoice data=data id=id legend=say::goal_legend(title)
                            of=SummaryChoices::goal_consent set=SummaryChoices::set_goal/>
                    }
                })
                .collect_view();
            view! {
                <section class="card" aria-labelledby="goals-consent-heading">
                    <h2 id="goals-consent-heading">{say::goals_heading()}</h2>
                    <p class="field-help">{say::goals_help()}</p>
                    {choices}
                </section>
            }
        })
    }
}
