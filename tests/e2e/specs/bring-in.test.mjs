// Bringing entries in from Daylio and Day One through the file picker on /backup: a preview
// before anything is written, nothing added twice, one import taken back out whole, and bad
// files refused kindly with the journal untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withApp } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal, makeEntry, JournalPage } from '../support/journal-page.mjs';
import { BackupPage } from '../support/backup-page.mjs';
import { BringInPanel, daylioBackup, daylioCsv, dayOneExport, unrelatedZip } from '../support/other-apps.mjs';

const app = withApp();
const UNCHANGED = /nothing has changed/i;

async function openAll(options) {
  const opened = await openJournal(app, options);
  return { ...opened, backup: new BackupPage(opened.page, app.url), bringIn: new BringInPanel(opened.page) };
}

const day = (n, hour = 9) => new Date(Date.UTC(2025, 0, 1 + n, hour, 30));

function imported(entries) {
  return Object.values(entries).filter((e) => e.source);
}

test('a Daylio backup comes in as check-ins after a preview, never twice, and can be taken back out', async () => {
  const a = await openAll();
  const own = makeEntry({ kind: 'win', text: 'Written here, before the import.', created_at: new Date(Date.now() - 3_600_000) });
  await a.journal.seed([own]);
  const file = await daylioBackup([
    { at: day(0), mood: 1, note: '<p>Walked <b>by the sea</b> &amp; felt light</p><script>alert(1)</script>', tags: ['walk', 'friends'] },
    { at: day(1), mood: 4, title: 'Rough morning', note: '' },
    { at: 'bad', mood: 2, note: 'a date nobody can read' },
    { at: day(2), mood: 3, note: 'middling' },
  ]);
  await a.backup.goto();
  assert.equal(await a.bringIn.choose(file), 'preview');
  const lines = await a.bringIn.previewLines();
  assert.equal(lines[0], '3 entries to add');
  assert.ok(lines.includes('Check-ins: 3'), lines.join(' | '));
  assert.ok(lines.some((l) => /^Written from .*2025 to .*2025\.$/.test(l)), lines.join(' | '));
  assert.ok(lines.some((l) => l.startsWith('1 entry is left out because its date couldn\'t be read (number 3 in the file)')), lines.join(' | '));
  assert.deepEqual(await a.bringIn.previewButtons(), ['Bring in 3 entries', 'Cancel']);
  assert.equal(imported(await a.journal.storedEntries()).length, 0, 'nothing is written before "Bring in"');

  assert.equal(await a.bringIn.confirm(), '3 entries brought in from Daylio.');
  const stored = imported(await a.journal.storedEntries());
  assert.equal(stored.length, 3);
  assert.ok(stored.every((e) => e.kind === 'check_in' && e.source.app === 'daylio'));
  const feelings = stored.sort((x, y) => x.created_at.localeCompare(y.created_at)).map((e) => e.details.check_in.feeling);
  assert.deepEqual(feelings, ['light', 'heavy', 'in_between']);
  // Tags are dropped and every word inside them kept, as text.
  assert.equal(stored[0].text, 'Walked by the sea & felt light\nalert(1)', 'HTML becomes plain text');
  assert.deepEqual(stored[0].tags, ['walk', 'friends']);
  assert.deepEqual(
    (await a.bringIn.pastImports.allTextContents()).map((t) => t.replace(/Remove what this import added$/, '').trim()),
    [`From Daylio on ${await a.page.evaluate(() => new Date().toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(',', ''))}: 3 entries`],
  );

  // The same file again: recognised, nothing to add.
  assert.equal(await a.bringIn.choose(file), 'preview');
  const again = await a.bringIn.previewLines();
  assert.equal(again[0], 'Everything in this file is already in your journal, so there is nothing to add.');
  assert.ok(again.includes("3 entries were brought in before and won't be added again."));
  assert.deepEqual(await a.bringIn.previewButtons(), ['Done']);
  await a.bringIn.preview.getByRole('button', { name: 'Done' }).click();
  assert.equal(Object.keys(await a.journal.storedEntries()).length, 4);

  await a.backup.backToJournal();
  const texts = await a.journal.entryTexts();
  assert.ok(texts.includes('Walked by the sea & felt light\nalert(1)'), texts.join(' | '));
  assert.equal(await a.page.locator('section.entries script, section.entries b').count(), 0, 'markup stays text');

  // Remove what the import added: the entry written here stays.
  await a.backup.openFromHeader();
  await a.bringIn.removeImport(0);
  const left = await a.journal.storedEntries();
  assert.deepEqual(Object.keys(left), [own.id]);
  assert.equal(await a.bringIn.pastImports.count(), 0);
  assertClean(a.guards);
});

