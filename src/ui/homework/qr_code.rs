//! A QR code for a link, drawn as one SVG path.
use leptos::prelude::*;

use crate::domain::homework::qr::{qr_modules, qr_svg_path};
use crate::domain::language::say::homework as say;

/// The code for `text`, or a calm sentence when the text is too long for one.
#[component]
pub fn QrCode(text: String) -> impl IntoView {
    match qr_modules(&text) {
        Ok(matrix) => {
            let (side, d) = qr_svg_path(&matrix, 4);
            let view_box = format!("0 0 {side} {side}");
            view! {
                <svg
                    class="qr-code"
                    viewBox=view_box
                    role="img"
                    aria-label=say::qr_label()
                    shape-rendering="crispEdges"
                    xmlns="http://www.w3.org/2000/svg"
                >
                    <rect fill="#fff" width=side height=side/>
                    <path d=d fill="#000"/>
                </svg>
            }
            .into_any()
        }
        Err(error) => view! { <p class="field-help">{error.message()}</p> }.into_any(),
    }
}
