// The session summary: sessions with last/next, consent per entry (leave out, topic only,
// full), a live preview that is exactly the printed page, print to PDF with page numbers
// and whole entries, copies and downloads that agree, and carry-over between sessions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { withApp, outputDir } from '../support/fixtures.mjs';
import { assertClean, watchDialogs } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { makeEntry, entryRecord } from '../support/journal-page.mjs';
import { SummaryPage, localClock, detailsRecord, pdfText, pdfPages, flat, NOT_READY } from '../support/summary-page.mjs';

const app = withApp();
const XSS = '<img src=x onerror=alert(1)>';

// Distinctive words for each consent level.
const FULL = 'FULLMARK the new rota keeps me awake';
const TOPIC = 'TOPICMARK something about my father';
const LEFT = 'LEFTMARK private words that stay here';
const FEEDBACK = 'FEEDBACKMARK slowing down helped';
const TOPIC_TITLE = 'Family things';

/** A fresh context in a midday timezone with the summary page object. */
async function openSummary(clock, options = {}) {
  const opened = await app.open({ timezoneId: clock.timezoneId, ...options });
  return { ...opened, summary: new SummaryPage(opened.page, app.url) };
}

/** Entries of every consent level, a feedback card, a check-in and an XSS attempt. */
function seeded(clock) {
  return [
    entryRecord(makeEntry({ id: 'e-before', kind: 'concern', text: 'BEFOREMARK an earlier worry', created_at: clock.at(-9, 0) })),
    entryRecord(makeEntry({ id: 'e-full', kind: 'concern', text: FULL, priority: true, created_at: clock.at(-2, 0) })),
    entryRecord(makeEntry({ id: 'e-topic', kind: 'concern', text: TOPIC, created_at: clock.at(-2, 10) })),
    entryRecord(makeEntry({ id: 'e-left', kind: 'win', text: LEFT, tags: ['LEFTTAG'], created_at: clock.at(-1, 0) })),
    entryRecord(makeEntry({ id: 'e-xss', kind: 'reflection', text: `Words ${XSS} stay words`, created_at: clock.at(-1, 5) })),
    detailsRecord({
      id: 'e-feedback',
      kind: 'feedback',
      details: { feedback: { helped: FEEDBACK, unsaid: 'UNSAIDMARK it is okay to disagree', safety: 'mostly' } },
      created_at: clock.at(-1, 20),
    }),
    detailsRecord({
      id: 'e-checkin',
      kind: 'check_in',
      text: 'CHECKINMARK slept badly',
      details: { check_in: { feeling: 'heavy', words: ['tired', 'tender'] } },
      created_at: clock.at(0, 0),
    }),
  ];
}

/** Opens /summary with the seeded journal, records two sessions and makes the choices. */
async function buildSummary(clock, options) {
  const opened = await openSummary(clock, options);
  const { summary } = opened;
  await summary.seed(seeded(clock));
  await summary.open();
  await summary.addSession(clock.date(-7));
  await summary.addSession(clock.date(7));
  await summary.firstNameBox.fill('Sam');
  await summary.firstNameBox.press('Tab');
  await summary.choose('FULLMARK', 'Full');
  await summary.choose('TOPICMARK', 'Topic only', { title: TOPIC_TITLE });
  await summary.choose('LEFTMARK', 'Leave out');
  await summary.choose('Words <img', 'Full');
  await summary.choose('FEEDBACKMARK', 'Full');
  await summary.includeSection('Check-ins', 'Include all in full');
  await summary.preview.getByText(FEEDBACK).waitFor();
  return opened;
}

function assertConsent(text, where) {
  assert.ok(text.includes('FULLMARK'), `${where}: the full entry is there`);
  assert.ok(text.includes(FEEDBACK), `${where}: the feedback card is there`);
  assert.ok(text.includes('UNSAIDMARK'), `${where}: all of its answers are there`);
  assert.ok(text.includes('CHECKINMARK'), `${where}: the check-in is there`);
  assert.ok(text.includes(TOPIC_TITLE), `${where}: the topic-only title is there`);
  assert.ok(text.includes(NOT_READY), `${where}: "${NOT_READY}" is there`);
  for (const secret of ['TOPICMARK', 'LEFTMARK', 'LEFTTAG', 'BEFOREMARK']) {
    assert.ok(!text.includes(secret), `${where}: ${secret} must not be shared:\n${text}`);
  }
}

