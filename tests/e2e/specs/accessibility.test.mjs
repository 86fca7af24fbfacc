// Works for everyone: axe in every state and theme, a narrow phone, names for every
// control, keyboard focus that never gets lost, reduced motion; plus the README screenshot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withApp, outputDir } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal } from '../support/journal-page.mjs';
import { PAGES, tourInPlace, markDocument, isSameDocument, waitForPageShown } from '../support/pages.mjs';

const app = withApp();
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PHONE = { width: 360, height: 800 };

const EXAMPLES = {
  win: "I went for a walk before work, even though I didn't feel like it.",
  concern: "I felt rushed when we talked about my mother. I'd like to go back to it.",
  reflection: "I'd tell a friend they did enough today.",
};

/**
 * One warm, realistic entry of each kind, written through the composer. With `clock`, the
 * browser's clock is set to each time before writing (for screenshots that never change).
 */
async function writeExamples(journal, { clock } = {}) {
  const at = async (i) => clock && (await journal.page.clock.setFixedTime(clock[i]));
  await at(0);
  await journal.write('win', EXAMPLES.win, { tags: 'mornings, movement' });
  await at(1);
  await journal.write('concern', EXAMPLES.concern, { priority: true, tags: 'sessions' });
  // Answer the prompt the reflection fits, if the library has it; otherwise the one shown.
  await at(2);
  await journal.kindRadio('reflection').check();
  for (let i = 0; i < 12 && !/friend/.test(await journal.prompt.textContent()); i++) {
    await journal.anotherPromptButton.click();
  }
  await journal.write('reflection', EXAMPLES.reflection);
}

/** A fixed Tuesday for screenshots: morning walk, lunchtime worry, evening reflection. */
const SCREENSHOT_DAY = ['2026-11-17T08:10:00Z', '2026-11-17T13:45:00Z', '2026-11-17T21:30:00Z'].map((t) => new Date(t));

/** A journal in its busiest state: every kind, an open editor, the undo bar and a refusal. */
async function busyJournal(journal) {
  await writeExamples(journal);
  await journal.write('win', 'Answered the email I had been avoiding.');
  await journal.delete('Answered the email I had been avoiding.');
  await journal.startEdit(EXAMPLES.concern);
  await journal.save(); // empty composer: the refusal message shows
  await journal.draftError.filter({ hasText: /\S/ }).waitFor();
}

async function horizontalOverflow(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    // What sticks out, to make a failure easy to fix.
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`),
  }));
}

test('the empty journal has no serious accessibility problems', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await assertNoSeriousA11yViolations(page, 'empty journal');
  assertClean(guards);
});

test('a journal with every kind, an open editor and the undo bar has no serious accessibility problems', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await busyJournal(journal);
  assert.equal(await journal.undoBar.isVisible(), true);
  assert.equal(await page.locator('form.entry-editor').count(), 1);
  await assertNoSeriousA11yViolations(page, 'journal with entries, editor and undo bar');
  // A reflection composer shows its prompt: check that too.
  await journal.kindRadio('reflection').check();
  await assertNoSeriousA11yViolations(page, 'journal with a reflection being written');
  assertClean(guards);
});

test('the About page has no serious accessibility problems', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto('/about');
  await page.getByRole('heading', { level: 1, name: 'About Between' }).waitFor();
  await assertNoSeriousA11yViolations(page, '/about');
  assertClean(guards);
});

test('dark mode has no serious accessibility problems', async () => {
  const { journal, page, guards } = await openJournal(app, { colorScheme: 'dark' });
  await journal.seed([
    ['between.entry.damaged-1', '{"v":1,"entry":{"id":"damag'], // shows the "set aside" notice
  ]);
  await journal.goto();
  assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
  await busyJournal(journal);
  assert.equal(await journal.infoNotices.count(), 1);
  await assertNoSeriousA11yViolations(page, 'dark journal');
  await journal.goto('/about');
  await assertNoSeriousA11yViolations(page, 'dark /about');
  await journal.goto('/check-in');
  await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
  await assertNoSeriousA11yViolations(page, 'dark /check-in');
  assertClean(guards);
});

test('on a 360 px phone there are no serious problems and nothing scrolls sideways, even a long unbroken word', async () => {
  const { journal, page, guards } = await openJournal(app, { viewport: PHONE });
  await journal.goto();
  assert.deepEqual((await horizontalOverflow(page)).wide, [], 'empty journal fits');

  const longWord = 'Supercalifragilisticexpialidocious'.repeat(6);
  await journal.write('win', `A very long word: ${longWord} and then some more words.`, {
    tags: 'x'.repeat(40), // the longest tag allowed, also unbroken
  });
  await journal.write('concern', `https://example.org/${'a-very-long-path-segment/'.repeat(8)}`, { priority: true });
  await busyJournal(journal);

  const overflow = await horizontalOverflow(page);
  assert.ok(overflow.scrollWidth <= PHONE.width, `page is ${overflow.scrollWidth}px wide: ${overflow.wide.join(', ')}`);
  await assertNoSeriousA11yViolations(page, 'journal at 360 px');
  await page.screenshot({ path: path.join(outputDir(), 'journal-360-busy.png'), fullPage: true });

  await journal.goto('/about');
  assert.ok((await horizontalOverflow(page)).scrollWidth <= PHONE.width, '/about fits');
  await assertNoSeriousA11yViolations(page, '/about at 360 px');
  assertClean(guards);
});

