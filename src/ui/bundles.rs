//! One root component per bundle. Each names only its own pages, so the compiler leaves
//! every other page's code out of that bundle's wasm.
use leptos::prelude::*;

use super::about_page::AboutPage;
use super::app::Shell;
use super::backup_page::BackupPage;
use super::check_in_page::CheckInPage;
use super::homework::{HomeworkPage, TherapistsPage};
use super::journal_page::JournalPage;
use super::prompts_page::PromptsPage;
use super::routing::{Bundle, Page};
use super::summary::SummaryPage;

/// The journal: what opens first, so it stays smallest.
#[component]
pub fn JournalApp() -> impl IntoView {
    fn pages(page: Page) -> Option<AnyView> {
        (page == Page::Journal).then(|| view! { <JournalPage/> }.into_any())
    }
    view! { <Shell bundle=Bundle::Journal pages=pages/> }
}

/// The prompt library, check-ins and About.
#[component]
pub fn ReflectApp() -> impl IntoView {
    fn pages(page: Page) -> Option<AnyView> {
        match page {
            Page::Prompts => Some(view! { <PromptsPage/> }.into_any()),
            Page::CheckIn => Some(view! { <CheckInPage/> }.into_any()),
            Page::About => Some(view! { <AboutPage/> }.into_any()),
            _ => None,
        }
    }
    view! { <Shell bundle=Bundle::Reflect pages=pages/> }
}

/// Backup, restore, the lock and storage health.
#[component]
pub fn BackupApp() -> impl IntoView {
    fn pages(page: Page) -> Option<AnyView> {
        (page == Page::Backup).then(|| view! { <BackupPage/> }.into_any())
    }
    view! { <Shell bundle=Bundle::Backup pages=pages/> }
}

/// Homework: the therapist's composer and the client's homework page.
#[component]
pub fn HomeworkApp() -> impl IntoView {
    fn pages(page: Page) -> Option<AnyView> {
        match page {
            Page::Homework => Some(view! { <HomeworkPage/> }.into_any()),
            Page::Therapists => Some(view! { <TherapistsPage/> }.into_any()),
            _ => None,
        }
    }
    view! { <Shell bundle=Bundle::Homework pages=pages/> }
}

/// Sessions and the consent-checked summary to print or copy.
#[component]
pub fn SummaryApp() -> impl IntoView {
    fn pages(page: Page) -> Option<AnyView> {
        (page == Page::Summary).then(|| view! { <SummaryPage/> }.into_any())
    }
    view! { <Shell bundle=Bundle::Summary pages=pages/> }
}
