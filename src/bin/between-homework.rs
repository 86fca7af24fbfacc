//! Mounts the homework bundle (what `/homework` and `/for-therapists` load).
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(between::ui::HomeworkApp);
}
