//! What a homework link would set up, with Accept and No thanks. Nothing is stored before Accept.
use leptos::prelude::*;

use super::assignment_details::AssignmentDetails;
use crate::domain::homework::link::written_in;
use crate::domain::homework::Assignment;
use crate::domain::language::say::homework as say;

/// The preview of a valid link. `already` says the same homework is in the journal already.
/// `language` is the code of the language the therapist wrote in, when the link says: the
/// homework's words are shown as written, with a line naming their language when it isn't the
/// one on screen, and everything around them in the person's language.
#[component]
pub fn OfferCard(
    assignment: Assignment,
    language: Option<String>,
    already: bool,
    on_accept: Callback<()>,
    on_decline: Callback<()>,
) -> impl IntoView {
    let title = assignment.title.clone();
    let written_in = written_in(language.as_deref())
        .map(|line| view! { <p class="homework-written-in">{line}</p> });
    let choices = if already {
        view! {
            <p class="notice notice--info">
                {say::already_in_journal()}
            </p>
            <div class="homework-actions">
                <button type="button" class="button button--primary" on:click=move |_| on_decline.run(())>
                    {say::back_to_homework()}
                </button>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p>
                {say::nothing_stored_yet()}
            </p>
            <div class="homework-actions">
                <button type="button" class="button button--primary" on:click=move |_| on_accept.run(())>
                    {say::accept()}
                </button>
                <button type="button" class="button" on:click=move |_| on_decline.run(())>
                    {say::no_thanks()}
                </button>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="card homework-offer" aria-labelledby="offer-title">
            <p class="homework-eyebrow">{say::if_you_accept()}</p>
            <h2 id="offer-title" lang=language.clone()>{title}</h2>
            {written_in}
            <AssignmentDetails assignment=assignment lang=language/>
            {choices}
        </section>
    }
}
