//! What a homework holds, in plain words: message, prompts, what to notice, rhythm, days.
use leptos::prelude::*;

use crate::domain::homework::Assignment;
use crate::domain::language::say::homework as say;

/// A description list of one assignment. Every text is the therapist's or client's own, shown
/// as text; `lang` is their language's code when known, for screen readers.
#[component]
pub fn AssignmentDetails(
    assignment: Assignment,
    #[prop(optional_no_strip)] lang: Option<String>,
) -> impl IntoView {
    let focus = assignment
        .focus
        .iter()
        .map(|f| f.label())
        .collect::<Vec<_>>()
        .join(", ");
    let period = say::period(assignment.start.long(), assignment.end.long());
    let message = (!assignment.message.is_empty()).then(|| {
        view! {
            <dt>{say::message_term()}</dt>
            <dd class="homework-message" lang=lang.clone()>{assignment.message.clone()}</dd>
        }
    });
    let prompts = if assignment.prompts.is_empty() {
        view! { <dd>{say::no_prompts()}</dd> }.into_any()
    } else {
        view! {
            <dd>
                <ul class="homework-prompts" lang=lang.clone()>
                    {assignment.prompts.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                </ul>
            </dd>
        }
        .into_any()
    };
    view! {
        <dl class="homework-details">
            {message}
            <dt>{say::prompts_term()}</dt>
            {prompts}
            <dt>{say::entries_to_notice()}</dt>
            <dd>{focus}</dd>
            <dt>{say::how_often()}</dt>
            <dd>{assignment.rhythm.label()} {say::never_a_target()}</dd>
            <dt>{say::when()}</dt>
            <dd>{period}</dd>
        </dl>
    }
}
