//! The app's name and main navigation.
use leptos::prelude::*;
use leptos_router::components::A;

/// Name, navigation and a quick way to the crisis note.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand">
                <span class="brand-mark" aria-hidden="true">"◐"</span>
                " Between"
            </A>
            <nav aria-label="Main">
                <ul role="list">
                    <li><A href="/">"Journal"</A></li>
                    <li><A href="/about">"About & privacy"</A></li>
                    <li><a href="#crisis" class="crisis-link" rel="external">"Need help now?"</a></li>
                </ul>
            </nav>
        </header>
    }
}
