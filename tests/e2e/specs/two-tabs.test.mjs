// Two tabs of the same browser: a change in one shows in the other without a reload, and an
// older copy never overwrites a newer one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { openJournal, makeEntry, JournalPage } from '../support/journal-page.mjs';

const app = withApp();

const CONFLICT = /^This entry was changed in another tab a moment ago, so we kept that newer version\./;

/**
 * A second tab in the same context (same storage). The context's guards cover it too: its
 * page errors, console errors and CSP reports are listed as "[tab 2] ..." (support/browser.mjs).
 */
async function secondTab({ context }) {
  const page = await context.newPage();
  return new JournalPage(page, app.url);
}

/** Two tabs (A, then B) open on a journal seeded with `records`. */
async function twoTabsWith(records) {
  const opened = await openJournal(app);
  const a = opened.journal;
  await a.seed(records);
  await a.goto();
  const b = await secondTab(opened);
  await b.goto();
  return { opened, a, b };
}

/**
 * Brings a tab to the front before acting in it, as a person switching tabs does (a tab in
 * the background gets its animation frames throttled, which only slows the test down).
 */
async function switchTo(journal) {
  await journal.page.bringToFront();
  return journal;
}

/** Waits until `journal` shows exactly `texts`, newest first. */
async function waitForTexts(journal, texts, message) {
  try {
    await journal.page.waitForFunction(
      (want) => JSON.stringify([...document.querySelectorAll('li.entry .entry-text')].map((el) => el.textContent)) === JSON.stringify(want),
      texts,
      { timeout: 5_000, polling: 50 },
    );
  } catch {
    assert.deepEqual(await journal.entryTexts(), texts, message);
  }
}

test('an entry written, edited or deleted in one tab shows in the other without a reload', async () => {
  const opened = await openJournal(app);
  const a = opened.journal;
  await a.goto();
  const b = await secondTab(opened);
  await b.goto();
  let reloadsInB = 0;
  b.page.on('framenavigated', (frame) => frame === b.page.mainFrame() && reloadsInB++);

  await switchTo(a);
  await a.write('win', 'Written in tab A.', { tags: 'tabs' });
  await waitForTexts(b, ['Written in tab A.'], 'a new entry from tab A appears in tab B');
  assert.deepEqual((await b.entries())[0].tags, ['#tabs']);

  await switchTo(b);
  await b.write('concern', 'Written in tab B.', { priority: true });
  await waitForTexts(a, ['Written in tab B.', 'Written in tab A.'], 'and the other way round');
  assert.equal((await a.entries())[0].priority, true);

  await switchTo(a);
  await a.edit('Written in tab A.', { text: 'Written in tab A, then edited there.' });
  await waitForTexts(b, ['Written in tab B.', 'Written in tab A, then edited there.'], 'an edit in A shows in B');
  assert.equal((await b.entries())[1].edited, true, 'B marks it "edited" too');

  await switchTo(b);
  await b.delete('Written in tab A, then edited there.');
  await waitForTexts(a, ['Written in tab B.'], 'a delete in B removes it from A');
  assert.equal(await a.listSummary.textContent(), '1 entry');

  assert.equal(reloadsInB, 0, 'tab B was never reloaded');
  assert.deepEqual(Object.values(await a.storedEntries()).map((e) => e.text), ['Written in tab B.']);
  assertClean(opened.guards);
});

