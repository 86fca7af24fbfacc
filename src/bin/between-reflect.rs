//! Mounts the reflect bundle (what `/prompts`, `/check-in` and `/about` load).
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(between::ui::ReflectApp);
}
