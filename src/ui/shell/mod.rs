//! The shell around every page: the app and its router, the header, notices (saving, updates,
//! a fault), focus after moving, the lock screen, the crisis note and the about page.
pub(crate) mod about_page;
pub(crate) mod app;
pub(crate) mod crash_notice;
pub(crate) mod crisis_note;
pub(crate) mod focus;
pub(crate) mod language;
pub(crate) mod lock_screen;
pub(crate) mod notices;
pub(crate) mod routing;
pub(crate) mod site_header;
pub(crate) mod update_notice;
