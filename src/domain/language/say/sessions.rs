//! Messages for sessions.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
