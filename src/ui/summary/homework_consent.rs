//! Homework in the summary: offered when its days fall within the summary's dates, left out
//! unless the person includes it, with the same three choices as entries.
use leptos::prelude::*;

use super::summary_data::SummaryData;
use crate::domain::sessions::summary::Consent;
use crate::domain::sessions::summary_homework::homework_in_scope;

/// One choice per homework within the dates: leave out, topic only or full.
#[component]
pub fn HomeworkConsent(data: SummaryData) -> impl IntoView {
    let offered = Memo::new(move |_| {
        data.homework.value.with(|list| {
            data.choices.with(|c| {
                homework_in_scope(list, c.scope)
                    .into_iter()
                    .map(|h| (h.id.clone(), h.assignment.title.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    move || {
        let offered = offered.get();
        (!offered.is_empty()).then(|| {
            let choices = offered
                .into_iter()
                .map(|(id, title)| {
                    let radios = Consent::ALL
                        .into_iter()
                        .map(|consent| {
                            let (id, name) = (id.clone(), format!("homework-{id}"));
                            let checked = {
                                let id = id.clone();
                                move || data.choices.with(|c| c.homework_consent(&id) == consent)
                            };
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=name
                                        prop:checked=checked
                                        on:change=move |_| data.choose(|c| c.set_homework(&id, consent))
                                    />
                                    " "
                                    {consent.label()}
                                </label>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="choice-group consent-choice">
                            <legend>{format!("Homework: {title}")}</legend>
                            <div class="choices">{radios}</div>
                        </fieldset>
                    }
                })
                .collect_view();
            view! {
                <section class="card" aria-labelledby="homework-consent-heading">
                    <h2 id="homework-consent-heading">"Homework"</h2>
                    <p class="field-help">
                        "Homework you accepted, during these dates. It is left out unless you include it; topic only shares just its title."
                    </p>
                    {choices}
                </section>
            }
        })
    }
}
