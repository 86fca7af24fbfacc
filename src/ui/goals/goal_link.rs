//! Linking a small win or reflection to a goal: a picker in the composer, and on each
//! entry the goals it belongs to with a way to link or unlink it.
use leptos::prelude::*;

use crate::domain::goals::can_link;
use crate::domain::language::say::goals as say;
use crate::domain::{EntryId, EntryKind};
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

/// "Link to a goal (optional)" for the entry being written; `chosen` holds a goal id or "".
#[component]
pub fn GoalPicker(kind: Memo<EntryKind>, chosen: RwSignal<String>) -> impl IntoView {
    let goals = records().goals;
    let options = Memo::new(move |_| {
        goals.value.with(|g| {
            g.linkable()
                .map(|g| (g.id.clone(), g.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    move || {
        (can_link(kind.get()) && options.with(|o| !o.is_empty())).then(|| {
            view! {
                <label for="entry-goal" class="field-label">
                    {say::link_to_a_goal()} <span class="optional">{say::optional()}</span>
                </label>
                <select id="entry-goal" prop:value=move || chosen.get()
                    on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{say::no_goal()}</option>
                    {options.get().into_iter().map(|(id, title)| view! {
                        <option value=id>{title}</option>
                    }).collect_view()}
                </select>
            }
        })
    }
}

/// On a win or reflection: the goals it is linked to, each with "Unlink", and a picker to
/// link it to another. Nothing at all while the person has no goals.
#[component]
pub fn EntryGoals(id: EntryId, kind: EntryKind) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let goals = records().goals;
    let entry = StoredValue::new(id);
    let rows = Memo::new(move |_| {
        goals.value.with(|g| {
            entry.with_value(|e| {
                g.linkable()
                    .map(|goal| (goal.id.clone(), goal.title.clone(), goal.linked.contains(e)))
                    .collect::<Vec<_>>()
            })
        })
    });
    let picked = RwSignal::new(String::new());
    let link = move |goal: String, on: bool| {
        let title = rows.with_untracked(|r| {
            r.iter()
                .find(|(id, ..)| *id == goal)
                .map(|(_, t, _)| t.clone())
        });
        goals.update(|g| {
            let _ = entry.with_value(|e| {
                if on {
                    g.link(&goal, e)
                } else {
                    g.unlink(&goal, e)
                }
            });
        });
        if let Some(title) = title {
            state.status.set(if on {
                say::linked_to(&title)
            } else {
                say::no_longer_linked(&title)
            });
        }
    };
    move || {
        (can_link(kind) && rows.with(|r| !r.is_empty())).then(|| {
            let select_id = entry.with_value(|e| format!("goal-for-{e}"));
            let linked = rows
                .get()
                .into_iter()
                .filter(|(.., on)| *on)
                .map(|(goal, title, _)| {
                    let label = say::unlink_from(&title);
                    view! {
                        <li class="entry-goal">
                            <span>{say::goal_named(&title)}</span>
                            <button type="button" class="button button--quiet" aria-label=label
                                on:click=move |_| link(goal.clone(), false)>{say::unlink()}</button>
                        </li>
                    }
                })
                .collect_view();
            let open: Vec<(String, String)> = rows
                .get()
                .into_iter()
                .filter(|(.., on)| !*on)
                .map(|(goal, title, _)| (goal, title))
                .collect();
            view! {
                <ul class="entry-goals" role="list">{linked}</ul>
                {(!open.is_empty()).then(|| view! {
                    <div class="entry-goal-link">
                        <label class="visually-hidden" for=select_id.clone()>{say::goal_to_link()}</label>
                        <select id=select_id on:change=move |ev| picked.set(event_target_value(&ev))>
                            <option value="">{say::choose_a_goal()}</option>
                            {open.into_iter().map(|(goal, title)| view! {
                                <option value=goal>{title}</option>
                            }).collect_view()}
                        </select>
                        <button type="button" class="button button--quiet"
                            on:click=move |_| {
                                let goal = picked.get_untracked();
                                if !goal.is_empty() {
                                    picked.set(String::new());
                                    link(goal, true);
                                }
                            }>{say::link_to_goal()}</button>
                    </div>
                })}
            }
        })
    }
}
