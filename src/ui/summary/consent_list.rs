//! Building the summary: its dates, an optional first name, and a choice for every entry.
use leptos::prelude::*;

use super::summary_data::SummaryData;
use crate::domain::date_text::parse_date;
use crate::domain::summary::{default_topic_title, entries_in_scope, Consent, Scope};
use crate::domain::time::Date;
use crate::domain::{Entry, EntryId, EntryKind};

/// A short line naming an entry on screen: its first words, or a check-in's first answer.
pub fn excerpt(entry: &Entry) -> String {
    let first = entry.text.lines().map(str::trim).find(|l| !l.is_empty());
    let line = match (first, &entry.details) {
        (Some(line), _) => line.to_string(),
        (None, Some(details)) => details
            .lines()
            .first()
            .map(|(label, answer)| format!("{label}: {answer}"))
            .unwrap_or_default(),
        (None, None) => String::new(),
    };
    match line.char_indices().nth(70) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

/// One entry the person can choose for: what names it on screen, never what it shares.
#[derive(Clone, PartialEq)]
struct Row {
    id: EntryId,
    legend: String,
    default_title: String,
}

/// Dates, first name, and per section and per entry: leave out, topic only or full.
#[component]
pub fn ConsentList(data: SummaryData) -> impl IntoView {
    let date_message = RwSignal::new(None::<String>);
    let sections = Memo::new(move |_| {
        data.state.journal.with(|journal| {
            data.sessions.value.with(|sessions| {
                data.choices.with(|choices| {
                    let in_scope = entries_in_scope(journal, choices, sessions);
                    let mut sections: Vec<(EntryKind, Vec<Row>)> = Vec::new();
                    for kind in EntryKind::SUMMARY_ORDER {
                        let rows: Vec<Row> = in_scope
                            .iter()
                            .filter(|e| e.kind == kind)
                            .map(|e| {
                                let date = e.created_at.local_date();
                                let mut legend = format!("{}, {}", kind.label(), date.long());
                                let words = excerpt(e);
                                if !words.is_empty() {
                                    legend.push_str(": ");
                                    legend.push_str(&words);
                                }
                                Row {
                                    id: e.id.clone(),
                                    legend,
                                    default_title: default_topic_title(kind, date),
                                }
                            })
                            .collect();
                        if !rows.is_empty() {
                            sections.push((kind, rows));
                        }
                    }
                    sections
                })
            })
        })
    });
    let set_date = move |typed: String, is_from: bool| {
        let Some(date) = parse_date(&typed) else {
            return date_message.set(Some("Please choose a whole date.".into()));
        };
        let scope = data.choices.get_untracked().scope;
        let (from, to): (Date, Date) = if is_from { (date, scope.to) } else { (scope.from, date) };
        match Scope::new(from, to) {
            Ok(scope) => {
                date_message.set(None);
                data.choose(|c| c.scope = scope);
            }
            Err(problem) => date_message.set(Some(problem.to_string())),
        }
    };
    let since_last = move |_| {
        let scope = data
            .sessions
            .value
            .with_untracked(|s| Scope::since_last_session(s, data.today));
        date_message.set(None);
        data.choose(|c| c.scope = scope);
        data.state.status.set("The dates now start from your last session.".into());
    };
    view! {
        <section class="card consent-list" aria-labelledby="choose-heading">
            <h2 id="choose-heading">"Choose what to share"</h2>
            <p>"Every entry starts as left out. Topic only shares a title and the date, never your words."</p>
            <div class="summary-dates">
                <div class="field">
                    <label class="field-label" for="summary-from">"From"</label>
                    <input id="summary-from" type="date" aria-describedby="dates-message"
                        prop:value=move || data.choices.with(|c| c.scope.from.to_string())
                        on:change=move |ev| set_date(event_target_value(&ev), true)/>
                </div>
                <div class="field">
                    <label class="field-label" for="summary-to">"To"</label>
                    <input id="summary-to" type="date" aria-describedby="dates-message"
                        prop:value=move || data.choices.with(|c| c.scope.to.to_string())
                        on:change=move |ev| set_date(event_target_value(&ev), false)/>
                </div>
                <button type="button" class="button button--quiet" on:click=since_last>"Since my last session"</button>
            </div>
            <p id="dates-message" class="field-error" role="alert">{move || date_message.get()}</p>
            <div class="field">
                <label class="field-label" for="summary-name">"Your first name (optional)"</label>
                <input id="summary-name" type="text" autocomplete="given-name" maxlength="40"
                    prop:value=move || data.choices.with(|c| c.first_name.clone())
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        data.choose(|c| c.set_first_name(&typed));
                    }/>
            </div>
            {move || {
                let sections = sections.get();
                if sections.is_empty() {
                    return view! { <p class="empty-note">"There are no entries in these dates yet. You could choose other dates, or come back after writing."</p> }.into_any();
                }
                sections.into_iter().map(|(kind, rows)| section(data, kind, rows)).collect_view().into_any()
            }}
        </section>
    }
}

