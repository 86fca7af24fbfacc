//! Search, kind and tag filters for the list.
use leptos::prelude::*;

use crate::domain::language::say::journal as say;
use crate::domain::EntryKind;
use crate::ui::state::{JournalState, PAGE_SIZE};

/// Narrows the list; every control has a visible label.
#[component]
pub fn JournalFilters() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let query = state.query;
    let tags = Memo::new(move |_| state.journal.with(|j| j.tags()));
    let change = move |edit: Box<dyn FnOnce(&mut crate::domain::Query)>| {
        query.update(edit);
        state.page_limit.set(PAGE_SIZE);
    };

    view! {
        <div class="filters" role="search" aria-label=say::search_and_filter()>
            <div class="filter">
                <label for="search-entries">{say::search()}</label>
                <input
                    id="search-entries"
                    type="search"
                    autocomplete="off"
                    prop:value=move || query.with(|q| q.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        change(Box::new(move |q| q.text = text));
                    }
                />
            </div>
            <div class="filter">
                <label for="filter-kind">{say::show()}</label>
                <select
                    id="filter-kind"
                    on:change=move |ev| {
                        let kind = EntryKind::from_slug(&event_target_value(&ev));
                        change(Box::new(move |q| q.kind = kind));
                    }
                >
                    <option value="" selected=move || query.with(|q| q.kind.is_none())>
                        {say::everything()}
                    </option>
                    {EntryKind::ALL
                        .into_iter()
                        .map(|kind| {
                            view! {
                                <option
                                    value=kind.slug()
                                    selected=move || query.with(|q| q.kind == Some(kind))
                                >
                                    {kind.plural()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {move || (tags.with(|t| !t.is_empty())).then(|| view! {
                <div class="filter">
                    <label for="filter-tag">{say::tag()}</label>
                    <select
                        id="filter-tag"
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            let tag = (!value.is_empty()).then_some(value);
                            change(Box::new(move |q| q.tag = tag));
                        }
                    >
                        <option value="">{say::any_tag()}</option>
                        {move || {
                            tags.get()
                                .into_iter()
                                .map(|tag| {
                                    let selected = {
                                        let tag = tag.clone();
                                        move || query.with(|q| q.tag.as_deref() == Some(tag.as_str()))
                                    };
                                    view! {
                                        <option value=tag.clone() selected=selected>
                                            {format!("#{tag}")}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                        })}
        </div>
    }
}