test('a printed summary shares full words, only a title for topic only, and nothing left out', async () => {
  const clock = localClock();
  const { summary, page, guards } = await buildSummary(clock);
  const dialogs = watchDialogs(page);

  // Last and next are said in words.
  assert.match(await summary.session(longDay(clock.date(-7))).innerText(), /Last session/);
  assert.match(await summary.session(longDay(clock.date(7))).innerText(), /Next session/);

  const preview = await summary.previewText();
  assertConsent(preview, 'preview');
  assert.match(preview, /Between — summary for Sam/);
  assert.match(preview, /Next session: /);
  assert.ok(preview.includes(XSS), 'the XSS attempt shows as text in the preview');
  assert.equal(await summary.preview.locator('img').count(), 0, 'no element is made from words');
  // A session's order: how I've been (the check-ins' feeling line), the agenda (concerns,
  // priority first), then reflections, check-ins and feedback.
  const headings = await summary.preview.locator('h3').allTextContents();
  assert.deepEqual(headings, ["How I've been since last time", "What I'd like to talk about", 'Reflections', 'Check-ins', 'Therapy feedback']);
  assert.match(preview, /How I felt: on the heavy side/);
  assert.equal(await summary.page.locator('svg.chart[role="img"]').count(), 1);

  const file = path.join(outputDir(), 'summary.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const text = pdfText(file);
  assertConsent(text, 'PDF');
  assert.ok(flat(text).includes(XSS), 'the XSS attempt is printed as text');
  for (const chrome of ['Journal', 'Backup', 'Need help now', 'Print or save as PDF', 'Copy as', 'Download', 'Leave out', 'Add session', 'Skip to main']) {
    assert.ok(!text.includes(chrome), `no "${chrome}" on paper:\n${text}`);
  }
  assert.match(text, /Page 1 of \d+/, 'page numbers are printed');
  assert.match(flat(text), /Between · \w+day \d+ \w+ \d{4} to \w+day \d+ \w+ \d{4}/, 'the footer line names the dates');

  const png = path.join(outputDir(), 'summary-page-1');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, png]);
  console.log(`First printed page: ${png}.png (PDF: ${file})`);

  assert.deepEqual(dialogs, []);
  assertClean(guards);
});

test('Markdown and text copies and downloads agree with the preview and share only what was chosen', async () => {
  const clock = localClock();
  const { summary, page, guards, context } = await buildSummary(clock);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const markdown = await summary.copy('Copy as Markdown');
  assertConsent(markdown, 'Markdown');
  assert.ok(markdown.startsWith('# Between — summary for Sam'), markdown);
  assert.ok(markdown.includes('\\<img src=x onerror=alert(1)\\>'), 'Markdown escapes the markup');
  await page.waitForFunction(() => document.querySelector('[role="status"]').textContent.includes('Copied'));
  const text = await summary.copy('Copy as text');
  assertConsent(text, 'plain text');
  assert.ok(text.includes(XSS));

  const md = await summary.download('Download .md');
  assert.match(md.name, /^between-summary-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.md$/);
  assert.equal(md.text, markdown, 'the .md file is the Markdown copy');
  const txt = await summary.download('Download .txt');
  assert.match(txt.name, /\.txt$/);
  assert.equal(txt.text, text, 'the .txt file is the text copy');
  assertClean(guards);
});

