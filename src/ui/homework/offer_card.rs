//! What a homework link would set up, with Accept and No thanks. Nothing is stored before Accept.
use leptos::prelude::*;

use super::assignment_details::AssignmentDetails;
use crate::domain::homework::Assignment;

/// The preview of a valid link. `already` says the same homework is in the journal already.
#[component]
pub fn OfferCard(
    assignment: Assignment,
    already: bool,
    on_accept: Callback<()>,
    on_decline: Callback<()>,
) -> impl IntoView {
    let title = assignment.title.clone();
    let choices = if already {
        view! {
            <p class="notice notice--info">
                "This homework is already in your journal, so there's nothing new to set up."
            </p>
            <div class="homework-actions">
                <button type="button" class="button button--primary" on:click=move |_| on_decline.run(())>
                    "Back to your homework"
                </button>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p>
                "Nothing is stored until you choose Accept. Afterwards you can change, pause or remove it whenever you like."
            </p>
            <div class="homework-actions">
                <button type="button" class="button button--primary" on:click=move |_| on_accept.run(())>
                    "Accept"
                </button>
                <button type="button" class="button" on:click=move |_| on_decline.run(())>
                    "No thanks"
                </button>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="card homework-offer" aria-labelledby="offer-title">
            <p class="homework-eyebrow">"If you accept, Between will add this homework to your journal on this device:"</p>
            <h2 id="offer-title">{title}</h2>
            <AssignmentDetails assignment=assignment/>
            {choices}
        </section>
    }
}
