//! Getting the summary out: print, copy, download and (where the browser has it) share.
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::summary_data::SummaryData;
use crate::domain::language::say::summary as say;
use crate::domain::sessions::summary_text::{title, to_markdown, to_plain_text};
use crate::storage::files;

/// Print, copy as text or Markdown, download .md or .txt, and share when possible.
#[component]
pub fn SummaryActions(data: SummaryData) -> impl IntoView {
    let can_share = web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
        .unwrap_or(false);
    let text = move |markdown: bool| {
        data.summary.with_untracked(|s| {
            if markdown {
                to_markdown(s)
            } else {
                to_plain_text(s)
            }
        })
    };
    let copy = move |markdown: bool| {
        move |_| {
            let contents = text(markdown);
            let status = data.state.status;
            leptos::task::spawn_local(async move {
                let done = files::copy_text(&contents).await;
                status.set(match (done, markdown) {
                    (true, true) => say::copied_markdown().into(),
                    (true, false) => say::copied_text().into(),
                    (false, _) => say::copy_failed().into(),
                });
            });
        }
    };
    let download = move |markdown: bool| {
        move |_| {
            let (from, to) = data
                .summary
                .with_untracked(|s| (s.header.from, s.header.to));
            let (ext, mime) = if markdown {
                ("md", "text/markdown")
            } else {
                ("txt", "text/plain")
            };
            let name = format!("between-summary-{from}-to-{to}.{ext}");
            let message = match files::download(&name, mime, &text(markdown)) {
                Ok(()) => say::downloading().to_string(),
                Err(reason) => say::file_not_made(reason),
            };
            data.state.status.set(message);
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let share = move |_| {
        let contents = text(false);
        let heading = data.summary.with_untracked(title);
        leptos::task::spawn_local(async move {
            let Some(window) = web_sys::window() else {
                return;
            };
            let share_data = web_sys::ShareData::new();
            share_data.set_title(&heading);
            share_data.set_text(&contents);
            // A closed share sheet is not a problem, so nothing is said about it.
            let _ = JsFuture::from(window.navigator().share_with_data(&share_data)).await;
        });
    };
    view! {
        <div class="summary-actions" role="group" aria-label=say::actions_label()>
            <button type="button" class="button button--primary" on:click=print>{say::print()}</button>
            <button type="button" class="button" on:click=copy(false)>{say::copy_text()}</button>
            <button type="button" class="button" on:click=copy(true)>{say::copy_markdown()}</button>
            <button type="button" class="button" on:click=download(true)>{say::download_md()}</button>
            <button type="button" class="button" on:click=download(false)>{say::download_txt()}</button>
            {can_share.then(|| view! {
                <button type="button" class="button" on:click=share>{say::share()}</button>
            })}
        </div>
    }
}
