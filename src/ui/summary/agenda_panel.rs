//! "Your agenda": how I've been, the topics to talk about (up to three put first, moved with
//! buttons that work by keyboard and screen reader), topics of one's own, questions and
//! what to leave with. The rules live in `domain::sessions::agenda`; this only draws them.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use super::summary_data::{Line, SummaryData};
use crate::domain::language::say::{sessions as say, summary as sheet};
use crate::domain::sessions::agenda::{SinceLastTime, MAX_FIRST, MAX_NOTE_CHARS};
use crate::domain::sessions::summary::{ItemBody, Part, SummaryItem};
use crate::domain::EntryKind;
use crate::storage::browser;
use crate::ui::shell::focus::focus_soon;

/// Chosen concerns listed before "Show more".
const LISTED_AT_A_TIME: usize = 12;

/// One topic on the agenda as the panel lists it.
#[derive(Clone, PartialEq)]
struct Topic {
    id: String,
    name: String,
    rank: Option<u8>,
    own: bool,
}

/// Topics travel through the page's one kind of list memo (`Line`, see `summary_data`):
/// `words` is the name, `note` the place ("" when not first), `past` marks an own topic.
fn line_of(topic: Topic) -> Line {
    Line {
        id: topic.id,
        kind: EntryKind::Concern,
        words: topic.name,
        note: topic.rank.map_or(String::new(), |r| r.to_string()),
        past: topic.own,
    }
}

fn topic_from(line: Line) -> Topic {
    Topic {
        rank: line.note.parse().ok(),
        id: line.id,
        name: line.words,
        own: line.past,
    }
}

fn topic_of(item: &SummaryItem) -> Topic {
    let name = match &item.body {
        ItemBody::OwnTopic { text } => text.clone(),
        ItemBody::TopicOnly { title } => title.clone(),
        ItemBody::Full { text, .. } => {
            let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let short: String = line.trim().chars().take(70).collect();
            if short.chars().count() < line.trim().chars().count() {
                format!("{short}…")
            } else {
                short
            }
        }
    };
    Topic {
        id: item.id.0.clone(),
        name,
        rank: item.rank,
        own: matches!(item.body, ItemBody::OwnTopic { .. }),
    }
}

/// What a button does to a topic.
#[derive(Clone, Copy)]
enum Move {
    First,
    Up,
    Down,
    Out,
}

/// Focus stays with the topic that moved, on a button it still has enabled: the same one
/// where it can, the other direction at either end, "Not first" when it is alone.
fn button_to_focus(how: Move, place: Option<u8>, ranked: usize) -> &'static str {
    let Some(rank) = place.map(usize::from) else {
        return "first";
    };
    let wants_up = !matches!(how, Move::Down);
    match (wants_up, rank == 1, rank == ranked) {
        (_, true, true) => "out",
        (true, true, _) => "down",
        (true, false, _) => "up",
        (false, _, true) => "up",
        (false, _, false) => "down",
    }
}

