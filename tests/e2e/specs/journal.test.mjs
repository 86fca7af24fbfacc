// Writing, reading back, changing and finding journal entries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { openJournal, makeEntry, KIND_LABELS, COMPOSER_KINDS, ENTRY_PREFIX } from '../support/journal-page.mjs';

const app = withApp();

test('one entry of each kind shows newest first under "Today", each kind named in words', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  // The composer offers three kinds; check-ins and feedback have their own page.
  for (const kind of COMPOSER_KINDS) assert.equal(await journal.kindRadio(kind).count(), 1, `${KIND_LABELS[kind]} is offered`);
  assert.equal(await journal.composer.getByRole('radio').count(), COMPOSER_KINDS.length);

  await journal.write('win', '   I went for a walk before work.  \n\n', { tags: 'mornings, Walks' });
  await journal.write('concern', 'I felt rushed when we talked about my mother.', { priority: true });
  await journal.kindRadio('reflection').check();
  const firstPrompt = (await journal.prompt.textContent()).trim();
  assert.ok(firstPrompt.length > 0, 'a reflection shows a prompt');
  await journal.anotherPromptButton.click();
  const shownPrompt = (await journal.prompt.textContent()).trim();
  assert.notEqual(shownPrompt, firstPrompt, '"Show another prompt" changes the prompt');
  await journal.write('reflection', "I'd tell a friend they did enough today.");

  const entries = await journal.entries();
  assert.deepEqual(
    entries.map(({ kind, badge, priority, text, prompt, tags }) => ({ kind, badge, priority, text, prompt, tags })),
    [
      { kind: 'reflection', badge: KIND_LABELS.reflection, priority: false, text: "I'd tell a friend they did enough today.", prompt: shownPrompt, tags: [] },
      { kind: 'concern', badge: KIND_LABELS.concern, priority: true, text: 'I felt rushed when we talked about my mother.', prompt: null, tags: [] },
      // Trimmed text; tags as typed, shown with '#'.
      { kind: 'win', badge: KIND_LABELS.win, priority: false, text: 'I went for a walk before work.', prompt: null, tags: ['#mornings', '#Walks'] },
    ],
  );
  const headings = await journal.dayHeadings();
  assert.equal(headings.length, 1);
  assert.match(headings[0], /^Today · \w+day \d{1,2} \w+ \d{4}$/);
  assert.ok(entries.every((e) => e.day === headings[0] && /^\d\d:\d\d$/.test(e.time) && !e.edited));
  assert.equal(await journal.listSummary.textContent(), '3 entries');

  const stored = Object.values(await journal.storedEntries());
  const win = stored.find((e) => e.kind === 'win');
  assert.equal(win.text, 'I went for a walk before work.');
  assert.deepEqual(win.tags, ['mornings', 'Walks']);
  assert.equal(stored.find((e) => e.kind === 'concern').priority, true);
  assert.equal(stored.find((e) => e.kind === 'reflection').prompt, shownPrompt);
  assert.equal(await journal.storedDraft(), null, 'a saved entry leaves no draft behind');
  assertClean(guards);
});

test('editing an entry changes its text and tags and marks it "edited"', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'I said no to extra work.', { tags: 'work' });
  await journal.write('concern', 'The homework felt like too much.');

  const item = await journal.edit('I said no to extra work.', {
    text: '  I said no to extra work, kindly and clearly.\n',
    tags: 'work, boundaries',
  });
  const editedId = (await item.getAttribute('id')).replace(/^entry-/, '');
  const edited = (await journal.entries()).find((e) => e.id === editedId);
  assert.equal(edited.text, 'I said no to extra work, kindly and clearly.');
  assert.deepEqual(edited.tags, ['#work', '#boundaries']);
  assert.equal(edited.edited, true);
  assert.equal((await journal.entries()).find((e) => e.kind === 'concern').edited, false);

  const stored = (await journal.storedEntries())[edited.id];
  assert.equal(stored.text, 'I said no to extra work, kindly and clearly.');
  assert.deepEqual(stored.tags, ['work', 'boundaries']);
  assert.equal(stored.revision, 2);
  assert.equal(stored.created_at <= stored.updated_at, true);

  await journal.reload();
  const afterReload = (await journal.entries()).find((e) => e.id === edited.id);
  assert.equal(afterReload.text, 'I said no to extra work, kindly and clearly.');
  assert.equal(afterReload.edited, true);
  assertClean(guards);
});

