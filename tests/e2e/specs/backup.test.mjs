// Backup & storage: a backup file brings back exactly what was written, never duplicates,
// never lets an older copy win, keeps its words secret under a passphrase, refuses bad files
// kindly without touching the journal, and the health panel says how things stand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withApp } from '../support/fixtures.mjs';
import { assertClean, watchDialogs } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal, makeEntry, rfc3339, ENTRY_PREFIX } from '../support/journal-page.mjs';
import { BackupPage, pageLocalDate, jsonFile, sealBackup, openBackup, LAST_BACKUP_KEY } from '../support/backup-page.mjs';

const app = withApp();

const PASSPHRASE = 'quiet river morning';
const XSS = '<img src=x onerror=alert(1)>';
const UNCHANGED = 'Nothing in your journal has changed';
const WRONG_PASSPHRASE = /^That passphrase doesn't open this backup\. .*Nothing in your journal has changed\.$/;

/** A fresh guarded context in a midday timezone, with its journal and backup pages. */
async function openBoth(options) {
  const opened = await openJournal(app, options);
  return { ...opened, backup: new BackupPage(opened.page, app.url) };
}

/**
 * Entries with their times as instants (ISO in UTC), so a seeded entry compares equal to the
 * same entry after a trip through the app, however the app chooses to spell an RFC 3339 time
 * ("Z", "+00:00", a local offset, milliseconds). Takes one entry, a list, or an object by id.
 */
function sameInstants(value) {
  const one = (e) => e && { ...e, created_at: new Date(e.created_at).toISOString(), updated_at: new Date(e.updated_at).toISOString() };
  if (Array.isArray(value)) return value.map(one);
  if (value && !('id' in value)) return Object.fromEntries(Object.entries(value).map(([k, e]) => [k, one(e)]));
  return one(value);
}

/** Three seeded entries, one of each kind, written a few minutes apart. */
function threeEntries() {
  const start = Date.now() - 60 * 60 * 1000;
  return [
    makeEntry({ kind: 'win', text: 'Walked to the river before breakfast.', tags: ['mornings'], created_at: new Date(start) }),
    makeEntry({ kind: 'concern', text: 'The new rota keeps me up at night.', priority: true, tags: ['work', 'sleep'], created_at: new Date(start + 5 * 60_000) }),
    makeEntry({
      kind: 'reflection',
      text: 'A slow week is still a week I showed up for.',
      prompt: 'What would you tell a friend who had the day you had?',
      created_at: new Date(start + 10 * 60_000),
    }),
  ];
}

/** Lets colour transitions (e.g. after switching to dark) finish before axe measures contrast. */
async function settle(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
}

/** Entries keyed by id. */
function byId(entries) {
  return Object.fromEntries(entries.map((e) => [e.id, e]));
}

/** Only the `between.entry.*` records, raw, as stored. */
function entryRecords(records) {
  return Object.fromEntries(Object.entries(records).filter(([k]) => k.startsWith(ENTRY_PREFIX)));
}