test('no entry is split across printed pages, and every page is numbered', async () => {
  const clock = localClock();
  const { summary, page, guards } = await openSummary(clock);
  const filler = 'I kept turning it over on the walk home and wanted to write it down before it slipped away. '.repeat(4);
  const records = [];
  for (let i = 0; i < 24; i++) {
    const n = String(i).padStart(2, '0');
    records.push(entryRecord(makeEntry({
      id: `e-many-${n}`,
      kind: i % 2 ? 'win' : 'concern',
      text: `Entry M${n}X begins here. ${filler}Entry M${n}X ends here.`,
      created_at: clock.at(-(i % 10), i),
    })));
  }
  await summary.seed(records);
  await summary.open();
  await summary.includeSection('Concerns to raise', 'Include all in full');
  await summary.includeSection('Small wins', 'Include all in full');
  await summary.preview.getByText('Entry M23X begins').waitFor();
  const file = path.join(outputDir(), 'summary-long.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const pages = pdfPages(file);
  assert.ok(pages >= 2, `enough entries for two pages (got ${pages})`);
  const texts = [];
  for (let p = 1; p <= pages; p++) {
    const t = flat(pdfText(file, { first: p, last: p }));
    assert.ok(t.includes(`Page ${p} of ${pages}`), `page ${p} is numbered`);
    texts.push(t);
  }
  for (let i = 0; i < 24; i++) {
    const n = String(i).padStart(2, '0');
    const begins = texts.findIndex((t) => t.includes(`Entry M${n}X begins here.`));
    const ends = texts.findIndex((t) => t.includes(`Entry M${n}X ends here.`));
    assert.ok(begins >= 0, `entry ${n} is printed`);
    assert.equal(begins, ends, `entry ${n} starts and ends on the same page`);
  }
  assertClean(guards);
});

test('a concern carried over from a past session comes back in the next summary, marked as carried over', async () => {
  const clock = localClock();
  const { summary, guards } = await openSummary(clock);
  await summary.seed([
    entryRecord(makeEntry({ id: 'e-old', kind: 'concern', text: 'CARRYMARK sleep before the exam', created_at: clock.at(-10) })),
  ]);
  await summary.open();
  await summary.addSession(clock.date(-5));
  // Before the session the concern is outside "since my last session".
  assert.equal(await summary.entryChoice('CARRYMARK').count(), 0);
  await summary.markOutcome(longDay(clock.date(-5)), 'CARRYMARK', 'Carry over to next time');
  await summary.entryChoice('CARRYMARK').waitFor();
  await summary.choose('CARRYMARK', 'Full');
  const preview = await summary.previewText();
  assert.match(preview, /Carried over from a past session/);
  assert.ok(preview.includes('CARRYMARK'));
  const stored = await summary.storedSessions();
  assert.equal(stored.sessions[0].outcomes['e-old'], 'carry_over');
  // Marked resolved instead, it is still offered, as what happened last time, and shared as
  // far as the person chose.
  await summary.markOutcome(longDay(clock.date(-5)), 'CARRYMARK', 'Resolved');
  await summary.preview.getByText('Resolved last time').waitFor();
  const settled = await summary.previewText();
  assert.ok(settled.includes('CARRYMARK'));
  assert.ok(!settled.includes('Carried over from a past session'), settled);
  await summary.choose('CARRYMARK', 'Leave out');
  await summary.preview.getByText('Resolved last time').waitFor({ state: 'detached' });
  assert.ok(!(await summary.previewText()).includes('CARRYMARK'));
  assertClean(guards);
});

test('choices are remembered after a reload, and "Since my last session" resets the dates', async () => {
  const clock = localClock();
  const { summary, guards } = await buildSummary(clock);
  await summary.fromBox.fill(clock.date(-20));
  await summary.fromBox.dispatchEvent('change');
  await summary.page.waitForFunction((d) => document.querySelector('#summary-from').value === d, clock.date(-20));
  await summary.reloadSummary();
  assert.equal(await summary.chosen('FULLMARK'), 'Full');
  assert.equal(await summary.chosen('TOPICMARK'), 'Topic only');
  assert.equal(await summary.chosen('LEFTMARK'), 'Leave out');
  assert.equal(await summary.entryChoice('TOPICMARK').getByLabel('Short title (optional)').inputValue(), TOPIC_TITLE);
  assert.equal(await summary.firstNameBox.inputValue(), 'Sam');
  assert.equal(await summary.fromBox.inputValue(), clock.date(-20));
  await summary.sinceLastSession();
  assert.equal(await summary.fromBox.inputValue(), clock.date(-6));
  assert.equal(await summary.toBox.inputValue(), clock.date(0));
  assertConsent(await summary.previewText(), 'preview after reload');
  assertClean(guards);
});

test('an empty summary says kindly that nothing is included, and Share is hidden without the Web Share API', async () => {
  const clock = localClock();
  const { summary, page, guards } = await openSummary(clock);
  await summary.open();
  assert.match(await summary.previewText(), /Nothing is included yet\. Choose what to share above\./);
  assert.equal(await page.evaluate(() => 'share' in navigator), false, 'headless Chromium on Linux has no share');
  assert.equal(await summary.shareButton.count(), 0);
  await summary.action('Print or save as PDF').waitFor();
  // The header links here, after Journal and Goals, before Backup.
  const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
  assert.deepEqual(nav.slice(0, 4), ['Journal', 'Goals', 'Summary', 'Backup']);
  assertClean(guards);
});

test('the summary page has no serious accessibility problems, light and dark', async () => {
  const clock = localClock();
  for (const colorScheme of ['light', 'dark']) {
    const { summary, page, guards } = await buildSummary(clock, { colorScheme });
    await summary.session(longDay(clock.date(-7))).locator('details.outcomes').evaluate((d) => { d.open = true; });
    await summary.choose('TOPICMARK', 'Topic only');
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
    await assertNoSeriousA11yViolations(page);
    assertClean(guards);
  }
});

test('at 360 px everything stacks with no sideways scrolling', async () => {
  const clock = localClock();
  const { summary, page, guards } = await buildSummary(clock, { viewport: { width: 360, height: 740 } });
  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  }));
  assert.ok(overflow.scrollWidth <= overflow.clientWidth, JSON.stringify(overflow));
  assert.deepEqual(overflow.wide, []);
  await page.screenshot({ path: path.join(outputDir(), 'summary-360.png'), fullPage: true });
  assertClean(guards);
});

