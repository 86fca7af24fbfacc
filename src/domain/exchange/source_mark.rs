//! The small, quiet mark on an entry brought in from another app: "From Daylio".
use crate::domain::exchange::imported::SourceApp;
use crate::domain::journal::entry::Entry;
use crate::domain::language::say::exchange as say;

/// "From Daylio" for an imported entry, `None` for one written in Between. An app this
/// build does not know (brought in by a newer build) is still marked, as "another app".
pub fn source_mark(entry: &Entry) -> Option<String> {
    let source = entry.source.as_ref()?;
    Some(match SourceApp::from_token(&source.app) {
        Some(app) => say::from_app(app.name()),
        None => say::from_another_app().to_string(),
    })
}
