//! Where an imported entry came from: the app, its id there, and the import that brought it,
//! so importing the same file again adds nothing twice and one import can be undone whole.
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EntrySource {
    /// `"daylio"` or `"day_one"`.
    pub app: String,
    /// The entry's id in that app (for a text split in parts, with `#2`, `#3`…).
    pub id: String,
    /// The import that brought it: `"imp-<epoch ms in hex>"`.
    pub import: String,
}
