//! Messages for goals.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
