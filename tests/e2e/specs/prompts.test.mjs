// Prompts and check-ins that meet people where they are: today's prompt (favourite, hide,
// another), the prompt library with prompts of one's own, "how I feel" and "how therapy is
// going" saved as entries, and a warm welcome after a while away that never counts days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal, makeEntry } from '../support/journal-page.mjs';
import { PromptsPage, PROMPTS_KEY } from '../support/prompts-page.mjs';
import { headerLink } from '../support/pages.mjs';

const app = withApp();
const PHONE = { width: 360, height: 800 };
const PASSPHRASE = 'marble kettle orchard';

async function open(options) {
  const opened = await openJournal(app, options);
  return { ...opened, prompts: new PromptsPage(opened.journal) };
}

async function pageWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test("today's prompt can be answered, and the reflection keeps it after a reload", async () => {
  const { journal, prompts, guards } = await open();
  await journal.goto();
  await journal.kindRadio('reflection').check();
  const today = await prompts.shownPrompt();
  assert.ok(today.length > 0, 'a reflection starts with a prompt');
  await journal.write('reflection', 'A few kind words to myself.');
  assert.notEqual(await prompts.shownPrompt(), today, 'an answered prompt rests for a while');

  await journal.reload();
  const [entry] = await journal.entries();
  assert.equal(entry.text, 'A few kind words to myself.');
  assert.equal(entry.prompt, today);
  assert.equal((await prompts.storedPrefs()).prompts.recent.length, 1, 'the prompt is remembered as used');
  assertClean(guards);
});

test('a favourite is marked, and a hidden prompt is never offered again until shown again', async () => {
  const { journal, prompts, page, guards } = await open();
  await journal.goto();
  await journal.kindRadio('reflection').check();
  const first = await prompts.shownPrompt();

  await prompts.favouriteButton.click();
  assert.equal(await prompts.favouriteButton.getAttribute('aria-pressed'), 'true');
  assert.equal((await prompts.storedPrefs()).prompts.favourites.length, 1);
  await prompts.favouriteButton.click();
  assert.equal(await prompts.favouriteButton.getAttribute('aria-pressed'), 'false');

  await prompts.hideButton.click();
  await page.waitForFunction((t) => document.querySelector('#composer-prompt').textContent.trim() !== t, first);
  const stored = await prompts.storedPrefs();
  assert.equal(stored.v, 3);
  assert.equal(stored.prompts.hidden.length, 1, 'stored in between.prompts');
  for (let i = 0; i < 25; i++) {
    await journal.anotherPromptButton.click();
    assert.notEqual(await prompts.shownPrompt(), first, 'the hidden prompt never comes back');
  }
  // Hidden, the prompt of the day is another one after a reload too.
  await page.evaluate(() => localStorage.removeItem('between.draft'));
  await journal.reload();
  await journal.kindRadio('reflection').check();
  assert.notEqual(await prompts.shownPrompt(), first);

  // The library opens in place.
  await journal.openInPlace('/prompts', () => prompts.browseLink.click());
  await prompts.hiddenList.locator('summary').click();
  const row = prompts.hiddenList.locator('li.prompt-item').filter({ hasText: first });
  await row.getByRole('button', { name: 'Show again' }).click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).prompts.hidden.length === 0, PROMPTS_KEY);
  assert.equal(await prompts.row(first).count(), 1, 'back in its theme');
  assertClean(guards);
});

