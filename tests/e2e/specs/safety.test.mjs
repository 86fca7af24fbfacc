// Privacy and "nothing lost": words are never code, damaged or newer records are kept
// untouched, a full storage loses nothing, and nothing leaves the device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { withApp, distDir } from '../support/fixtures.mjs';
import { assertClean, watchDialogs } from '../support/browser.mjs';
import { openJournal, makeEntry, entryRecord, ENTRY_PREFIX } from '../support/journal-page.mjs';
import { PAGES } from '../support/pages.mjs';

const app = withApp();

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
];

async function markupInList(page) {
  return page.locator('section.entries').evaluate((el) => ({
    img: el.querySelectorAll('img').length,
    svg: el.querySelectorAll('svg').length,
    script: el.querySelectorAll('script').length,
    links: el.querySelectorAll('a[href]').length,
    onAttrs: [...el.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => /^on/i.test(a.name))).length,
  }));
}

test('markup typed as entries and tags shows as literal text and never runs', async () => {
  const { journal, page, guards } = await openJournal(app);
  const dialogs = watchDialogs(page);
  await journal.goto();
  for (const payload of PAYLOADS) {
    await journal.write('win', payload, { tags: payload });
  }
  await journal.write('reflection', PAYLOADS.join('\n'));

  const check = async (when) => {
    const entries = await journal.entries();
    assert.deepEqual(entries.map((e) => e.text), [PAYLOADS.join('\n'), ...[...PAYLOADS].reverse()], when);
    assert.deepEqual(entries.slice(1).map((e) => e.tags), [...PAYLOADS].reverse().map((p) => [`#${p}`]), when);
    assert.deepEqual(await markupInList(page), { img: 0, svg: 0, script: 0, links: 0, onAttrs: 0 }, when);
    const tagOptions = await journal.tagFilter.locator('option').allTextContents();
    for (const p of PAYLOADS) assert.ok(tagOptions.includes(`#${p}`), `${when}: tag option ${p}`);
  };
  await check('as written');

  await journal.search('<img src=x');
  assert.deepEqual(await journal.entryTexts(), [PAYLOADS.join('\n'), PAYLOADS[0]]);
  await journal.search('');

  await journal.reload();
  await check('after reload');
  // Editing shows the words as text in the box, too.
  const editor = await journal.startEdit(PAYLOADS[0]);
  assert.equal(await editor.textBox.inputValue(), PAYLOADS[0]);
  assert.equal(await editor.tagsBox.inputValue(), PAYLOADS[0]);
  await page.keyboard.press('Escape');

  await page.waitForTimeout(200); // give any onerror/onload a chance to fire
  assert.deepEqual(dialogs, [], 'no dialog was opened');
  assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload]').length), 0);
  assertClean(guards);
});

