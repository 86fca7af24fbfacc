// Goals on /goals: written in the person's words with small steps, paused, retired, edited,
// removed with Undo; wins and reflections linked when written or later; kept across reloads
// and tabs, sealed under the lock; and shared in the summary only as far as chosen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from '../support/fixtures.mjs';
import { assertClean, waitForApp } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal } from '../support/journal-page.mjs';
import { SummaryPage } from '../support/summary-page.mjs';
import { BackupPage, jsonFile } from '../support/backup-page.mjs';

const app = withApp();
const GOALS_KEY = 'between.goals';

async function openGoals(page) {
  await page.goto(`${app.url}/goals`);
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'My goals' }).waitFor();
}

/** The card of the goal whose heading is `title`. */
function card(page, title) {
  return page.locator('li.goal', { has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

async function addGoal(page, title) {
  await page.getByLabel('A goal, in your own words').fill(title);
  await page.getByRole('button', { name: 'Add goal' }).click();
  await card(page, title).waitFor();
}

async function addStep(page, title, step) {
  await card(page, title).getByLabel('A small step').fill(step);
  await card(page, title).getByRole('button', { name: 'Add step' }).click();
  await card(page, title).getByText(step, { exact: true }).waitFor();
}

async function storedGoals(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), GOALS_KEY);
  return raw && JSON.parse(raw);
}

test('goals with small steps: written by keyboard, marked, paused, retired, edited, removed with Undo, kept after a reload', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await openGoals(page);
  await page.getByText('No goals yet.').waitFor();

  // Keyboard only: type a goal, Enter; focus moves to its step box; type steps, Enter.
  await page.getByLabel('A goal, in your own words').focus();
  await page.keyboard.type('  Sleep   better ');
  await page.keyboard.press('Enter');
  await card(page, 'Sleep better').waitFor();
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('step-new-'));
  await page.keyboard.type('Phone off at 11');
  await page.keyboard.press('Enter');
  await card(page, 'Sleep better').getByText('Phone off at 11', { exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('step-new-'));
  await page.keyboard.type('Same wake time');
  await page.keyboard.press('Enter');
  const sleep = card(page, 'Sleep better');
  await sleep.getByText('Same wake time', { exact: true }).waitFor();

  await sleep.getByLabel('How the step “Phone off at 11” is going').selectOption({ label: 'Done' });
  await page.locator('[role="status"]', { hasText: 'Step marked “Done”.' }).waitFor();
  await sleep.getByLabel('How the step “Same wake time” is going').selectOption({ label: 'Not for now' });
  await page.locator('[role="status"]', { hasText: 'Step marked “Not for now”.' }).waitFor();

  await page.getByLabel('A goal, in your own words').fill('Feel less alone at work');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const work = card(page, 'Feel less alone at work');
  await work.getByRole('button', { name: 'Pause' }).click();
  await card(page, 'Feel less alone at work').locator('.goal-status', { hasText: 'Paused' }).waitFor();
  await card(page, 'Feel less alone at work').getByRole('button', { name: 'Resume' }).click();
  await card(page, 'Feel less alone at work').getByRole('button', { name: 'Retire' }).click();
  const retired = page.locator('details.goals-retired');
  await retired.locator('summary', { hasText: 'Retired goals (1)' }).waitFor();
  await retired.locator('summary').click();
  await retired.getByRole('button', { name: 'Bring back' }).click();
  await page.locator('.goal-list').first().getByRole('heading', { name: 'Feel less alone at work' }).waitFor();

  // Edit, then remove and bring back with Undo (focus lands on Undo, then on the goal).
  await card(page, 'Sleep better').getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Goal', { exact: true }).fill('Sleep a bit better');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await card(page, 'Sleep a bit better').waitFor();
  await card(page, 'Feel less alone at work').getByRole('button', { name: 'Remove', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'goal-undo');
  assert.equal(await card(page, 'Feel less alone at work').count(), 0);
  await page.keyboard.press('Enter');
  await card(page, 'Feel less alone at work').waitFor();

  await card(page, 'Sleep a bit better').getByLabel(/Agreed with my therapist on/).fill('2026-11-24');
  await page.locator('[role="status"]', { hasText: 'Marked as agreed with your therapist.' }).waitFor();

  await page.reload();
  await waitForApp(page);
  const kept = card(page, 'Sleep a bit better');
  await kept.waitFor();
  assert.equal(await kept.getByLabel('How the step “Phone off at 11” is going').inputValue(), '1');
  assert.equal(await kept.getByLabel(/Agreed with my therapist on/).inputValue(), '2026-11-24');
  const stored = await storedGoals(page);
  assert.equal(stored.v, 3);
  assert.deepEqual(stored.goals.map((g) => g.title), ['Sleep a bit better', 'Feel less alone at work']);
  assert.deepEqual(stored.goals[0].steps.map((s) => s.state), ['done', 'not_for_now']);
  assert.equal(JSON.stringify(stored).match(/score|streak|days/), null, 'nothing counts days or scores anyone');
  await assertNoSeriousA11yViolations(page, '/goals with goals');
  assertClean(guards);
});

test('a win is linked when written and a reflection later; the summary shows them only as far as each is shared', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await openGoals(page);
  await page.getByLabel('A goal, in your own words').fill('Sleep better');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await card(page, 'Sleep better').getByLabel('A small step').fill('Phone off at 11');
  await card(page, 'Sleep better').getByRole('button', { name: 'Add step' }).click();
  await card(page, 'Sleep better').getByText('Phone off at 11', { exact: true }).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await journal.compose('win', 'LINKEDWIN slept through once');
  await page.getByLabel('Link to a goal (optional)').selectOption({ label: 'Sleep better' });
  await journal.save();
  await page.waitForFunction(() => document.querySelector('#entry-text')?.value === '');
  await journal.write('reflection', 'PRIVATEREFLECTION the night felt long');
  await journal.write('concern', 'A concern has no goal link');
  const reflection = page.locator('li.entry', { hasText: 'PRIVATEREFLECTION' });
  await reflection.getByLabel('Goal to link this entry to').selectOption({ label: 'Sleep better' });
  await reflection.getByRole('button', { name: 'Link to goal' }).click();
  await reflection.getByText('Goal: Sleep better').waitFor();
  assert.equal(await page.locator('li.entry', { hasText: 'A concern has no goal link' }).locator('.entry-goals').count(), 0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals' }).click();
  const goal = card(page, 'Sleep better');
  await goal.getByText('LINKEDWIN slept through once').waitFor();
  await goal.getByText('PRIVATEREFLECTION the night felt long').waitFor();

  // The summary: the goal in full; the win shared, the reflection left out.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Summary' }).click();
  const summary = new SummaryPage(page, app.url);
  await summary.heading.waitFor();
  await summary.choose('LINKEDWIN', 'Full');
  await summary.choose('PRIVATEREFLECTION', 'Leave out');
  const choice = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Goal: Sleep better' }) });
  await choice.getByRole('radio', { name: 'Full', exact: true }).check();
  await summary.preview.getByText('Step: Phone off at 11').waitFor();
  let preview = await summary.previewText();
  assert.match(preview, /Goals\s+Sleep better/);
  assert.match(preview, /Linked small win, .*: LINKEDWIN slept through once/);
  assert.ok(!preview.includes('PRIVATEREFLECTION'), `a left-out reflection is never shown through its goal:\n${preview}`);
  await choice.getByRole('radio', { name: 'Topic only', exact: true }).check();
  await summary.preview.getByText('Step: Phone off at 11').waitFor({ state: 'detached' });
  preview = await summary.previewText();
  assert.ok(preview.includes('Sleep better'));
  assert.ok(!preview.includes('Linked small win'), 'topic only shares only the title');
  assertClean(guards);
});

test('a goal added in one tab appears in another, and on a 360 px phone the page fits', async () => {
  const first = await openJournal(app, { viewport: { width: 360, height: 740 } });
  await first.journal.goto();
  const second = await first.context.newPage();
  await openGoals(first.page);
  await openGoals(second);
  await first.page.getByLabel('A goal, in your own words').fill(`A goal with a long unbroken word ${'x'.repeat(80)}`);
  await first.page.getByRole('button', { name: 'Add goal' }).click();
  await second.locator('li.goal h3', { hasText: 'A goal with a long unbroken word' }).waitFor();
  const width = await first.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
  await assertNoSeriousA11yViolations(first.page, '/goals at 360 px');
  await second.close();
  assertClean(first.guards);
});

test('goals are sealed under the lock, travel in a backup, and a second import adds no duplicates', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await openGoals(page);
  await addGoal(page, 'Sleep better');
  await addStep(page, 'Sleep better', 'Phone off at 11');

  // A backup carries the goals record; imported into a fresh browser twice, it arrives once.
  const backup = new BackupPage(page, app.url);
  await backup.goto();
  const { text } = await backup.downloadPlain();
  assert.ok(JSON.parse(text).records[GOALS_KEY], 'the backup holds the goals record');
  const fresh = await openJournal(app);
  const freshBackup = new BackupPage(fresh.page, app.url);
  await freshBackup.goto();
  await freshBackup.importFile(jsonFile(text));
  await freshBackup.goto();
  const again = await freshBackup.chooseFile(jsonFile(text));
  if (again === 'preview') {
    const lines = await freshBackup.previewLines();
    assert.ok(lines.some((l) => l.includes('Your goals')), `the preview says the goals here are kept: ${lines.join(' | ')}`);
    if ((await freshBackup.previewButtons()).includes('Import')) await freshBackup.confirmImport();
  }
  await openGoals(fresh.page);
  await card(fresh.page, 'Sleep better').waitFor();
  assert.equal(await fresh.page.locator('li.goal').count(), 1, 'one goal after two imports');
  assert.deepEqual((await storedGoals(fresh.page)).goals.map((g) => g.title), ['Sleep better']);
  assertClean(fresh.guards);

  // With the lock on, the goals record is sealed: its words are not readable in storage.
  await backup.goto();
  const panel = page.getByRole('region', { name: 'Lock with a passphrase' });
  await panel.getByLabel('New passphrase', { exact: true }).fill('quiet lantern orchard');
  await panel.getByLabel('The same passphrase again', { exact: true }).fill('quiet lantern orchard');
  await panel.getByRole('checkbox', { name: "I understand a forgotten passphrase can't be recovered" }).check();
  await panel.locator('form button[type="submit"]').click();
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('between.meta.lock') ?? '{}').phase === 'on', null, { timeout: 20_000 });
  const raw = await page.evaluate((k) => localStorage.getItem(k), GOALS_KEY);
  assert.ok(!raw.includes('Sleep better') && !raw.includes('Phone off'), `sealed: ${raw.slice(0, 80)}`);
  assert.equal(typeof JSON.parse(raw).s, 'string', 'a sealed record');
  // Still readable in the app, and a change is sealed too.
  await journal.openInPlace('/goals', () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Goals', exact: true }).click());
  await addStep(page, 'Sleep better', 'Tea instead of coffee');
  await page.waitForFunction((k) => localStorage.getItem(k) !== null && !localStorage.getItem(k).includes('Tea'), GOALS_KEY);
  assertClean(guards);
});