test('every input, text box and select has an accessible name', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'Tagged so the tag filter shows.', { tags: 'calm' });
  await journal.write('concern', 'A concern, so its editor has a priority box.');
  await journal.startEdit('A concern, so its editor has a priority box.');
  await journal.kindRadio('concern').check(); // composer shows its priority box too

  const controls = page.locator('input:not([type=hidden]), textarea, select');
  const count = await controls.count();
  assert.ok(count >= 11, `expected the composer, filter and editor controls, found ${count}`);
  const unnamed = [];
  const names = [];
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    const firstLine = (await control.ariaSnapshot()).split('\n')[0];
    const name = firstLine.match(/^- [\w-]+ "(.+?)"/)?.[1];
    if (name?.trim()) names.push(name);
    else unnamed.push(`${await control.evaluate((el) => el.outerHTML.slice(0, 120))} -> ${firstLine}`);
  }
  assert.deepEqual(unnamed, [], 'controls without an accessible name');
  for (const expected of ['Small win', 'Concern to raise', 'Reflection', 'Your concern to raise', 'Search', 'Show', 'Tag', 'Edit your concern to raise']) {
    assert.ok(names.includes(expected), `a control is named "${expected}" (names: ${names.join(' | ')})`);
  }
  assertClean(guards);
});

test('the crisis note is reachable from the header link, and takes focus', async () => {
  const { journal, page, guards } = await openJournal(app, { viewport: { width: 1280, height: 700 } });
  await journal.goto();
  await journal.write('win', 'Enough to push the footer down a little.');

  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Need help now?' });
  assert.equal(await link.getAttribute('href'), '#crisis');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#crisis');
  const note = journal.crisisNote;
  await assert.doesNotReject(note.getByRole('heading', { name: 'If you need help right now' }).waitFor());
  const box = await note.boundingBox();
  assert.ok(box && box.y < 700 && box.y + box.height > 0, 'the note is scrolled into view');
  assert.match(await note.textContent(), /not an emergency service/);
  assert.match(await note.textContent(), /112.*911.*999/);
  // Keyboard and screen reader users land on the note, not back in the header.
  assert.equal(
    await page.evaluate(() => document.querySelector('#crisis').contains(document.activeElement)),
    true,
    `focus should move to footer#crisis; it is on ${await describeFocus(page)}`,
  );

  // Reachable from every page.
  await journal.goto('/about');
  assert.equal(await journal.crisisNote.count(), 1);
  assertClean(guards);
});