test('a damaged record is set aside with a calm notice and kept byte-for-byte', async () => {
  const { journal, guards } = await openJournal(app);
  const good = [
    makeEntry({ kind: 'win', text: 'Good entry one', created_at: new Date(Date.now() - 3_600_000) }),
    makeEntry({ kind: 'concern', text: 'Good entry two', priority: true, created_at: new Date(Date.now() - 7_200_000) }),
  ];
  const damagedKey = `${ENTRY_PREFIX}damaged-1`;
  const damagedRaw = entryRecord(makeEntry({ id: 'damaged-1', text: 'I was cut short' }))[1].slice(0, 40);
  assert.throws(() => JSON.parse(damagedRaw), 'the seeded record really is truncated');
  await journal.seed([...good, [damagedKey, damagedRaw]]);
  await journal.goto();

  assert.equal(await journal.infoNotices.count(), 1);
  const notice = await journal.infoNotices.textContent();
  assert.match(notice, /One entry couldn't be read/);
  assert.match(notice, /still stored in this browser exactly as it was/);
  assert.equal(await journal.infoNotices.getAttribute('role'), 'status');
  assert.deepEqual(await journal.entryTexts(), ['Good entry one', 'Good entry two']);

  await journal.write('reflection', 'Written after the damage was found.');
  const stored = await journal.storedRecords();
  assert.equal(stored[damagedKey], damagedRaw, 'the damaged record is untouched');
  assert.equal(Object.keys(stored).filter((k) => k.startsWith(ENTRY_PREFIX)).length, 4);

  await journal.reload();
  assert.equal((await journal.storedRecords())[damagedKey], damagedRaw);
  assert.equal((await journal.entryTexts()).length, 3);
  assertClean(guards);
});

test('a record from a newer version of the app shows a notice and is never rewritten', async () => {
  const { journal, guards } = await openJournal(app);
  const future = makeEntry({ id: 'from-the-future', text: 'Written by Between 99' });
  const futureKey = `${ENTRY_PREFIX}from-the-future`;
  const futureRaw = JSON.stringify({ v: 99, entry: { ...future, mood: { scale: 4 } }, extra: 'new field' });
  await journal.seed([makeEntry({ text: 'An ordinary entry' }), [futureKey, futureRaw]]);
  await journal.goto();

  assert.match(await journal.infoNotices.allTextContents().then((t) => t.join(' ')), /newer version of Between/);
  assert.deepEqual(await journal.entryTexts(), ['An ordinary entry']);
  await journal.write('win', 'A new entry next to the future one.');
  await journal.edit('An ordinary entry', { text: 'An ordinary entry, edited' });
  assert.equal((await journal.storedRecords())[futureKey], futureRaw);

  await journal.reload();
  assert.equal((await journal.storedRecords())[futureKey], futureRaw);
  assertClean(guards);
});

test('a full storage refuses the save calmly, keeps the words, and saves once there is room', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  const words = 'Something I really want to keep.\nEven now.';
  await journal.compose('concern', words, { priority: true, tags: 'important' });

  const filler = await journal.fillStorage();
  assert.ok(filler > 0, 'filler keys were written');
  await journal.save();

  const alert = journal.problemNotice;
  await alert.waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  const message = await alert.textContent();
  assert.match(message, /storage .*is full/i);
  assert.match(message, /Your words are still here/);
  assert.equal(await journal.textBox.inputValue(), words);
  assert.equal(await journal.tagsBox.inputValue(), 'important');
  assert.equal(await journal.storedEntryCount(), 0);
  assert.equal(await journal.entryItems.count(), 0, 'nothing is shown as saved that was not');

  await journal.removeFiller();
  await journal.save();
  await journal.waitForStoredEntryCount(1);
  const [entry] = await journal.entries();
  assert.equal(entry.text, words);
  assert.equal(entry.priority, true);
  assert.deepEqual(entry.tags, ['#important']);
  assert.equal(await journal.problemNotice.count(), 0, 'the problem notice goes once saved');

  await journal.reload();
  assert.deepEqual(await journal.entryTexts(), [words]);
  assertClean(guards);
});

test('a whole session requests nothing but the app’s own files', async () => {
  const { journal, page, guards } = await openJournal(app);
  const dialogs = watchDialogs(page);
  await journal.goto();
  await journal.write('win', 'I went outside.', { tags: 'outside' });
  await journal.write('concern', 'Can we talk about the fees?', { priority: true });
  await journal.write('reflection', 'It was a hard day and I got through it.');
  await journal.edit('I went outside.', { text: 'I went outside for ten minutes.' });
  await journal.search('fees');
  await journal.search('');
  await journal.delete('Can we talk about the fees?');
  await journal.undo();
  // Both links open their page in place.
  await journal.openInPlace('/about', () => page.getByRole('link', { name: 'About & privacy' }).click());
  await page.getByRole('heading', { name: 'About Between' }).waitFor();
  await journal.openInPlace('/', () => page.getByRole('link', { name: 'Journal', exact: true }).click());
  await journal.textBox.waitFor();
  await journal.reload();
  await page.waitForLoadState('networkidle');

  assert.deepEqual(guards.outside, []);
  // Every file of the build (one app: no bundle folders), and every page's address (each is
  // served dist/index.html).
  const ownFiles = new Set(Object.values(PAGES).filter((p) => p !== PAGES.notFound).map((p) => p.path));
  for (const file of readdirSync(distDir(), { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const rel = path.relative(distDir(), path.join(file.parentPath ?? file.path, file.name));
    ownFiles.add('/' + rel.split(path.sep).join('/'));
  }
  const foreign = guards.requests.filter((url) => {
    const u = new URL(url);
    return u.origin !== guards.appOrigin || !ownFiles.has(u.pathname);
  });
  assert.deepEqual(foreign, [], 'only the app’s own files are requested');
  assert.ok(guards.requests.some((u) => u.endsWith('.wasm')));
  assert.deepEqual(dialogs, []);
  assertClean(guards);
});

test('the page’s Content-Security-Policy forbids inline and eval’d script', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert.ok(policy, 'a CSP meta tag is present');
  const directives = Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
  const scriptSrc = directives['script-src'] ?? directives['default-src'];
  assert.ok(scriptSrc, 'script-src (or default-src) is set');
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), `script-src has no 'unsafe-inline': ${scriptSrc.join(' ')}`);
  assert.ok(!scriptSrc.includes("'unsafe-eval'"), `script-src has no 'unsafe-eval': ${scriptSrc.join(' ')}`);
  assert.ok(!scriptSrc.some((s) => /^(https?:|\*|data:|blob:)/.test(s)), 'no scripts from elsewhere');
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  // The policy is in force: an injected inline script does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inlineRan ?? false), false);
  assertClean(guards, { allowConsole: [/inline script/] });
});

