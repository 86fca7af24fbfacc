// Taking the journal to another app, from /backup: a zip of one Markdown file per entry with
// front matter, one long Markdown file for chosen dates, and a CSV, all read back in Node
// (jszip, csv-parse) and compared with what was written, word for word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from '../support/fixtures.mjs';
import { assertClean, waitForApp } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal, makeEntry, entryRecord, rfc3339 } from '../support/journal-page.mjs';
import { detailsRecord } from '../support/summary-page.mjs';
import { pageLocalDate } from '../support/backup-page.mjs';
import { TakeOutPanel, zipTexts, frontMatter, csvRows } from '../support/take-out-page.mjs';

const app = withApp();

const DAY = 86_400_000;
/** Noon UTC `n` days ago plus `minute` minutes: stored with +00:00, on the same day anywhere. */
function daysAgo(n, minute = 0) {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12, minute) - n * DAY);
}
const ymd = (date) => date.toISOString().slice(0, 10);

const GOAL = 'Sleep "better" — más';
const TEXTS = {
  win: 'She said "well done" — and I believed it.\n---\nkind: not front matter\nCafé, niño, 🌱.\n\nA new paragraph.',
  concern: '=SUM(1)\nThe rota, again. "Fair" isn\'t the word, is it?',
  reflection: "What I'd tell a friend:\n=SUM(1) is not a measure of a day.\n\n— Ça va 😊",
  checkin: 'Slept badly; tired, tender.',
  feedback: '',
  win2: 'Called Ana back — ¡por fin! 🎉',
};
const HELPED = 'The "map" idea, and the pause.';

/** One entry of every kind, awkward text, a goal link; `key` is the id and the file name's tail. */
function journal() {
  const at = {
    win: daysAgo(40, 1),
    concern: daysAgo(30, 2),
    reflection: daysAgo(20, 3),
    checkin: daysAgo(15, 4),
    feedback: daysAgo(10, 5),
    win2: daysAgo(5, 6),
  };
  const entries = [
    makeEntry({ id: 'take-win', kind: 'win', text: TEXTS.win, tags: ['work', 'ánimo'], created_at: at.win }),
    makeEntry({ id: 'take-concern', kind: 'concern', text: TEXTS.concern, priority: true, created_at: at.concern }),
    makeEntry({ id: 'take-reflection', kind: 'reflection', text: TEXTS.reflection, prompt: 'What would you tell a friend?', created_at: at.reflection }),
    makeEntry({ id: 'take-win2', kind: 'win', text: TEXTS.win2, tags: ['ánimo'], created_at: at.win2 }),
  ];
  const records = [
    ...entries.map(entryRecord),
    detailsRecord({ id: 'take-checkin', kind: 'check_in', text: TEXTS.checkin, details: { check_in: { feeling: 'heavy', words: ['tired', 'tender'] } }, created_at: rfc3339(at.checkin) }),
    detailsRecord({ id: 'take-feedback', kind: 'feedback', text: '', details: { feedback: { helped: HELPED, safety: 'mostly' } }, created_at: rfc3339(at.feedback) }),
    ['between.goals', JSON.stringify({ v: 3, goals: [{ id: 'goal-sleep', title: GOAL, linked: ['take-win'], revision: 1 }] })],
  ];
  return { at, records };
}

const SLUGS = { win: 'win', concern: 'concern', reflection: 'reflection', checkin: 'check-in', feedback: 'feedback', win2: 'win' };

async function openBackup(options = {}) {
  const opened = await openJournal(app, options);
  const { at, records } = journal();
  await opened.journal.seed(records);
  await opened.page.goto(`${app.url}/backup`);
  await waitForApp(opened.page);
  const panel = new TakeOutPanel(opened.page, options.locale?.startsWith('es') ? 'es' : 'en');
  await panel.section.waitFor();
  return { ...opened, at, panel };
}

