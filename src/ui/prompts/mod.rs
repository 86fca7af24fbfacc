//! Prompts and check-ins: the prompt library page, today's prompt in the composer, favourites,
//! and the "how I feel" and "how therapy is going" forms.
pub(crate) mod check_in_page;
pub(crate) mod details_form;
pub(crate) mod favourite_toggle;
pub(crate) mod prompt_box;
pub(crate) mod prompt_prefs;
pub(crate) mod prompt_row;
pub(crate) mod prompts_page;
