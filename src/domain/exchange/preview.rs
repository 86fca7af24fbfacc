//! The preview of an import in words, and the imports already in the journal (so one can be
//! taken back out whole).
use super::imported::{LeftOutReason, SourceApp};
use super::plan::ImportPlan;
use crate::domain::calendar::time::Timestamp;
use crate::domain::journal::entry::Entry;
use crate::domain::language::number;
use crate::domain::language::say::bring_in as say;

/// Places in the file named in the preview before "…".
const PLACES_SHOWN: usize = 10;

/// What will come in, what stays behind and why, one sentence each.
pub fn preview_lines(plan: &ImportPlan) -> Vec<String> {
    let mut lines = Vec::new();
    if plan.new.is_empty() {
        lines.push(say::nothing_new().to_string());
    } else {
        lines.push(say::will_add(plan.new.len()));
        for (kind, count) in plan.by_kind() {
            lines.push(format!("{}: {}", kind.plural(), number(count)));
        }
    }
    if let Some((from, to)) = plan.dates() {
        lines.push(say::date_range(from.long(), to.long()));
    }
    if let Some(offset) = plan.assumed_offset {
        lines.push(say::assumed_zone(super::detect::offset_words(offset)));
    }
    if plan.already_here > 0 {
        lines.push(say::already_here(plan.already_here));
    }
    let places = |reason| -> Vec<usize> {
        plan.left_out
            .iter()
            .filter(|l| l.reason == reason)
            .map(|l| l.position)
            .collect()
    };
    let undated = places(LeftOutReason::Date);
    if !undated.is_empty() {
        let mut shown: Vec<String> = undated
            .iter()
            .take(PLACES_SHOWN)
            .map(|p| number(*p))
            .collect();
        if undated.len() > PLACES_SHOWN {
            shown.push("…".into());
        }
        lines.push(say::left_out_date(undated.len(), shown.join(", ")));
    }
    let empty = places(LeftOutReason::Empty).len();
    if empty > 0 {
        lines.push(say::left_out_empty(empty));
    }
    if plan.attachments > 0 {
        lines.push(say::attachments(plan.attachments));
    }
    if plan.split > 0 {
        lines.push(say::split(plan.split));
    }
    if plan.tags_in_text > 0 {
        lines.push(say::tags_in_text(plan.tags_in_text));
    }
    lines
}

/// One import already in the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastImport {
    /// `"imp-<epoch ms in hex>"`, as each of its entries' source records.
    pub import: String,
    pub app: SourceApp,
    pub entries: usize,
}

impl PastImport {
    /// When it was made, read back from its id.
    pub fn made_at(&self, offset_minutes: i32) -> Option<Timestamp> {
        let millis = i64::from_str_radix(self.import.strip_prefix("imp-")?, 16).ok()?;
        Timestamp::from_browser(millis as f64, f64::from(-offset_minutes))
    }
}

/// Every import with entries still in the journal, newest first.
pub fn past_imports<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Vec<PastImport> {
    let mut imports: Vec<PastImport> = Vec::new();
    for source in entries.into_iter().filter_map(|e| e.source.as_deref()) {
        let Some(app) = SourceApp::from_token(&source.app) else {
            continue;
        };
        match imports.iter_mut().find(|i| i.import == source.import) {
            Some(known) => known.entries += 1,
            None => imports.push(PastImport {
                import: source.import.clone(),
                app,
                entries: 1,
            }),
        }
    }
    // Ids are the time in hex: longer is later, then by text.
    imports.sort_by(|a, b| (b.import.len(), &b.import).cmp(&(a.import.len(), &a.import)));
    imports
}

/// The entries one import added, whatever has been written since.
pub fn added_by<'a>(entries: impl IntoIterator<Item = &'a Entry>, import: &str) -> Vec<&'a Entry> {
    entries
        .into_iter()
        .filter(|e| e.source.as_ref().is_some_and(|s| s.import == import))
        .collect()
}
