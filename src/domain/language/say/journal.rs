//! Messages for journal.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
