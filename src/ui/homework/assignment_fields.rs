//! The homework form's fields, shared by the therapist's composer and the client's edit form.
use leptos::prelude::*;

use crate::domain::homework::{AssignmentForm, FocusKind, Rhythm, MAX_PROMPTS};
use crate::domain::language::say::homework as say;
use crate::domain::prompts::library::{in_theme, Theme};
use crate::ui::shell::focus::focus_soon;

/// Title, message, prompts (from the library or written), what to notice, rhythm and days.
/// `prefix` keeps element ids unique when two forms could be on one page.
#[component]
pub fn AssignmentFields(form: RwSignal<AssignmentForm>, prefix: String) -> impl IntoView {
    let written_prefix = prefix.clone();
    let id = move |name: &str| format!("{prefix}-{name}");
    let written_count = Memo::new(move |_| form.with(|f| f.written.len()));
    let has_room = Memo::new(move |_| form.with(AssignmentForm::has_room_for_a_prompt));
    let library = Theme::ALL
        .into_iter()
        .map(|theme| {
            let prompts = in_theme(theme)
                .map(|prompt| {
                    let chosen = move || form.with(|f| f.library.contains(&prompt.id));
                    view! {
                        <li>
                            <label class="check-field">
                                <input
                                    type="checkbox"
                                    prop:checked=chosen
                                    disabled=move || !chosen() && !has_room.get()
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        form.update(|f| f.choose_library(prompt.id, on));
                                    }
                                />
                                " "
                                {prompt.text()}
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <details class="prompt-theme">
                    <summary>{theme.label()}</summary>
                    <ul class="prompt-choices">{prompts}</ul>
                </details>
            }
        })
        .collect_view();
    let written_id = move |i: usize| format!("{written_prefix}-written-{i}");
    let add_id = written_id.clone();
    let written = move || {
        (0..written_count.get())
            .map(|i| {
                let field = written_id(i);
                view! {
                    <div class="written-prompt">
                        <label class="field-label" for=field.clone()>
                            {say::own_prompt(i + 1)}
                        </label>
                        <textarea
                            id=field
                            rows="2"
                            prop:value=move || form.with(|f| f.written.get(i).cloned().unwrap_or_default())
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                form.update(|f| {
                                    if let Some(p) = f.written.get_mut(i) {
                                        *p = text;
                                    }
                                });
                            }
                        ></textarea>
                        <button
                            type="button"
                            class="button button--quiet"
                            on:click=move |_| form.update(|f| {
                                if i < f.written.len() {
                                    f.written.remove(i);
                                }
                            })
                        >
                            {say::remove_own_prompt(i + 1)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    let add_written = move |_| {
        if has_room.get_untracked() {
            let at = form.with_untracked(|f| f.written.len());
            form.update(|f| f.written.push(String::new()));
            focus_soon(add_id(at));
        }
    };
    let focus_choices = FocusKind::ALL
        .into_iter()
        .map(|focus| {
            view! {
                <label class="check-field">
                    <input
                        type="checkbox"
                        prop:checked=move || form.with(|f| f.focus.contains(&focus))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            form.update(|f| f.choose_focus(focus, on));
                        }
                    />
                    " "
                    {focus.label()}
                </label>
            }
        })
        .collect_view();
    let rhythm_name = id("rhythm");
    let rhythms = Rhythm::ALL
        .into_iter()
        .map(|rhythm| {
            view! {
                <label class="check-field">
                    <input
                        type="radio"
                        name=rhythm_name.clone()
                        prop:checked=move || form.with(|f| f.rhythm == rhythm)
                        on:change=move |_| form.update(|f| f.rhythm = rhythm)
                    />
                    " "
                    {rhythm.label()}
                </label>
            }
        })
        .collect_view();

    view! {
        <label class="field-label" for=id("title")>{say::title_label()}</label>
        <input
            id=id("title")
            type="text"
            autocomplete="off"
            prop:value=move || form.with(|f| f.title.clone())
            on:input=move |ev| {
                let text = event_target_value(&ev);
                form.update(|f| f.title = text);
            }
        />
        <label class="field-label" for=id("message")>
            {say::short_message()} <span class="optional">{say::optional()}</span>
        </label>
        <textarea
            id=id("message")
            rows="3"
            prop:value=move || form.with(|f| f.message.clone())
            on:input=move |ev| {
                let text = event_target_value(&ev);
                form.update(|f| f.message = text);
            }
        ></textarea>
        <fieldset class="homework-fieldset">
            <legend>{say::prompts_term()}</legend>
            <p class="field-help">
                {move || say::prompts_chosen(form.with(AssignmentForm::prompt_count), MAX_PROMPTS)}
            </p>
            {library}
            {written}
            <button
                type="button"
                class="button"
                disabled=move || !has_room.get()
                on:click=add_written
            >
                {say::add_own_prompt()}
            </button>
        </fieldset>
        <fieldset class="homework-fieldset">
            <legend>{say::entries_to_notice()}</legend>
            {focus_choices}
        </fieldset>
        <fieldset class="homework-fieldset">
            <legend>{say::how_often_suggested()}</legend>
            {rhythms}
        </fieldset>
        <div class="homework-dates">
            <div>
                <label class="field-label" for=id("start")>{say::first_day()}</label>
                <input
                    id=id("start")
                    type="date"
                    prop:value=move || form.with(|f| f.start.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        form.update(|f| f.start = text);
                    }
                />
            </div>
            <div>
                <label class="field-label" for=id("end")>{say::last_day()}</label>
                <input
                    id=id("end")
                    type="date"
                    prop:value=move || form.with(|f| f.end.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        form.update(|f| f.end = text);
                    }
                />
            </div>
        </div>
    }
}
