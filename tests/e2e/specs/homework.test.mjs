// Homework from a therapist: the composer makes a short link (the homework rides after `#`),
// a QR code and a one-page handout; the client sees exactly what it sets up, nothing is kept
// before Accept, the link leaves the address bar, bad links change nothing, and accepted
// homework shows on the journal page with gentle progress words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { withApp, outputDir } from '../support/fixtures.mjs';
import { assertClean, watchDialogs } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal } from '../support/journal-page.mjs';
import { TherapistsPage, HomeworkPage, HomeworkPanel, pageDate } from '../support/homework-page.mjs';
import { SummaryPage } from '../support/summary-page.mjs';

const app = withApp();

const HARD = ['A hard moment right now', 'This is a hard moment. In a few words, what feels hard right now?'];
const SESSION = ['After a session', 'What would you like to carry into the days until the next one?'];
const OWN = 'What did you do this week that took a little courage?';
const INSTRUCTIONS = 'Scan the code or type the link on your phone or computer.';
const UNCHANGED = 'Nothing in your journal has changed.';

async function openAll(options) {
  const opened = await openJournal(app, options);
  return {
    ...opened,
    therapists: new TherapistsPage(opened.page, app.url),
    homework: new HomeworkPage(opened.page, app.url),
    panel: new HomeworkPanel(opened.page),
  };
}

/** Composes a typical homework in a fresh browser and returns its link. */
async function makeLink(title = 'Noticing small steps') {
  const t = await openAll();
  await t.therapists.goto();
  await t.therapists.compose({
    title,
    message: 'Between now and our next session, try writing a few lines when something shifts.',
    library: [HARD, SESSION],
    written: [OWN],
    focus: ['Reflections', 'Small wins'],
    rhythm: 'A few times a week',
    start: await pageDate(t.page, 0),
    end: await pageDate(t.page, 13),
  });
  return { ...t, link: await t.therapists.link() };
}

async function horizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('a therapist composes homework and gets a short link, a QR code and a one-page handout', async () => {
  const t = await makeLink();
  const dialogs = watchDialogs(t.page);
  assert.ok(t.link.length <= 2000, `link has ${t.link.length} characters`);
  assert.ok(t.link.startsWith(app.url + '/homework#hw1.'), t.link);
  assert.match(await t.therapists.room.textContent(), /^\d+ characters of room left\.$/);
  assert.match((await t.therapists.qrCode.locator('path').getAttribute('d')) ?? '', /^M\d+,\d+h/);
  assert.equal(await t.therapists.qrCode.getAttribute('aria-label'), 'QR code for the homework link');

  const pdfPath = path.join(outputDir(), 'homework-handout.pdf');
  const pdf = await t.page.pdf({ format: 'A4' });
  writeFileSync(pdfPath, pdf);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdfPath, path.join(outputDir(), 'homework-handout')]);
  const pages = execFileSync('pdfinfo', [pdfPath]).toString().match(/Pages:\s+(\d+)/)[1];
  assert.equal(pages, '1', 'one page');
  assert.match(text, /Noticing small steps/);
  assert.match(text.replace(/\s+/g, ' '), new RegExp(INSTRUCTIONS.replace(/\./g, '\\.')));
  assert.match(text.replace(/\s+/g, ' '), /nothing is set up until you choose Accept/);
  for (const word of ['Copy link', 'Print a handout', 'Backup', 'Compose homework', 'How it works', 'Skip to main', 'emergency']) {
    assert.ok(!text.includes(word), `the handout does not print "${word}"`);
  }
  assert.deepEqual(dialogs, []);
  assertClean(t.guards);
});

test('an empty title or no entries to notice is explained kindly and makes no link', async () => {
  const t = await openAll();
  await t.therapists.goto();
  assert.equal(await t.therapists.problem.textContent(), 'A short title helps to recognise this homework later.');
  await t.therapists.compose({ title: 'Walks', focus: [] });
  assert.equal(await t.therapists.problem.textContent(), 'Choose at least one kind of entry to notice.');
  assert.equal(await t.therapists.linkField.count(), 0);
  assertClean(t.guards);
});

