//! Messages for records.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
