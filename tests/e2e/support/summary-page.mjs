// Page object for the session summary (/summary): sessions, consent choices, the preview
// and its actions. Specs talk about sessions, entries and consent levels; this file knows
// which sections, legends and buttons those are.
import { execFileSync } from 'node:child_process';
import { waitForApp } from './browser.mjs';
import { JournalPage } from './journal-page.mjs';

export const SESSIONS_KEY = 'between.sessions';
export const SUMMARY_KEY = 'between.summary';
export const NOT_READY = 'Not ready to write about this yet';

/**
 * A clock for one test: the midday timezone the browser runs in, and local dates and
 * times in it, so seeded entries fall on the days the page thinks they do.
 */
export function localClock(now = new Date()) {
  const offset = 12 - now.getUTCHours(); // -11 ..= 12, as middayTimezone
  const timezoneId = offset === 0 ? 'UTC' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  const zone = `${offset < 0 ? '-' : '+'}${pad(offset)}:00`;
  const localNow = new Date(now.getTime() + offset * 3_600_000);
  /** "YYYY-MM-DD", `days` from today (negative: in the past). */
  const date = (days = 0) => new Date(localNow.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  /** RFC 3339 on that day at a morning time (always before "now", which is about midday). */
  const at = (days = 0, minute = 0) => `${date(days)}T${pad(8 + Math.floor(minute / 60))}:${pad(minute % 60)}:00${zone}`;
  return { timezoneId, date, at };
}

/** A stored check-in or feedback record in the v2 shape (see tests/fixtures/v2). */
export function detailsRecord({ id, kind, text = '', details, created_at, tags }) {
  const entry = { id, kind, text };
  if (tags?.length) entry.tags = tags;
  Object.assign(entry, { details, created_at, updated_at: created_at, revision: 1 });
  return [`between.entry.${id}`, JSON.stringify({ v: 2, entry })];
}

/** Text of one page (or all) of a PDF, via poppler's pdftotext. */
export function pdfText(file, { first, last, layout = true } = {}) {
  const args = [];
  if (layout) args.push('-layout');
  if (first) args.push('-f', String(first));
  if (last) args.push('-l', String(last ?? first));
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

/** How many pages a PDF has. */
export function pdfPages(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)[1]);
}

/** Collapses runs of whitespace (line breaks and layout spacing) into single spaces. */
export function flat(text) {
  return text.replace(/\s+/g, ' ').trim();
}