test('a draft saved by a newer version is named in its notice and kept aside before anything new is typed', async () => {
  const { journal, guards } = await openJournal(app);
  const futureDraft = JSON.stringify({ v: 999, draft: { kind: 'win', text: 'Typed in Between 999', shape: 'new' } });
  await journal.seed([['between.draft', futureDraft]]);
  await journal.goto();
  assert.match(await journal.infoNotices.allTextContents().then((t) => t.join(' ')), /Your unfinished draft was saved by a newer version of Between/);
  await journal.compose('reflection', 'Something new, typed here.');
  const stored = await journal.storedRecords();
  assert.equal(stored['between.draft.unreadable'], futureDraft, 'the newer draft is kept aside exactly as it was');
  assertClean(guards);
});

test('the kept-aside draft travels in backups, and only once a backup holds it can it be removed to free space', async () => {
  const { journal, page, guards } = await openJournal(app);
  const { BackupPage } = await import('../support/backup-page.mjs');
  const futureDraft = JSON.stringify({ v: 999, draft: { kind: 'win', text: 'KEPTMARK typed in Between 999', shape: 'new' } });
  await journal.seed([['between.draft', futureDraft], entryRecord(makeEntry({ text: 'An entry so there is a journal.' }))]);
  await journal.goto();
  await journal.compose('reflection', 'Something new, typed here.');
  const backup = new BackupPage(page, app.url);
  await backup.goto();
  const kept = page.locator('.kept-draft');
  await kept.waitFor();
  assert.match(await kept.textContent(), /Once a backup holds it, you can remove it here/);
  const remove = page.getByRole('button', { name: 'Remove the old draft from this browser' });
  assert.equal(await remove.count(), 0, 'nothing is offered for removal before a backup holds it');

  const { json } = await backup.downloadPlain();
  assert.deepEqual(
    json.set_aside.find((r) => r.key === 'between.draft.unreadable'),
    { key: 'between.draft.unreadable', raw: futureDraft },
    'the backup holds the kept-aside draft exactly',
  );
  await remove.click();
  await page.getByText('It is still in your backup file.').waitFor();
  const stored = await journal.storedRecords();
  assert.equal(stored['between.draft.unreadable'], undefined);
  assert.equal(await kept.count(), 0);

  // Bringing the backup back puts it back exactly; a file can never plant other records.
  json.set_aside.push({ key: 'between.meta.lock', raw: '{"v":1,"planted":true}' });
  const { writeFile } = await import('node:fs/promises');
  const file = `${await import('node:os').then((os) => os.tmpdir())}/between-kept-draft-${Date.now()}.json`;
  await writeFile(file, JSON.stringify(json));
  await backup.importFile(file);
  const after = await journal.storedRecords();
  assert.equal(after['between.draft.unreadable'], futureDraft);
  assert.equal(after['between.meta.lock'], undefined, 'no lock record from a file');
  assertClean(guards);
});
