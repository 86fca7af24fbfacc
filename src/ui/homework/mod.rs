//! Homework from a therapist: the composer behind "For therapists", the client's page that
//! opens a homework link, and the client's list of accepted homework.
mod assignment_details;
mod assignment_fields;
mod homework_card;
mod homework_page;
pub(crate) mod homework_panel;
mod offer_card;
mod qr_code;
mod therapists_page;

pub use homework_page::HomeworkPage;
pub use therapists_page::TherapistsPage;
