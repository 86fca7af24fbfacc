//! One entry in the list, with its edit and delete actions.
use leptos::prelude::*;

use crate::domain::exchange::source_mark::source_mark;
use crate::domain::language::say::journal as say;
use crate::domain::Entry;
use crate::ui::goals::EntryGoals;
use crate::ui::journal::entry_details::EntryDetailsList;
use crate::ui::journal::entry_editor::EntryEditor;
use crate::ui::journal::kind_badge::KindBadge;
use crate::ui::shell::focus::edit_button_id;
use crate::ui::state::JournalState;

/// Shows the entry as text (never HTML), or its editor while it is being edited.
#[component]
pub fn EntryCard(entry: Entry) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let id = entry.id.clone();
    // A memo, so a card redraws only when its own editing state flips.
    let is_editing = {
        let id = id.clone();
        Memo::new(move |_| state.editing.with(|e| e.as_ref() == Some(&id)))
    };
    let stored = StoredValue::new(entry);

    view! {
        <li class=move || format!("entry entry--{}", stored.with_value(|e| e.kind.slug()))
            id=format!("entry-{id}")>
            {move || {
                if is_editing.get() {
                    view! { <EntryEditor entry=stored.get_value()/> }.into_any()
                } else {
                    view! { <EntryView entry=stored.get_value()/> }.into_any()
                }
            }}
        </li>
    }
}

/// The entry as written.
#[component]
fn EntryView(entry: Entry) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let time = entry.created_at.time_of_day();
    let kind_label = entry.kind.label().to_lowercase();
    let edited = entry.revision > 1;
    let came_from = source_mark(&entry);
    let (edit_id, delete_id) = (entry.id.clone(), entry.id.clone());
    view! {
        <article class="entry-body">
            <header class="entry-meta">
                <KindBadge kind=entry.kind/>
                {entry.priority.then(|| view! { <span class="priority-badge">{say::priority()}</span> })}
                <time datetime=entry.created_at.to_rfc3339()>{time.clone()}</time>
                {edited.then(|| view! { <span class="edited">{say::edited()}</span> })}
                {came_from.map(|from| view! { <span class="source-mark">{from}</span> })}
            </header>
            {entry
                .prompt
                .clone()
                .map(|prompt| {
                    view! {
                        <p class="entry-prompt">
                            <span class="visually-hidden">{say::prompt_answered()}</span>
                            {prompt}
                        </p>
                    }
                })}
            {entry.details.clone().map(|details| view! { <EntryDetailsList details=details/> })}
            {(!entry.text.is_empty()).then(|| view! { <p class="entry-text">{entry.text.clone()}</p> })}
            {(!entry.tags.is_empty())
                .then(|| {
                    view! {
                        <ul class="tags" role="list" aria-label=say::tags()>
                            {entry
                                .tags
                                .iter()
                                .map(|tag| view! { <li class="tag">{format!("#{tag}")}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
            <EntryGoals id=entry.id.clone() kind=entry.kind/>
            <div class="entry-actions">
                <button
                    type="button"
                    class="button button--quiet"
                    id=edit_button_id(&entry.id)
                    on:click=move |_| state.editing.set(Some(edit_id.clone()))
                >
                    {say::edit()}
                    <span class="visually-hidden">{say::entry_at(&kind_label, &time)}</span>
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=move |_| state.delete(&delete_id)
                >
                    {say::delete()}
                    <span class="visually-hidden">{say::entry_at(&kind_label, &time)}</span>
                </button>
            </div>
        </article>
    }
}