/// One kind's entries with the three whole-section actions.
fn section(data: SummaryData, kind: EntryKind, rows: Vec<Row>) -> impl IntoView {
    let heading_id = format!("choose-{}", kind.slug());
    let labelled_by = heading_id.clone();
    let all = move |consent: Consent| {
        move |_| {
            data.state.journal.with_untracked(|journal| {
                data.sessions.value.with_untracked(|sessions| {
                    data.choose(|c| {
                        let in_scope = entries_in_scope(journal, c, sessions);
                        c.include_section(kind, consent, &in_scope);
                    })
                })
            });
            data.state.status.set(format!("{}: {}.", kind.plural(), match consent {
                Consent::Full => "all included in full",
                Consent::TopicOnly => "all included as topic only",
                Consent::LeaveOut => "all left out",
            }));
        }
    };
    view! {
        <section class="consent-section" aria-labelledby=labelled_by>
            <h3 id=heading_id>{kind.plural()}</h3>
            <div class="section-actions">
                <button type="button" class="button button--quiet" on:click=all(Consent::Full)>"Include all in full"</button>
                <button type="button" class="button button--quiet" on:click=all(Consent::TopicOnly)>"Include all as topic only"</button>
                <button type="button" class="button button--quiet" on:click=all(Consent::LeaveOut)>"Leave all out"</button>
            </div>
            {rows.into_iter().map(|row| entry_choice(data, row)).collect_view()}
        </section>
    }
}

/// Leave out / Topic only / Full for one entry, and a title when topic only.
fn entry_choice(data: SummaryData, row: Row) -> impl IntoView {
    let Row { id, legend, default_title } = row;
    let name = format!("consent-{id}");
    let title_id = format!("topic-{id}");
    let key = id.clone();
    let topic_only = Memo::new(move |_| data.choices.with(|c| c.consent_for(&key) == Consent::TopicOnly));
    let radios = Consent::ALL.into_iter().map(|consent| {
        let (a, b) = (id.clone(), id.clone());
        view! {
            <label class="choice">
                <input type="radio" name=name.clone()
                    prop:checked=move || data.choices.with(|c| c.consent_for(&a) == consent)
                    on:change=move |_| data.choose(|c| c.set(&b, consent))/>
                " " {consent.label()}
            </label>
        }
    }).collect_view();
    let title_field = move || {
        if !topic_only.get() {
            return None;
        }
        let (a, b) = (id.clone(), id.clone());
        Some(view! {
            <div class="field topic-title">
                <label class="field-label" for=title_id.clone()>"Short title (optional)"</label>
                <input id=title_id.clone() type="text" maxlength="80" placeholder=default_title.clone()
                    prop:value=move || data.choices.with_untracked(|c| c.topic_titles.get(&a).cloned().unwrap_or_default())
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        data.choose(|c| c.set_topic_title(&b, &typed));
                    }/>
            </div>
        })
    };
    view! {
        <fieldset class="choice-group consent-choice">
            <legend>{legend}</legend>
            <div class="choices">{radios}</div>
            {title_field}
        </fieldset>
    }
}
