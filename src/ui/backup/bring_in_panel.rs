//! Bringing entries in from another app: pick a file, see what will come in (choose the
//! kind for Day One, map Daylio's own mood names), then write it with progress.
use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::exchange::imported::{Parsed, SourceApp};
use crate::domain::exchange::plan::{guess_feeling, ImportChoices, ImportPlan};
use crate::domain::exchange::preview::preview_lines;
use crate::domain::language::number;
use crate::domain::language::say::bring_in as say;
use crate::domain::{EntryKind, Feeling};
use crate::storage::other_apps;
use crate::ui::backup::past_imports::PastImports;
use crate::ui::state::JournalState;

/// The kinds a Day One entry can come in as.
const DAY_ONE_KINDS: [EntryKind; 3] = [EntryKind::Win, EntryKind::Concern, EntryKind::Reflection];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Choose,
    Reading,
    Preview,
    Writing,
}

/// File, preview with the person's choices, and only then the entries themselves.
#[component]
pub fn BringInPanel() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let step = RwSignal::new(Step::Choose);
    let parsed = StoredValue::new(None::<Parsed>);
    let choices = StoredValue::new(ImportChoices::default());
    let plan = RwSignal::new(None::<ImportPlan>);
    let refusal = RwSignal::new(None::<String>);
    let written = RwSignal::new(0_usize);
    let message = RwSignal::new(None::<String>);
    let outcome = RwSignal::new(None::<String>);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let heading = NodeRef::<leptos::html::H3>::new();

    let replan = move || {
        let next = parsed.with_value(|p| {
            p.as_ref()
                .map(|p| choices.with_value(|c| state.plan_other_app(p, c)))
        });
        refusal.set(next.as_ref().and_then(|p| state.import_refusal(p)));
        plan.set(next);
    };

    let reset = move || {
        step.set(Step::Choose);
        parsed.set_value(None);
        plan.set(None);
        refusal.set(None);
        if let Some(input) = file_input.get() {
            input.set_value("");
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        message.set(None);
        outcome.set(None);
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        step.set(Step::Reading);
        leptos::task::spawn_local(async move {
            let read = other_apps::read_export(&file).await;
            state.whole_journal().await;
            if step.is_disposed() {
                return; // the person has moved to another page meanwhile
            }
            match read {
                Ok(found) => {
                    let moods = first_guesses(&found);
                    choices.set_value(ImportChoices {
                        kind: EntryKind::Reflection,
                        moods,
                    });
                    parsed.set_value(Some(found));
                    replan();
                    step.set(Step::Preview);
                    if let Some(heading) = heading.get() {
                        let _ = heading.focus();
                    }
                }
                Err(problem) => {
                    reset();
                    message.set(Some(problem.message()));
                }
            }
        });
    };

    let confirm = move |_| {
        let Some(chosen) = plan.get_untracked() else {
            return;
        };
        step.set(Step::Writing);
        written.set(0);
        leptos::task::spawn_local(async move {
            let app = chosen.app.name();
            let result = state.bring_in(&chosen, |n| written.set(n)).await;
            // Written whole even if the person moved to another page meanwhile; the journal
            // shows it, and the live region says so.
            let said = match result {
                Ok(n) => say::brought_in(n, app),
                Err((n, ref error)) => say::stopped(n, error.user_message()),
            };
            state.status.set(said.clone());
            if step.is_disposed() {
                return;
            }
            match result {
                Ok(_) => outcome.set(Some(said)),
                Err(_) => message.set(Some(said)),
            }
            reset();
        });
    };

    let choose_kind = move |kind: EntryKind| {
        choices.update_value(|c| c.kind = kind);
        replan();
    };
    let map_mood = move |name: String, feeling: Feeling| {
        choices.update_value(|c| {
            c.moods.insert(name, feeling);
        });
        replan();
    };

    let preview = move || {
        let (app, mood_names) = plan.with_untracked(|p| {
            p.as_ref()
                .map(|p| (p.app, p.mood_names.clone()))
                .unwrap_or((SourceApp::Daylio, Vec::new()))
        });
        let lines = move || {
            plan.with(|p| p.as_ref().map(preview_lines).unwrap_or_default())
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        };
        let to_add = move || plan.with(|p| p.as_ref().map_or(0, |p| p.new.len()));
        view! {
            <div class="import-preview" id="bring-in-preview" role="region" aria-labelledby="bring-in-preview-heading">
                <h3 id="bring-in-preview-heading" tabindex="-1" node_ref=heading>{say::preview_heading(app.name())}</h3>
                <ul>{lines}</ul>
                {(app == SourceApp::DayOne).then(|| kind_choice(choose_kind))}
                {(!mood_names.is_empty()).then(|| mood_choice(mood_names, choices, map_mood))}
                {move || refusal.get().map(|why| view! { <p class="notice notice--problem" role="alert">{why}</p> })}
                <div class="entry-actions">
                    {move || (to_add() > 0 && refusal.with(Option::is_none)).then(|| view! {
                        <button type="button" id="bring-in-confirm" class="button button--primary" on:click=confirm>
                            {say::bring_in(to_add())}
                        </button>
                    })}
                    <button type="button" class="button button--quiet" on:click=move |_| reset()>
                        {move || if to_add() > 0 { say::cancel() } else { say::done() }}
                    </button>
                </div>
            </div>
        }
    };

    view! {
        <section class="card" aria-labelledby="bring-in-heading">
            <h2 id="bring-in-heading">{say::heading()}</h2>
            <p>{say::intro()}</p>
            <label for="bring-in-file" class="field-label">{say::choose_file()}</label>
            <input
                id="bring-in-file"
                type="file"
                accept=".daylio,.zip,.json,.csv,application/zip,application/json,text/csv"
                node_ref=file_input
                disabled=move || matches!(step.get(), Step::Reading | Step::Writing)
                on:change=on_file
            />
            {move || match step.get() {
                Step::Choose => ().into_any(),
                Step::Reading => view! { <p role="status">{say::reading()}</p> }.into_any(),
                Step::Preview => preview().into_any(),
                Step::Writing => {
                    let total = plan.with_untracked(|p| p.as_ref().map_or(0, |p| p.new.len()));
                    view! {
                        <p class="bring-in-progress" role="status">
                            {move || say::progress(number(written.get()), number(total))}
                        </p>
                        <progress max=total.to_string() value=move || written.get().to_string()></progress>
                    }.into_any()
                }
            }}
            <p id="bring-in-message" class="field-error" role="alert">{move || message.get()}</p>
            {move || outcome.get().map(|text| view! { <p class="notice notice--info">{text}</p> })}
            <PastImports/>
        </section>
    }
}