test('Escape cancels an edit and leaves the entry as it was', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('reflection', 'I was patient with myself today.', { tags: 'evening' });
  const before = await journal.storedRecords();

  const editor = await journal.startEdit('I was patient with myself today.');
  assert.equal(await editor.textBox.evaluate((el) => el === document.activeElement), true, 'the editor takes focus');
  await editor.textBox.fill('Something else entirely');
  await editor.tagsBox.fill('changed');
  await page.keyboard.press('Escape');
  await editor.form.waitFor({ state: 'detached' });

  const [entry] = await journal.entries();
  assert.equal(entry.text, 'I was patient with myself today.');
  assert.deepEqual(entry.tags, ['#evening']);
  assert.equal(entry.edited, false);
  assert.deepEqual(await journal.storedRecords(), before);
  assertClean(guards);
});

test('delete then undo brings the entry back exactly, also after a reload', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'First win of the week.');
  await journal.write('concern', 'I want to talk about sleep.\nIt has been hard.', { priority: true, tags: 'sleep' });
  await journal.write('win', 'Called my sister.');
  const listBefore = await journal.entries();
  const storedBefore = await journal.storedRecords();

  await journal.delete('I want to talk about sleep.');
  assert.equal(await journal.undoBar.locator('p').textContent(), 'Entry deleted.');
  assert.deepEqual((await journal.entryTexts()).length, 2);
  assert.equal(Object.keys(await journal.storedRecords()).filter((k) => k.startsWith(ENTRY_PREFIX)).length, 2);

  await journal.undo();
  assert.deepEqual(await journal.entries(), listBefore, 'back in its place, as it was');
  assert.deepEqual(await journal.storedRecords(), storedBefore, 'stored byte-for-byte as before');

  await journal.reload();
  assert.deepEqual(await journal.entries(), listBefore);
  assert.deepEqual(await journal.storedRecords(), storedBefore);
  assertClean(guards);
});

test('delete then dismiss keeps the entry deleted after a reload', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'Kept this one.');
  await journal.write('win', 'Letting this one go.');

  await journal.delete('Letting this one go.');
  await journal.dismissUndo();
  assert.deepEqual(await journal.entryTexts(), ['Kept this one.']);

  await journal.reload();
  assert.deepEqual(await journal.entryTexts(), ['Kept this one.']);
  assert.equal(await journal.undoBar.count(), 0);
  const stored = Object.values(await journal.storedEntries());
  assert.deepEqual(stored.map((e) => e.text), ['Kept this one.']);
  assertClean(guards);
});

test('search matches accents however they were typed, in Latin, Greek and Cyrillic, and other scripts exactly', async () => {
  const { journal, guards } = await openJournal(app);
  const composed = 'Updated my r\u00e9sum\u00e9 today.';
  const combining = 'Sent the re\u0301sume\u0301 off.';
  const greek = 'Ένα ήσυχο απόγευμα στην Αθήνα.';
  const cyrillic = 'Купила ёлку.';
  const kana = 'がっこうで話した。';
  await journal.seed([composed, combining, greek, cyrillic, kana].map((text) => makeEntry({ text })));
  await journal.goto();
  const found = async (typed) => {
    await journal.search(typed);
    return (await journal.entryTexts()).sort();
  };
  assert.deepEqual(await found('resume'), [combining, composed].sort(), 'plain letters find both forms');
  assert.deepEqual(await found('R\u00c9SUM\u00c9'), [combining, composed].sort(), 'so do capitals with accents');
  assert.deepEqual(await found('re\u0301sume\u0301'), [combining, composed].sort(), 'and combining accents');
  assert.deepEqual(await found('αθηνα'), [greek]);
  assert.deepEqual(await found('елку'), [cyrillic]);
  assert.deepEqual(await found('かっこう'), [], 'kana voicing marks are never folded');
  assert.deepEqual(await found('がっこう'), [kana]);
  assertClean(guards);
});

