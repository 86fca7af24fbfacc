//! The journal, newest first, grouped by day.
use leptos::prelude::*;

use crate::domain::calendar::time::day_heading;
use crate::domain::journal::entry::count_entries;
use crate::domain::language::number;
use crate::domain::language::say::journal as say;
use crate::domain::DayGroup;
use crate::storage::browser;
use crate::ui::journal::entry_card::EntryCard;
use crate::ui::journal::journal_filters::JournalFilters;
use crate::ui::state::JournalState;

/// Filters, then one section per day, then "Show older entries" when there are more.
#[component]
pub fn EntryList() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let page = Memo::new(move |_| {
        let limit = state.page_limit.get();
        state
            .journal
            .with(|journal| state.query.with(|query| journal.page(query, limit)))
    });
    // A memo, so the list is rebuilt only when the journal becomes empty or not.
    let is_empty = Memo::new(move |_| state.journal.with(|j| j.is_empty()));
    let today = browser::now().local_date();

    let summary = move || {
        let page = page.get();
        let filtering = state.query.with(|q| q != &Default::default());
        let mut line = match (page.total_matches, filtering) {
            (0, true) => say::nothing_matches().to_string(),
            (0, false) => String::new(),
            (1, _) => count_entries(1),
            (n, _) if page.has_more() => say::showing_newest(number(page.shown), number(n)),
            (n, _) => count_entries(n),
        };
        // While a long journal's older entries are read, counts and searches still grow.
        if state.opening.get() {
            line.push_str(match line.chars().last() {
                None => "",
                Some('.') => " ",
                Some(_) => ". ",
            });
            line.push_str(say::opening_older());
        }
        line
    };

    view! {
        <section class="entries" aria-labelledby="entries-heading">
            <h2 id="entries-heading" tabindex="-1">{say::your_entries()}</h2>
            {move || {
                if is_empty.get() {
                    return view! {
                        <p class="empty-state">
                            {say::nothing_yet()}
                        </p>
                    }
                    .into_any();
                }
                view! {
                <JournalFilters/>
                <p class="list-summary" aria-live="polite">{summary}</p>
                <For
                    each=move || page.get().days
                    key=day_key
                    children=move |day: DayGroup| {
                        let heading = day_heading(day.date, today);
                        let heading_id = format!("day-{}", day.date);
                        let labelled_by = heading_id.clone();
                        view! {
                            <section class="day" aria-labelledby=labelled_by>
                                <h3 class="day-heading" id=heading_id>
                                    <time datetime=day.date.to_string()>{heading.clone()}</time>
                                </h3>
                                <ol class="day-entries" role="list">
                                    {day
                                        .entries
                                        .into_iter()
                                        .map(|entry| view! { <EntryCard entry=entry/> })
                                        .collect_view()}
                                </ol>
                            </section>
                        }
                    }
                />
                {move || {
                    page.with(|p| p.has_more())
                        .then(|| {
                            view! {
                                <button type="button" class="button show-more" on:click=move |_| state.show_more()>
                                    {say::show_older()}
                                </button>
                            }
                        })
                }}
                }
                .into_any()
            }}
        </section>
    }
}

/// A day re-renders only when one of its entries is added, removed or changed.
fn day_key(day: &DayGroup) -> String {
    let mut key = day.date.to_string();
    for entry in &day.entries {
        key.push_str(&format!("|{}@{}", entry.id, entry.revision));
    }
    key
}