#[component]
pub fn AgendaPanel(data: SummaryData) -> impl IntoView {
    // Concerns shared from last time can be put first too; those resolved are settled.
    let topics = Memo::new(move |_| {
        data.summary.with(|summary| {
            summary
                .sections
                .iter()
                .filter(|s| s.part.is_before_notes())
                .flat_map(|s| s.items.iter().map(move |i| (s.part, i)))
                .filter(|(part, i)| *part == Part::Agenda || !i.resolved)
                .map(|(_, i)| line_of(topic_of(i)))
                .collect::<Vec<Line>>()
        })
    });
    // Topics put first and the person's own are always listed; a year of chosen concerns
    // is listed a window at a time, so the panel is drawn in time that follows what it shows.
    let shown = RwSignal::new(LISTED_AT_A_TIME);
    let listed = Memo::new(move |_| {
        topics.with(|all| {
            let (mut kept, rest): (Vec<Line>, Vec<Line>) = all
                .iter()
                .cloned()
                .partition(|t| !t.note.is_empty() || t.past);
            kept.extend(rest.into_iter().take(shown.get()));
            kept
        })
    });
    let apply = move |topic: Topic, how: Move| {
        let offered: Vec<String> =
            topics.with_untracked(|t| t.iter().map(|t| t.id.clone()).collect());
        let id = topic.id.clone();
        data.choose(|c| {
            let agenda = &mut c.agenda;
            match how {
                Move::First => {
                    agenda.put_first(&id, |f| offered.iter().any(|o| o == f));
                }
                Move::Up => {
                    agenda.move_by_one(&id, true);
                }
                Move::Down => {
                    agenda.move_by_one(&id, false);
                }
                Move::Out => agenda.take_from_first(&id),
            }
        });
        let place = topics.with_untracked(|t| {
            t.iter()
                .find(|t| t.id == id)
                .and_then(|t| t.note.parse::<u8>().ok())
        });
        data.state.status.set(match place {
            Some(rank) => say::topic_now_first(&topic.name, rank),
            None => say::topic_not_first(&topic.name),
        });
        let count = topics.with_untracked(|t| t.iter().filter(|t| !t.note.is_empty()).count());
        focus_soon(format!(
            "agenda-{}-{id}",
            button_to_focus(how, place, count)
        ));
    };
    let remove = move |topic: Topic| {
        data.choose(|c| {
            c.agenda.remove_topic(&topic.id);
        });
        data.state.status.set(say::topic_removed(&topic.name));
        focus_soon("agenda-new-topic".into());
    };
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        let id = browser::new_entry_id(browser::now());
        let text = typed.get_untracked();
        let mut result = Ok(());
        data.choose(|c| result = c.agenda.add_topic(id, &text));
        match result {
            Ok(()) => {
                typed.set(String::new());
                problem.set(None);
                data.state.status.set(say::topic_added().into());
            }
            Err(e) => problem.set(Some(e.to_string())),
        }
    };
    view! {
        <section class="card agenda-panel" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">{say::agenda_heading()}</h2>
            <p class="field-help">{say::agenda_help()}</p>
            <fieldset class="choice-group">
                <legend>{sheet::how_ive_been_heading()}</legend>
                <div class="choices">
                    {SinceLastTime::ALL.into_iter().map(Some).chain([None]).map(|choice| {
                        let label = choice.map_or(say::rather_not_say(), SinceLastTime::label);
                        view! {
                            <label class="choice">
                                <input type="radio" name="since-last"
                                    prop:checked=move || data.choices.with(|c| c.agenda.since_last == choice)
                                    on:change=move |_| data.choose(|c| c.agenda.since_last = choice)/>
                                " " {label}
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <h3 id="agenda-topics-heading">{sheet::agenda_heading()}</h3>
            <p class="field-help">
                {say::topics_help(MAX_FIRST)}
            </p>
            {move || topics.with(Vec::is_empty).then(|| view! {
                <p class="empty-note">{say::no_concerns_shared()}</p>
            })}
            <ol class="agenda-list" aria-labelledby="agenda-topics-heading">
                {move || {
                    let count = topics.with(|t| t.iter().filter(|t| !t.note.is_empty()).count());
                    let full = count >= MAX_FIRST;
                    listed.get().into_iter().map(topic_from).map(|topic| {
                        let id = topic.id.clone();
                        let name = topic.name.clone();
                        let place = topic.rank.map_or(String::new(), |r| format!("{r}"));
                        let button = {
                            let topic = topic.clone();
                            move |how: Move, label: &'static str, slug: &'static str, disabled: bool| {
                                let topic = topic.clone();
                                let aria = format!("{label}: {}", topic.name);
                                view! {
                                    <button type="button" class="button button--quiet"
                                        id=format!("agenda-{slug}-{}", topic.id)
                                        aria-label=aria disabled=disabled
                                        on:click=move |_| apply(topic.clone(), how)>{label}</button>
                                }
                            }
                        };
                        let controls = match topic.rank {
                            Some(rank) => vec![
                                button(Move::Up, say::move_up(), "up", rank == 1),
                                button(Move::Down, say::move_down(), "down", usize::from(rank) == count),
                                button(Move::Out, say::not_first(), "out", false),
                            ],
                            None => vec![button(Move::First, say::put_first(), "first", full)],
                        };
                        let removable = topic.own.then(|| {
                            let topic = topic.clone();
                            let aria = say::remove_topic(&topic.name);
                            view! {
                                <button type="button" class="button button--quiet" aria-label=aria
                                    on:click=move |_| remove(topic.clone())>{say::remove()}</button>
                            }
                        });
                        view! {
                            <li class="agenda-topic" class:agenda-topic--first=topic.rank.is_some() data-topic=id>
                                <span class="agenda-place" aria-hidden="true">{place}</span>
                                <span class="agenda-name">{name}</span>
                                <span class="agenda-actions">{controls}{removable}</span>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            {move || {
                let unlisted = topics.with(|all| all.iter().filter(|t| t.note.is_empty() && !t.past).count());
                let more = unlisted.saturating_sub(shown.get());
                (more > 0).then(|| view! {
                    <button type="button" class="button button--quiet"
                        on:click=move |_| shown.update(|n| *n += LISTED_AT_A_TIME * 4)>
                        {say::show_more_concerns(more)}
                    </button>
                })
            }}
            <form class="agenda-add" on:submit=add novalidate>
                <div class="field">
                    <label class="field-label" for="agenda-new-topic">{say::own_topic()}</label>
                    <input id="agenda-new-topic" type="text" maxlength="120" aria-describedby="agenda-topic-problem"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button">{say::add_topic()}</button>
                <p id="agenda-topic-problem" class="field-error" role="alert">{move || problem.get()}</p>
            </form>
            <div class="field">
                <label class="field-label" for="agenda-questions">{sheet::questions_heading()}</label>
                <textarea id="agenda-questions" rows="3" maxlength=MAX_NOTE_CHARS
                    prop:value=move || data.choices.with(|c| c.agenda.questions.clone())
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        data.choose(|c| c.agenda.set_questions(&typed));
                    }></textarea>
            </div>
            <div class="field">
                <label class="field-label" for="agenda-leave-with">{sheet::leave_with_heading()}</label>
                <textarea id="agenda-leave-with" rows="2" maxlength=MAX_NOTE_CHARS
                    prop:value=move || data.choices.with(|c| c.agenda.leave_with.clone())
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        data.choose(|c| c.agenda.set_leave_with(&typed));
                    }></textarea>
            </div>
        </section>
    }
}