test('the client sees what a link sets up; No thanks keeps nothing, Accept keeps it once, and the link leaves the address', async () => {
  const { link } = await makeLink();
  const c = await openAll();
  const dialogs = watchDialogs(c.page);
  await c.homework.open(link);
  assert.equal(await c.homework.offerTitle.textContent(), 'Noticing small steps');
  assert.deepEqual(await c.homework.offerPrompts.allTextContents(), [HARD[1], SESSION[1], OWN]);
  assert.equal(await c.homework.stored(), null, 'nothing is stored before a choice');
  await c.homework.declineButton.click();
  await c.homework.result.getByRole('heading', { name: 'Nothing was set up' }).waitFor();
  assert.equal(await c.homework.stored(), null);
  assert.equal(await c.homework.fragment(), '');
  assert.equal(new URL(c.page.url()).pathname, '/homework');

  await c.homework.open(link);
  await c.homework.acceptButton.click();
  await c.homework.result.getByRole('heading', { name: "It's in your journal" }).waitFor();
  const stored = JSON.parse(await c.homework.stored());
  assert.equal(stored.homework.length, 1);
  assert.equal(stored.homework[0].assignment.title, 'Noticing small steps');
  assert.equal(await c.homework.fragment(), '');
  assert.ok(!c.page.url().includes('#'));

  // The same link again: already there, nothing added.
  await c.homework.open(link);
  await c.page.getByText('This homework is already in your journal').waitFor();
  assert.equal(await c.homework.acceptButton.count(), 0);
  assert.equal(JSON.parse(await c.homework.stored()).homework.length, 1);
  assert.deepEqual(dialogs, []);
  assertClean(c.guards);
});

