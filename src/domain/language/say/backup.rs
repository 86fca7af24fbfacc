//! Messages for backup.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