test('an older tab never overwrites a newer change: its save is refused calmly and nothing typed is lost', async () => {
  const entry = makeEntry({ kind: 'reflection', text: 'The first version of this thought.', prompt: 'What went well today?' });
  const { opened, a, b } = await twoTabsWith([entry]);

  // B opens the editor first and starts typing; then A saves a newer revision.
  const editorB = await b.startEdit(entry.text);
  const typedInB = 'What tab B was typing, slowly.';
  await editorB.textBox.fill(typedInB);
  await switchTo(a);
  await a.edit(entry.text, { text: 'The newer version, saved in tab A.' });
  const savedByA = (await a.storedEntries())[entry.id];
  assert.equal(savedByA.revision, 2);

  // B hears of A's save at once (storage event), but B's open editor must keep B's words.
  await switchTo(b);
  await b.page.waitForTimeout(200); // let B handle the storage event before it saves
  const typedBeforeSave = await editorB.textBox.inputValue({ timeout: 1_000 }).catch(() => '(the editor was closed)');

  await editorB.saveButton.click({ timeout: 2_000 }).catch(() => {});
  await editorB.error.filter({ hasText: /\S/ }).waitFor({ timeout: 3_000 }).catch(() => {});
  const stored = (await b.storedEntries())[entry.id];
  const message = ((await editorB.error.textContent({ timeout: 1_000 }).catch(() => '(no editor, no message)')) ?? '').trim();
  const stillTyped = await editorB.textBox.inputValue({ timeout: 1_000 }).catch(() => '(the editor was closed)');

  // One comparison, so a failure shows every way the refusal went wrong at once.
  assert.deepEqual(
    {
      "B's editor after A saved": typedBeforeSave,
      "B's editor after B pressed save": stillTyped,
      "B's message": CONFLICT.test(message) ? 'the calm conflict message' : message,
      'stored entry': stored,
    },
    {
      "B's editor after A saved": typedInB,
      "B's editor after B pressed save": typedInB,
      "B's message": 'the calm conflict message',
      'stored entry': savedByA,
    },
    "B's save is refused calmly, B keeps its words on screen, storage keeps A's newer version",
  );
  assert.equal(await editorB.error.getAttribute('role', { timeout: 1_000 }), 'alert');
  // A still shows its own version.
  assert.deepEqual(await a.entryTexts(), ['The newer version, saved in tab A.']);
  assertClean(opened.guards);
});

test('words typed in an entry that another tab deletes stay on screen with a calm note, and can be saved as a new entry', async () => {
  const entry = makeEntry({ kind: 'concern', text: 'Worried about the move.', tags: ['home'] });
  const { opened, a, b } = await twoTabsWith([entry]);

  const editorA = await a.startEdit(entry.text);
  const typedInA = 'Worried about the move, and about telling my sister.';
  await editorA.textBox.fill(typedInA);
  await switchTo(b);
  await b.delete(entry.text);

  await switchTo(a);
  await waitForTexts(a, [], 'the deleted entry leaves tab A');
  const orphan = a.page.locator('form.orphan-editor');
  await orphan.waitFor({ timeout: 5_000 });
  assert.match(await orphan.textContent(), /This entry was deleted in another tab\. Your words are still here\./);
  const words = orphan.getByLabel('What you were writing');
  assert.equal(await words.inputValue(), typedInA, "A's words are still on screen");
  assert.equal(await orphan.getByLabel(/^Tags/).inputValue(), 'home');
  assert.ok(await words.evaluate((el) => el === document.activeElement), 'the focus goes on with the words');
  await words.press('End');
  await words.pressSequentially(' Soon.');
  assert.equal((await a.composerState()).text, '', 'nothing was moved into the composer');

  await orphan.getByRole('button', { name: 'Save as a new entry' }).click();
  await waitForTexts(a, [`${typedInA} Soon.`], 'saved as a new entry');
  await orphan.waitFor({ state: 'detached' });
  const stored = Object.values(await a.storedEntries());
  assert.equal(stored.length, 1);
  assert.equal(stored[0].text, `${typedInA} Soon.`);
  assert.equal(stored[0].kind, 'concern');
  assert.notEqual(stored[0].id, entry.id, 'a new entry, not the deleted one back');
  await switchTo(b);
  await waitForTexts(b, [`${typedInA} Soon.`], 'the other tab sees the new entry');
  assertClean(opened.guards);
});

test('words kept after another tab deleted their entry can also be let go', async () => {
  const entry = makeEntry({ kind: 'win', text: 'Walked to the river.' });
  const { opened, a, b } = await twoTabsWith([entry]);
  await a.startEdit(entry.text);
  await switchTo(b);
  await b.delete(entry.text);
  await switchTo(a);
  const orphan = a.page.locator('form.orphan-editor');
  await orphan.waitFor({ timeout: 5_000 });
  await orphan.getByRole('button', { name: 'Let them go' }).click();
  await orphan.waitFor({ state: 'detached' });
  assert.deepEqual(await a.entryTexts(), []);
  assert.deepEqual(Object.values(await a.storedEntries()), []);
  assertClean(opened.guards);
});
