// Page object for prompts and check-ins: the prompt box in the composer, the prompt library
// (/prompts), the check-in and feedback forms, and the welcome back.
export const PROMPTS_KEY = 'between.prompts';

export class PromptsPage {
  /** @param {import('./journal-page.mjs').JournalPage} journal */
  constructor(journal) {
    this.journal = journal;
    this.page = journal.page;
  }

  // ----- The prompt in the composer ----------------------------------------------------

  get promptBox() {
    return this.journal.composer.locator('.prompt-box');
  }
  get favouriteButton() {
    return this.promptBox.getByRole('button', { name: 'Favourite this prompt' });
  }
  get hideButton() {
    return this.promptBox.getByRole('button', { name: "Don't show this prompt again" });
  }
  get browseLink() {
    return this.promptBox.getByRole('link', { name: 'Browse all prompts' });
  }
  async shownPrompt() {
    return (await this.journal.prompt.textContent()).trim();
  }

  // ----- The library -------------------------------------------------------------------

  get newPromptBox() {
    return this.page.getByLabel('Write a prompt of your own');
  }
  get addButton() {
    return this.page.getByRole('button', { name: 'Add prompt' });
  }
  get addError() {
    return this.page.locator('#new-prompt-error');
  }
  get hiddenList() {
    return this.page.locator('details.hidden-prompts');
  }
  /** The library row of the prompt with exactly `text`. */
  row(text) {
    return this.page.locator('li.prompt-item').filter({
      has: this.page.locator('.prompt-item-text', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }),
    });
  }
  section(heading) {
    return this.page.locator('section.prompt-theme').filter({ has: this.page.getByRole('heading', { name: heading, exact: true }) });
  }

  // ----- Check-ins and feedback --------------------------------------------------------

  get checkInForm() {
    return this.journal.composer.locator('form.details-form');
  }
  async checkIn({ feeling, words = [], note }) {
    await this.journal.kindRadio('check-in').check();
    await this.checkInForm.getByRole('radio', { name: feeling, exact: true }).check();
    for (const word of words) await this.checkInForm.getByRole('checkbox', { name: word, exact: true }).check();
    if (note !== undefined) await this.page.locator('#checkin-0').fill(note);
    await this.saveDetails('Save check-in');
  }
  async feedback(answers, safety) {
    await this.journal.kindRadio('feedback').check();
    for (const [label, text] of Object.entries(answers)) await this.checkInForm.getByLabel(label, { exact: true }).fill(text);
    if (safety) await this.checkInForm.getByRole('radio', { name: safety, exact: true }).check();
    await this.saveDetails('Save feedback');
  }
  async saveDetails(button) {
    const before = await this.journal.storedEntryCount();
    await this.checkInForm.getByRole('button', { name: button }).click();
    await this.journal.waitForStoredEntryCount(before + 1);
  }
  /** Every shown entry's labelled answers, e.g. [{ 'How I feel': 'Heavy', note: '…' }]. */
  async detailedEntries() {
    return this.page.locator('li.entry:has(.entry-details)').evaluateAll((items) =>
      items.map((li) => {
        const out = { note: li.querySelector('.entry-text')?.textContent ?? null };
        for (const row of li.querySelectorAll('.entry-details > div')) {
          out[row.querySelector('dt').textContent] = row.querySelector('dd').textContent;
        }
        return out;
      }),
    );
  }

  // ----- Welcome back ------------------------------------------------------------------

  get welcome() {
    return this.page.locator('section.welcome-back');
  }

  // ----- Storage -----------------------------------------------------------------------

  async storedPrefs() {
    const raw = await this.page.evaluate((k) => localStorage.getItem(k), PROMPTS_KEY);
    return raw === null ? null : JSON.parse(raw);
  }
  async rawPrefs() {
    return this.page.evaluate((k) => localStorage.getItem(k), PROMPTS_KEY);
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
