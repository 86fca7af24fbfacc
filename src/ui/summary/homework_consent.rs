//! Homework in the summary: offered when its days fall within the summary's dates, left out
//! unless the person includes it, with the same three choices as entries.
use leptos::prelude::*;

use super::summary_data::SummaryData;
use crate::domain::homework::{ReviewPart, MAX_REVIEW_CHARS};
use crate::domain::language::say::summary as say;
use crate::domain::sessions::summary::{Consent, SummaryChoices};
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
                    view! {
                        <IdConsentChoice data=data id=id.clone() legend=say::homework_legend(&title)
                            of=SummaryChoices::homework_consent set=SummaryChoices::set_homework/>
                        <HomeworkReviewFields data=data id=id.clone() title=title.clone()/>
                    }
                })
                .collect_view();
            view! {
                <section class="card" aria-labelledby="homework-consent-heading">
                    <h2 id="homework-consent-heading">{say::homework_heading()}</h2>
                    <p class="field-help">{say::homework_help()}</p>
                    {choices}
                </section>
            }
        })
    }
}

/// Leave out, topic only or full for one homework or goal, named by its id. Taking plain
/// functions keeps one copy of this view in the bundle for both.
#[component]
pub(super) fn IdConsentChoice(
    data: SummaryData,
    id: String,
    legend: String,
    of: fn(&SummaryChoices, &str) -> Consent,
    set: fn(&mut SummaryChoices, &str, Consent),
) -> impl IntoView {
    let name = format!("consent-of-{id}");
    let radios = Consent::ALL
        .into_iter()
        .map(|consent| {
            let (shown, chosen) = (id.clone(), id.clone());
            view! {
                <label class="choice">
                    <input type="radio" name=name.clone()
                        prop:checked=move || data.choices.with(|c| of(c, &shown) == consent)
                        on:change=move |_| data.choose(|c| set(c, &chosen, consent))/>
                    " "
                    {consent.label()}
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choice-group consent-choice">
            <legend>{legend}</legend>
            <div class="choices">{radios}</div>
        </fieldset>
    }
}

/// "What I tried", "What worked", "What was hard": the person's words, kept with the homework.
#[component]
fn HomeworkReviewFields(data: SummaryData, id: String, title: String) -> impl IntoView {
    let fields = ReviewPart::ALL
        .into_iter()
        .map(|part| {
            let field_id = format!("review-{}-{id}", part.slug());
            let (shown, typed) = (id.clone(), id.clone());
            view! {
                <div class="field">
                    <label class="field-label" for=field_id.clone()>{part.label()}</label>
                    <textarea id=field_id rows="2" maxlength=MAX_REVIEW_CHARS
                        prop:value=move || data.homework.value.with(|list| {
                            list.get(&shown).map(|h| h.review.get(part).to_string()).unwrap_or_default()
                        })
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            data.homework.update(|list| {
                                let _ = list.set_review(&typed, part, &text);
                            });
                        }></textarea>
                </div>
            }
        })
        .collect_view();
    let answered = data
        .homework
        .value
        .with_untracked(|list| list.get(&id).is_some_and(|h| !h.review.is_empty()));
    view! {
        <details class="homework-review" open=answered>
            <summary>{say::my_review_of(title)}</summary>
            {fields}
        </details>
    }
}