test("Daylio's CSV asks where each of the person's own moods sits, assumes the zone aloud, and repeats are recognised", async () => {
  const a = await openAll({ timezoneId: 'America/New_York' });
  const file = daylioCsv([
    { date: '2025-03-01', time: '21:15', mood: 'rad', activities: ['walk', 'tea'], note: 'A quiet evening' },
    { date: '2025-03-02', time: '08:00', mood: 'so-so', title: 'Morning', note: 'Slept badly' },
    { date: '2025-07-03', time: '12:00', mood: 'so-so', note: 'Lunch alone' },
  ]);
  await a.backup.goto();
  assert.equal(await a.bringIn.choose(file), 'preview');
  const lines = await a.bringIn.previewLines();
  assert.ok(lines.some((l) => l.includes("read in this browser's time zone (UTC−05:00 now, with summer time")), lines.join(' | '));
  const soSo = a.bringIn.preview.getByLabel('so-so', { exact: true });
  assert.equal(await soSo.locator('option:checked').textContent(), 'Somewhere in between', 'an unknown name starts in between');
  assert.equal(await a.bringIn.preview.getByLabel('rad', { exact: true }).locator('option:checked').textContent(), 'Light');
  await soSo.selectOption({ label: 'Heavy' });
  assert.equal(await a.bringIn.confirm(), '3 entries brought in from Daylio.');
  const stored = imported(await a.journal.storedEntries()).sort((x, y) => x.created_at.localeCompare(y.created_at));
  assert.deepEqual(stored.map((e) => e.details.check_in.feeling), ['light', 'heavy', 'heavy']);
  assert.equal(stored[0].created_at.slice(0, 16), '2025-03-01T21:15');
  assert.match(stored[0].created_at, /-05:00$/);
  assert.match(stored[2].created_at, /^2025-07-03T12:00:00(\.000)?-04:00$/, 'a summer entry keeps summer time');
  assert.equal(stored[1].text, 'Morning\n\nSlept badly');

  // Exported again later (no ids in Daylio's CSV): recognised by date, time and text.
  assert.equal(await a.bringIn.choose(daylioCsv([
    { date: '2025-03-01', time: '21:15', mood: 'rad', activities: ['walk', 'tea'], note: 'A quiet evening' },
    { date: '2025-03-04', time: '10:00', mood: 'rad', note: 'New one' },
  ])), 'preview');
  const again = await a.bringIn.previewLines();
  assert.equal(again[0], '1 entry to add');
  assert.ok(again.includes("1 entry was brought in before and won't be added again."));
  assert.equal(await a.bringIn.confirm(), '1 entry brought in from Daylio.');
  assert.equal(imported(await a.journal.storedEntries()).length, 4);
  assertClean(a.guards);
});