async function horizontalOverflow(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`),
  }));
}

test('export then import into a fresh, empty browser gives back identical data', async () => {
  const a = await openBoth();
  const dialogsA = watchDialogs(a.page);
  await a.journal.goto();
  await a.journal.write('win', 'I asked for help at work.\nIt went better than I feared.\n\nStill proud.', { tags: 'work, courage' });
  await a.journal.write('concern', 'Sleep has been hard since the move.', { priority: true, tags: 'sleep' });
  await a.journal.write('reflection', "I'd tell a friend that one slow week is not a failure.");
  await a.journal.write('win', XSS, { tags: '<b>tags</b>, "quotes"' });
  const originals = await a.journal.storedEntries();
  const originalRecords = entryRecords(await a.journal.storedRecords());
  const listA = await a.journal.entries();
  assert.equal(Object.keys(originals).length, 4);
  const kinds = Object.values(originals).map((e) => e.kind).sort();
  assert.deepEqual(kinds, ['concern', 'reflection', 'win', 'win']);
  assert.ok(Object.values(originals).find((e) => e.kind === 'reflection').prompt, 'the reflection keeps its prompt');

  await a.backup.openFromHeader();
  const file = await a.backup.downloadPlain();
  assert.equal(file.name, `between-backup-${await pageLocalDate(a.page)}.json`);
  assert.equal(file.json.format, 'between-backup');
  assert.equal(file.json.version, 2);
  assert.match(file.json.exported_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  assert.equal(file.json.entries.length, 4);
  assert.deepEqual(byId(file.json.entries), originals, 'the file holds every entry exactly as stored');
  assert.equal(file.json.draft, undefined, 'an empty composer adds no draft');
  // Answering a prompt rested it, so the prompt choices travel with the backup too.
  assert.deepEqual(Object.keys(file.json.records ?? {}), ['between.prompts']);
  const storedPrompts = await a.page.evaluate(() => localStorage.getItem('between.prompts'));
  assert.deepEqual(file.json.records['between.prompts'], JSON.parse(storedPrompts));

  // A different browser (fresh context): empty, then the backup.
  const b = await openBoth();
  const dialogsB = watchDialogs(b.page);
  await b.backup.goto();
  assert.equal(await b.journal.storedEntryCount(), 0);
  assert.equal(await b.backup.chooseFile(jsonFile(file.text, file.name)), 'preview');
  assert.deepEqual(await b.backup.previewLines(), [
    '4 entries will be added.',
    'Your prompt choices and own prompts will be added.',
  ]);
  assert.deepEqual(await b.backup.previewButtons(), ['Import', 'Cancel']);
  assert.equal(await b.journal.storedEntryCount(), 0, 'nothing is written before "Import"');
  assert.equal(await b.backup.confirmImport(), 'Your backup is imported: 4 entries added or updated.');

  assert.deepEqual(await b.journal.storedEntries(), originals, 'stored entries are deep-equal to the originals');
  assert.deepEqual(entryRecords(await b.journal.storedRecords()), originalRecords, 'and stored byte-for-byte alike');
  assert.deepEqual(
    JSON.parse(await b.page.evaluate(() => localStorage.getItem('between.prompts'))),
    JSON.parse(storedPrompts),
    'the prompt choices came back too',
  );
  await b.backup.backToJournal();
  assert.deepEqual(await b.journal.entries(), listA, 'the journal shows the same list, in the same order');
  await b.journal.reload();
  assert.deepEqual(await b.journal.entries(), listA, 'also after a reload');
  assert.equal(await b.page.locator('section.entries img').count(), 0, 'markup stays text');
  assert.deepEqual([...dialogsA, ...dialogsB], []);
  assertClean(a.guards);
  assertClean(b.guards);
});

test('importing the same file twice duplicates nothing', async () => {
  const entries = threeEntries();
  const a = await openBoth();
  await a.journal.seed(entries);
  await a.backup.goto();
  const file = await a.backup.downloadPlain();

  const b = await openBoth();
  await b.backup.goto();
  const first = await b.backup.importFile(jsonFile(file.text, file.name));
  assert.deepEqual(first.lines, ['3 entries will be added.']);
  const afterFirst = await b.journal.storedRecords();

  assert.equal(await b.backup.chooseFile(jsonFile(file.text, file.name)), 'preview');
  assert.deepEqual(await b.backup.previewLines(), ['3 entries are already here, unchanged.']);
  assert.deepEqual(await b.backup.previewButtons(), ['Done'], 'only "Done" when nothing would change');
  await b.backup.doneButton.click();
  await b.backup.preview.waitFor({ state: 'detached' });

  assert.equal(await b.journal.storedEntryCount(), 3);
  assert.deepEqual(await b.journal.storedRecords(), afterFirst, 'storage is exactly as after the first import');
  await b.backup.backToJournal();
  assert.equal((await b.journal.entries()).length, 3);
  assert.equal(await b.journal.listSummary.textContent(), '3 entries');
  assertClean(a.guards);
  assertClean(b.guards);
});

test('the newer revision wins, either way, and the preview says so', async () => {
  const [walk, rota, slow] = threeEntries();
  const { journal, backup, guards } = await openBoth();
  await journal.seed([walk, rota, slow]);
  await backup.goto();
  const oldFile = await backup.downloadPlain();

  // After the backup: one entry edited here (revision 2), one deleted.
  await backup.backToJournal();
  await journal.edit(walk.text, { text: 'Walked to the river before breakfast, and again after work.' });
  await journal.delete(rota.text);
  await journal.dismissUndo();
  const editedHere = (await journal.storedEntries())[walk.id];
  assert.equal(editedHere.revision, 2);

  await backup.openFromHeader();
  assert.equal(await backup.chooseFile(jsonFile(oldFile.text, oldFile.name)), 'preview');
  const oldFileLines = await backup.previewLines();
  assert.equal(await backup.confirmImport(), 'Your backup is imported: 1 entry added or updated.');
  let stored = await journal.storedEntries();
  assert.deepEqual(sameInstants(stored[walk.id]), sameInstants(editedHere), 'the edit made here is kept');
  assert.deepEqual(sameInstants(stored[rota.id]), sameInstants(rota), 'the deleted entry comes back as it was');
  assert.deepEqual(sameInstants(stored[slow.id]), sameInstants(slow));

  // The other way: a file whose copy is a newer revision updates the entry here.
  const newer = { ...editedHere, text: 'Edited on my other laptop: the river walk is a habit now.', revision: 3 };
  const newerFile = structuredClone(oldFile.json);
  newerFile.entries = newerFile.entries.map((e) => (e.id === walk.id ? newer : e));
  newerFile.entries.push({ ...makeEntry({ text: 'x' }), text: '   ' }); // unreadable: blank text
  assert.equal(await backup.chooseFile(jsonFile(newerFile)), 'preview');
  const newerFileLines = await backup.previewLines();
  assert.equal(await backup.confirmImport(), 'Your backup is imported: 1 entry added or updated.');
  stored = await journal.storedEntries();
  assert.deepEqual(sameInstants(stored[walk.id]), sameInstants(newer), 'the newer copy from the file is stored as it is in the file');
  assert.equal(Object.keys(stored).length, 3, 'the unreadable entry was left out');
  await backup.backToJournal();
  assert.deepEqual(await journal.entryTexts(), [slow.text, rota.text, newer.text]);

  assert.deepEqual(newerFileLines, [
    '1 entry will be updated to the newer version in the file.',
    '2 entries are already here, unchanged.',
    "1 entry in the file couldn't be read and will be left out.",
  ]);
  // Checked last, so the behaviour above is proven even while the wording is being fixed.
  assert.deepEqual(oldFileLines, [
    '1 entry will be added.',
    '1 entry here is newer than (or differs from) the copy in the file, so the version here is kept.',
    '1 entry is already here, unchanged.',
  ]);
  assertClean(guards);
});

test('an encrypted backup keeps the words secret and opens only with its passphrase', async () => {
  const entries = threeEntries();
  const a = await openBoth();
  await a.journal.seed(entries);
  await a.backup.goto();
  const buttonStates = await a.backup.watchEncryptButton();
  const file = await a.backup.downloadEncrypted(PASSPHRASE);
  await a.backup.encryptedButton.filter({ hasText: 'Download an encrypted backup' }).waitFor();
  assert.ok(
    (await buttonStates()).some((s) => s.text === 'Encrypting…' && s.disabled),
    `the button says "Encrypting…" and is disabled while busy: ${JSON.stringify(await buttonStates())}`,
  );
  assert.equal(await a.backup.encryptedButton.isEnabled(), true, 'and is usable again afterwards');
  assert.equal(await a.backup.passphraseBox.inputValue(), '', 'the passphrase is not left in the form');
  assert.equal(await a.backup.passphraseAgainBox.inputValue(), '');

  assert.equal(file.name, `between-backup-${await pageLocalDate(a.page)}.encrypted.json`);
  assert.equal(file.json.format, 'between-backup-encrypted');
  assert.equal(file.json.version, 1);
  assert.deepEqual({ name: file.json.kdf.name, iterations: file.json.kdf.iterations }, { name: 'PBKDF2-HMAC-SHA256', iterations: 600000 });
  assert.equal(file.json.cipher.name, 'AES-256-GCM');
  assert.equal(Buffer.from(file.json.kdf.salt, 'base64').length, 16);
  assert.equal(Buffer.from(file.json.cipher.iv, 'base64').length, 12);
  for (const entry of entries) {
    for (const words of [entry.text, entry.id, ...(entry.tags ?? []), entry.prompt].filter(Boolean)) {
      assert.ok(!file.text.includes(words), `"${words}" does not appear in the encrypted file`);
    }
  }
  assert.ok(!file.text.includes('"entries"') && !file.text.includes(PASSPHRASE));
  // Independently of the app: the documented algorithms open it to the plain backup.
  const inside = JSON.parse(openBackup(file.text, PASSPHRASE));
  assert.equal(inside.format, 'between-backup');
  assert.deepEqual(sameInstants(byId(inside.entries)), sameInstants(byId(entries)));

  const b = await openBoth();
  await b.backup.goto();
  assert.equal(await b.backup.chooseFile(jsonFile(file.text, file.name)), 'unlock');
  assert.equal(await b.backup.unlock('Quiet river morning'), 'message', 'passphrases are case-sensitive');
  assert.match((await b.backup.importMessage.textContent()).trim(), WRONG_PASSPHRASE);
  assert.equal(await b.backup.preview.count(), 0);
  assert.deepEqual(await b.journal.storedRecords(), {}, 'nothing was written');

  assert.equal(await b.backup.unlock(PASSPHRASE), 'preview');
  assert.equal((await b.backup.importMessage.textContent()).trim(), '', 'the wrong-passphrase message is gone');
  assert.deepEqual(await b.backup.previewLines(), ['3 entries will be added.']);
  assert.equal(await b.backup.confirmImport(), 'Your backup is imported: 3 entries added or updated.');
  assert.deepEqual(sameInstants(await b.journal.storedEntries()), sameInstants(byId(entries)));
  assertClean(a.guards);
  assertClean(b.guards);
});

test('a short or mismatched passphrase gets a kind message and nothing downloads', async () => {
  const { journal, backup, page, guards } = await openBoth();
  await journal.seed(threeEntries().slice(0, 1));
  await backup.goto();
  const downloads = backup.watchDownloads();

  await backup.fillPassphrases('quiet');
  await backup.encryptedButton.click();
  await backup.exportMessage.filter({ hasText: /\S/ }).waitFor();
  assert.equal(
    (await backup.exportMessage.textContent()).trim(),
    'Please choose a passphrase of at least 8 characters. A few unrelated words work well.',
  );
  assert.equal(await backup.exportMessage.getAttribute('role'), 'alert');

  await backup.fillPassphrases(PASSPHRASE, 'quiet river mourning');
  await backup.encryptedButton.click();
  await backup.exportMessage.filter({ hasText: 'not the same' }).waitFor();
  assert.equal((await backup.exportMessage.textContent()).trim(), 'The two passphrases are not the same yet. Could you type them again?');
  assert.equal(await backup.passphraseBox.inputValue(), PASSPHRASE, 'what was typed stays in the boxes');
  assert.equal(await backup.passphraseAgainBox.inputValue(), 'quiet river mourning');

  await page.waitForTimeout(800); // long enough for any key derivation to have finished
  assert.deepEqual(downloads, [], 'nothing was downloaded');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), LAST_BACKUP_KEY), null);
  assert.equal(await backup.healthLines.nth(2).textContent(), 'No backup has been made from this browser yet.');

  // Once they match, the message goes and the file comes.
  const file = await backup.downloadEncrypted(PASSPHRASE);
  assert.equal(file.json.format, 'between-backup-encrypted');
  assert.equal((await backup.exportMessage.textContent()).trim(), '');
  assertClean(guards);
});

test('bad files get a kind message and change nothing', async () => {
  const entries = threeEntries();
  const { journal, backup, guards } = await openBoth();
  await journal.seed(entries);
  await backup.goto();
  const plain = await backup.downloadPlain();
  const sealed = await backup.downloadEncrypted(PASSPHRASE);
  const before = await journal.storedRecords();

  // One character in the middle of the ciphertext changed (still valid base64).
  const envelope = JSON.parse(sealed.text);
  const mid = Math.floor(envelope.ciphertext.length / 2);
  const flipped = envelope.ciphertext[mid] === 'A' ? 'B' : 'A';
  envelope.ciphertext = envelope.ciphertext.slice(0, mid) + flipped + envelope.ciphertext.slice(mid + 1);

  const dir = mkdtempSync(path.join(tmpdir(), 'between-e2e-'));
  const huge = path.join(dir, 'between-backup-huge.json');
  writeFileSync(huge, Buffer.alloc(33 * 1024 * 1024, 0x20));

  const cases = [
    ['not JSON', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }, /doesn't look like a Between backup/],
    ['JSON that is not a backup', jsonFile('{}'), /doesn't look like a Between backup/],
    [
      'a backup from a newer version',
      jsonFile({ ...plain.json, version: 99 }),
      /^This backup was made by a newer version of Between \(format 99\)\./,
    ],
    ['a truncated backup', jsonFile(plain.text.slice(0, Math.floor(plain.text.length / 2))), /./],
    ['an oversized file', huge, /^This file is larger than any Between backup could be \(33 MB\)/],
  ];
  try {
    for (const [what, file, specific] of cases) {
      await backup.reload();
      assert.equal(await backup.chooseFile(file), 'message', what);
      const message = (await backup.importMessage.textContent()).trim();
      assert.ok(message.includes(UNCHANGED), `${what}: "${message}" says nothing has changed`);
      assert.match(message, specific, what);
      assert.equal(await backup.preview.count(), 0, `${what}: no preview`);
      assert.deepEqual(await journal.storedRecords(), before, `${what}: storage is byte-for-byte unchanged`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  await backup.reload();
  assert.equal(await backup.chooseFile(jsonFile(JSON.stringify(envelope), sealed.name)), 'unlock');
  assert.equal(await backup.unlock(PASSPHRASE), 'message', 'a tampered file is refused, not a crash');
  assert.match((await backup.importMessage.textContent()).trim(), WRONG_PASSPHRASE);
  assert.equal(await backup.preview.count(), 0);
  assert.deepEqual(await journal.storedRecords(), before, 'tampered file: storage is byte-for-byte unchanged');

  await backup.backToJournal();
  assert.deepEqual(await journal.entryTexts(), [...entries].reverse().map((e) => e.text));
  assertClean(guards);
});

test('the health panel shows usage and the last backup, and the reminder goes after a download', async () => {
  const { journal, backup, page, guards } = await openBoth();
  await backup.goto();
  const [persistence, usage, last, where, ...more] = await backup.healthTexts();
  assert.ok(
    [
      "This browser has agreed to keep Between's data, even when space runs low.",
      "This browser may clear Between's data if the device runs low on space.",
      "This browser doesn't say whether it will keep Between's data.",
    ].includes(persistence),
    persistence,
  );
  assert.equal(await backup.persistButton.count(), persistence.includes('may clear') ? 1 : 0, 'the button shows only when not kept');
  assert.match(usage, /^(About \d+ KB|Less than 1 KB) of \d+(\.\d)? (KB|MB|GB) available to this site is in use\.$/);
  assert.equal(last, 'No backup has been made from this browser yet.');
  assert.equal(where, "You're using Between in a browser tab.");
  assert.deepEqual(more, []);
  // Chromium on a computer: installing is offered, not urged.
  assert.equal((await backup.installSteps.locator('p').first().textContent()).trim(), 'You can also install Between, so it opens in its own window:');
  assert.deepEqual(await backup.installSteps.locator('ol > li').allTextContents(), [
    'Choose the install icon at the right of the address bar, or open the browser\'s menu and choose "Install Between".',
    'Between then opens in its own window, with your journal just as it is.',
  ]);
  assert.equal(await backup.reminder.count(), 0, 'an empty journal needs no reminder');

  await backup.backToJournal();
  await journal.write('win', 'Finished the book I started in spring.');
  await backup.openFromHeader();
  await backup.reminder.waitFor();
  assert.match(await backup.reminder.textContent(), /^You haven't made a backup yet\./);

  await backup.downloadPlain();
  await backup.healthLines.filter({ hasText: 'Your last backup was made today.' }).waitFor();
  assert.equal(await backup.reminder.count(), 0, 'the reminder is gone after a download');
  const meta = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), LAST_BACKUP_KEY));
  assert.equal(meta.v, 3);
  assert.ok(Math.abs(Date.parse(meta.at) - Date.now()) < 60_000, `recorded now: ${meta.at}`);

  await backup.reload();
  assert.equal((await backup.healthTexts())[2], 'Your last backup was made today.');
  assert.equal(await backup.reminder.count(), 0, 'and stays gone after a reload');
  assertClean(guards);
});

test('the backup page has no serious accessibility problems, light and dark, with a preview, an error and a passphrase question', async () => {
  const { journal, backup, page, guards } = await openBoth();
  await journal.seed(threeEntries());
  await backup.goto();
  await backup.reminder.waitFor();
  await assertNoSeriousA11yViolations(page, '/backup with a reminder');

  await backup.fillPassphrases('short');
  await backup.encryptedButton.click();
  await backup.exportMessage.filter({ hasText: /\S/ }).waitFor();
  assert.equal(await backup.chooseFile(jsonFile('{}')), 'message');
  await assertNoSeriousA11yViolations(page, '/backup with error messages');

  const newEntries = [makeEntry({ kind: 'win', text: 'From another browser.' }), makeEntry({ kind: 'concern', text: 'Also from there.' })];
  const file = { format: 'between-backup', version: 1, exported_at: rfc3339(new Date()), entries: newEntries };
  assert.equal(await backup.chooseFile(jsonFile(file)), 'preview');
  await assertNoSeriousA11yViolations(page, '/backup with the preview open');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
  await settle(page);
  await assertNoSeriousA11yViolations(page, 'dark /backup with the preview open');
  await backup.previewCancelButton.click();

  // A file sealed in Node, exactly as docs/backup-format.md describes.
  assert.equal(await backup.chooseFile(jsonFile(sealBackup(JSON.stringify(file), PASSPHRASE))), 'unlock');
  await assertNoSeriousA11yViolations(page, 'dark /backup asking for a passphrase');
  assert.equal(await backup.unlock(PASSPHRASE), 'preview', 'a file made elsewhere opens');
  assert.deepEqual(await backup.previewLines(), ['2 entries will be added.']);
  assertClean(guards);
});

test('on a 360 px phone the backup page fits without scrolling sideways and has no serious problems', async () => {
  const { journal, backup, page, guards } = await openBoth({ viewport: { width: 360, height: 800 } });
  await journal.seed(threeEntries());
  await backup.goto();
  assert.deepEqual((await horizontalOverflow(page)).wide, [], '/backup fits');

  await backup.fillPassphrases('short');
  await backup.encryptedButton.click();
  await backup.exportMessage.filter({ hasText: /\S/ }).waitFor();
  const longName = `between-backup-${'very-long-file-name-'.repeat(8)}.json`;
  const file = { format: 'between-backup', version: 1, exported_at: rfc3339(new Date()), entries: [makeEntry({ text: 'Phone entry.' })] };
  file.entries.push({ ...file.entries[0], id: 'broken id' }); // one unreadable: the longest preview line
  assert.equal(await backup.chooseFile(jsonFile(file, longName)), 'preview');
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow.scrollWidth <= 360, `page is ${overflow.scrollWidth}px wide: ${overflow.wide.join(', ')}`);
  await assertNoSeriousA11yViolations(page, '/backup at 360 px with the preview open');
  assertClean(guards);
});

test('a backup holding two different entries under one id keeps both when the person chooses, or leaves the second out', async () => {
  const [walk, rota] = threeEntries();
  const twin = { ...rota, id: walk.id }; // another entry, written at another moment, with walk's id
  const file = { format: 'between-backup', version: 2, exported_at: rfc3339(new Date()), entries: [walk, twin] };

  for (const choice of ['Keep both, as separate entries', 'Leave them out']) {
    const { journal, backup, guards } = await openBoth();
    await journal.goto();
    await backup.openFromHeader();
    assert.equal(await backup.chooseFile(jsonFile(file)), 'preview');
    assert.ok(
      (await backup.previewLines()).some((l) => l.startsWith('1 entry in the file shares an id with a different entry')),
      'the preview says so',
    );
    const keepBoth = backup.preview.getByRole('radio', { name: 'Keep both, as separate entries' });
    assert.equal(await keepBoth.isChecked(), true, 'nothing is left out unless the person says so');
    await backup.preview.getByRole('radio', { name: choice }).check();
    await backup.confirmImport();
    const texts = Object.values(await journal.storedEntries()).map((e) => e.text).sort();
    const expected = choice.startsWith('Keep both') ? [rota.text, walk.text].sort() : [rota.text];
    assert.deepEqual(texts, expected, choice);
    assertClean(guards);
  }
});
