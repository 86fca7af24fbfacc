//! Messages for summary.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