test('a Day One export with photos comes in as the kind chosen, long entries in parts, photos left behind', async () => {
  const a = await openAll();
  const long = `${'A long day, written down in full. '.repeat(400)}The end.`;
  const file = await dayOneExport([
    { uuid: 'D1', at: day(10), zone: 'Asia/Tokyo', text: 'Made **tea** for a friend', tags: ['kindness'], photos: 2 },
    { uuid: 'D2', at: day(11), text: long },
    { uuid: 'D3', at: 'bad', text: 'lost date' },
  ]);
  await a.backup.goto();
  assert.equal(await a.bringIn.choose(file), 'preview');
  const lines = await a.bringIn.previewLines();
  assert.ok(lines.includes('2 photos and other attachments stay behind: Between keeps words only.'), lines.join(' | '));
  assert.ok(lines.some((l) => l.startsWith("1 entry is longer than the composer's limit")), lines.join(' | '));
  assert.ok(lines.includes('Reflections: 3'), lines.join(' | '));
  await a.bringIn.preview.getByRole('radio', { name: 'Small wins' }).check();
  await a.page.waitForFunction(() => [...document.querySelectorAll('#bring-in-preview li')].some((li) => li.textContent === 'Small wins: 3'));
  assert.equal(await a.bringIn.confirm(), '3 entries brought in from Day One.');
  const stored = imported(await a.journal.storedEntries()).sort((x, y) => x.created_at.localeCompare(y.created_at));
  assert.equal(stored.length, 3);
  assert.ok(stored.every((e) => e.kind === 'win' && e.source.app === 'day_one'));
  assert.equal(stored[0].created_at.slice(0, 25), '2025-01-11T18:30:00+09:00', 'placed in its own zone');
  assert.deepEqual(stored[0].tags, ['kindness']);
  const parts = stored.slice(1).sort((x, y) => x.source.id.localeCompare(y.source.id));
  assert.deepEqual(parts.map((e) => e.source.id), ['D2', 'D2#2']);
  const joined = parts.map((e) => e.text.replace(/^\(\d\/2\) /, '')).join(' ');
  assert.equal(joined.replace(/\s+/g, ' '), long.replace(/\s+/g, ' ').trim(), 'the long text is kept whole across its parts');

  // Alone, not zipped, it is the same export: nothing new.
  assert.equal(await a.bringIn.choose(await dayOneExport([{ uuid: 'D1', at: day(10), text: 'Made **tea** for a friend' }], { zipped: false })), 'preview');
  assert.deepEqual(await a.bringIn.previewButtons(), ['Done']);
  assertClean(a.guards);
});

