//! `/goals`: goals for therapy in the person's own words, with small steps. Retired goals
//! are kept out of the way; a removed goal can be brought back with Undo.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::goal_card::GoalCard;
use crate::domain::goals::{Goal, GoalStatus};
use crate::domain::language::say::goals as say;
use crate::storage::browser;
use crate::ui::shell::focus::focus_soon;
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

#[component]
pub fn GoalsPage() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let kept = records().goals;
    let removed = RwSignal::new(None::<(usize, Goal)>);
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let text = typed.get_untracked();
        let mut result = Ok(());
        kept.update(|g| result = g.add(browser::new_entry_id(browser::now()), &text));
        match result {
            Ok(()) => {
                typed.set(String::new());
                problem.set(None);
                state.status.set(say::added().into());
                let id = kept
                    .value
                    .with_untracked(|g| g.all().last().map(|g| g.id.clone()));
                if let Some(id) = id {
                    focus_soon(format!("step-new-{id}"));
                }
            }
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    let cards = move |retired: bool| {
        kept.value.with(|g| {
            g.all()
                .iter()
                .filter(|g| (g.status == GoalStatus::Retired) == retired)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let retired_count = move || cards(true).len();
    view! {
        <div class="page-intro">
            <h1>{say::my_goals()}</h1>
            <p class="lede">
                {say::lede()}
            </p>
        </div>
        {move || kept.problem.get().map(|p| view! {
            <p class="notice notice--problem" role="alert">{p.user_message()}</p>
        })}
        <section class="card" aria-labelledby="goal-add-heading">
            <h2 id="goal-add-heading">{say::add_a_goal()}</h2>
            <form class="goal-add" on:submit=add novalidate>
                <div class="field">
                    <label class="field-label" for="goal-new">{say::in_your_own_words()}</label>
                    <input id="goal-new" type="text" maxlength="120" aria-describedby="goal-new-help goal-new-problem"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))/>
                    <p id="goal-new-help" class="field-help">{say::for_example()}</p>
                </div>
                <button type="submit" class="button button--primary">{say::add_goal()}</button>
                <p id="goal-new-problem" class="field-error" role="alert">{move || problem.get()}</p>
            </form>
        </section>
        {move || removed.with(Option::is_some).then(|| view! {
            <div class="undo-bar">
                <p>{say::removed()}</p>
                <button type="button" class="button" id="goal-undo"
                    on:click=move |_| {
                        if let Some((at, goal)) = removed.get_untracked() {
                            let id = goal.id.clone();
                            kept.update(|g| g.restore(at, goal));
                            state.status.set(say::back().into());
                            focus_soon(format!("goal-{id}"));
                        }
                        removed.set(None);
                    }>{say::undo()}</button>
                <button type="button" class="button button--quiet" on:click=move |_| removed.set(None)>{say::dismiss()}</button>
            </div>
        })}
        <section class="goals-mine" aria-labelledby="goals-heading">
            <h2 id="goals-heading" tabindex="-1">{say::your_goals()}</h2>
            {move || cards(false).is_empty().then(|| view! {
                <p class="empty-state">{say::no_goals_yet()}</p>
            })}
            <ul class="goal-list" role="list">
                <For each=move || cards(false) key=|g| (g.id.clone(), g.revision)
                    children=move |goal| view! { <GoalCard goal=goal removed=removed/> }/>
            </ul>
            <details class="goals-retired" hidden=move || retired_count() == 0>
                <summary>{move || say::retired_goals(retired_count())}</summary>
                <ul class="goal-list" role="list">
                    <For each=move || cards(true) key=|g| (g.id.clone(), g.revision)
                        children=move |goal| view! { <GoalCard goal=goal removed=removed/> }/>
                </ul>
            </details>
        </section>
    }
}