/// Day One has no kinds: the person chooses one for all its entries.
fn kind_choice(choose: impl Fn(EntryKind) + Copy + 'static) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{say::kind_legend()}</legend>
            {DAY_ONE_KINDS.into_iter().map(|kind| view! {
                <label class="check-field">
                    <input type="radio" name="bring-in-kind" id=format!("bring-in-kind-{}", kind.slug())
                        checked=kind == EntryKind::Reflection on:change=move |_| choose(kind)/>
                    {kind.plural()}
                </label>
            }).collect_view()}
        </fieldset>
    }
}

/// Daylio's CSV names moods in the person's words: each is placed on Between's scale.
fn mood_choice(
    names: Vec<String>,
    choices: StoredValue<ImportChoices>,
    map: impl Fn(String, Feeling) + Copy + 'static,
) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{say::mood_legend()}</legend>
            <p class="field-help">{say::mood_help()}</p>
            {names.into_iter().enumerate().map(|(n, name)| {
                let id = format!("bring-in-mood-{n}");
                let now = choices.with_value(|c| c.moods.get(&name).copied()).unwrap_or(Feeling::InBetween);
                let label = name.clone();
                view! {
                    <div class="field">
                        <label for=id.clone() class="field-label">{label}</label>
                        <select id=id on:change=move |ev| {
                            let step = event_target_value(&ev).parse::<usize>().ok();
                            if let Some(feeling) = step.and_then(|s| Feeling::ALL.get(s)) {
                                map(name.clone(), *feeling);
                            }
                        }>
                            {Feeling::ALL.iter().enumerate().map(|(s, feeling)| view! {
                                <option value=s.to_string() selected=*feeling == now>{feeling.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Each mood name starts where its usual meaning sits; the person can move it.
fn first_guesses(parsed: &Parsed) -> BTreeMap<String, Feeling> {
    let mut moods = BTreeMap::new();
    for entry in &parsed.entries {
        if let Some(crate::domain::exchange::imported::Mood::Named(name)) = &entry.mood {
            moods
                .entry(name.clone())
                .or_insert_with(|| guess_feeling(name));
        }
    }
    moods
}