test('a prompt of your own is added in the library and can be written about', async () => {
  const { journal, prompts, page, guards } = await open();
  await journal.goto('/prompts');
  await page.getByRole('heading', { level: 1, name: 'Prompts' }).waitFor();
  await prompts.addButton.click();
  assert.match(await prompts.addError.textContent(), /There's nothing here yet/);

  const mine = 'What did the walk by the river teach me today?';
  await prompts.newPromptBox.fill(mine);
  await prompts.addButton.click();
  const row = prompts.section('Your own prompts').locator('li.prompt-item').filter({ hasText: mine });
  await row.waitFor();
  assert.equal(await prompts.newPromptBox.inputValue(), '');
  assert.equal((await prompts.storedPrefs()).prompts.custom[0].text, mine);

  // Back to the journal in place, with the prompt set in the composer, ready to type.
  await journal.openInPlace('/', () => row.getByRole('button', { name: 'Write about this' }).click(), { focus: '#entry-text' });
  assert.equal((await journal.composerState()).kind, 'reflection', 'the journal opens on a reflection about the prompt');
  assert.equal(await prompts.shownPrompt(), mine);
  await journal.write(undefined, 'That slowing down is allowed.');
  const [entry] = await journal.entries();
  assert.equal(entry.prompt, mine);
  assertClean(guards);
});

test('a check-in and a feedback card are saved with their answers and found after a reload', async () => {
  const { journal, prompts, page, guards } = await open();
  const { checkIn } = prompts;
  // Under the composer's kind picker, links lead to the check-ins' own page.
  await journal.goto();
  const links = prompts.checkInLinks;
  assert.match((await links.innerText()).replace(/\s+/g, ' '), /Or check in: How I feel · How therapy is going/);
  assert.equal(await links.getByRole('link', { name: 'How I feel' }).getAttribute('href'), '/check-in');
  // The link names a place on the page: focus lands on that card, not the page's heading.
  await journal.openInPlace('/check-in', () => links.getByRole('link', { name: 'How therapy is going' }).click(), {
    focus: '#therapy-feedback',
  });
  assert.equal(new URL(page.url()).hash, '#therapy-feedback');
  await checkIn.ready();

  await checkIn.recordCheckIn({ feeling: 'Heavy', words: ['tired', 'tender'], note: 'A long week at work.' });
  await checkIn.recordFeedback(
    { 'What helped': 'Slowing down when I got stuck.', "Something I didn't say": 'I was nervous about the homework.' },
    'Mostly safe',
  );
  // Saved, each form is cleared and says where the entry went.
  const savedNote = checkIn.checkInForm.locator('.saved-note');
  assert.equal((await savedNote.innerText()).replace(/\s+/g, ' ').trim(), 'Saved in your journal. See it in your journal');
  assert.equal(await savedNote.getByRole('link', { name: 'See it in your journal' }).getAttribute('href'), '/');
  assert.equal(await checkIn.checkInForm.getByLabel('A note (optional)', { exact: true }).inputValue(), '');
  assert.equal(await checkIn.checkInForm.locator('input:checked').count(), 0, 'no feeling or word stays chosen');
  assert.equal(await checkIn.feedbackForm.getByLabel('What helped', { exact: true }).inputValue(), '');
  assert.equal(await checkIn.feedbackForm.locator('input:checked').count(), 0);
  // Nothing is saved without a step on the scale, and the reason is kind.
  const before = await journal.storedEntryCount();
  await checkIn.checkInForm.getByRole('button', { name: 'Save check-in' }).click();
  assert.match(await checkIn.checkInError.textContent(), /There's no wrong answer/);
  assert.equal(await journal.storedEntryCount(), before);

  // Both are entries in the journal, with their answers.
  await journal.openInPlace('/', () => savedNote.getByRole('link', { name: 'See it in your journal' }).click());
  await journal.reload();
  const details = await prompts.detailedEntries();
  assert.deepEqual(details, [
    {
      note: null,
      'What helped': 'Slowing down when I got stuck.',
      "Something I didn't say": 'I was nervous about the homework.',
      'How safe it feels to share': 'Mostly safe',
    },
    { note: 'A long week at work.', 'How I feel': 'Heavy', 'Feeling words': 'tired, tender' },
  ]);
  await journal.filterKind('check-in');
  assert.equal(await journal.entryItems.count(), 1);
  assertClean(guards);
});

test('after a while away, a warm welcome shows recent small wins and never counts days', async () => {
  const { journal, prompts, page, guards } = await open();
  const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
  await journal.seed([
    makeEntry({ kind: 'win', text: 'I asked for help at work.', created_at: tenDaysAgo }),
    makeEntry({ kind: 'concern', text: 'Sleep has been hard.', created_at: new Date(tenDaysAgo.getTime() + 60_000) }),
    makeEntry({ kind: 'win', text: 'I went for a swim.', created_at: new Date(tenDaysAgo.getTime() + 120_000) }),
  ]);
  await journal.goto();
  await prompts.welcome.waitFor();
  assert.equal(await prompts.welcome.getByRole('heading', { level: 2 }).textContent(), "Welcome back. It's good to see you.");
  assert.deepEqual(await prompts.welcome.locator('.recent-wins li').allTextContents(), ['I went for a swim.', 'I asked for help at work.']);
  const words = await page.locator('main').innerText();
  assert.doesNotMatch(words, /missed|streak|\d+\s*days?\b/i);

  await prompts.welcome.getByRole('button', { name: 'Write about this' }).click();
  assert.ok((await prompts.shownPrompt()).length > 0);
  await prompts.welcome.getByRole('button', { name: 'Close this welcome' }).click();
  await prompts.welcome.waitFor({ state: 'detached' });
  // Closed while the app is open: away to another page and back, in place, it stays closed.
  await journal.openInPlace('/about', () => headerLink(page, 'About & privacy').click());
  await journal.openInPlace('/', () => headerLink(page, 'Journal').click());
  assert.equal(await prompts.welcome.count(), 0, 'closed for the rest of this visit');
  // Only in memory: nothing is kept in the tab's session storage, so a reload welcomes again.
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), [], 'nothing in session storage');
  await journal.reload();
  await prompts.welcome.waitFor();
  assertClean(guards);
});

