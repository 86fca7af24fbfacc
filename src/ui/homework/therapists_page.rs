//! "For therapists": compose homework, get its link and QR code, print a handout.
use leptos::prelude::*;

use super::assignment_fields::AssignmentFields;
use super::qr_code::QrCode;
use crate::domain::homework::link::{link, link_room};
use crate::domain::homework::AssignmentForm;
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
            0.. => format!("{room} characters of room left."),
            _ => format!("{} characters over the limit.", -room),
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
                    "The link is copied."
                } else {
                    "Copying didn't work in this browser. You can select the link and copy it."
                }
                .into(),
            );
        });
    };
    let share = move || {
        match made.get() {
        Ok((_, text)) => view! {
            <label class="field-label" for="homework-link">"The link for your client"</label>
            <textarea id="homework-link" class="homework-link" readonly rows="4" prop:value=text.clone()></textarea>
            <div class="homework-actions">
                <button type="button" class="button button--primary" on:click=copy>"Copy link"</button>
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>
                    "Print a handout"
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
                        "Scan the code or type the link on your phone or computer. Between opens and shows you the homework; nothing is set up until you choose Accept. Your journal stays on your device; your therapist never sees it unless you choose to share a summary."
                    </p>
                </section>
            }
        })
    };

    view! {
        <div class="page-intro">
            <h1>"For therapists"</h1>
            <p class="lede">
                "Suggest a little homework for the weeks between sessions: a few prompts, what to notice, and a gentle rhythm. Your client decides whether to take it on."
            </p>
        </div>
        <section class="card therapist-about" aria-labelledby="how-heading">
            <h2 id="how-heading">"How it works"</h2>
            <ul>
                <li>"There is no account and no server. Nothing you type here leaves this page."</li>
                <li>"The link holds the homework itself, after the # sign. Browsers never send that part to any server."</li>
                <li>"When your client opens the link, Between shows exactly what it would set up. Nothing is added unless they choose Accept, and they can change, pause or remove it at any time."</li>
                <li>"Their journal stays on their device. You see only what they choose to share."</li>
            </ul>
        </section>
        <section class="card homework-composer" aria-labelledby="compose-heading">
            <h2 id="compose-heading">"Compose homework"</h2>
            <form novalidate on:submit=|ev| ev.prevent_default()>
                <AssignmentFields form=form prefix="compose".to_string()/>
            </form>
        </section>
        <section class="card homework-share" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share it"</h2>
            <p class="field-help" id="link-room">{room}</p>
            {share}
        </section>
        {handout}
    }
}
