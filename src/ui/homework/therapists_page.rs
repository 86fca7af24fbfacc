//! "For therapists": compose homework, get its link and QR code, print a handout.
use leptos::prelude::*;

use super::assignment_fields::AssignmentFields;
use super::qr_code::QrCode;
use crate::domain::homework::link::{link, link_room};
use crate::domain::homework::AssignmentForm;
use crate::domain::language::say::homework as say;
use crate::storage::{browser, files};
use crate::ui::state::JournalState;

/// The composer: no account and no server; the link itself holds the homework.
#[component]
pub fn TherapistsPage() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let today = browser::now().local_date();
    let origin = window().location().origin().unwrap_or_default();
    let form = RwSignal::new(AssignmentForm::new(today));
    let room_origin = origin.clone();
    let made = Memo::new(move |_| {
        form.with(|f| f.to_assignment())
            .map_err(|e| e.message())
            .and_then(|a| link(&origin, &a).map_err(|e| e.message()).map(|l| (a, l)))
    });
    let room = move || {
        let room = form.with(|f| link_room(&room_origin, &f.sketch(today)));
        match room {
            1 => say::room_left_one(room),
            0.. => say::room_left(room),
            -1 => say::over_the_limit_one(-room),
            _ => say::over_the_limit(-room),
        }
    };
    let copy = move |_| {
        let Ok((_, text)) = made.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let copied = files::copy_text(&text).await;
            state.status.set(
                if copied {
                    say::link_copied()
                } else {
                    say::copy_failed()
                }
                .into(),
            );
        });
    };
    let share = move || {
        match made.get() {
        Ok((_, text)) => view! {
            <label class="field-label" for="homework-link">{say::link_for_client()}</label>
            <textarea id="homework-link" class="homework-link" readonly rows="4" prop:value=text.clone()></textarea>
            <div class="homework-actions">
                <button type="button" class="button button--primary" on:click=copy>{say::copy_link()}</button>
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>
                    {say::print_handout()}
                </button>
            </div>
            <QrCode text=text/>
        }
        .into_any(),
        Err(message) => view! {
            <p class="notice notice--info homework-hint" id="composer-problem">{message}</p>
        }
        .into_any(),
    }
    };
    let handout = move || {
        made.get().ok().map(|(assignment, text)| {
            let message = (!assignment.message.is_empty())
                .then(|| view! { <p class="handout-message">{assignment.message.clone()}</p> });
            view! {
                <section class="handout">
                    <h2 class="handout-title">{assignment.title.clone()}</h2>
                    {message}
                    <QrCode text=text.clone()/>
                    <p class="handout-link">{text}</p>
                    <p class="handout-instructions">
                        {say::handout_instructions()}
                    </p>
                </section>
            }
        })
    };

    view! {
        <div class="page-intro">
            <h1>{say::for_therapists()}</h1>
            <p class="lede">
                {say::therapists_lede()}
            </p>
        </div>
        <section class="card therapist-about" aria-labelledby="how-heading">
            <h2 id="how-heading">{say::how_it_works()}</h2>
            <ul>
                <li>{say::no_account()}</li>
                <li>{say::after_the_hash()}</li>
                <li>{say::when_they_open()}</li>
                <li>{say::their_journal()}</li>
            </ul>
        </section>
        <section class="card homework-composer" aria-labelledby="compose-heading">
            <h2 id="compose-heading">{say::compose_homework()}</h2>
            <form novalidate on:submit=|ev| ev.prevent_default()>
                <AssignmentFields form=form prefix="compose".to_string()/>
            </form>
        </section>
        <section class="card homework-share" aria-labelledby="share-heading">
            <h2 id="share-heading">{say::share_it()}</h2>
            <p class="field-help" id="link-room">{room}</p>
            {share}
        </section>
        {handout}
    }
}
