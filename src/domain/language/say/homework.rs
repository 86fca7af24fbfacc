//! Messages for homework.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