export class SummaryPage extends JournalPage {
  // ----- Places on the page ------------------------------------------------------------

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Session summary' });
  }
  get sessions() {
    return this.page.getByRole('region', { name: 'My sessions' });
  }
  get sessionDateBox() {
    return this.sessions.getByLabel('Session date');
  }
  get sessionItems() {
    return this.sessions.locator('li.session');
  }
  get builder() {
    return this.page.getByRole('region', { name: 'Choose what to share' });
  }
  get fromBox() {
    return this.builder.getByLabel('From', { exact: true });
  }
  get toBox() {
    return this.builder.getByLabel('To', { exact: true });
  }
  get firstNameBox() {
    return this.builder.getByLabel('Your first name (optional)');
  }
  get preview() {
    return this.page.locator('article.summary-sheet');
  }
  get actions() {
    return this.page.getByRole('group', { name: 'Get your summary out' });
  }
  action(name) {
    return this.actions.getByRole('button', { name, exact: true });
  }
  get shareButton() {
    return this.actions.getByRole('button', { name: 'Share…' });
  }
  get status() {
    return this.page.locator('[role="status"]');
  }

  // ----- Navigation --------------------------------------------------------------------

  async open() {
    await this.page.goto(`${this.baseUrl}/summary`);
    await waitForApp(this.page);
    await this.heading.waitFor();
  }

  async reloadSummary() {
    await this.page.reload();
    await waitForApp(this.page);
    await this.heading.waitFor();
  }

  // ----- Sessions ----------------------------------------------------------------------

  async addSession(isoDate) {
    const before = await this.sessionItems.count();
    await this.sessionDateBox.fill(isoDate);
    await this.sessions.getByRole('button', { name: 'Add session' }).click();
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('li.session').length === n,
      before + 1,
    );
  }

  /** The list item of the session whose long date contains `words`, e.g. "14 November". */
  session(words) {
    return this.sessionItems.filter({ has: this.page.locator('.session-date', { hasText: words }) });
  }

  /** Marks a concern (found by words in its legend) for the session shown with `dateWords`. */
  async markOutcome(dateWords, concernWords, outcome) {
    const item = this.session(dateWords);
    const details = item.locator('details.outcomes');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    const group = item.locator('fieldset', { has: this.page.locator('legend', { hasText: concernWords }) });
    await group.getByRole('radio', { name: outcome, exact: true }).check();
  }

  // ----- Choosing ----------------------------------------------------------------------

  /** The consent radio group of the entry whose legend contains `words`. */
  entryChoice(words) {
    return this.builder.locator('fieldset.consent-choice', {
      has: this.page.locator('legend', { hasText: words }),
    });
  }

  /** 'Leave out' | 'Topic only' | 'Full' */
  async choose(words, level, { title } = {}) {
    const group = this.entryChoice(words);
    await group.getByRole('radio', { name: level, exact: true }).check();
    if (title !== undefined) {
      const box = group.getByLabel('Short title (optional)');
      await box.fill(title);
      await box.press('Tab');
    }
  }

  async chosen(words) {
    const group = this.entryChoice(words);
    for (const level of ['Leave out', 'Topic only', 'Full']) {
      if (await group.getByRole('radio', { name: level, exact: true }).isChecked()) return level;
    }
    return null;
  }

  /** One of "Include all in full", "Include all as topic only", "Leave all out". */
  async includeSection(heading, action) {
    const section = this.builder.locator('section.consent-section', {
      has: this.page.getByRole('heading', { name: heading, exact: true }),
    });
    await section.getByRole('button', { name: action, exact: true }).click();
  }

  async sinceLastSession() {
    await this.builder.getByRole('button', { name: 'Since my last session' }).click();
  }

  // ----- Reading -----------------------------------------------------------------------

  async previewText() {
    return this.preview.innerText();
  }

  /** Presses a copy button and reads the clipboard (needs clipboard permissions). */
  async copy(name) {
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.action(name).click();
    await this.page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '');
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Presses a download button and returns the file's name and contents. */
  async download(name) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.action(name).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Adds a session at a time of day, optionally repeating ("Every week") until a date. */
  async addTimedSession(isoDate, time, { repeats, until } = {}) {
    await this.sessionDateBox.fill(isoDate);
    await this.sessions.getByLabel('Time (optional)', { exact: true }).fill(time);
    if (repeats) {
      await this.sessions.getByLabel('Repeats').selectOption({ label: repeats });
      await this.sessions.getByLabel('Until', { exact: true }).fill(until);
    }
    await this.sessions.getByRole('button', { name: 'Add session' }).click();
    await this.status.filter({ hasText: 'added' }).first().waitFor();
  }

  get calendar() {
    return this.sessions.locator('details.calendar-export');
  }

  /** Opens "Add to my calendar" and sets its title, evening hour and hour-before choice. */
  async setCalendar({ title, hour, hourBefore }) {
    if (!(await this.calendar.evaluate((d) => d.open))) await this.calendar.locator('summary').click();
    if (title !== undefined) {
      await this.calendar.getByLabel('Event title').fill(title);
      await this.calendar.getByLabel('Event title').blur();
    }
    if (hour !== undefined) await this.calendar.getByLabel('Evening reminder at').selectOption(String(hour));
    if (hourBefore !== undefined) await this.calendar.getByLabel(/an hour before/).setChecked(hourBefore);
  }

  /** Downloads the calendar file: its name and exact text. */
  async downloadCalendar() {
    const button = this.calendar.getByRole('button', { name: 'Download calendar file' });
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  async removeSession(words) {
    await this.session(words).getByRole('button', { name: /^Remove the session/ }).click();
  }

  async storedSessions() {
    const raw = await this.page.evaluate((k) => localStorage.getItem(k), SESSIONS_KEY);
    return raw && JSON.parse(raw);
  }
}
