//! Backup & storage: how safely the journal is kept, and copies the person can keep.
use leptos::prelude::*;

use crate::ui::backup::export_panel::ExportPanel;
use crate::ui::backup::import_panel::ImportPanel;
use crate::ui::backup::lock_panel::LockPanel;
use crate::ui::backup::storage_health::StorageHealth;

/// The page behind "Backup" in the header.
#[component]
pub fn BackupPage() -> impl IntoView {
    view! {
        <div class="page-intro">
            <h1>"Backup & storage"</h1>
            <p class="lede">
                "Your journal lives only in this browser. A backup is a file you keep yourself, so your words stay safe even if this browser's data is cleared."
            </p>
        </div>
        <StorageHealth/>
        <ExportPanel/>
        <ImportPanel/>
        <LockPanel/>
    }
}
