//! Messages for shell.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
