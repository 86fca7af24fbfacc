//! The client's homework page: opens a homework link (nothing stored before Accept) and
//! lists accepted homework.
use leptos::prelude::*;

use super::homework_card::HomeworkCard;
use super::offer_card::OfferCard;
use crate::domain::homework::link::{receive, Received};
use crate::domain::homework::Homework;
use crate::domain::language::say::homework as say;
use crate::storage::browser;
use crate::ui::shell::focus::focus_soon;
use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

/// Where the page stands with the link in the address, if any.
#[derive(Clone, Debug, PartialEq)]
enum Offer {
    Nothing,
    Open(Received),
    Broken(String),
    Accepted,
    Declined,
}

/// `/homework`: a link's preview, or the list of accepted homework.
#[component]
pub fn HomeworkPage() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let kept = records().homework;
    let today = browser::now().local_date();
    let offer = RwSignal::new(read_offer());
    // Another link pasted into the address bar of this page.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        offer.set(read_offer());
    });
    on_cleanup(move || listener.remove());
    let removed = RwSignal::new(None::<(Homework, usize)>);

    let accept = Callback::new(move |_| {
        let Offer::Open(received) = offer.get_untracked() else {
            return;
        };
        let now = browser::now();
        let id = format!("hw-{}", browser::new_entry_id(now));
        let mut result = Ok(());
        kept.update(|list| {
            if list.find_same(&received.assignment).is_none() {
                result = list.accept_received(id, received, now.local_date());
            }
        });
        clear_fragment();
        match result {
            Ok(()) => {
                offer.set(Offer::Accepted);
                state.status.set(say::in_your_journal().into());
            }
            Err(error) => offer.set(Offer::Broken(say::could_not_add(error))),
        }
        focus_soon("homework-result".into());
    });
    let decline = Callback::new(move |_| {
        clear_fragment();
        offer.set(Offer::Declined);
        focus_soon("homework-result".into());
    });

    let heading = move || {
        if matches!(offer.get(), Offer::Open(_)) {
            say::from_your_therapist()
        } else {
            say::your_homework()
        }
    };
    let top = move || match offer.get() {
        Offer::Nothing => None,
        Offer::Open(Received {
            assignment,
            language,
        }) => {
            let already = kept.value.with(|l| l.find_same(&assignment).is_some());
            Some(view! {
                <OfferCard assignment=assignment language=language already=already on_accept=accept on_decline=decline/>
            }
            .into_any())
        }
        Offer::Broken(message) => Some(
            view! {
                <div class="notice notice--info homework-result" role="status">
                    <h2 id="homework-result" tabindex="-1">{say::cannot_open()}</h2>
                    <p>{message}</p>
                    <p>{say::nothing_changed()}</p>
                </div>
            }
            .into_any(),
        ),
        Offer::Accepted => Some(
            view! {
                <div class="notice notice--info homework-result" role="status">
                    <h2 id="homework-result" tabindex="-1">{say::its_in_your_journal()}</h2>
                    <p>{say::its_prompts_are_there()}</p>
                    <p><Link to=Page::Journal>{say::go_to_journal()}</Link></p>
                </div>
            }
            .into_any(),
        ),
        Offer::Declined => Some(
            view! {
                <div class="notice notice--info homework-result" role="status">
                    <h2 id="homework-result" tabindex="-1">{say::nothing_set_up()}</h2>
                    <p>{say::journal_as_it_was()}</p>
                </div>
            }
            .into_any(),
        ),
    };
    let problem = move || {
        kept.problem.get().map(|p| {
            view! { <p class="notice notice--problem" role="alert">{p.user_message()}</p> }
        })
    };
    let undo = move || {
        removed.with(Option::is_some).then(|| {
            view! {
                <div class="undo-bar">
                    <p>{say::homework_removed()}</p>
                    <button
                        type="button"
                        class="button"
                        id="homework-undo"
                        on:click=move |_| {
                            if let Some((homework, at)) = removed.get_untracked() {
                                kept.update(|list| list.restore(homework, at));
                                state.status.set(say::homework_back().into());
                            }
                            removed.set(None);
                        }
                    >
                        {say::undo()}
                    </button>
                    <button type="button" class="button button--quiet" on:click=move |_| removed.set(None)>
                        {say::dismiss()}
                    </button>
                </div>
            }
        })
    };
    let empty = Memo::new(move |_| kept.value.with(|l| l.all().is_empty()));
    let list = move || {
        if matches!(offer.get(), Offer::Open(_)) {
            return None;
        }
        let content = if empty.get() {
            view! {
                <p class="empty-state">
                    {say::no_homework_yet()}
                </p>
            }
            .into_any()
        } else {
            view! {
                <ul class="homework-list">
                    <For
                        each=move || kept.value.with(|l| l.all().to_vec())
                        key=|h| (h.id.clone(), h.revision)
                        children=move |homework| view! {
                            <HomeworkCard homework=homework kept=kept today=today removed=removed/>
                        }
                    />
                </ul>
            }
            .into_any()
        };
        Some(view! {
            <section class="homework-mine" aria-labelledby="mine-heading">
                <h2 id="mine-heading">{say::accepted_homework()}</h2>
                {content}
            </section>
        })
    };

    view! {
        <div class="page-intro">
            <h1>{heading}</h1>
            <p class="lede">{say::homework_lede()}</p>
        </div>
        {problem}
        {top}
        {list}
        {undo}
    }
}

/// What the address's fragment holds. A broken link is removed from the address at once.
fn read_offer() -> Offer {
    let hash = window().location().hash().unwrap_or_default();
    if hash.len() <= 1 {
        return Offer::Nothing;
    }
    match receive(&hash) {
        Ok(received) => Offer::Open(received),
        Err(error) => {
            clear_fragment();
            Offer::Broken(error.message())
        }
    }
}

/// Takes the link out of the address and this history entry, so it isn't offered again.
fn clear_fragment() {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(Page::Homework.path()),
        );
    }
}
