//! Days and moments: the local calendar date, the RFC 3339 moment an entry was written, and
//! how dates are put into words ("Today", "Mon 3 Nov").
pub mod date_text;
pub mod time;
