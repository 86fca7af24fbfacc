//! Mounts the summary bundle (what `/summary` loads).
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(between::ui::SummaryApp);
}
