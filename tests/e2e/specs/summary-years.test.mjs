// The summary with years of entries: at a year's dates over a 5,000-entry journal the
// consent list is grouped by section and week, a section's choice is one small rule,
// single entries are reached by opening a week or by search, entries written later stay
// left out, and the preview is drawn as the person scrolls and whole for printing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { makeEntry, entryRecord } from '../support/journal-page.mjs';
import { SummaryPage, SUMMARY_KEY } from '../support/summary-page.mjs';
import { generateJournal, ENTRY_PREFIX } from '../bench/generate-journal.mjs';
import { storedEntryRecord } from '../support/stored-form.mjs';

const app = withApp();
const MARK = 'MARMALADEMARK the jar I finally opened';

/** "YYYY-MM-DD", `days` before today in the browser's own calendar. */
function dateBefore(page, days) {
  return page.evaluate((d) => {
    const t = new Date(Date.now() - d * 86_400_000);
    return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  }, days);
}

test('a year of a 5,000-entry journal: grouped choices, one small rule, search, later entries left out, a windowed preview', async () => {
  const { page, guards } = await app.open({ timezoneId: 'Europe/Berlin' });
  const summary = new SummaryPage(page, app.url);
  const journal = generateJournal({ entries: 5_000, now: Date.now(), sessions: false }).map(([key, value]) =>
    key.startsWith(ENTRY_PREFIX) ? [key, storedEntryRecord(JSON.parse(value).entry)] : [key, value],
  );
  const marked = makeEntry({ id: 'e-marmalade', kind: 'concern', priority: true, text: MARK, created_at: new Date(Date.now() - 40 * 86_400_000) });
  await summary.seed([...journal, entryRecord(marked)]);
  await summary.open();

  await summary.fromBox.fill(await dateBefore(page, 365));
  await summary.fromBox.press('Tab');
  const wins = summary.builder.locator('section.consent-section', { has: page.getByRole('heading', { name: 'Small wins', exact: true }) });
  const winCount = wins.locator('.section-count');
  await page.waitForFunction(() => document.querySelectorAll('details.consent-week').length > 100);
  const total = Number(/^(\d+) entries in these dates, 0 shared$/.exec(await winCount.textContent())?.[1]);
  assert.ok(total > 200, `a year holds hundreds of small wins (${await winCount.textContent()})`);
  assert.equal(await wins.locator('fieldset.consent-choice').count(), 0, 'a long section is grouped by week, not drawn entry by entry');

  await summary.includeSection('Small wins', 'Include all in full');
  await page.waitForFunction(
    ([el, n]) => document.querySelector(el)?.textContent === `${n} entries in these dates, ${n} shared`,
    ['section.consent-section:has(#choose-win) .section-count', total],
  );
  const stored = await page.evaluate((k) => localStorage.getItem(k), SUMMARY_KEY);
  assert.ok(stored.length < 1_000, `the section's choice is one small rule (${stored.length} characters)`);

  // A year of concerns in full: the agenda lists a window of them; the last one listed is
  // put first by keyboard.
  await summary.includeSection('Concerns to raise', 'Include all in full');
  const agendaMore = page.getByRole('button', { name: /^Show more of the concerns you chose \(\d+ more\)$/ });
  await agendaMore.waitFor();
  assert.equal(await page.locator('.agenda-topic').count(), 12, 'twelve concerns are listed before "Show more"');
  await agendaMore.click();
  await page.waitForFunction(() => document.querySelectorAll('.agenda-topic').length === 60);
  const lastListed = await page.locator('.agenda-topic .agenda-name').last().textContent();
  // Generated concerns can share their first words, so the button is found in its own row.
  await page.locator('.agenda-topic').last().getByRole('button', { name: `Put first: ${lastListed}`, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.querySelector('.agenda-topic--first .agenda-name')?.textContent === name, lastListed);
  await summary.includeSection('Concerns to raise', 'Leave all out');
  await page.waitForFunction(() => document.querySelectorAll('.agenda-topic').length === 0);

  // The preview is drawn a window at a time, then whole as printing starts.
  const items = summary.preview.locator('li.sheet-item');
  const more = page.getByRole('button', { name: /^Show more of the preview/ });
  await more.waitFor();
  const first = await items.count();
  assert.ok(first < total, `only the first window is drawn (${first} of ${total})`);
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('article.summary-sheet li.sheet-item').length > n, first);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await more.isHidden(), 'the "Show more" button is never printed');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await items.count(), total, 'printing draws every shared entry');
  assert.ok(await more.isHidden());

  // One week opened, one entry left out: the counts and the preview follow.
  const week = wins.locator('details.consent-week').first();
  await week.locator('summary').click();
  const entry = week.locator('fieldset.consent-choice').first();
  await entry.getByRole('radio', { name: 'Leave out', exact: true }).check();
  await page.waitForFunction(
    ([el, n]) => document.querySelector(el)?.textContent === `${n} entries in these dates, ${n - 1} shared`,
    ['section.consent-section:has(#choose-win) .section-count', total],
  );
  assert.match(await week.locator('summary').textContent(), /^Week of .+: \d+ entr(y|ies), \d+ shared$/);

  // Search reaches one entry among thousands.
  await summary.builder.getByLabel('Find an entry').fill('marmalademark');
  await summary.choose('MARMALADEMARK', 'Full');
  await summary.preview.getByText(MARK).waitFor();
  assert.equal(await summary.builder.locator('fieldset.consent-choice').count(), 1);
  await summary.builder.getByLabel('Find an entry').fill('');
  await wins.locator('details.consent-week').first().waitFor();

  // An entry written after the choice stays left out until it is included.
  await page.evaluate(() => {
    const millis = Date.now();
    const id = `${millis.toString(16)}-0000beef`;
    const entry = { id, kind: 'win', text: 'LATERMARK written after choosing', created_at: new Date(millis).toISOString(), updated_at: new Date(millis).toISOString(), revision: 1 };
    localStorage.setItem(`between.entry.${id}`, JSON.stringify({ v: 2, entry }));
  });
  await summary.reloadSummary();
  await page.waitForFunction(
    ([el, n]) => document.querySelector(el)?.textContent === `${n + 1} entries in these dates, ${n - 1} shared`,
    ['section.consent-section:has(#choose-win) .section-count', total],
  );
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const text = await summary.previewText();
  assert.ok(!text.includes('LATERMARK'), 'the later entry is not shared');
  assert.ok(text.includes(MARK), 'the searched-for entry is still shared after a reload');
  assertClean(guards);
});
