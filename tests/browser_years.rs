//! Years of entries in Chromium's real local storage: 10,000 entries locked and unlocked,
//! and storage that runs out in the middle of turning the lock on or off.
#![cfg(target_arch = "wasm32")]

use between::domain::records::format::ENTRY_KEY_PREFIX;
use between::domain::records::lock::{read_entry_record, StoredRecord};
use between::domain::{Draft, EntryId, EntryKind, Timestamp};
use between::storage::local::Write;
use between::storage::records::{self, Record};
use between::storage::LocalJournalStore;
use between::ui::state::{JournalState, FIRST_OPENED};
use leptos::prelude::Owner;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "harbour lantern thistle 42";
const SENTENCES: [&str; 8] = [
    "Today I went for a short walk before work and it helped more than I expected. ",
    "I felt rushed when we talked about my mother, and I would like to go back to it. ",
    "I told my sister how I actually felt, which was hard but good. ",
    "Slept badly again; the worry about money came back around three in the morning. ",
    "What would I say to a friend? That they did enough today, and that rest counts. ",
    "I said no to an extra shift and nothing terrible happened. ",
    "On the bus I noticed my shoulders were up by my ears, so I let them drop. ",
    "I want to bring this to Thursday's session: the pattern with my manager. ",
];

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// `n` entries of about 600 characters of ordinary journal English, of every kind that
/// has a text, written through the one write path.
async fn write_journal(n: u32) {
    storage().clear().unwrap();
    let kinds = [EntryKind::Win, EntryKind::Concern, EntryKind::Reflection];
    for i in 0..n {
        let mut text = String::new();
        for s in 0..(2 + i % 13) {
            text.push_str(SENTENCES[((i * 7 + s * 3) % 8) as usize]);
        }
        let draft = Draft {
            text,
            ..Draft::of_kind(kinds[(i % 3) as usize])
        };
        let at = Timestamp::parse("2024-01-01T09:00:00+01:00").unwrap();
        let entry = draft
            .to_entry(
                EntryId::new(1_700_000_000_000 + i64::from(i) * 60_000, i),
                at,
            )
            .unwrap();
        records::save(Record::Entry(&entry, Write::NewRevision))
            .await
            .unwrap();
    }
}

/// How many entry records are sealed and how many plain (packed or not), all readable.
fn forms() -> (usize, usize) {
    let storage = storage();
    let (mut sealed, mut plain) = (0, 0);
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        if !key.starts_with(ENTRY_KEY_PREFIX) {
            continue;
        }
        match read_entry_record(&key, &storage.get_item(&key).unwrap().unwrap()) {
            Ok(StoredRecord::Sealed { .. }) => sealed += 1,
            Ok(StoredRecord::Plain(_)) => plain += 1,
            Err(error) => panic!("{key} does not read: {error:?}"),
        }
    }
    (sealed, plain)
}

/// Fills what local storage has left with another site's data, as another tab might.
fn fill_the_rest() -> usize {
    let storage = storage();
    let (mut size, mut n, mut filled) = (1 << 20, 0, 0);
    while size > 0 {
        match storage.set_item(&format!("someone-else-{n}"), &"x".repeat(size)) {
            Ok(()) => {
                n += 1;
                filled += size;
            }
            Err(_) => size /= 2,
        }
    }
    filled
}

/// Makes local storage fill up with another site's data (as another tab might) just before
/// the `n`th entry record is written from now on.
fn fill_at_write(n: u32) {
    js_sys::Function::new_with_args(
        "n",
        "const set = Storage.prototype.setItem;
         globalThis.__betweenSetItem = set;
         let writes = 0;
         Storage.prototype.setItem = function (key, value) {
           if (key.startsWith('between.entry.') && ++writes === n) {
             for (let size = 1 << 20, i = 0; size > 0; ) {
               try { set.call(this, 'someone-else-' + i++, 'x'.repeat(size)); } catch { size >>= 1; }
             }
           }
           return set.call(this, key, value);
         };",
    )
    .call1(&wasm_bindgen::JsValue::NULL, &n.into())
    .unwrap();
}

fn stop_filling() {
    js_sys::eval("Storage.prototype.setItem = globalThis.__betweenSetItem").unwrap();
}

fn used_share() -> f64 {
    LocalJournalStore::usage().unwrap().all as f64
        / between::domain::records::capacity::LOCAL_STORAGE_QUOTA as f64
}

/// One test, so the scenarios run one after another: they share this page's local storage and
/// the key the storage edge holds, and async tests in one file may interleave.
#[wasm_bindgen_test]
async fn years_of_entries_in_real_local_storage() {
    // The app's background reading runs on Leptos' executor, which mounting starts.
    leptos::mount::mount_to_body(|| ());
    ten_thousand_entries_are_locked_unlocked_and_read_back_the_same().await;
    storage_that_runs_out_while_the_lock_goes_on_ends_with_the_journal_unlocked_and_whole().await;
    a_journal_that_would_not_fit_locked_is_refused_before_anything_changes().await;
    with_storage_full_the_lock_still_comes_off_whole().await;
    storage().clear().unwrap();
}

