//! One goal: its title (editable), small steps with their state, pause or retire, the day it
//! was agreed with the therapist, and the wins and reflections linked to it. The card is
//! drawn again after each change, so each action puts focus back where the person was.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::calendar::time::Date;
use crate::domain::goals::{linked_entries, Goal, GoalError, GoalStatus, Goals, StepState};
use crate::domain::language::say::goals as say;
use crate::storage::browser;
use crate::ui::shell::focus::focus_soon;
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

/// One change to this goal, given the list and the goal's id.
type GoalChange = Box<dyn FnOnce(&mut Goals, &str) -> Result<(), GoalError>>;

#[component]
pub fn GoalCard(goal: Goal, removed: RwSignal<Option<(usize, Goal)>>) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let kept = records().goals;
    let id = StoredValue::new(goal.id.clone());
    let problem = RwSignal::new(None::<String>);
    // Applies one change, then says so and puts focus on `focus` (an element id).
    let act = move |change: GoalChange, said: String, focus: String| {
        let mut result = Ok(());
        kept.update(|g| result = id.with_value(|id| change(g, id)));
        match result {
            Ok(()) => {
                state.status.set(said);
                focus_soon(focus);
            }
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    let editing = RwSignal::new(false);
    let title_typed = RwSignal::new(goal.title.clone());
    let rename = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = title_typed.get_untracked();
        let gid = id.get_value();
        act(
            Box::new(move |g, id| g.rename(id, &typed)),
            say::renamed().into(),
            format!("goal-{gid}"),
        );
    };
    let step_typed = RwSignal::new(String::new());
    let add_step = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = step_typed.get_untracked();
        let gid = id.get_value();
        let step = browser::new_entry_id(browser::now());
        act(
            Box::new(move |g, id| g.add_step(id, step, &typed)),
            say::step_added().into(),
            format!("step-new-{gid}"),
        );
    };
    let gid = goal.id.clone();
    let title = goal.title.clone();
    let status = goal.status;
    let steps = goal.steps.clone().into_iter().map(|step| {
        let select_id = format!("step-state-{}", step.id);
        let (state_step, remove_step) = (step.id.clone(), step.id.clone());
        let text = step.text.clone();
        let remove_label = say::remove_step(&step.text);
        let focus_after = select_id.clone();
        view! {
            <li class="goal-step" class:goal-step--done=step.state == StepState::Done>
                <span class="goal-step-text">{step.text.clone()}</span>
                <label class="visually-hidden" for=select_id.clone()>{say::how_step_is_going(&text)}</label>
                <select id=select_id prop:value=format!("{}", StepState::ALL.iter().position(|s| *s == step.state).unwrap_or(0))
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|n| StepState::ALL.get(n).copied());
                        if let Some(chosen) = chosen {
                            let step = state_step.clone();
                            act(Box::new(move |g, id| g.set_step_state(id, &step, chosen)),
                                say::step_marked(chosen.label()), focus_after.clone());
                        }
                    }>
                    {StepState::ALL.iter().enumerate().map(|(n, s)| view! {
                        <option value=n.to_string() selected=*s == step.state>{s.label()}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="button button--quiet" aria-label=remove_label
                    on:click=move |_| {
                        let (step, gid) = (remove_step.clone(), id.get_value());
                        act(Box::new(move |g, id| g.remove_step(id, &step)), say::step_removed().into(), format!("step-new-{gid}"));
                    }>{say::remove()}</button>
            </li>
        }
    }).collect_view();
    let linked = state.journal.with_untracked(|journal| {
        linked_entries(&goal, journal)
            .into_iter()
            .map(|e| {
                let first = e
                    .text
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .trim()
                    .to_string();
                (
                    e.id.clone(),
                    format!("{} · {}", e.kind.label(), e.created_at.local_date().long()),
                    first,
                )
            })
            .collect::<Vec<_>>()
    });
    let linked_view = (!linked.is_empty()).then(|| {
        let items = linked.into_iter().map(|(entry, meta, first)| {
            let label = say::unlink_entry(&first);
            view! {
                <li class="goal-linked">
                    <span class="goal-linked-meta">{meta}</span>
                    <span class="goal-linked-text">{first}</span>
                    <button type="button" class="button button--quiet" aria-label=label
                        on:click=move |_| {
                            let (entry, gid) = (entry.clone(), id.get_value());
                            act(Box::new(move |g, id| g.unlink(id, &entry)), say::unlinked().into(), format!("goal-{gid}"));
                        }>{say::unlink()}</button>
                </li>
            }
        }).collect_view();
        view! {
            <h4>{say::linked_heading()}</h4>
            <ul class="goal-linked-list" role="list">{items}</ul>
        }
    });
    let agreed_value = goal.agreed_on.map(|d| d.to_string()).unwrap_or_default();
    let set_status = move |to: GoalStatus, said: &'static str| {
        let gid = id.get_value();
        act(
            Box::new(move |g, id| g.set_status(id, to)),
            said.into(),
            format!("goal-{gid}"),
        );
    };
    view! {
        <li class="card goal" class:goal--paused=status == GoalStatus::Paused>
            {move || if editing.get() {
                view! {
                    <form class="goal-rename" on:submit=rename novalidate>
                        <label class="field-label" for=format!("goal-title-{}", id.get_value())>{say::goal_label()}</label>
                        <input id=format!("goal-title-{}", id.get_value()) type="text" maxlength="120"
                            prop:value=move || title_typed.get()
                            on:input=move |ev| title_typed.set(event_target_value(&ev))/>
                        <button type="submit" class="button">{say::save()}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| editing.set(false)>{say::cancel()}</button>
                    </form>
                }.into_any()
            } else {
                let title = title.clone();
                view! {
                    <h3 id=format!("goal-{}", id.get_value()) tabindex="-1">{title}</h3>
                }.into_any()
            }}
            {(status != GoalStatus::Active).then(|| view! { <p class="goal-status">{status.label()}</p> })}
            <p class="field-error" role="alert">{move || problem.get()}</p>
            <ul class="goal-steps" role="list" aria-label=say::small_steps()>{steps}</ul>
            <form class="goal-step-add" on:submit=add_step novalidate>
                <label class="field-label" for=format!("step-new-{gid}")>{say::a_small_step()}</label>
                <input id=format!("step-new-{gid}") type="text" maxlength="160"
                    prop:value=move || step_typed.get()
                    on:input=move |ev| step_typed.set(event_target_value(&ev))/>
                <button type="submit" class="button">{say::add_step()}</button>
            </form>
            <div class="field goal-agreed">
                <label class="field-label" for=format!("goal-agreed-{gid}")>{say::agreed_on()} <span class="optional">{say::optional()}</span></label>
                <input id=format!("goal-agreed-{gid}") type="date" prop:value=agreed_value
                    on:change=move |ev| {
                        let day = Date::parse(&event_target_value(&ev));
                        let gid = id.get_value();
                        let said = if day.is_some() { say::marked_agreed() } else { say::no_longer_agreed() };
                        act(Box::new(move |g, id| g.set_agreed(id, day)), said.into(), format!("goal-agreed-{gid}"));
                    }/>
            </div>
            {linked_view}
            <div class="goal-actions">
                <button type="button" class="button button--quiet"
                    on:click=move |_| { title_typed.set(kept.value.with_untracked(|g| id.with_value(|id| g.get(id).map(|g| g.title.clone()).unwrap_or_default()))); editing.set(true); }>{say::edit()}</button>
                {match status {
                    GoalStatus::Active => view! {
                        <button type="button" class="button button--quiet" on:click=move |_| set_status(GoalStatus::Paused, say::paused())>{say::pause()}</button>
                        <button type="button" class="button button--quiet" on:click=move |_| set_status(GoalStatus::Retired, say::retired())>{say::retire()}</button>
                    }.into_any(),
                    _ => view! {
                        <button type="button" class="button button--quiet" on:click=move |_| set_status(GoalStatus::Active, say::active_again())>
                            {if status == GoalStatus::Paused { say::resume() } else { say::bring_back() }}
                        </button>
                    }.into_any(),
                }}
                <button type="button" class="button button--quiet"
                    on:click=move |_| {
                        let mut taken = None;
                        kept.update(|g| taken = id.with_value(|id| g.remove(id)));
                        if taken.is_some() {
                            removed.set(taken);
                            state.status.set(say::removed_undo().into());
                            focus_soon("goal-undo".into());
                        }
                    }>{say::remove()}</button>
            </div>
        </li>
    }
}