test('accepted homework shows on the journal page, counts entries in words, and pausing hides it', async () => {
  const { link } = await makeLink();
  const c = await openAll();
  await c.homework.open(link);
  await c.homework.acceptButton.click();
  await c.homework.result.waitFor();
  await c.journal.goto('/');
  await c.panel.section.waitFor();
  assert.deepEqual(await c.panel.prompts.allTextContents(), [HARD[1], SESSION[1], OWN]);
  assert.match(await c.panel.meta.textContent(), /No entries yet this week — whenever you're ready\./);

  await c.panel.writeAbout(OWN).click();
  assert.equal(await c.journal.prompt.textContent(), OWN);
  assert.equal(await c.page.evaluate(() => document.activeElement?.id), 'entry-text');
  await c.journal.write(undefined, 'I spoke up in the meeting.');
  const reflection = Object.values(await c.journal.storedEntries()).find((e) => e.kind === 'reflection');
  assert.equal(reflection.prompt, OWN, 'the entry keeps the homework prompt');
  await c.journal.write('win', 'Walked to the shop.');
  await c.page.waitForFunction(() => document.querySelector('.homework-panel-meta')?.textContent.includes('2 entries this week'));

  await c.homework.open('/homework');
  await c.homework.cards.first().getByRole('button', { name: 'Pause' }).click();
  await c.homework.cards.first().getByText('(paused)').waitFor();
  assert.match(await c.homework.cards.first().textContent(), /Paused\. You can pick it up again whenever you like\./);
  await c.journal.goto('/');
  assert.equal(await c.panel.section.count(), 0, 'paused homework stays off the journal page');
  assertClean(c.guards);
});

test('accepted homework can go into a summary under the same consent levels as entries', async () => {
  const { link } = await makeLink('Noticing small steps');
  const c = await openAll();
  await c.homework.open(link);
  await c.homework.acceptButton.click();
  await c.homework.result.waitFor();
  await c.journal.goto('/');
  await c.journal.write('win', 'Walked to the shop.');

  const summary = new SummaryPage(c.page, app.url);
  await summary.open();
  const choice = c.page.getByRole('group', { name: 'Homework: Noticing small steps' });
  await choice.waitFor();
  assert.equal(await choice.getByRole('radio', { name: 'Leave out', exact: true }).isChecked(), true, 'left out by default');
  assert.ok(!(await summary.previewText()).includes('Noticing small steps'), 'nothing shared before choosing');

  await choice.getByRole('radio', { name: 'Topic only', exact: true }).check();
  await c.page.waitForFunction(() => document.querySelector('.summary-sheet')?.textContent.includes('Noticing small steps'));
  let text = await summary.previewText();
  assert.match(text, /Not ready to write about this yet/);
  assert.ok(!text.includes(OWN), 'topic only shows no prompt');

  await choice.getByRole('radio', { name: 'Full', exact: true }).check();
  await c.page.waitForFunction((own) => document.querySelector('.summary-sheet')?.textContent.includes(own), OWN);
  text = await summary.previewText();
  assert.match(text, /Homework/);
  assert.match(text, /Suggested rhythm: A few times a week/);
  assert.match(text, /1 entry written for it so far\./);
  assert.ok(!text.includes('try writing a few lines'), "the therapist's message is not repeated");

  // The choice is remembered with the summary.
  await summary.reloadSummary();
  assert.equal(await c.page.getByRole('group', { name: 'Homework: Noticing small steps' }).getByRole('radio', { name: 'Full', exact: true }).isChecked(), true);
  assertClean(c.guards);
});

test('the client can edit homework, and remove it with undo', async () => {
  const { link } = await makeLink();
  const c = await openAll();
  await c.homework.open(link);
  await c.homework.acceptButton.click();
  await c.homework.result.waitFor();
  const card = c.homework.cards.first();
  await card.getByRole('button', { name: 'Edit' }).click();
  const title = card.getByLabel('Title');
  await title.fill('My own version');
  await card.getByRole('button', { name: 'Save changes' }).click();
  await c.page.getByRole('heading', { level: 3, name: 'My own version' }).waitFor();
  assert.equal(JSON.parse(await c.homework.stored()).homework[0].assignment.title, 'My own version');

  await c.homework.cards.first().getByRole('button', { name: 'Remove' }).click();
  await c.page.locator('.undo-bar').waitFor();
  assert.equal(JSON.parse(await c.homework.stored()).homework.length, 0);
  await c.page.getByRole('button', { name: 'Undo' }).click();
  await c.page.getByRole('heading', { level: 3, name: 'My own version' }).waitFor();
  assert.equal(JSON.parse(await c.homework.stored()).homework.length, 1);
  assertClean(c.guards);
});

test('bad links say what went wrong, change nothing, and leave the address', async () => {
  const { link } = await makeLink();
  const fragment = link.split('#')[1];
  const [, payload] = fragment.split('.');
  const at = Math.floor(payload.length / 2);
  const flipped = payload[at] === 'A' ? 'B' : 'A';
  const tampered = fragment.replace(payload, payload.slice(0, at) + flipped + payload.slice(at + 1));
  const cases = [
    [tampered, /changed on its way/],
    [fragment.slice(0, fragment.lastIndexOf('.')), /cut short/],
    ['hw9.abc.def', /made by a newer Between/],
    ['hello', /doesn't look like a homework link/],
    ['hw1.' + 'a'.repeat(100_000), /much longer than a homework link can be/],
  ];
  const c = await openAll();
  const dialogs = watchDialogs(c.page);
  for (const [bad, message] of cases) {
    await c.homework.open('/homework#' + bad);
    const notice = c.homework.result;
    await notice.getByRole('heading', { name: "This link can't be opened" }).waitFor();
    assert.match(await notice.textContent(), message, bad.slice(0, 40));
    assert.match(await notice.textContent(), new RegExp(UNCHANGED));
    assert.equal(await c.homework.offer.count(), 0);
    assert.equal(await c.homework.stored(), null);
    assert.equal(await c.homework.fragment(), '');
  }
  assert.deepEqual(dialogs, []);
  assertClean(c.guards);
});

test('a title with markup shows as text', async () => {
  const xss = '<img src=x onerror=alert(1)>';
  const { link } = await makeLink(xss);
  const c = await openAll();
  const dialogs = watchDialogs(c.page);
  await c.homework.open(link);
  assert.equal(await c.homework.offerTitle.textContent(), xss);
  assert.equal(await c.page.locator('main img').count(), 0);
  await c.homework.acceptButton.click();
  await c.journal.goto('/');
  await c.panel.section.waitFor();
  assert.equal(await c.panel.section.locator('h3').textContent(), xss);
  assert.equal(await c.page.locator('main img').count(), 0);
  assert.deepEqual(dialogs, []);
  assertClean(c.guards);
});

test('both homework pages pass axe and fit a 360 px screen', async () => {
  const t = await makeLink();
  await assertNoSeriousA11yViolations(t.page, '/for-therapists');
  const narrow = await openAll({ viewport: { width: 360, height: 740 } });
  await narrow.therapists.goto();
  await narrow.therapists.compose({ title: 'Small steps', library: [HARD], written: [OWN] });
  await narrow.therapists.link();
  assert.equal(await horizontalScroll(narrow.page), 0, '/for-therapists at 360 px');
  await narrow.homework.open(t.link);
  await narrow.homework.offer.waitFor();
  await assertNoSeriousA11yViolations(narrow.page, '/homework (preview)');
  assert.equal(await horizontalScroll(narrow.page), 0, '/homework at 360 px');
  assertClean(t.guards);
  assertClean(narrow.guards);
});