async fn ten_thousand_entries_are_locked_unlocked_and_read_back_the_same() {
    write_journal(10_000).await;
    let plain_share = used_share();
    let owner = Owner::new();
    owner.set();
    let state = JournalState::load();
    // The newest are shown at once, and the rest follow in the background.
    let first = state.journal.get_untracked_entries();
    assert_eq!(first.len(), FIRST_OPENED);
    assert!(leptos::prelude::GetUntracked::get_untracked(&state.opening));
    state.whole_journal().await;
    let before = state.journal.get_untracked_entries();
    assert_eq!(before.len(), 10_000);
    let newest = |entries: &[between::domain::Entry]| {
        entries.iter().map(|e| e.created_at.epoch_millis()).max()
    };
    assert_eq!(
        newest(&first),
        newest(&before),
        "the first shown are the newest"
    );

    state.enable_lock(PASSPHRASE, 15).await.unwrap();
    assert_eq!(forms(), (10_000, 0));
    let locked_share = used_share();
    web_sys::console::log_1(
        &format!(
            "10,000 entries: plain {:.1} % of the quota, locked {:.1} %",
            plain_share * 100.0,
            locked_share * 100.0
        )
        .into(),
    );
    assert!(locked_share <= 0.80, "{locked_share}");

    // A new tab: nothing is read until the passphrase is given.
    records::forget_key();
    let reopened = JournalState::load();
    assert!(reopened.journal.get_untracked_entries().is_empty());
    reopened.unlock(PASSPHRASE).await.unwrap();
    reopened.whole_journal().await;
    assert_eq!(reopened.journal.get_untracked_entries(), before);

    reopened.disable_lock().await.unwrap();
    assert_eq!(forms(), (0, 10_000));
    assert_eq!(
        LocalJournalStore::load().unwrap().entries.len(),
        10_000,
        "plain again, every entry reads without the passphrase"
    );
}

async fn storage_that_runs_out_while_the_lock_goes_on_ends_with_the_journal_unlocked_and_whole() {
    write_journal(3_000).await;
    let owner = Owner::new();
    owner.set();
    let state = JournalState::load();
    state.whole_journal().await;
    let before = state.journal.get_untracked_entries();
    // Another tab fills storage just as the lock is sealing the thousandth entry.
    fill_at_write(1_000);
    let message = state.enable_lock(PASSPHRASE, 15).await.unwrap_err();
    assert!(message.contains("left unlocked"), "{message}");
    assert!(message.contains("nothing was lost"), "{message}");
    assert_eq!(forms(), (0, 3_000), "every record is plain again");
    assert_eq!(
        LocalJournalStore::load_lock(),
        Ok(None),
        "no half-done lock"
    );
    assert!(!records::has_key());
    assert_eq!(
        sorted(LocalJournalStore::load().unwrap().entries),
        sorted(before)
    );
    assert!(
        storage().get_item("someone-else-0").unwrap().is_some(),
        "others' data is left alone"
    );
    stop_filling();
}

async fn a_journal_that_would_not_fit_locked_is_refused_before_anything_changes() {
    write_journal(500).await;
    fill_the_rest();
    let owner = Owner::new();
    owner.set();
    let state = JournalState::load();
    let message = state.enable_lock(PASSPHRASE, 15).await.unwrap_err();
    assert!(message.contains("isn't enough room"), "{message}");
    assert!(message.contains("Nothing has changed"), "{message}");
    assert_eq!(forms(), (0, 500));
    assert_eq!(LocalJournalStore::load_lock(), Ok(None));
}

async fn with_storage_full_the_lock_still_comes_off_whole() {
    write_journal(2_000).await;
    let owner = Owner::new();
    owner.set();
    let state = JournalState::load();
    state.enable_lock(PASSPHRASE, 15).await.unwrap();
    fill_the_rest();
    // Plain records are never longer than sealed ones, so turning the lock off needs no room.
    state.disable_lock().await.unwrap();
    assert_eq!(forms(), (0, 2_000));
    assert_eq!(LocalJournalStore::load_lock(), Ok(None));
    assert_eq!(LocalJournalStore::load().unwrap().entries.len(), 2_000);
}

fn sorted(mut entries: Vec<between::domain::Entry>) -> Vec<between::domain::Entry> {
    entries.sort_by(|a, b| a.id.as_str().cmp(b.id.as_str()));
    entries
}

trait Entries {
    fn get_untracked_entries(&self) -> Vec<between::domain::Entry>;
}

impl Entries for leptos::prelude::RwSignal<between::domain::Journal> {
    fn get_untracked_entries(&self) -> Vec<between::domain::Entry> {
        use leptos::prelude::WithUntracked;
        self.with_untracked(|j| j.newest_first().into_iter().cloned().collect())
    }
}