test('search finds entries by text, ignoring case, and by tag', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'I went for a WALK in the rain.');
  await journal.write('concern', 'Sleep has been patchy.', { tags: 'Sleep, nights' });
  await journal.write('reflection', 'Being kind to myself about the walk I skipped.');
  await journal.write('win', 'Cooked a proper dinner.', { tags: 'food' });

  await journal.search('walk');
  assert.deepEqual(await journal.entryTexts(), [
    'Being kind to myself about the walk I skipped.',
    'I went for a WALK in the rain.',
  ]);
  await journal.search('wAlK IN');
  assert.deepEqual(await journal.entryTexts(), ['I went for a WALK in the rain.']);

  await journal.search('nights');
  assert.deepEqual(await journal.entryTexts(), ['Sleep has been patchy.'], 'a tag is searched too');

  await journal.search('nothing like this');
  assert.deepEqual(await journal.entryTexts(), []);
  assert.match(await journal.listSummary.textContent(), /Nothing matches that search/);

  await journal.search('');
  assert.equal((await journal.entryTexts()).length, 4);

  // The tag filter lists every tag and narrows to it.
  assert.deepEqual(await journal.tagFilter.locator('option').allTextContents(), ['Any tag', '#food', '#nights', '#Sleep']);
  await journal.filterTag('food');
  assert.deepEqual(await journal.entryTexts(), ['Cooked a proper dinner.']);
  await journal.filterTag('');
  assert.equal((await journal.entryTexts()).length, 4);
  assertClean(guards);
});

test('the "Show" filter narrows the list to one kind', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'Win one.');
  await journal.write('concern', 'Concern one.');
  await journal.write('reflection', 'Reflection one.');
  await journal.write('win', 'Win two.');

  assert.deepEqual(await journal.kindFilter.locator('option').allTextContents(), [
    'Everything',
    'Small wins',
    'Concerns to raise',
    'Reflections',
    'Check-ins',
    'Therapy feedback',
  ]);
  await journal.filterKind('win');
  assert.deepEqual(await journal.entryTexts(), ['Win two.', 'Win one.']);
  await journal.filterKind('concern');
  assert.deepEqual(await journal.entryTexts(), ['Concern one.']);
  await journal.filterKind('reflection');
  assert.deepEqual(await journal.entryTexts(), ['Reflection one.']);
  assert.ok((await journal.entries()).every((e) => e.badge === 'Reflection'));
  await journal.filterKind('all');
  assert.deepEqual(await journal.entryTexts(), ['Win two.', 'Reflection one.', 'Concern one.', 'Win one.']);
  assertClean(guards);
});

test('after a reload everything is there exactly as written, line breaks included', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  const texts = [
    'Line one\nLine two\n\n  indented line four\tand a tab',
    'Åsa said “well done” — and I believed her. 🌱',
    'A list:\n- breathe\n- drink water\n- text Sam',
  ];
  await journal.write('win', texts[0], { tags: 'first, línea' });
  await journal.write('concern', texts[1], { priority: true });
  await journal.write('reflection', texts[2]);
  const before = await journal.entries();
  const storedBefore = await journal.storedRecords();
  assert.deepEqual(before.map((e) => e.text), [...texts].reverse());

  await journal.reload();
  assert.deepEqual(await journal.entries(), before);
  assert.deepEqual(await journal.storedRecords(), storedBefore, 'loading the journal writes nothing');
  const stored = Object.values(await journal.storedEntries());
  assert.deepEqual(stored.map((e) => e.text).sort(), [...texts].sort());
  for (const entry of stored) {
    assert.match(entry.id, /^[0-9a-z-]+$/);
    assert.ok(!Number.isNaN(Date.parse(entry.created_at)));
    assert.equal(entry.revision, 1);
  }
  assertClean(guards);
});

test('what is being typed (kind, text, tags) survives a reload as a draft', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  await journal.compose('concern', 'Half a thought about\nnext week', { tags: 'work, later', priority: true });
  const draft = await journal.storedDraft();
  assert.equal(draft.v, 3);
  assert.equal(draft.draft.kind, 'concern');

  await journal.reload();
  assert.deepEqual(await journal.composerState(), {
    kind: 'concern',
    text: 'Half a thought about\nnext week',
    tags: 'work, later',
    textLabel: 'Your concern to raise',
  });
  assert.equal(await journal.priorityBox.isChecked(), true);
  assert.equal(await journal.storedEntryCount(), 0, 'a draft is not an entry');

  await journal.save();
  await journal.waitForStoredEntryCount(1);
  await journal.reload();
  assert.equal((await journal.composerState()).text, '', 'the draft is gone once saved');
  assert.deepEqual(await journal.entryTexts(), ['Half a thought about\nnext week']);
  assertClean(guards);
});

test('an empty entry is refused kindly and nothing is stored', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  await journal.save();
  await assertRefused(journal, /nothing here yet.*whenever you're ready/i);

  await journal.compose('reflection', '   \n\t  ');
  await journal.save();
  await assertRefused(journal, /nothing here yet/i);
  assert.equal(await journal.entryItems.count(), 0);
  assertClean(guards);
});

