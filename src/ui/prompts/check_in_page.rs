//! "Check in": how I feel, and how therapy is going for me. Each is saved as a journal entry.
use leptos::prelude::*;

use crate::domain::language::say::checkin as say;
use crate::ui::prompts::details_form::DetailsForm;
use crate::ui::shell::routing::{Link, Page};

/// The two gentle check-in forms, on their own page.
#[component]
pub fn CheckInPage() -> impl IntoView {
    view! {
        <div class="page-intro">
            <h1>{say::check_in_heading()}</h1>
            <p class="lede">{say::check_in_lede()}</p>
        </div>
        <section class="card" aria-labelledby="check-in-heading">
            <h2 id="check-in-heading">{say::how_i_feel_heading()}</h2>
            <DetailsForm feedback=false/>
        </section>
        <section class="card" id="therapy-feedback" tabindex="-1" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{say::how_therapy_is_going()}</h2>
            <DetailsForm feedback=true/>
        </section>
        <p><Link to=Page::Journal>{say::back_to_journal()}</Link></p>
    }
}
