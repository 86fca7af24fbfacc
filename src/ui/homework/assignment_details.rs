//! What a homework holds, in plain words: message, prompts, what to notice, rhythm, days.
use leptos::prelude::*;

use crate::domain::homework::Assignment;

/// A description list of one assignment. Every text is the therapist's or client's own, shown
/// as text.
#[component]
pub fn AssignmentDetails(assignment: Assignment) -> impl IntoView {
    let focus = assignment
        .focus
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join(", ");
    let period = format!(
        "From {} to {}",
        assignment.start.long(),
        assignment.end.long()
    );
    let message = (!assignment.message.is_empty()).then(|| {
        view! {
            <dt>"Message"</dt>
            <dd class="homework-message">{assignment.message.clone()}</dd>
        }
    });
    let prompts = if assignment.prompts.is_empty() {
        view! { <dd>"No prompts: write in your own way."</dd> }.into_any()
    } else {
        view! {
            <dd>
                <ul class="homework-prompts">
                    {assignment.prompts.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                </ul>
            </dd>
        }
        .into_any()
    };
    view! {
        <dl class="homework-details">
            {message}
            <dt>"Prompts"</dt>
            {prompts}
            <dt>"Entries to notice"</dt>
            <dd>{focus}</dd>
            <dt>"How often"</dt>
            <dd>{assignment.rhythm.label()} " (a suggestion, never a target)"</dd>
            <dt>"When"</dt>
            <dd>{period}</dd>
        </dl>
    }
}
