//! Building the summary: its dates, an optional first name, and a choice for every entry,
//! reached through sections, weeks or a search, so it stays usable with years in scope.
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use super::consent_draw::{count, draw, draw_week, tick, Choosable, Drawn, MAX_FOUND};
use super::summary_data::SummaryData;
use crate::domain::calendar::time::Date;
use crate::domain::journal::search::fold;
use crate::domain::language::say::summary as say;
use crate::domain::sessions::summary::{entries_in_scope, Consent, Scope};
use crate::domain::{EntryId, EntryKind};
use crate::storage::browser;

/// Dates, first name, and per section and per entry: leave out, topic only or full.
#[component]
pub fn ConsentList(data: SummaryData) -> impl IntoView {
    let date_message = RwSignal::new(None::<String>);
    let query = RwSignal::new(String::new());
    let journal = data.state.journal;
    // Recomputed on every choice, but equal unless the dates or the journal changed, so
    // the list is drawn again only then.
    let in_scope = Memo::new(move |_| {
        journal.with(|journal| {
            data.sessions.value.with(|sessions| {
                data.choices.with(|choices| {
                    let entries = entries_in_scope(journal, choices, sessions);
                    let mut rows: Vec<Choosable> = Vec::with_capacity(entries.len());
                    for kind in EntryKind::SUMMARY_ORDER {
                        rows.extend(
                            entries
                                .iter()
                                .filter(|e| e.kind == kind)
                                .map(|e| Choosable::of(e)),
                        );
                    }
                    rows
                })
            })
        })
    });
    let set_date = move |typed: String, is_from: bool| {
        let Some(date) = Date::parse(&typed) else {
            return date_message.set(Some(say::whole_date().into()));
        };
        let scope = data.choices.get_untracked().scope;
        let (from, to): (Date, Date) = if is_from {
            (date, scope.to)
        } else {
            (scope.from, date)
        };
        match Scope::new(from, to) {
            Ok(scope) => {
                date_message.set(None);
                data.choose(|c| c.scope = scope);
            }
            Err(problem) => date_message.set(Some(problem.to_string())),
        }
    };
    let list = NodeRef::<leptos::html::Div>::new();
    let drawn = StoredValue::new_local(Drawn::default());
    // Ticks the drawn boxes and, with `counts`, says again how many are shared.
    let sync = move |counts: bool| {
        journal.with_untracked(|j| {
            data.choices.with_untracked(|c| {
                drawn.with_value(|d| {
                    tick(d, j, c);
                    if counts {
                        in_scope.with_untracked(|all| count(d, all, j, c));
                    }
                })
            })
        })
    };
    // Drawn again only when the entries in scope or the search change, so choosing never
    // moves focus; a changed choice (here, by a section action, or in another tab) only
    // ticks boxes and updates counts.
    Effect::new(move |_| {
        let needle = fold(query.get().trim());
        in_scope.track();
        let Some(root) = list.get() else { return };
        in_scope.with_untracked(|all| {
            journal.with_untracked(|j| {
                let found: Option<Vec<EntryId>> = (!needle.is_empty()).then(|| {
                    all.iter()
                        .filter(|c| j.get(&c.id).is_some_and(|e| e.matches(&needle)))
                        .take(MAX_FOUND)
                        .map(|c| c.id.clone())
                        .collect()
                });
                drawn.set_value(draw(&root, all, found.as_deref(), j));
            })
        });
        sync(true);
    });
    Effect::new(move |_| {
        data.choices.track();
        sync(true);
    });
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(kind) = input
            .get_attribute("data-imported-kind")
            .and_then(|k| EntryKind::from_slug(&k))
        {
            let include = input.checked();
            return data.choose(|c| c.set_section_includes_imported(kind, include));
        }
        let Some(id) = input.get_attribute("data-id").map(EntryId) else {
            return;
        };
        if input.type_() == "radio" {
            let consent = Consent::ALL[input.value().parse::<usize>().unwrap_or(0).min(2)];
            journal.with_untracked(|j| {
                if let Some(entry) = j.get(&id) {
                    data.choose(|c| c.set(entry, consent));
                }
            });
        } else {
            let typed = input.value();
            data.choose(|c| c.set_topic_title(&id, &typed));
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        // Opening a week draws its entries, once.
        if let Ok(Some(group)) = target.closest("summary") {
            if let Some(week) = group.parent_element() {
                if !week.has_attribute("data-drawn") {
                    in_scope.with_untracked(|all| {
                        journal
                            .with_untracked(|j| drawn.update_value(|d| draw_week(&week, all, j, d)))
                    });
                    sync(false);
                }
            }
            return;
        }
        let (Some(kind), Some(level)) = (
            target
                .get_attribute("data-kind")
                .and_then(|k| EntryKind::from_slug(&k)),
            target
                .get_attribute("data-level")
                .and_then(|l| l.parse::<usize>().ok()),
        ) else {
            return;
        };
        let consent = Consent::ALL[level.min(2)];
        let now = browser::now();
        journal.with_untracked(|journal| {
            data.sessions.value.with_untracked(|sessions| {
                data.choose(|c| {
                    let in_scope = entries_in_scope(journal, c, sessions);
                    c.include_section(kind, consent, &in_scope, now);
                })
            })
        });
        let said = match consent {
            Consent::LeaveOut => say::section_left_out(kind.plural()),
            Consent::TopicOnly => say::section_topic_only(kind.plural()),
            Consent::Full => say::section_full(kind.plural()),
        };
        data.state.status.set(said);
    };
    let since_last = move |_| {
        let scope = data
            .sessions
            .value
            .with_untracked(|s| Scope::since_last_session(s, data.today));
        date_message.set(None);
        data.choose(|c| c.scope = scope);
        data.state.status.set(say::dates_from_last_session().into());
    };
    view! {
        <section class="card consent-list" aria-labelledby="choose-heading">
            <h2 id="choose-heading">{say::choose_heading()}</h2>
            <p>{say::choose_help()}</p>
            <div class="summary-dates">
                <div class="field">
                    <label class="field-label" for="summary-from">{say::from()}</label>
                    <input id="summary-from" type="date" aria-describedby="dates-message"
                        prop:value=move || data.choices.with(|c| c.scope.from.to_string())
                        on:change=move |ev| set_date(event_target_value(&ev), true)/>
                </div>
                <div class="field">
                    <label class="field-label" for="summary-to">{say::to()}</label>
                    <input id="summary-to" type="date" aria-describedby="dates-message"
                        prop:value=move || data.choices.with(|c| c.scope.to.to_string())
                        on:change=move |ev| set_date(event_target_value(&ev), false)/>
                </div>
                <button type="button" class="button button--quiet" on:click=since_last>{say::since_my_last_session()}</button>
            </div>
            <p id="dates-message" class="field-error" role="alert">{move || date_message.get()}</p>
            <div class="field">
                <label class="field-label" for="summary-name">{say::first_name()}</label>
                <input id="summary-name" type="text" autocomplete="given-name" maxlength="40"
                    prop:value=move || data.choices.with(|c| c.first_name.clone())
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        data.choose(|c| c.set_first_name(&typed));
                    }/>
            </div>
            <div class="field consent-find">
                <label class="field-label" for="summary-find">{say::find_entry()}</label>
                <input id="summary-find" type="search" aria-describedby="find-note"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
                <p id="find-note" class="field-help">
                    {move || if query.with(|q| q.trim().is_empty()) {
                        say::find_help().to_string()
                    } else {
                        say::find_showing(MAX_FOUND)
                    }}
                </p>
            </div>
            {move || in_scope.with(Vec::is_empty).then(|| view! {
                <p class="empty-note">{say::no_entries_in_dates()}</p>
            })}
            <div node_ref=list on:change=on_change on:click=on_click></div>
        </section>
    }
}
