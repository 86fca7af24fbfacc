//! The journal page: the composer, the list of days with their entries, editing in place,
//! filters and search, undo, and the welcome after a while away.
pub(crate) mod composer;
pub(crate) mod entry_card;
pub(crate) mod entry_details;
pub(crate) mod entry_editor;
pub(crate) mod entry_list;
pub(crate) mod journal_filters;
pub(crate) mod journal_page;
pub(crate) mod kind_badge;
pub(crate) mod orphan_editor;
pub(crate) mod undo_bar;
pub(crate) mod welcome_back;
