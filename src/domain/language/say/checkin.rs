//! Messages for checkin.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
