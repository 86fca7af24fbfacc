//! The language on screen: read before anything is drawn (the stored choice, else the
//! browser's), and changed from the header or About. A change redraws the whole app.
use leptos::prelude::*;

use crate::domain::language::say::language as say;
use crate::domain::language::{self, Lang};
use crate::storage::language::{chosen_language, save_language, show_language};
use crate::ui::shell::focus::focus_soon;

#[derive(Clone, Copy)]
pub struct Language {
    /// Changes when the person picks another language; the app redraws when it does.
    pub lang: RwSignal<Lang>,
    /// The last choice could not be stored (the picker says so).
    not_saved: RwSignal<bool>,
}

impl Language {
    pub fn provide() -> Self {
        let lang = chosen_language();
        language::set_current(lang);
        show_language(lang);
        let this = Self {
            lang: RwSignal::new(lang),
            not_saved: RwSignal::new(false),
        };
        provide_context(this);
        this
    }

    /// Speaks `lang` from now on and remembers it. Returns what to announce.
    pub fn choose(&self, lang: Lang) -> String {
        language::set_current(lang);
        show_language(lang);
        let saved = save_language(lang).is_ok();
        self.not_saved.set(!saved);
        self.lang.set(lang);
        if saved {
            say::language_changed(lang.own_name())
        } else {
            say::language_not_saved().to_string()
        }
    }

    /// A backup brought a language in: speak it without writing it again.
    pub fn follow(&self, lang: Lang) {
        language::set_current(lang);
        show_language(lang);
        self.lang.set(lang);
    }
}

/// A labelled list of the languages, each named in its own language. `id` tells the header's
/// picker from About's, so focus comes back to the one used after the redraw.
#[component]
pub fn LanguagePicker(
    id: &'static str,
    announce: RwSignal<String>,
    /// In the header the label is read by screen readers only; the names speak for themselves.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let language = expect_context::<Language>();
    let on_change = move |event: leptos::ev::Event| {
        let Some(lang) = Lang::from_code(&event_target_value(&event)) else {
            return;
        };
        if lang != language::current() {
            announce.set(language.choose(lang));
            focus_soon(id.to_string());
        }
    };
    let help_id = format!("{id}-help");
    view! {
        <span class="language-picker">
            <label for=id class:visually-hidden=compact>{say::language_label()}</label>
            <select id=id on:change=on_change aria-describedby=help_id.clone()>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=lang == language::current()>
                                {lang.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <span id=help_id class:visually-hidden=compact class="field-help">{say::language_help()}</span>
            {move || language.not_saved.get().then(|| view! {
                <span class="field-error" role="alert">{say::language_not_saved()}</span>
            })}
        </span>
    }
}