test('a text over 10,000 characters is refused with the limit named, and stays in the box', async () => {
  const { journal, guards } = await openJournal(app);
  await journal.goto();
  const long = 'a'.repeat(10_001);
  await journal.compose('win', long);
  await journal.save();
  await assertRefused(journal, /10[,.\u202f\s]?000/);
  assert.match(await journal.draftError.textContent(), /Nothing you typed has been lost/);
  assert.equal(await journal.textBox.inputValue(), long);
  assert.equal(await journal.textBox.getAttribute('aria-invalid'), 'true');

  // Exactly at the limit is fine.
  await journal.textBox.fill('b'.repeat(10_000));
  assert.equal(await journal.draftError.textContent(), '', 'the message goes once the text changes');
  await journal.save();
  await journal.waitForStoredEntryCount(1);
  assert.equal((await journal.entryTexts())[0].length, 10_000);
  assertClean(guards);
});

test('"Show older entries" appears with 60 entries and reveals the rest', async () => {
  const { journal, guards } = await openJournal(app);
  const hour = 3_600_000;
  const start = Date.now() - 2 * hour;
  const seeded = Array.from({ length: 60 }, (_, i) =>
    makeEntry({ id: `older-${String(i).padStart(2, '0')}`, text: `Entry number ${i + 1}`, created_at: new Date(start - i * 7 * hour) }),
  );
  await journal.seed(seeded);
  await journal.goto();

  assert.equal(await journal.entryItems.count(), 50);
  assert.equal(await journal.listSummary.textContent(), 'Showing the newest 50 of 60 entries');
  assert.equal((await journal.entryTexts())[0], 'Entry number 1');
  await journal.showOlder();
  await journal.page.waitForFunction(() => document.querySelectorAll('li.entry').length === 60);
  assert.equal(await journal.showOlderButton.count(), 0);
  const texts = await journal.entryTexts();
  assert.deepEqual(texts, seeded.map((e) => e.text), 'all 60, newest first');
  assert.equal(await journal.listSummary.textContent(), '60 entries');
  assert.ok((await journal.dayHeadings()).length > 10, 'grouped by day');
  assertClean(guards);
});

test('keyboard only: Tab into the composer, type, Ctrl+Enter saves', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  const { keyboard } = page;

  // Tab until the kind radios have focus (skip link, brand and navigation come first).
  for (let i = 0; i < 12 && (await activeName(page)) !== 'entry-kind'; i++) await keyboard.press('Tab');
  assert.equal(await activeName(page), 'entry-kind', 'the kind picker is reachable with Tab');
  await keyboard.press('ArrowRight'); // Small win -> Concern to raise
  assert.equal(await journal.kindRadio('concern').isChecked(), true);

  // Then the two links to the check-in page, then the text box.
  await keyboard.press('Tab');
  assert.equal(await activeLinkText(page), 'How I feel');
  await keyboard.press('Tab');
  assert.equal(await activeLinkText(page), 'How therapy is going');
  await keyboard.press('Tab');
  assert.equal(await journal.activeElementId(), 'entry-text');
  await keyboard.type('I want to raise the missed session.');
  await keyboard.press('Tab');
  await keyboard.press('Space'); // priority
  await keyboard.press('Shift+Tab');
  assert.equal(await journal.activeElementId(), 'entry-text');
  await keyboard.press('Control+Enter');
  await journal.waitForStoredEntryCount(1);

  const [entry] = await journal.entries();
  assert.equal(entry.text, 'I want to raise the missed session.');
  assert.equal(entry.kind, 'concern');
  assert.equal(entry.priority, true);
  assert.equal(await journal.textBox.inputValue(), '');
  assert.equal(await journal.activeElementId(), 'entry-text', 'focus stays in the composer for the next entry');

  // Straight on to the next one, still without the mouse.
  await keyboard.type('And one more thing.');
  await keyboard.press('Control+Enter');
  await journal.waitForStoredEntryCount(2);
  assert.deepEqual(await journal.entryTexts(), ['And one more thing.', 'I want to raise the missed session.']);
  assertClean(guards);
});

/** The composer refused to save: the message shows, nothing was stored. */
async function assertRefused(journal, message) {
  await journal.page.waitForFunction(() => document.querySelector('#entry-error')?.textContent.trim() !== '');
  assert.match(await journal.draftError.textContent(), message);
  assert.equal(await journal.draftError.getAttribute('role'), 'alert');
  assert.equal(await journal.storedEntryCount(), 0, 'nothing is stored');
}

async function activeLinkText(page) {
  return page.evaluate(() => (document.activeElement?.tagName === 'A' ? document.activeElement.textContent.trim() : null));
}

async function activeName(page) {
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.id ?? null);
}