test('the skip link moves focus to the main content', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await page.keyboard.press('Tab');
  assert.equal(await describeFocus(page), 'a "Skip to main content"');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#app-main');
  assert.equal(
    await page.evaluate(() => document.querySelector('#app-main').contains(document.activeElement)),
    true,
    `focus should move into main#app-main; it is on ${await describeFocus(page)}`,
  );
  assertClean(guards);
});

test('keyboard focus stays with the entry after editing, cancelling, undoing and dismissing', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'Entry A');
  await journal.write('concern', 'Entry B');
  const a = await journal.entryItem('Entry A');
  const b = await journal.entryItem('Entry B');
  // Focus moves once the change is drawn (the next animation frame), so allow a moment.
  const focusIn = (item) =>
    item
      .evaluate((li) => new Promise((resolve) => {
        const started = performance.now();
        const check = () => {
          if (li.contains(document.activeElement)) return resolve(true);
          if (performance.now() - started > 1000) return resolve(false);
          requestAnimationFrame(check);
        };
        check();
      }))
      .catch(() => false);
  const problems = [];

  await journal.startEdit('Entry A');
  await page.keyboard.press('Escape');
  if (!(await focusIn(a))) problems.push(`after Escape in the editor, focus is on ${await describeFocus(page)}`);

  const editor = await journal.startEdit('Entry A');
  await editor.cancelButton.click();
  if (!(await focusIn(a))) problems.push(`after "Cancel", focus is on ${await describeFocus(page)}`);

  await journal.edit('Entry A', { text: 'Entry A, edited' });
  if (!(await focusIn(a))) problems.push(`after "Save changes", focus is on ${await describeFocus(page)}`);

  await journal.delete('Entry B');
  assert.equal(await describeFocus(page), 'button "Undo"', 'after deleting, focus is on Undo');
  await journal.undo();
  if (!(await focusIn(b))) problems.push(`after "Undo", focus is on ${await describeFocus(page)}`);

  await journal.delete('Entry B');
  await journal.dismissUndo();
  await page.waitForFunction(() => document.activeElement !== document.body, null, { timeout: 1000 }).catch(() => {});
  if ((await describeFocus(page)) === 'body') problems.push('after "Dismiss" on the undo bar, focus is on body');

  assert.deepEqual(problems, [], 'focus was dropped to the page');
  assertClean(guards);
});

test('every control shows a visible focus ring when reached with Tab', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('concern', 'Something to tab past.', { tags: 'tabbing' });
  await journal.reload();
  await journal.kindRadio('reflection').check(); // the prompt button shows too
  // Start from the top, as a keyboard user would (focus() alone would not show the ring).
  await page.locator('a.skip-link').focus();
  await page.keyboard.press('Shift+Tab');

  const seen = [];
  const missing = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const ring = (node) => {
        const s = getComputedStyle(node);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      };
      const label = el.closest('label');
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? el.id).trim().slice(0, 40) || el.id || el.name}"`;
      return { name, visible: ring(el) || (label ? ring(label) : false) };
    });
    if (!info || seen.includes(info.name)) break;
    seen.push(info.name);
    if (!info.visible) missing.push(info.name);
  }
  assert.ok(seen.length >= 15, `tabbed through ${seen.length} controls: ${seen.join(', ')}`);
  assert.deepEqual(missing, [], 'controls without a visible focus ring');
  assertClean(guards);
});

test('with reduced motion, no button, link or field animates', async () => {
  const { journal, page, guards } = await openJournal(app, { reducedMotion: 'reduce' });
  await journal.goto();
  await journal.write('win', 'Calm and still.');
  await journal.write('concern', 'Quiet too.', { tags: 'quiet' });
  await journal.delete('Calm and still.'); // the undo bar's buttons, too
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);

  const moving = await page.evaluate(() => {
    const seconds = (list) => list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t)));
    const out = [];
    for (const el of document.querySelectorAll('button, a, input, textarea, select, .kind-option')) {
      for (const target of [el, ...['::before', '::after'].map((p) => [el, p])]) {
        const s = Array.isArray(target) ? getComputedStyle(...target) : getComputedStyle(target);
        const longest = Math.max(...seconds(s.transitionDuration), ...seconds(s.animationDuration));
        if (longest > 0.01) out.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}": ${longest}s`);
      }
    }
    return out;
  });
  const buttons = await page.locator('button').count();
  assert.ok(buttons >= 4, `checked ${buttons} buttons`);
  assert.deepEqual(moving, [], 'transitions or animations longer than 0.01s');
  assertClean(guards);
});

