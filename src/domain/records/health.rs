//! Plain words about how safely the browser is keeping the journal.
use crate::domain::calendar::time::Timestamp;
use crate::domain::language::say::records as say;

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
        (true, true) => Some(say::reminder_browser_deletes().into()),
        (true, false) if last_backup.is_none() => Some(say::reminder_no_backup_yet().into()),
        (true, false) => Some(say::reminder_backup_old().into()),
        (false, _) => None,
    }
}

/// "About 12 KB of 5 MB used"
pub fn describe_usage(usage_bytes: f64, quota_bytes: f64) -> String {
    let used = if usage_bytes < 1024.0 {
        say::less_than_1_kb().to_string()
    } else {
        say::about_size(human_size(usage_bytes))
    };
    say::usage(used, human_size(quota_bytes))
}

/// Whole numbers only: float formatting would add several KB to the app.
fn human_size(bytes: f64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = KB * 1024;
    const GB: u64 = MB * 1024;
    let bytes = bytes.max(0.0) as u64;
    let tenths = |unit: u64| {
        let t = (bytes * 10 + unit / 2) / unit;
        format!("{}{}{}", t / 10, say::decimal_point(), t % 10)
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

/// Where the person is running Between, as far as installing it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    /// Safari (or any browser) on iPhone and iPad: a Home Screen app gets its own, empty storage.
    AppleMobile,
    /// Safari on a Mac.
    SafariMac,
    /// Chrome, Edge and other Chromium browsers on a computer.
    ChromiumDesktop,
    Android,
    Other,
}

/// Tells the platform from the user agent; iPads ask for the desktop site, so a "Macintosh"
/// with a touch screen is an iPad.
pub fn platform(user_agent: &str, touch_screen: bool) -> Platform {
    let has = |word: &str| user_agent.contains(word);
    if has("iPhone") || has("iPad") || has("iPod") || (has("Macintosh") && touch_screen) {
        Platform::AppleMobile
    } else if has("Android") {
        Platform::Android
    } else if has("Chrome") || has("Chromium") || has("Edg") {
        Platform::ChromiumDesktop
    } else if deletes_unused_data(user_agent) {
        Platform::SafariMac
    } else {
        Platform::Other
    }
}

/// Whether this window is the installed app, in plain words.
pub fn installed_line(installed: bool) -> &'static str {
    if installed {
        say::installed_app()
    } else {
        say::browser_tab()
    }
}

/// Why and how to install, on browsers that delete a site's data after a while away (and
/// the steps on others, for anyone who would like an app). `None` once installed.
pub fn install_advice(platform: Platform, installed: bool) -> Option<InstallAdvice> {
    if installed {
        return None;
    }
    let (urgent, steps): (bool, Vec<&'static str>) = match platform {
        Platform::AppleMobile => (
            true,
            vec![
                say::apple_mobile_step_1(),
                say::apple_mobile_step_2(),
                say::apple_mobile_step_3(),
                say::apple_mobile_step_4(),
            ],
        ),
        Platform::SafariMac => (
            true,
            vec![
                say::safari_mac_step_1(),
                say::safari_mac_step_2(),
                say::safari_mac_step_3(),
            ],
        ),
        Platform::ChromiumDesktop => (false, vec![say::chromium_step_1(), say::chromium_step_2()]),
        Platform::Android => (false, vec![say::android_step_1(), say::android_step_2()]),
        Platform::Other => return None,
    };
    Some(InstallAdvice { urgent, steps })
}

/// Steps to install Between; `urgent` where the browser would otherwise delete the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstallAdvice {
    pub urgent: bool,
    pub steps: Vec<&'static str>,
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

    #[test]
    fn iphone_and_ipad_are_told_to_back_up_before_adding_to_the_home_screen() {
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
        let ipad_as_mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";
        assert_eq!(platform(iphone, true), Platform::AppleMobile);
        assert_eq!(platform(ipad_as_mac, true), Platform::AppleMobile);
        assert_eq!(platform(ipad_as_mac, false), Platform::SafariMac);
        let advice = install_advice(Platform::AppleMobile, false).unwrap();
        assert!(advice.urgent);
        assert!(advice.steps[0].contains("own, empty storage"));
        assert!(advice.steps[0].contains("backup"));
        assert!(advice
            .steps
            .last()
            .unwrap()
            .contains("bring the backup back"));
    }

    #[test]
    fn an_installed_window_needs_no_advice_and_says_so() {
        for p in [
            Platform::AppleMobile,
            Platform::SafariMac,
            Platform::ChromiumDesktop,
            Platform::Android,
        ] {
            assert_eq!(install_advice(p, true), None);
        }
        assert!(installed_line(true).contains("installed"));
        assert!(installed_line(false).contains("browser tab"));
    }

    #[test]
    fn chromium_gets_calm_steps_and_other_browsers_none() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
        let android = "Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36";
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
        assert_eq!(platform(chrome, false), Platform::ChromiumDesktop);
        assert_eq!(platform(android, true), Platform::Android);
        assert_eq!(platform(firefox, false), Platform::Other);
        assert!(
            !install_advice(Platform::ChromiumDesktop, false)
                .unwrap()
                .urgent
        );
        assert_eq!(install_advice(Platform::Other, false), None);
    }
}
