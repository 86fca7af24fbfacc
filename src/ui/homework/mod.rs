//! Homework from a therapist: the composer behind "For therapists", the client's page that
//! opens a homework link, and the client's list of accepted homework.
mod assignment_details;
mod assignment_fields;
mod homework_card;
mod homework_page;
mod offer_card;
mod qr_code;
mod therapists_page;

pub use homework_page::HomeworkPage;
pub use therapists_page::TherapistsPage;

use super::kept::RecordSpec;
use crate::domain::homework::{
    decode_homework_list, encode_homework_list, HomeworkList, HOMEWORK_KEY,
};

/// The client's accepted homework, one small record.
pub(crate) static HOMEWORK_RECORD: RecordSpec<HomeworkList> = RecordSpec {
    key: HOMEWORK_KEY,
    encode: Some(encode_homework_list),
    decode: decode_homework_list,
};
