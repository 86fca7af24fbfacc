//! What Between is, how it keeps words private, and what it is not.
use crate::domain::prompts::library::CREDITS;
use crate::ui::shell::routing::{Link, Page};
use leptos::prelude::*;

/// Plain words about privacy and care.
#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <article class="prose">
            <h1>"About Between"</h1>
            <p>
                "Between is a private journal for the days between therapy sessions. You can note small wins, concerns you'd like to raise, and gentle reflections, at your own pace."
            </p>
            <h2>"Your words stay with you"</h2>
            <ul>
                <li>"Everything you write is kept in this browser's storage, on this device. Nothing is sent anywhere."</li>
                <li>"There is no account, no tracking and no analytics. The app loads nothing from other websites."</li>
                <li>"Clearing this site's data in your browser settings removes your journal too. A backup keeps a copy you can bring back."</li>
            </ul>
            <h2>"No pressure"</h2>
            <p>
                "Nothing here counts days or keeps score. Write when it helps, and leave it when it doesn't. You don't have to share anything you're not ready to."
            </p>
            <h2>"Where some prompts come from"</h2>
            <p>
                "Every prompt is written in our own words. Some retell ideas from people whose work we are grateful for:"
            </p>
            <ul>
                {CREDITS
                    .iter()
                    .map(|(source, what)| view! { <li><strong>{*source}</strong>": "{*what}</li> })
                    .collect_view()}
            </ul>
            <p><Link to=Page::Prompts>"Browse all prompts"</Link></p>
            <p><Link to=Page::Journal>"Back to your journal"</Link></p>
            <h2>"For therapists"</h2>
            <p>
                "Therapists can suggest homework through a link, with no account and no server. "
                <Link to=Page::Therapists>"Make a homework link"</Link>
                "."
            </p>
        </article>
    }
}
