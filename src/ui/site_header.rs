//! The app's name and main navigation.
use leptos::prelude::*;

use super::routing::{Link, Page};

/// Name, navigation and a quick way to the crisis note.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <Link to=Page::Journal class="brand">
                <span class="brand-mark" aria-hidden="true">"◐"</span>
                " Between"
            </Link>
            <nav aria-label="Main">
                <ul role="list">
                    <li><Link to=Page::Journal>"Journal"</Link></li>
                    <li><Link to=Page::Backup>"Backup"</Link></li>
                    <li><Link to=Page::About>"About & privacy"</Link></li>
                    <li><a href="#crisis" class="crisis-link">"Need help now?"</a></li>
                </ul>
            </nav>
        </header>
    }
}
