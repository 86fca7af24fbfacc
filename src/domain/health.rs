//! Plain words about how safely the browser is keeping the journal.
use super::time::Timestamp;

/// Days after which a gentle backup reminder appears.
pub const BACKUP_REMINDER_DAYS: i64 = 7;

/// A gentle reminder to make a backup, or `None` when all is well.
pub fn backup_reminder(
    last_backup: Option<Timestamp>,
    now: Timestamp,
    browser_deletes_unused_data: bool,
    has_entries: bool,
) -> Option<String> {
    if !has_entries {
        return None;
    }
    let stale = match last_backup {
        None => true,
        Some(at) => now.days_since(&at) >= BACKUP_REMINDER_DAYS,
    };
    match (stale, browser_deletes_unused_data) {
        (true, true) => Some("This browser can delete a site's data when it hasn't been visited for a while. A backup keeps a copy of your journal safe, whenever you have a moment.".into()),
        (true, false) if last_backup.is_none() => Some("You haven't made a backup yet. A backup keeps a copy of your journal safe if this browser's data is ever cleared.".into()),
        (true, false) => Some("Your last backup is more than a week old. A fresh one keeps your recent entries safe too.".into()),
        (false, _) => None,
    }
}

/// "About 12 KB of 5 MB used"
pub fn describe_usage(usage_bytes: f64, quota_bytes: f64) -> String {
    let used = if usage_bytes < 1024.0 {
        "Less than 1 KB".to_string()
    } else {
        format!("About {}", human_size(usage_bytes))
    };
    format!(
        "{used} of {} available to this site is in use.",
        human_size(quota_bytes)
    )
}

/// Whole numbers only: float formatting would add several KB to the app.
fn human_size(bytes: f64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = KB * 1024;
    const GB: u64 = MB * 1024;
    let bytes = bytes.max(0.0) as u64;
    let tenths = |unit: u64| {
        let t = (bytes * 10 + unit / 2) / unit;
        format!("{}.{}", t / 10, t % 10)
    };
    if bytes >= GB {
        format!("{} GB", tenths(GB))
    } else if bytes >= MB {
        format!("{} MB", tenths(MB))
    } else {
        format!("{} KB", bytes.div_ceil(KB))
    }
}

/// Safari deletes script-written storage after seven days without a visit (unless installed).
pub fn deletes_unused_data(user_agent: &str) -> bool {
    user_agent.contains("Safari")
        && ![
            "Chrome", "Chromium", "CriOS", "Edg", "Firefox", "FxiOS", "Android",
        ]
        .iter()
        .any(|other| user_agent.contains(other))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn no_reminder_for_an_empty_journal_or_a_recent_backup() {
        let now = at("2026-11-21T10:00:00Z");
        assert_eq!(backup_reminder(None, now, true, false), None);
        assert_eq!(
            backup_reminder(Some(at("2026-11-18T10:00:00Z")), now, false, true),
            None
        );
    }

    #[test]
    fn a_missing_or_week_old_backup_gets_a_gentle_reminder() {
        let now = at("2026-11-21T10:00:00Z");
        assert!(backup_reminder(None, now, false, true)
            .unwrap()
            .contains("haven't made a backup yet"));
        assert!(
            backup_reminder(Some(at("2026-11-14T10:00:00Z")), now, false, true)
                .unwrap()
                .contains("more than a week old")
        );
        assert!(backup_reminder(None, now, true, true)
            .unwrap()
            .contains("can delete a site's data"));
    }

    #[test]
    fn usage_reads_in_plain_units() {
        assert_eq!(
            describe_usage(12_000.0, 5.0 * 1024.0 * 1024.0),
            "About 12 KB of 5.0 MB available to this site is in use."
        );
        assert_eq!(
            describe_usage(0.0, 1024.0 * 1024.0),
            "Less than 1 KB of 1.0 MB available to this site is in use."
        );
        assert_eq!(
            describe_usage(1_572_864.0, 300.0 * 1024.0 * 1024.0 * 1024.0),
            "About 1.5 MB of 300.0 GB available to this site is in use."
        );
    }

    #[test]
    fn safari_is_recognised_but_chrome_on_any_platform_is_not() {
        let safari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
        assert!(deletes_unused_data(safari));
        assert!(!deletes_unused_data(chrome));
    }
}
