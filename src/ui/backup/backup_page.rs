//! Backup & storage: how safely the journal is kept, copies the person can keep, and the
//! journal as Markdown or CSV for other apps.
use leptos::prelude::*;

use crate::domain::language::say::backup as say;
use crate::ui::backup::bring_in_panel::BringInPanel;
use crate::ui::backup::export_panel::ExportPanel;
use crate::ui::backup::import_panel::ImportPanel;
use crate::ui::backup::lock_panel::LockPanel;
use crate::ui::backup::storage_health::StorageHealth;
use crate::ui::backup::take_out_panel::TakeOutPanel;

/// The page behind "Backup" in the header.
#[component]
pub fn BackupPage() -> impl IntoView {
    view! {
        <div class="page-intro">
            <h1>{say::page_heading()}</h1>
            <p class="lede">
                {say::page_lede()}
            </p>
        </div>
        <StorageHealth/>
        <ExportPanel/>
        <TakeOutPanel/>
        <ImportPanel/>
        <BringInPanel/>
        <LockPanel/>
    }
}
