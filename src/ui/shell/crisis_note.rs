//! The short note that Between is not an emergency service.
use leptos::prelude::*;

/// Always at the foot of every page, and linked from the header.
#[component]
pub fn CrisisNote() -> impl IntoView {
    view! {
        <footer id="crisis" class="crisis-note" tabindex="-1">
            <h2>"If you need help right now"</h2>
            <p>
                "Between is a journal, not an emergency service. If you are in danger or thinking about harming yourself, please call your local emergency number (112 in Europe, 911 in North America, 999 in the UK, 000 in Australia) or a crisis line where you live. You deserve support straight away."
            </p>
        </footer>
    }
}
