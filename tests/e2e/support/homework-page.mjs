// Page objects for homework: the therapist's composer (/for-therapists) and the client's
// page (/homework). Specs talk about titles, prompts, links and choices; this file knows
// which fields, buttons and messages those are.
import { waitForApp } from './browser.mjs';

export const HOMEWORK_KEY = 'between.homework';

/** "YYYY-MM-DD" `days` from today in the page's own timezone. */
export async function pageDate(page, days = 0) {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

export class TherapistsPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'For therapists' });
  }
  get linkField() {
    return this.page.locator('#homework-link');
  }
  get room() {
    return this.page.locator('#link-room');
  }
  get problem() {
    return this.page.locator('#composer-problem');
  }
  get qrCode() {
    return this.page.locator('.homework-share svg[role="img"]');
  }
  get copyButton() {
    return this.page.getByRole('button', { name: 'Copy link' });
  }
  get printButton() {
    return this.page.getByRole('button', { name: 'Print a handout' });
  }

  async goto() {
    await this.page.goto(this.baseUrl + '/for-therapists');
    await waitForApp(this.page);
    await this.heading.waitFor();
  }

  /** Ticks a library prompt, opening its theme first. */
  async chooseLibraryPrompt(theme, text) {
    const details = this.page.locator('details.prompt-theme', { has: this.page.locator('summary', { hasText: theme }) });
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    await details.getByRole('checkbox', { name: text }).check();
  }

  async addWrittenPrompt(text) {
    await this.page.getByRole('button', { name: 'Add a prompt of your own' }).click();
    const boxes = this.page.locator('.written-prompt textarea');
    await boxes.last().fill(text);
  }

  /**
   * Fills the whole form.
   * @param {{ title, message?, library?: Array<[theme, text]>, written?: string[], focus?: string[], rhythm?, start?, end? }} homework
   */
  async compose({ title, message, library = [], written = [], focus, rhythm, start, end }) {
    await this.page.locator('#compose-title').fill(title);
    if (message !== undefined) await this.page.locator('#compose-message').fill(message);
    for (const [theme, text] of library) await this.chooseLibraryPrompt(theme, text);
    for (const text of written) await this.addWrittenPrompt(text);
    if (focus) {
      const fieldset = this.page.getByRole('group', { name: 'Entries to notice' });
      for (const box of await fieldset.getByRole('checkbox').all()) {
        const name = (await box.evaluate((b) => b.parentElement.textContent)).trim();
        await box.setChecked(focus.includes(name));
      }
    }
    if (rhythm) await this.page.getByRole('radio', { name: rhythm }).check();
    if (start) await this.page.locator('#compose-start').fill(start);
    if (end) await this.page.locator('#compose-end').fill(end);
  }

  /** The link as the page shows it, once it is ready. */
  async link() {
    await this.linkField.waitFor();
    return this.linkField.inputValue();
  }
}

export class HomeworkPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  get offer() {
    return this.page.locator('section.homework-offer');
  }
  get offerTitle() {
    return this.offer.locator('h2');
  }
  get offerPrompts() {
    return this.offer.locator('.homework-prompts li');
  }
  get acceptButton() {
    return this.page.getByRole('button', { name: 'Accept', exact: true });
  }
  get declineButton() {
    return this.page.getByRole('button', { name: 'No thanks' });
  }
  get result() {
    return this.page.locator('.homework-result');
  }
  get cards() {
    return this.page.locator('li.homework-card');
  }

  /** Opens a link (or `/homework` with a fragment) after a blank page, so it always loads. */
  async open(link) {
    await this.page.goto('about:blank');
    await this.page.goto(link.startsWith('http') ? link : this.baseUrl + link);
    await waitForApp(this.page);
    await this.page.waitForSelector('section.homework-offer, .homework-result, section.homework-mine');
  }

  async stored() {
    return this.page.evaluate((key) => localStorage.getItem(key), HOMEWORK_KEY);
  }

  /** The address's fragment ('' when there is none). */
  async fragment() {
    return this.page.evaluate(() => window.location.hash);
  }
}

export class HomeworkPanel {
  constructor(page) {
    this.page = page;
  }
  get section() {
    return this.page.locator('section.homework-panel');
  }
  get prompts() {
    return this.section.locator('.homework-panel-prompts li span');
  }
  get meta() {
    return this.section.locator('.homework-panel-meta');
  }
  writeAbout(prompt) {
    return this.section.locator('.homework-panel-prompts li', { hasText: prompt }).getByRole('button', { name: 'Write about this' });
  }
}
