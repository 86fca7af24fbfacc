//! Messages for prompts.
use crate::domain::language::{messages, plurals};

messages! {}

plurals! {}
