//! The word and icon that name an entry's kind.
use leptos::prelude::*;

use crate::domain::EntryKind;

/// "✦ Small win": the word carries the meaning, the icon and colour only help.
#[component]
pub fn KindBadge(kind: EntryKind) -> impl IntoView {
    view! {
        <span class=format!("kind-badge kind-badge--{}", kind.slug())>
            <span class="kind-icon" aria-hidden="true">{kind.icon()}</span>
            " "
            {kind.label()}
        </span>
    }
}