test('bad files get a kind, specific message and change nothing', async () => {
  const a = await openAll();
  const own = makeEntry({ kind: 'concern', text: 'Still here after every bad file.' });
  await a.journal.seed([own]);
  await a.backup.goto();
  const before = await a.journal.storedRecords();
  // Playwright takes files over 50 MB only from disk.
  const huge = path.join(mkdtempSync(path.join(tmpdir(), 'between-')), 'huge.csv');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  const good = await daylioBackup([{ at: day(0), mood: 2, note: 'fine' }]);
  const cases = [
    [{ name: 'list.txt', mimeType: 'text/plain', buffer: Buffer.from('bread, tea, soap') }, /doesn't look like a Daylio or Day One export/],
    [await unrelatedZip(), /This zip has no Daylio backup or Day One journal inside/],
    [{ ...good, buffer: good.buffer.subarray(0, Math.floor(good.buffer.length / 2)) }, /cut short or damaged/],
    [{ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"notes":[{"body":"hi"}]}') }, /doesn't look like a Daylio or Day One export/],
    [{ name: 'Journal.json', mimeType: 'application/json', buffer: Buffer.from('{"metadata":{},"entries":[{"uuid":"x","text":"cut') }, /cut short or damaged/],
    [huge, /larger than Between reads \(32 MB\)/],
  ];
  for (const [file, want] of cases) {
    const name = file.name ?? file;
    assert.equal(await a.bringIn.choose(file), 'message', name);
    const message = (await a.bringIn.message.textContent()).trim();
    assert.match(message, want, name);
    assert.match(message, UNCHANGED, name);
    assert.equal(await a.bringIn.preview.count(), 0);
  }
  assert.deepEqual(await a.journal.storedRecords(), before, 'storage is exactly as it was');
  await assertNoSeriousA11yViolations(a.page, 'backup page with a bring-in message');
  assertClean(a.guards);
});

test('an import that will not fit says so before writing, and one that fits under the lock is sealed', async () => {
  const a = await openAll();
  await a.backup.goto();
  const filler = await a.journal.fillStorage();
  assert.ok(filler > 0);
  const file = await daylioBackup(Array.from({ length: 50 }, (_, i) => ({ at: day(i), mood: 2, note: `Day ${i} `.repeat(40) })));
  assert.equal(await a.bringIn.choose(file), 'preview');
  const refusal = a.bringIn.preview.locator('.notice--problem');
  assert.match(await refusal.textContent(), /more than this browser has room for: it needs about .* more\. Nothing has changed\./);
  assert.equal(await a.bringIn.confirmButton.count(), 0, 'no way to start what will not fit');
  await a.bringIn.preview.getByRole('button', { name: 'Cancel' }).click();
  await a.journal.removeFiller();
  assert.equal(imported(await a.journal.storedEntries()).length, 0);

  // With room again and the lock on, the same file comes in sealed: no word of it in storage.
  const lock = a.page.getByRole('region', { name: 'Lock with a passphrase' });
  await lock.getByLabel('New passphrase', { exact: true }).fill('marble kettle orchard');
  await lock.getByLabel('The same passphrase again', { exact: true }).fill('marble kettle orchard');
  await lock.getByRole('checkbox', { name: "I understand a forgotten passphrase can't be recovered" }).check();
  await lock.locator('form button[type="submit"]').click();
  await a.page.waitForFunction(() => JSON.parse(localStorage.getItem('between.meta.lock') ?? '{}').phase === 'on', null, { timeout: 20_000 });
  assert.equal(await a.bringIn.choose(file), 'preview');
  assert.equal(await a.bringIn.confirm(), '50 entries brought in from Daylio.');
  const records = Object.entries(await a.journal.storedRecords()).filter(([k]) => k.startsWith('between.entry.'));
  assert.equal(records.length, 50);
  assert.ok(records.every(([, raw]) => { const r = JSON.parse(raw); return r.v === 3 && typeof r.s === 'string'; }), 'every record sealed');
  assert.ok(records.every(([, raw]) => !raw.includes('Day ')), 'no imported words in plain text');
  await a.backup.backToJournal();
  assert.ok((await a.journal.entryTexts()).some((t) => t.startsWith('Day 49 ')), 'and they read in the journal');
  assertClean(a.guards);
});

test('10,000 Daylio entries come in with progress; a tab closed halfway leaves whole entries and the rerun adds only the rest', async () => {
  const a = await openAll();
  await a.backup.goto();
  const entries = Array.from({ length: 10_000 }, (_, i) => ({ at: new Date(Date.UTC(2020, 0, 1) + i * 4 * 3_600_000), mood: 1 + (i % 5), note: `Entry ${i}: a short line about the day.` }));
  const file = await daylioBackup(entries);
  assert.equal(await a.bringIn.choose(file), 'preview');
  assert.equal((await a.bringIn.previewLines())[0], '10,000 entries to add');
  await a.bringIn.confirmButton.click();
  const progress = a.page.locator('.bring-in-progress');
  await progress.waitFor();
  assert.match(await progress.textContent(), /^Bringing in entries: [\d,]+ of 10,000…$/);
  // The page is drawn between steps: the count moves on screen while entries are written.
  await a.page.waitForFunction(() => {
    const shown = document.querySelector('.bring-in-progress')?.textContent ?? '';
    const done = Number((shown.match(/: ([\d,]+) of/) ?? [])[1]?.replaceAll(',', '') ?? 0);
    return done >= 2_000;
  });
  // The tab goes away halfway.
  await a.backup.reload();
  const written = await a.journal.storedEntryCount();
  assert.ok(written > 0 && written < 10_000, `${written} written before the reload`);
  const halfway = await a.journal.storedEntries();
  assert.equal(Object.keys(halfway).length, written, 'every record written is a whole, readable entry');

  assert.equal(await a.bringIn.choose(file), 'preview');
  const lines = await a.bringIn.previewLines();
  const toAdd = 10_000 - written;
  assert.equal(lines[0], `${toAdd.toLocaleString('en-US')} ${toAdd === 1 ? 'entry' : 'entries'} to add`);
  assert.ok(lines.includes(`${written.toLocaleString('en-US')} entries were brought in before and won't be added again.`), lines.join(' | '));
  // The person goes back to the journal while the rest is written: it carries on, whole.
  await a.bringIn.confirmButton.click();
  await a.page.locator('.bring-in-progress').waitFor();
  await a.backup.backToJournal();
  await a.journal.waitForStoredEntryCount(10_000);
  await a.page.waitForFunction(
    (want) => [...document.querySelectorAll('[role="status"]')].some((el) => el.textContent.includes(want)),
    `${toAdd.toLocaleString('en-US')} entries brought in from Daylio.`,
  );
  assert.equal(Object.keys(await a.journal.storedEntries()).length, 10_000);
  // Run again: nothing twice.
  await a.backup.openFromHeader();
  assert.equal(await a.bringIn.choose(file), 'preview');
  assert.deepEqual(await a.bringIn.previewButtons(), ['Done']);
  assertClean(a.guards);
});

test('in Spanish on a 360 px phone, light and dark, the preview reads in Spanish, fits, and has no serious accessibility problems', async () => {
  const a = await openAll({ locale: 'es-ES', viewport: { width: 360, height: 740 } });
  await a.backup.page.goto(app.url + '/backup');
  await a.page.getByRole('heading', { level: 2, name: 'Trae entradas de otra app' }).waitFor();
  await a.page.locator('#bring-in-file').setInputFiles(daylioCsv([
    { date: '2025-03-01', time: '21:15', mood: 'genial', note: 'Una tarde tranquila' },
    { date: '2025-03-02', time: '08:00', mood: 'así así', note: 'Dormí mal' },
  ]));
  await a.bringIn.preview.waitFor();
  const lines = await a.bringIn.previewLines();
  assert.equal(lines[0], '2 entradas para añadir');
  assert.ok(lines.some((l) => l.startsWith('El CSV de Daylio no tiene zona horaria')), lines.join(' | '));
  assert.deepEqual(await a.bringIn.previewButtons(), ['Traer 2 entradas', 'Cancelar']);
  const overflow = await a.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await assertNoSeriousA11yViolations(a.page, 'bring-in preview, es, 360 px, light');
  await a.page.emulateMedia({ colorScheme: 'dark' });
  await a.page.evaluate(() => Promise.all(document.getAnimations().map((x) => x.finished.catch(() => {}))));
  await assertNoSeriousA11yViolations(a.page, 'bring-in preview, es, 360 px, dark');
  await a.bringIn.confirmButton.click();
  await a.bringIn.notice.waitFor();
  assert.equal((await a.bringIn.notice.textContent()).trim(), '2 entradas traídas desde Daylio.');
  assert.match(await a.bringIn.pastImports.first().textContent(), /^Desde Daylio el .*: 2 entradas/);
  await assertNoSeriousA11yViolations(a.page, 'past imports, es, 360 px, dark');
  assertClean(a.guards);
});

test('a second tab keeps pace with a 10,000-entry import: it answers while the entries come in and ends with all of them', async () => {
  const a = await openAll();
  await a.journal.goto();
  const other = new JournalPage(await a.context.newPage(), app.url);
  await other.goto();
  await a.backup.openFromHeader();
  const entries = Array.from({ length: 10_000 }, (_, i) => ({ at: new Date(Date.UTC(2020, 0, 1) + i * 4 * 3_600_000), mood: 1 + (i % 5), note: `Entry ${i}.` }));
  assert.equal(await a.bringIn.choose(await daylioBackup(entries)), 'preview');
  await a.bringIn.confirmButton.click();
  // Changes from the other tab are taken in a few hundred at a time, so this tab answers
  // (and counts) while they arrive, rather than only once every record has been handled.
  const counts = new Set();
  for (let look = 0; look < 600; look++) {
    const line = await other.page.evaluate(() => document.querySelector('.list-summary')?.textContent ?? '');
    const shown = Number((line.match(/of ([\d,]+) entries/) ?? [])[1]?.replaceAll(',', '') ?? 0);
    counts.add(shown);
    if (shown === 10_000) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.ok(counts.has(10_000), `the other tab reached 10,000: ${[...counts].join(', ')}`);
  assert.ok([...counts].some((n) => n > 0 && n < 10_000), `counts seen in the other tab: ${[...counts].join(', ')}`);
  await a.bringIn.notice.waitFor({ timeout: 120_000 });
  assert.equal(await other.listSummary.textContent(), 'Showing the newest 50 of 10,000 entries');
  assertClean(a.guards);
});