test('README screenshot: one entry of each kind, light, 1100x900; plus 360 px light and dark', async () => {
  // A fixed clock and timezone, so the screenshot only changes when the app's look does.
  const fixed = { timezoneId: 'UTC' };
  const { journal, page, guards } = await openJournal(app, { viewport: { width: 1100, height: 900 }, ...fixed });
  await page.clock.setFixedTime(SCREENSHOT_DAY[0]);
  await journal.goto();
  await writeExamples(journal, { clock: SCREENSHOT_DAY });
  const entries = await journal.entries();
  assert.deepEqual(entries.map((e) => e.text), [EXAMPLES.reflection, EXAMPLES.concern, EXAMPLES.win]);
  assert.deepEqual(entries.map((e) => e.time), ['21:30', '13:45', '08:10']);
  assert.deepEqual(await journal.dayHeadings(), ['Today · Tuesday 17 November 2026']);
  assert.ok(entries[0].prompt, 'the reflection keeps its prompt');
  await journal.blur();
  await page.evaluate(() => window.scrollTo(0, 0));
  const docs = path.join(REPO, 'docs');
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: path.join(docs, 'screenshot.png'), fullPage: true });
  assertClean(guards);

  for (const colorScheme of ['light', 'dark']) {
    const phone = await openJournal(app, { viewport: PHONE, colorScheme, ...fixed });
    await phone.page.clock.setFixedTime(SCREENSHOT_DAY[0]);
    await phone.journal.goto();
    await writeExamples(phone.journal, { clock: SCREENSHOT_DAY });
    await phone.journal.blur();
    await phone.page.evaluate(() => window.scrollTo(0, 0));
    await phone.page.screenshot({ path: path.join(outputDir(), `journal-360-${colorScheme}.png`), fullPage: true });
    assertClean(phone.guards);
  }
});

async function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const hidden = [...el.querySelectorAll('.visually-hidden')].map((n) => n.textContent).join('');
    const visible = hidden ? text.replace(hidden.replace(/\s+/g, ' ').trim(), '').trim() : text;
    return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${visible.slice(0, 40)}"`;
  });
}

test('every page names itself in the window title and on <html data-page>, loaded or opened in place, and focus moves to its heading', async () => {
  const { page, guards } = await openJournal(app);
  const { waitForApp } = await import('../support/browser.mjs');
  // Loaded at its own address: each is the one app, which names the page it shows.
  for (const want of Object.values(PAGES)) {
    await page.goto(app.url + want.path);
    await waitForApp(page);
    await page.locator('#app-main h1').filter({ hasText: want.heading }).waitFor();
    await page.waitForFunction(() => document.title !== '' && document.documentElement.dataset.page);
    assert.deepEqual(
      { title: await page.title(), page: await page.evaluate(() => document.documentElement.dataset.page) },
      { title: want.title, page: want.slug },
      want.path,
    );
  }
  // Opened in place by the app's own links: renamed too, and focus lands on the new <h1>.
  const visited = await tourInPlace(page);
  assert.ok(visited.length >= 8, visited.join(' '));
  // Back and forward open pages in place as well.
  const mark = await markDocument(page);
  await page.goBack();
  await waitForPageShown(page, PAGES.therapists);
  await page.goForward();
  await waitForPageShown(page, PAGES.journal);
  assert.ok(await isSameDocument(page, mark), 'back and forward stay in the same page');
  assertClean(guards);
});
