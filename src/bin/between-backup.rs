//! Mounts the backup bundle (what `/backup` loads).
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(between::ui::BackupApp);
}
