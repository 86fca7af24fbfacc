//! Where a new entry is written. Check-ins and therapy feedback have their own page
//! (`/check-in`, another bundle), so their forms stay out of the journal's first load.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::goals::can_link;
use crate::domain::language::{number, say::journal as say};
use crate::domain::prompts::choice::find_by_text;
use crate::domain::{EntryId, EntryKind, MAX_TEXT_CHARS};
use crate::ui::goals::GoalPicker;
use crate::ui::prompts::prompt_box::PromptBox;
use crate::ui::prompts::prompt_prefs::{prompt_prefs, today};
use crate::ui::shell::routing::{Link, Page};
use crate::ui::state::small_records::records;
use crate::ui::state::JournalState;

/// The kind of entry (a win, a concern or a reflection), then its text.
#[component]
pub fn Composer() -> impl IntoView {
    let state = expect_context::<JournalState>();
    let kind = Memo::new(move |_| state.draft.with(|d| d.kind));
    view! {
        <section class="composer card" aria-labelledby="composer-heading">
            <h2 id="composer-heading" tabindex="-1">{say::write_something()}</h2>
            <fieldset class="kind-picker">
                <legend>{say::what_to_write()}</legend>
                {EntryKind::TEXT_KINDS
                    .into_iter()
                    .map(|option| {
                        view! {
                            <label class=format!("kind-option kind-option--{}", option.slug())>
                                <input
                                    type="radio"
                                    name="entry-kind"
                                    value=option.slug()
                                    prop:checked=move || kind.get() == option
                                    on:change=move |_| state.choose_kind(option)
                                />
                                <span class="kind-icon" aria-hidden="true">{option.icon()}</span>
                                " "
                                {option.label()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p class="field-help check-in-links">
                {say::or_check_in()}
                <Link to=Page::CheckIn>{say::how_i_feel()}</Link>
                " · "
                <Link to=Page::CheckIn place="therapy-feedback">{say::how_therapy_is_going()}</Link>
            </p>
            <TextForm kind=kind/>
        </section>
    }
}

/// Text, optional priority and tags; the draft is saved as it is typed.
#[component]
fn TextForm(kind: Memo<EntryKind>) -> impl IntoView {
    let state = expect_context::<JournalState>();
    let draft = state.draft;
    let text_box = NodeRef::<leptos::html::Textarea>::new();

    let prefs = prompt_prefs();
    let goal = RwSignal::new(String::new());
    let goals = records().goals;
    let submit = move || {
        let answered =
            draft.with_untracked(|d| d.prompt.clone().filter(|_| d.kind == EntryKind::Reflection));
        // Linked only once the entry is stored, and only for kinds that belong to goals.
        let link_to =
            Some(goal.get_untracked()).filter(|g| !g.is_empty() && can_link(kind.get_untracked()));
        let saved = move |id: &EntryId| {
            if let Some(goal_id) = link_to {
                goals.update(|g| {
                    let _ = g.link(&goal_id, id);
                });
            }
        };
        if state.save_draft_as_entry(saved) {
            goal.set(String::new());
            // Remember the prompt as answered, so it rests for a while.
            let used =
                answered.and_then(|text| prefs.value.with_untracked(|p| find_by_text(p, &text)));
            if let Some(prompt) = used {
                prefs.update(|p| p.mark_used(&prompt.id, today()));
            }
            if let Some(text_box) = text_box.get() {
                let _ = text_box.focus();
            }
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        submit();
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            submit();
        }
    };
    let characters = move || draft.with(|d| d.text.trim().chars().count());

    view! {
            <form on:submit=on_submit novalidate>
                {move || (kind.get() == EntryKind::Reflection).then(|| view! { <PromptBox/> })}

                <label for="entry-text" class="field-label">
                    {move || match kind.get() {
                        EntryKind::Win => say::your_win(),
                        EntryKind::Concern => say::your_concern(),
                        EntryKind::Reflection => say::your_reflection(),
                        EntryKind::CheckIn | EntryKind::Feedback => say::your_note(),
                    }}
                </label>
                <textarea
                    id="entry-text"
                    node_ref=text_box
                    rows="5"
                    aria-describedby="entry-help entry-error"
                    aria-invalid=move || state.draft_error.with(|e| e.is_some()).to_string()
                    placeholder=move || kind.get().placeholder()
                    prop:value=move || draft.with(|d| d.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.update_draft(|d| d.text = text);
                    }
                    on:keydown=on_keydown
                ></textarea>
                <p id="entry-help" class="field-help">
                    {move || say::composer_help(number(characters()), number(MAX_TEXT_CHARS))}
                </p>

                {move || (kind.get() == EntryKind::Concern).then(|| view! {
                    <label class="check-field">
                        <input
                            type="checkbox"
                            prop:checked=move || draft.with(|d| d.priority)
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                state.update_draft(|d| d.priority = checked);
                            }
                        />
                        {say::mark_priority()}
                    </label>
                                })}

                <label for="entry-tags" class="field-label">
                    {say::tags_label()} <span class="optional">{say::tags_optional()}</span>
                </label>
                <input
                    id="entry-tags"
                    type="text"
                    autocomplete="off"
                    prop:value=move || draft.with(|d| d.tags.clone())
                    on:input=move |ev| {
                        let tags = event_target_value(&ev);
                        state.update_draft(|d| d.tags = tags);
                    }
                />

                <GoalPicker kind=kind chosen=goal/>

                <p id="entry-error" class="field-error" role="alert">
                    {move || state.draft_error.get().map(|e| e.to_string())}
                </p>
                <button type="submit" class="button button--primary">{say::save_entry()}</button>
            </form>
    }
}
