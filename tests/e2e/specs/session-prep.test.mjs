// Session prep on /summary: how I've been, a ranked agenda with topics of one's own (moved
// by keyboard), questions and leave-with, a homework review; the printed page follows a
// session's order and shares nothing the person did not choose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { withApp, outputDir } from '../support/fixtures.mjs';
import { assertClean } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { makeEntry, entryRecord } from '../support/journal-page.mjs';
import { HOMEWORK_KEY } from '../support/homework-page.mjs';
import { SummaryPage, SUMMARY_KEY, localClock, pdfText, flat } from '../support/summary-page.mjs';

const app = withApp();

function homeworkRecord(clock, list) {
  const homework = list.map(({ id, title }) => ({
    id,
    assignment: {
      title,
      message: '',
      prompts: [],
      focus: ['small-wins'],
      rhythm: 'few-times-a-week',
      start: clock.date(-7),
      end: clock.date(7),
    },
    accepted_on: clock.date(-7),
    paused: false,
    revision: 0,
  }));
  return [HOMEWORK_KEY, JSON.stringify({ v: 3, homework })];
}

/** Three goals, one for each consent level; the first linked to the win and the left-out concern's neighbour. */
function goalsRecord() {
  const goal = (n, title, step, linked = []) => ({
    id: `1a2b3c4d5e6-0000000${n}`,
    title,
    steps: [{ id: `1a2b3c4d5e6-0000001${n}`, text: step, state: n === 1 ? 'done' : 'open' }],
    status: 'active',
    ...(n === 1 ? { agreed_on: '2026-11-24' } : {}),
    linked,
    revision: 2,
  });
  return ['between.goals', JSON.stringify({ v: 3, goals: [
    goal(1, 'GOALFULL sleep better', 'STEPFULL phone off at 11', ['w-walk', 'c-private']),
    goal(2, 'GOALTOPIC feel less alone', 'STEPTOPIC lunch with a colleague'),
    goal(3, 'GOALLEFT private plan', 'STEPLEFT not for sharing'),
  ] })];
}

function seeded(clock) {
  return [
    goalsRecord(),
    entryRecord(makeEntry({ id: 'c-sleep', kind: 'concern', text: 'SLEEPMARK sleep is short again', created_at: clock.at(-3) })),
    entryRecord(makeEntry({ id: 'c-work', kind: 'concern', text: 'WORKWORDS meetings run over', created_at: clock.at(-2) })),
    entryRecord(makeEntry({ id: 'c-private', kind: 'concern', text: 'PRIVATEMARK stays with me', created_at: clock.at(-2, 5) })),
    entryRecord(makeEntry({ id: 'w-walk', kind: 'win', text: 'WINMARK walked at lunch', created_at: clock.at(-1) })),
    homeworkRecord(clock, [
      { id: 'hw-wins', title: 'Noticing small wins' },
      { id: 'hw-sleep', title: 'Sleep diary' },
    ]),
  ];
}

const ORDER = [
  "How I've been since last time",
  "What I'd like to talk about",
  'Questions for my therapist',
  "What I'd like to leave the session with",
  'Homework review',
  'Goals',
  'Small wins',
];

/** The agenda's topics as shown: place and name. */
async function agendaTopics(page) {
  return page.locator('.agenda-topic').evaluateAll((items) =>
    items.map((li) => `${li.querySelector('.agenda-place').textContent}|${li.querySelector('.agenda-name').textContent}`),
  );
}

async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

