//! The short note that Between is not an emergency service, with the numbers to call.
use leptos::prelude::*;

use crate::domain::language::emergency::{country_of, Country, COUNTRIES};
use crate::domain::language::say::language as say;
use crate::storage::language::browser_languages;

/// Always at the foot of every page, and linked from the header. The browser's region (as in
/// "es-MX") picks the country shown first; every listed country is one click away.
#[component]
pub fn CrisisNote() -> impl IntoView {
    let here = browser_languages().iter().find_map(|tag| country_of(tag));
    view! {
        <footer id="crisis" class="crisis-note" tabindex="-1">
            <h2>{say::crisis_heading()}</h2>
            <p>{say::crisis_text()}</p>
            {match here {
                Some(country) => view! {
                    <p class="crisis-here"><strong>{country.name()}</strong> ": " {numbers(country)}</p>
                }
                .into_any(),
                None => view! { <p>{say::crisis_everywhere()}</p> }.into_any(),
            }}
            <details class="crisis-countries">
                <summary>{say::crisis_more()}</summary>
                <ul>
                    {COUNTRIES
                        .iter()
                        .map(|country| view! { <li><strong>{country.name()}</strong> ": " {numbers(country)}</li> })
                        .collect_view()}
                </ul>
                <p>{say::crisis_not_listed()}</p>
                <p class="field-help">{say::crisis_source()}</p>
            </details>
        </footer>
    }
}

/// "112 (emergencies) · 024 (suicide crisis line)", each number a link that dials it.
fn numbers(country: &'static Country) -> impl IntoView {
    country
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let dial = format!("tel:{}", line.number.replace(' ', ""));
            view! {
                {(i > 0).then_some(" · ")}
                <a href=dial>{line.number}</a>
                " (" {line.service()} ")"
            }
        })
        .collect_view()
}
