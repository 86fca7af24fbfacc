//! The journal itself: entries and their kinds, the composer's draft, check-ins and feedback
//! with their details, and the collection that orders, filters, searches and pages them.
pub mod checkin;
pub mod collection;
mod compose;
pub mod details;
pub mod draft;
pub mod entry;
pub mod kind;
pub mod search;
pub mod source;