test('from journal to a printed agenda: ranked topics, questions, leave-with and a homework review, in a session’s order', async () => {
  const clock = localClock();
  const opened = await app.open({ timezoneId: clock.timezoneId });
  const { page, guards } = opened;
  const summary = new SummaryPage(page, app.url);
  await summary.seed(seeded(clock));
  await summary.open();

  await summary.choose('SLEEPMARK', 'Full');
  await summary.choose('WORKWORDS', 'Topic only', { title: 'Work' });
  await summary.choose('PRIVATEMARK', 'Leave out');
  await summary.choose('WINMARK', 'Full');

  const agenda = page.getByRole('region', { name: 'Your agenda' });
  await agenda.getByRole('radio', { name: 'About the same', exact: true }).check();

  // Keyboard only: type a topic of one's own and press Enter; rank it, then "Work" above it.
  await agenda.getByLabel('A topic of my own').focus();
  await page.keyboard.type('HOLIDAYMARK ask about the holidays');
  await page.keyboard.press('Enter');
  await agenda.locator('.agenda-topic', { hasText: 'HOLIDAYMARK' }).waitFor();
  // Own topics are listed before the other concerns, so they never hide behind "Show more".
  assert.deepEqual(await agendaTopics(page), ['|HOLIDAYMARK ask about the holidays', '|SLEEPMARK sleep is short again', '|Work']);
  await agenda.getByRole('button', { name: 'Put first: HOLIDAYMARK ask about the holidays' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('agenda-'));
  await agenda.getByRole('button', { name: 'Put first: Work' }).focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('.agenda-topic--first').length === 2);
  assert.deepEqual(await agendaTopics(page), ['1|HOLIDAYMARK ask about the holidays', '2|Work', '|SLEEPMARK sleep is short again']);
  // Focus stays with "Work" as it moves, on its enabled "Move up" button, then on "Move down" at the top.
  await page.waitForFunction(() => document.activeElement?.id === 'agenda-up-c-work');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.agenda-topic')?.textContent.includes('Work'));
  assert.deepEqual(await agendaTopics(page), ['1|Work', '2|HOLIDAYMARK ask about the holidays', '|SLEEPMARK sleep is short again']);
  await page.waitForFunction(() => document.activeElement?.id === 'agenda-down-c-work');
  assert.equal(await focusedId(page), 'agenda-down-c-work');
  await page.locator('[role="status"]', { hasText: '“Work” is now 1' }).waitFor();

  await agenda.getByLabel('Questions for my therapist').fill('QUESTIONMARK is it normal to feel flat?');
  await agenda.getByLabel("What I'd like to leave the session with").fill('LEAVEMARK one thing to try at night');

  // Homework: one shared in full with its review, one as topic only whose review stays here.
  const homework = page.getByRole('region', { name: 'Homework review' });
  const wins = homework.locator('fieldset', { has: page.locator('legend', { hasText: 'Noticing small wins' }) });
  await wins.getByRole('radio', { name: 'Full', exact: true }).check();
  await homework.locator('summary', { hasText: 'Noticing small wins' }).click();
  await homework.getByLabel('What I tried').first().fill('TRIEDMARK wrote three wins a week');
  const sleep = homework.locator('fieldset', { has: page.locator('legend', { hasText: 'Sleep diary' }) });
  await sleep.getByRole('radio', { name: 'Topic only', exact: true }).check();
  await homework.locator('summary', { hasText: 'Sleep diary' }).click();
  await homework.getByLabel('What was hard').nth(1).fill('SECRETREVIEW mornings');

  // Goals at each consent level.
  const goalChoice = (words) => page.locator('fieldset', { has: page.locator('legend', { hasText: words }) });
  await goalChoice('GOALFULL').getByRole('radio', { name: 'Full', exact: true }).check();
  await goalChoice('GOALTOPIC').getByRole('radio', { name: 'Topic only', exact: true }).check();
  await goalChoice('GOALLEFT').getByRole('radio', { name: 'Leave out', exact: true }).check();
  await summary.preview.getByText('Step done: STEPFULL phone off at 11').waitFor();

  await summary.preview.getByText('TRIEDMARK').waitFor();
  const headings = await summary.preview.locator('h3').allTextContents();
  assert.deepEqual(headings, ORDER);
  const preview = await summary.previewText();
  for (const secret of ['PRIVATEMARK', 'WORKWORDS', 'SECRETREVIEW', 'STEPTOPIC', 'GOALLEFT', 'STEPLEFT']) {
    assert.ok(!preview.includes(secret), `${secret} is not shared:\n${preview}`);
  }
  assert.match(preview, /Linked small win, .*: WINMARK walked at lunch/);
  assert.match(preview, /First topic to talk about\s+Work/);
  assert.match(preview, /Second topic to talk about\s+HOLIDAYMARK/);

  // Everything is kept: a reload shows the same agenda, notes and review.
  await summary.reloadSummary();
  assert.deepEqual(await agendaTopics(page), ['1|Work', '2|HOLIDAYMARK ask about the holidays', '|SLEEPMARK sleep is short again']);
  assert.equal(await agenda.getByLabel('Questions for my therapist').inputValue(), 'QUESTIONMARK is it normal to feel flat?');
  assert.equal(await homework.getByLabel('What I tried').first().inputValue(), 'TRIEDMARK wrote three wins a week');
  const stored = await page.evaluate((k) => localStorage.getItem(k), SUMMARY_KEY);
  assert.match(stored, /"since_last":"about_the_same"/);
  await assertNoSeriousA11yViolations(page, '/summary with an agenda and a homework review');

  // On paper: the session's order, every chosen word, no private one, the foot.
  const file = path.join(outputDir(), 'session-prep.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const text = flat(pdfText(file));
  const at = ORDER.map((h) => text.indexOf(h));
  assert.ok(at.every((i) => i >= 0), `every part is printed:\n${text}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at, `printed in a session's order:\n${text}`);
  for (const shared of ['GOALFULL', 'STEPFULL', 'Agreed with my therapist on', 'GOALTOPIC', 'About the same', 'HOLIDAYMARK', 'SLEEPMARK', 'QUESTIONMARK', 'LEAVEMARK', 'TRIEDMARK', 'WINMARK', 'Written to be read together in session.', 'not an emergency service']) {
    assert.ok(text.includes(shared), `${shared} is printed:\n${text}`);
  }
  for (const secret of ['PRIVATEMARK', 'WORKWORDS', 'SECRETREVIEW', 'STEPTOPIC', 'GOALLEFT', 'STEPLEFT', 'Put first', 'Move up', 'A topic of my own']) {
    assert.ok(!text.includes(secret), `${secret} is not printed:\n${text}`);
  }
  const png = path.join(outputDir(), 'session-prep-page-1');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, png]);
  console.log(`First printed page of the session agenda: ${png}.png`);
  assertClean(guards);
});

test('the agenda fits a 360 px phone and has no serious accessibility problems in dark mode', async () => {
  const clock = localClock();
  const opened = await app.open({ timezoneId: clock.timezoneId, viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  const { page, guards } = opened;
  const summary = new SummaryPage(page, app.url);
  await summary.seed(seeded(clock));
  await summary.open();
  await summary.choose('SLEEPMARK', 'Full');
  const agenda = page.getByRole('region', { name: 'Your agenda' });
  await agenda.getByLabel('A topic of my own').fill('A'.repeat(60) + ' and a long unbroken ' + 'x'.repeat(60));
  await agenda.getByRole('button', { name: 'Add topic' }).click();
  await agenda.getByRole('button', { name: /^Put first: SLEEPMARK/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('.agenda-topic--first').length === 1);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
  await assertNoSeriousA11yViolations(page, 'agenda at 360 px, dark');
  // An empty topic gets a kind word, not a silent nothing.
  await agenda.getByRole('button', { name: 'Add topic' }).click();
  await agenda.getByText('Please write a few words for the topic.').waitFor();
  assertClean(guards);
});