test('with the lock on, prompt choices are sealed at rest', async () => {
  const { journal, prompts, page, guards } = await open();
  await journal.goto('/backup');
  const panel = page.getByRole('region', { name: 'Lock with a passphrase' });
  await panel.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await panel.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
  await panel.getByRole('checkbox', { name: "I understand a forgotten passphrase can't be recovered" }).check();
  await panel.locator('form button[type="submit"]').click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('between.meta.lock') ?? '{}').phase === 'on', null, { timeout: 20_000 });

  // In place: a page load would ask for the passphrase again.
  await journal.openInPlace('/about', () => headerLink(page, 'About & privacy').click());
  await journal.openInPlace('/prompts', () => page.locator('#app-main').getByRole('link', { name: 'Browse all prompts' }).click());
  const mine = 'Which small kindness can I offer myself tonight?';
  await prompts.newPromptBox.fill(mine);
  await prompts.addButton.click();
  await prompts.section('Your own prompts').locator('li.prompt-item').filter({ hasText: mine }).waitFor();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"s":"'), PROMPTS_KEY);
  const raw = await prompts.rawPrefs();
  assert.ok(!raw.includes(mine) && !raw.includes('"custom"'), 'the prompt text is not readable in storage');
  const everything = JSON.stringify(await journal.storedRecords());
  assert.ok(!everything.includes('Which small kindness'));
  assertClean(guards);
});

test('the check-in form and the prompt library are accessible and fit a 360 px phone', async () => {
  const { journal, prompts, page, guards } = await open({ viewport: PHONE });
  await journal.goto();
  await journal.kindRadio('reflection').check();
  await assertNoSeriousA11yViolations(page, 'reflection prompt at 360 px');

  // Both check-in forms are on /check-in, one below the other.
  await prompts.checkIn.goto();
  assert.ok((await pageWidth(page)) <= PHONE.width, 'the check-in form and the feedback card fit');
  await assertNoSeriousA11yViolations(page, 'check-in form and feedback card at 360 px');
  // A refusal shown in the form is accessible and fits too.
  await prompts.checkIn.checkInForm.getByRole('button', { name: 'Save check-in' }).click();
  await page.waitForFunction(() => document.querySelector('#checkin-error')?.textContent.trim());
  assert.ok((await pageWidth(page)) <= PHONE.width, 'the check-in form with its error fits');
  await assertNoSeriousA11yViolations(page, 'check-in form with an error at 360 px');

  await journal.goto('/prompts');
  await page.getByRole('heading', { level: 1, name: 'Prompts' }).waitFor();
  assert.ok((await pageWidth(page)) <= PHONE.width, '/prompts fits');
  await assertNoSeriousA11yViolations(page, '/prompts at 360 px');
  await journal.goto('/about');
  await page.getByRole('heading', { name: 'Where some prompts come from' }).waitFor();
  assertClean(guards);
});
