//! A labelled passphrase field, the same wherever a passphrase is asked for.
use leptos::html::Input;
use leptos::prelude::*;

/// A password input bound to `value`, with its visible label.
#[component]
pub fn PassphraseField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    /// "new-password" where one is chosen, so password managers offer to keep it.
    #[prop(default = "current-password")]
    autocomplete: &'static str,
    #[prop(optional)] described_by: Option<&'static str>,
    #[prop(optional)] node_ref: NodeRef<Input>,
) -> impl IntoView {
    view! {
        <label for=id class="field-label">{label}</label>
        <input
            id=id
            type="password"
            autocomplete=autocomplete
            aria-describedby=described_by
            node_ref=node_ref
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}
