// Years of entries: an older journal is stored again in the dense form (version 3) and reads
// the same, and the lock says before it starts when a journal would not fit locked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { openJournal, makeEntry, ENTRY_PREFIX } from '../support/journal-page.mjs';
import { BackupPage } from '../support/backup-page.mjs';
import { entryOf } from '../support/stored-form.mjs';

const app = withApp();
const fixture = (version) => JSON.parse(readFileSync(new URL(`../../fixtures/${version}/local-storage.json`, import.meta.url), 'utf8'));

test('a version 1 or 2 journal is stored again in the dense form, record by record, and reads the same', async () => {
  for (const version of ['v1', 'v2']) {
    const { journal, page, guards, context } = await openJournal(app);
    const stored = fixture(version);
    await journal.seed(stored);
    await journal.goto();
    const keys = Object.keys(stored).filter((k) => k.startsWith(ENTRY_PREFIX));
    await page.waitForFunction(
      (ks) => ks.every((k) => JSON.parse(localStorage.getItem(k)).v === 3),
      keys,
    );
    const now = await journal.storedRecords();
    let before = 0;
    let after = 0;
    for (const key of keys) {
      assert.deepEqual(entryOf(now[key]), JSON.parse(stored[key]).entry, `${version} ${key} is the same entry`);
      before += stored[key].length;
      after += now[key].length;
    }
    assert.ok(after < before * 0.8, `${version}: ${before} characters became ${after}`);
    assert.equal(now['unrelated-site-key'], stored['unrelated-site-key'], "another site's key is left alone");
    const shown = (await journal.entryTexts()).sort();
    await journal.goto();
    assert.deepEqual((await journal.entryTexts()).sort(), shown, `${version}: the same entries after a reload`);
    assert.equal(shown.length, keys.length);
    assertClean(guards);
    await context.close();
  }
});

test('a journal that would not fit locked is told so before anything changes', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.seed(Array.from({ length: 40 }, (_, i) => makeEntry({ text: `Entry ${i} about the allotment and the long walk home.` })));
  await journal.goto();
  const backup = new BackupPage(page, app.url);
  await backup.goto();
  // Another site's data fills what is left, as on a device that is nearly full.
  await page.evaluate(() => {
    for (let size = 1 << 20, i = 0; size > 0; ) {
      try {
        localStorage.setItem(`someone-else-${i++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  const recordsBefore = await journal.storedRecords();
  const panel = page.getByRole('region', { name: 'Lock with a passphrase' });
  await panel.getByLabel('New passphrase', { exact: true }).fill('marble kettle orchard');
  await panel.getByLabel('The same passphrase again', { exact: true }).fill('marble kettle orchard');
  await panel.getByRole('checkbox', { name: /forgotten passphrase/ }).check();
  await panel.locator('form button[type="submit"]').click();
  const message = page.locator('#lock-message');
  await message.filter({ hasText: /isn't enough room/ }).waitFor();
  assert.match(await message.textContent(), /Nothing has changed and your journal is as it was\./);
  assert.deepEqual(await journal.storedRecords(), recordsBefore, 'nothing in storage changed');
  assert.equal(await panel.getByLabel('New passphrase', { exact: true }).count(), 1, 'the lock is still off');
  assertClean(guards);
});

test('a long journal shows its newest entries first and reads the rest before search, notices and backups need them', async () => {
  const { journal, page, guards } = await openJournal(app);
  const { generateJournal } = await import('../bench/generate-journal.mjs');
  const { storedEntryRecord } = await import('../support/stored-form.mjs');
  const pairs = generateJournal({ entries: 3_000, now: Date.now(), sessions: false }).map(([key, value]) =>
    key.startsWith(ENTRY_PREFIX) ? [key, storedEntryRecord(JSON.parse(value).entry)] : [key, value],
  );
  // The oldest records, read last: one readable, one damaged.
  const old = Date.now() - 1_200 * 86_400_000;
  const oldest = makeEntry({ id: `${old.toString(16)}-00c0ffee`, text: 'OLDESTMARK the first thing I ever wrote here', created_at: new Date(old) });
  pairs.push([`${ENTRY_PREFIX}${oldest.id}`, JSON.stringify({ v: 2, entry: oldest })]);
  pairs.push([`${ENTRY_PREFIX}${(old - 1).toString(16)}-0badf00d`, '{"v":3,"rev":1,"z":"not what it should be']);
  await journal.seed(pairs);
  await journal.goto();
  await page.getByText(/couldn't be read/).first().waitFor();
  await journal.search('oldestmark');
  await page.waitForFunction(() => document.querySelector('.list-summary')?.textContent === '1 entry');
  const backup = new BackupPage(page, app.url);
  await backup.goto();
  const { json } = await backup.downloadPlain();
  const texts = json.entries.map((e) => e.text);
  assert.equal(texts.length, 3_001, 'every readable entry is in the backup');
  assert.ok(texts.some((t) => t.startsWith('OLDESTMARK')));
  assertClean(guards);
});