test('the Markdown zip holds one file per entry, its front matter reads back and its text is exactly as written', async () => {
  const { page, guards, at, panel } = await openBackup();
  await panel.section.getByText('These files are not encrypted').waitFor();
  assert.match(await panel.section.textContent(), /saved in your browser's downloads folder/);

  const file = await panel.download('zip');
  assert.equal(file.name, `between-markdown-${await pageLocalDate(page)}.zip`);
  const members = await zipTexts(file.bytes);
  const expected = Object.keys(TEXTS).map((key) => {
    const time = at[key].toISOString().slice(11, 16).replace(':', '');
    return `${ymd(at[key])}-${time}-${SLUGS[key]}-${key}.md`;
  });
  assert.deepEqual(Object.keys(members), expected, 'one .md per entry, oldest first, named by date, time, kind and id');

  for (const [key, text] of Object.entries(TEXTS)) {
    const { fields, body } = frontMatter(members[expected[Object.keys(TEXTS).indexOf(key)]]);
    assert.equal(fields.kind, SLUGS[key]);
    assert.equal(new Date(fields.date).getTime(), at[key].getTime(), `${key}: the date is the moment written`);
    assert.equal(body, text ? `${text}\n` : '', `${key}: the text below the front matter is exactly as written`);
  }
  const fields = (key) => frontMatter(members[expected[Object.keys(TEXTS).indexOf(key)]]).fields;
  assert.deepEqual(fields('win').goal, [GOAL], "the goal's title, quotes and all");
  assert.deepEqual(fields('win').tags, ['work', 'ánimo']);
  assert.equal(fields('concern').priority, true);
  assert.equal(fields('reflection').prompt, 'What would you tell a friend?');
  assert.deepEqual(fields('checkin').feeling_words, ['tired', 'tender']);
  assert.equal(fields('checkin').feeling, 'Heavy');
  assert.equal(fields('feedback').helped, HELPED);
  assert.equal(fields('win2').goal, undefined, 'an entry with no goal has no goal line');
  await panel.status.filter({ hasText: "Your file with 6 entries is downloading to your browser's downloads folder." }).waitFor();
  assertClean(guards);
});

test('the CSV has a byte-order mark, a row per entry, formulas made inert and every accent intact', async () => {
  const { page, guards, panel } = await openBackup();
  const file = await panel.download('csv');
  assert.equal(file.name, `between-journal-${await pageLocalDate(page)}.csv`);
  assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const rows = csvRows(file.bytes);
  assert.deepEqual(rows.map((r) => r.Id), Object.keys(TEXTS).map((k) => `take-${k}`), 'a row per entry, oldest first');
  const row = Object.fromEntries(rows.map((r) => [r.Id.slice('take-'.length), r]));
  assert.equal(row.concern.Text, `'${TEXTS.concern}`, 'a cell starting with = gets an apostrophe, so a spreadsheet never runs it');
  for (const key of ['win', 'reflection', 'checkin', 'feedback', 'win2']) {
    assert.equal(row[key].Text, TEXTS[key], `${key}: the text as written`);
  }
  assert.equal(row.win2.Tags, 'ánimo');
  assert.equal(row.win.Tags, 'work, ánimo');
  assert.equal(row.concern.Priority, 'Yes');
  assert.equal(row.checkin['Feeling words'], 'tired, tender');
  assert.equal(row.feedback.Kind, 'Therapy feedback');
  assertClean(guards);
});

test('one long Markdown file holds only the chosen dates; dates the wrong way round or with no entries say so', async () => {
  const { page, guards, at, panel } = await openBackup();
  await panel.setDates(ymd(daysAgo(25)), ymd(daysAgo(12)));
  const file = await panel.download('long');
  assert.equal(file.name, `between-journal-${await pageLocalDate(page)}.md`);
  const text = file.bytes.toString('utf8');
  assert.ok(text.startsWith('# My journal\n'), text.slice(0, 40));
  assert.ok(text.includes(TEXTS.reflection), 'the reflection, in range, word for word');
  assert.ok(text.includes(TEXTS.checkin), 'the check-in, in range');
  for (const key of ['win', 'concern', 'win2']) assert.ok(!text.includes(TEXTS[key]), `${key} is out of range`);
  assert.ok(!text.includes(HELPED), 'the feedback is out of range');
  assert.equal(text.match(/^## /gm).length, 2, 'two entries');
  await panel.status.filter({ hasText: 'Your file with 2 entries is downloading' }).waitFor();

  const downloads = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await panel.setDates(ymd(daysAgo(12)), ymd(daysAgo(25)));
  await panel.button('csv').click();
  await panel.alert.filter({ hasText: 'The first date is after the second. You could swap them.' }).waitFor();
  await panel.setDates(ymd(daysAgo(3)), '');
  await panel.button('zip').click();
  await panel.alert.filter({ hasText: "There are no entries in those dates, so there's nothing to download." }).waitFor();
  await panel.setDates('', ymd(at.win));
  const one = await panel.download('csv');
  assert.equal(csvRows(one.bytes).length, 1, 'an open start and the first day: the first entry');
  assert.equal(await panel.alert.textContent(), '', 'the message goes once a file is made');
  assert.deepEqual(downloads, [one.name], 'nothing downloaded for the two refusals');
  assertClean(guards);
});

test('on a 360 px phone in dark mode the panel fits, works by keyboard, has no serious problems; in Spanish it speaks Spanish', async () => {
  const { page, guards, panel } = await openBackup({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  const wide = await panel.section.evaluate((s) =>
    [s, ...s.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((el) => el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(wide, [], 'nothing sticks out');
  await assertNoSeriousA11yViolations(page, 'dark /backup at 360 px');
  // (Tab inside a date box moves between its day, month and year, so start from a button.)
  await panel.button('long').focus();
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Download Markdown files (one per entry, in a zip)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^between-markdown-.*\.zip$/, 'Enter on the focused button makes the zip');
  assertClean(guards);

  const es = await openBackup({ locale: 'es-ES' });
  for (const format of ['zip', 'long', 'csv']) await es.panel.button(format).waitFor();
  await es.panel.fromBox.waitFor();
  const csv = await es.panel.download('csv');
  const header = Object.keys(csvRows(csv.bytes)[0]);
  assert.deepEqual(header.slice(0, 5), ['Id', 'Fecha', 'Hora', 'Tipo', 'Texto']);
  assert.equal(csvRows(csv.bytes)[0].Tipo, 'Pequeño logro');
  assert.ok(csvRows(csv.bytes).some((r) => r.Texto === TEXTS.win2), 'the words are never translated');
  assertClean(es.guards);
});