/** "Saturday 14 November 2026" → "14 November 2026", as the session list shows it. */
function longDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

test('session dates saved by a newer version are named as such, never written over, and a change to them is not called saved', async () => {
  const clock = localClock();
  const { summary, guards } = await openSummary(clock);
  const futureRaw = JSON.stringify({ v: 999, sessions: [{ id: 'from-the-future', date: clock.date(-7), shape: 'new' }] });
  await summary.seed([['between.sessions', futureRaw]]);
  await summary.open();

  const notices = async () => (await summary.problemNotice.allTextContents()).join(' ');
  await summary.problemNotice.first().waitFor();
  assert.match(await notices(), /Your session dates were saved by a newer version of Between/);
  assert.doesNotMatch(await notices(), /Some entries/, 'not the notice meant for entries');

  await summary.addSession(clock.date(-1));
  await summary.page.waitForFunction(() => [...document.querySelectorAll('[role="alert"]')].some((el) => /stays on screen only/.test(el.textContent)));
  assert.equal((await summary.storedRecords())['between.sessions'], futureRaw, 'the newer record is untouched');

  await summary.reloadSummary();
  assert.equal((await summary.storedRecords())['between.sessions'], futureRaw);
  assertClean(guards);
});

test('"Include all" skips entries brought in from another app until you include them too', async () => {
  const clock = localClock();
  const { summary, page, guards } = await openSummary(clock);
  // Brought in an hour ago, dated in these dates by the other app.
  const daylio = makeEntry({ id: 'e-daylio', kind: 'win', text: 'DAYLIOMARK a calm morning', created_at: clock.at(-3, 0) });
  daylio.source = { app: 'daylio', id: 'daylio-1', import: `imp-${(Date.now() - 3_600_000).toString(16)}` };
  await summary.seed([
    entryRecord(makeEntry({ id: 'e-own', kind: 'win', text: 'OWNMARK a walk at lunch', created_at: clock.at(-2, 0) })),
    entryRecord(daylio),
  ]);
  await summary.goto('/');
  assert.equal(await (await summary.entryItem('DAYLIOMARK a calm morning')).locator('.source-mark').textContent(), 'From Daylio');
  assert.equal(await (await summary.entryItem('OWNMARK a walk at lunch')).locator('.source-mark').count(), 0);

  await summary.open();
  assert.equal(await summary.entryChoice('DAYLIOMARK').locator('.source-mark').textContent(), 'From Daylio');
  assert.equal(await summary.entryChoice('OWNMARK').locator('.source-mark').count(), 0);
  const includeImported = summary.builder.getByRole('checkbox', { name: 'Include entries from other apps when I include all' });
  assert.equal(await includeImported.isChecked(), false);
  await assertNoSeriousA11yViolations(page);

  await summary.includeSection('Small wins', 'Include all in full');
  await summary.preview.getByText('OWNMARK').waitFor();
  assert.ok(!(await summary.previewText()).includes('DAYLIOMARK'), 'the imported entry is not shared');
  assert.equal(await summary.chosen('DAYLIOMARK'), 'Leave out');

  await includeImported.check();
  await summary.preview.getByText('DAYLIOMARK').waitFor();
  assert.equal(await summary.chosen('DAYLIOMARK'), 'Full');
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('between.summary'))).summary;
  assert.equal(stored.sections_with_imported, 'win');
  assert.match(stored.section_rules, /^win 2 /);
  assert.equal(stored.rules, undefined, 'older builds find no rule to apply to imported entries');

  await summary.reloadSummary();
  assert.equal(await includeImported.isChecked(), true);
  await includeImported.uncheck();
  await summary.preview.getByText('DAYLIOMARK').waitFor({ state: 'detached' });
  assert.ok((await summary.previewText()).includes('OWNMARK'));
  assertClean(guards);
});
