//! A check-in's or feedback card's answers, as labelled lines of text.
use leptos::prelude::*;

use crate::domain::EntryDetails;

/// "How I feel: Heavy", "What helped: …", rendered as text, never HTML.
#[component]
pub fn EntryDetailsList(details: EntryDetails) -> impl IntoView {
    view! {
        <dl class="entry-details">
            {details
                .lines()
                .into_iter()
                .map(|(label, value)| view! { <div><dt>{label}</dt><dd>{value}</dd></div> })
                .collect_view()}
        </dl>
    }
}
