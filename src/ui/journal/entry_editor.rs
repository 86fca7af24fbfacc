//! Editing an entry in place.
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::journal::collection::EntryEdit;
use crate::domain::language::say::journal as say;
use crate::domain::{Entry, EntryKind};
use crate::storage::files;
use crate::ui::journal::entry_details::EntryDetailsList;
use crate::ui::shell::focus::{edit_button_id, focus_soon};
use crate::ui::state::JournalState;

/// Text, tags and priority of one entry; Escape or Cancel leaves it as it was. A check-in's
/// or feedback card's answers stay as they were saved: its note and tags can be changed.
///
/// `orphaned`: the entry was deleted in another tab while open here. The words stay, with
/// a note, and can be saved as a new entry, copied or let go (see `state/orphan.rs`).
#[component]
pub fn EntryEditor(entry: Entry, #[prop(optional)] orphaned: bool) -> impl IntoView {
    let state = expect_context::<JournalState>();
    // Resume what was being typed if the editor is redrawn (another tab changed the list).
    let resumed = match orphaned {
        true => state
            .orphan
            .with_untracked(|o| o.as_ref().map(|o| o.edit.clone())),
        false => state.edit_buffer.with_value(|buffer| {
            buffer
                .as_ref()
                .filter(|(id, _)| id == &entry.id)
                .map(|(_, edit)| edit.clone())
        }),
    };
    let edit = RwSignal::new(resumed.unwrap_or_else(|| EntryEdit::of(&entry)));
    {
        let id = entry.id.clone();
        Effect::new(move |_| {
            let current = edit.get();
            match orphaned {
                true => state.update_orphan(|e| *e = current),
                false => state.edit_buffer.set_value(Some((id.clone(), current))),
            }
        });
    }
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(entry.id.clone());
    let field_id = format!("edit-{}", entry.id);
    let tags_id = format!("edit-tags-{}", entry.id);
    let error_id = format!("edit-error-{}", entry.id);
    let text_box = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(text_box) = text_box.get() {
            let _ = text_box.focus();
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if orphaned {
            state.save_orphan_as_new(move |result| error.set(result.err()));
            return;
        }
        let done = move |result: Result<(), String>| match result {
            Ok(()) => focus_soon(id.with_value(edit_button_id)),
            Err(message) => error.set(Some(message)),
        };
        id.with_value(|id| edit.with_untracked(|e| state.save_edit(id, e, done)));
    };
    let cancel = move || {
        if orphaned {
            state.let_orphan_go();
            return focus_soon("entries-heading".into());
        }
        state.close_editor();
        focus_soon(id.with_value(edit_button_id));
    };
    let copy = move |_| {
        let text = edit.with_untracked(|e| e.text.clone());
        leptos::task::spawn_local(async move {
            error.set(Some(if files::copy_text(&text).await {
                say::words_copied().into()
            } else {
                say::copy_refused().into()
            }));
        });
    };

    view! {
        <form
            class=if orphaned { "entry-editor card orphan-editor" } else { "entry-editor" }
            on:submit=on_submit
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                // Escape never lets orphaned words go: that takes the button.
                if ev.key() == "Escape" && !orphaned {
                    cancel();
                }
            }
            novalidate
        >
            {orphaned.then(|| view! {
                <p class="orphan-note">{say::deleted_elsewhere()}</p>
            })}
            {entry.details.clone().map(|details| view! {
                <EntryDetailsList details=details/>
                <p class="field-help">{say::answers_stay()}</p>
            })}
            <label for=field_id.clone() class="field-label">
                {if orphaned {
                    say::what_you_were_writing().to_string()
                } else if entry.kind.has_details() {
                    say::edit_your_note().to_string()
                } else {
                    say::edit_your(entry.kind.label().to_lowercase())
                }}
            </label>
            <textarea
                id=field_id
                node_ref=text_box
                rows="5"
                aria-describedby=error_id.clone()
                aria-invalid=move || error.with(|e| e.is_some()).to_string()
                prop:value=move || edit.with(|e| e.text.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    edit.update(|e| e.text = text);
                }
            ></textarea>
            {(entry.kind == EntryKind::Concern)
                .then(|| {
                    view! {
                        <label class="check-field">
                            <input
                                type="checkbox"
                                prop:checked=move || edit.with(|e| e.priority)
                                on:change=move |ev| {
                                    let checked = event_target_checked(&ev);
                                    edit.update(|e| e.priority = checked);
                                }
                            />
                            {say::mark_priority()}
                        </label>
                    }
                })}
            <label for=tags_id.clone() class="field-label">
                {say::tags_label()} <span class="optional">{say::tags_optional()}</span>
            </label>
            <input
                id=tags_id
                type="text"
                autocomplete="off"
                prop:value=move || edit.with(|e| e.tags.clone())
                on:input=move |ev| {
                    let tags = event_target_value(&ev);
                    edit.update(|e| e.tags = tags);
                }
            />
            <p id=error_id class="field-error" role="alert">{move || error.get()}</p>
            <div class="entry-actions">
                <button type="submit" class="button button--primary">
                    {if orphaned { say::save_as_new() } else { say::save_changes() }}
                </button>
                {orphaned.then(|| view! {
                    <button type="button" class="button" on:click=copy>{say::copy_words()}</button>
                })}
                <button type="button" class="button button--quiet" on:click=move |_| cancel()>
                    {if orphaned { say::let_them_go() } else { say::cancel() }}
                </button>
            </div>
        </form>
    }
}
