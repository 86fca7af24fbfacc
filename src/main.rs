//! Mounts the app; everything else lives in the library.
fn main() {
    between::ui::show_on_panic();
    leptos::mount::mount_to_body(between::ui::App);
}
