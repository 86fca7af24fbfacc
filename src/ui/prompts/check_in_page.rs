//! "Check in": how I feel, and how therapy is going for me. Each is saved as a journal entry.
use leptos::prelude::*;

use crate::ui::prompts::details_form::DetailsForm;
use crate::ui::shell::routing::{Link, Page};

/// The two gentle check-in forms, on their own page.
#[component]
pub fn CheckInPage() -> impl IntoView {
    view! {
        <div class="page-intro">
            <h1>"Check in"</h1>
            <p class="lede">
                "Two short, gentle forms. Fill in as much or as little as you like; each is kept as an entry in your journal, and nothing is shared unless you choose it for a summary."
            </p>
        </div>
        <section class="card" aria-labelledby="check-in-heading">
            <h2 id="check-in-heading">"How I feel"</h2>
            <DetailsForm feedback=false/>
        </section>
        <section class="card" id="therapy-feedback" tabindex="-1" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">"How therapy is going for me"</h2>
            <DetailsForm feedback=true/>
        </section>
        <p><Link to=Page::Journal>"Back to your journal"</Link></p>
    }
}
