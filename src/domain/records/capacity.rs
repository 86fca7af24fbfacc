//! How much of local storage the journal takes, and whether a change will fit before it
//! starts. Browsers give each site about 5 MiB of local storage; Chromium counts it in
//! UTF-16 characters of keys and values, which is what every length here is.
use crate::domain::language::say::records as say;

/// Characters of keys and values local storage holds for one site (Chromium, Firefox and
/// Safari all allow 5 MiB).
pub const LOCAL_STORAGE_QUOTA: usize = 5_242_880;
/// Left free after turning the lock on or off, for the draft and the next entries.
const HEADROOM: usize = 64 * 1024;
/// From this share of the quota on, the storage panel suggests a backup.
const WARN_AT: f64 = 0.8;

/// Local storage before and after a change that rewrites every record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Projection {
    pub used_now: usize,
    pub used_after: usize,
}

impl Projection {
    pub fn fits(&self) -> bool {
        self.used_after + HEADROOM <= LOCAL_STORAGE_QUOTA
    }

    /// Why the lock cannot be turned on, and what the person can do, in plain words.
    pub fn refusal(&self) -> String {
        say::no_room_for_lock(self.short_by())
    }

    /// How much more room the change needs, in words ("1.2 MB").
    pub fn short_by(&self) -> String {
        size_words((self.used_after + HEADROOM).saturating_sub(LOCAL_STORAGE_QUOTA))
    }
}

/// About how many more entries like the ones already written fit.
pub fn room_for_entries(used: usize, entry_records: usize, entry_units: usize) -> usize {
    let mean = match entry_records {
        0 => 500, // an ordinary entry of about 600 characters, packed
        n => (entry_units / n).max(1),
    };
    LOCAL_STORAGE_QUOTA.saturating_sub(used + HEADROOM) / mean
}

/// A calm line about the room left, and a gentle warning well before it runs out.
pub fn room_words(used: usize, entry_records: usize, entry_units: usize) -> (String, bool) {
    let room = room_for_entries(used, entry_records, entry_units);
    let share = used as f64 / LOCAL_STORAGE_QUOTA as f64;
    let rounded = match room {
        0..=99 => room,
        100..=999 => room / 10 * 10,
        _ => room / 100 * 100,
    };
    let percent = (share * 100.0).round() as u32;
    let line = match entry_records {
        0 => say::room_ordinary(rounded, percent),
        _ => say::room_like_yours(rounded, percent),
    };
    if share >= WARN_AT {
        let warning = say::storage_getting_full(&line);
        return (warning, true);
    }
    (line, false)
}

fn size_words(units: usize) -> String {
    // Two bytes per character, as the browser counts them.
    let kb = (units * 2).div_ceil(1024);
    match kb {
        0..=1023 => format!("{kb} KB"),
        _ => format!(
            "{}{}{} MB",
            kb / 1024,
            say::decimal_point(),
            kb % 1024 * 10 / 1024
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_fits_only_with_headroom_left() {
        let fits = |after| {
            Projection {
                used_now: 100,
                used_after: after,
            }
            .fits()
        };
        assert!(fits(LOCAL_STORAGE_QUOTA / 2));
        assert!(!fits(LOCAL_STORAGE_QUOTA - 10));
        let refusal = Projection {
            used_now: 4_000_000,
            used_after: LOCAL_STORAGE_QUOTA + 500_000,
        }
        .refusal();
        assert!(refusal.contains("about 1.0 MB more"), "{refusal}");
        assert!(refusal.contains("Nothing has changed"));
    }

    #[test]
    fn room_is_counted_in_entries_like_yours_and_warns_from_four_fifths() {
        let (line, warn) = room_words(1_000_000, 2_000, 800_000);
        assert!(
            line.contains("19 %") && line.contains("about 10,400 more entries"),
            "{line}"
        );
        assert!(!warn);
        let (line, warn) = room_words(4_500_000, 9_000, 4_400_000);
        assert!(warn && line.contains("backup"), "{line}");
        assert!(line.contains("about 1,300 more"), "{line}");
        assert_eq!(room_for_entries(LOCAL_STORAGE_QUOTA, 10, 10), 0);
        let (line, _) = room_words(300, 0, 0);
        assert!(
            line.contains("0 %") && line.contains("10,300 entries of an ordinary length"),
            "{line}"
        );
    }
}
