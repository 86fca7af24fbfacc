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

impl EntrySource {
    /// When the import that brought it ran (epoch ms), read from the import id. `None` for
    /// an id Between did not write, which callers treat as "not known to be older".
    pub fn imported_at_millis(&self) -> Option<i64> {
        let hex = self.import.strip_prefix("imp-")?;
        // By hand: the generic `from_str_radix` costs more of the app's size than this.
        (!hex.is_empty() && hex.len() <= 15)
            .then(|| {
                hex.chars()
                    .try_fold(0, |n, c| Some(n * 16 + i64::from(c.to_digit(16)?)))
            })
            .flatten()
    }
}
