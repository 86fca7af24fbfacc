// Page object for prompts and check-ins: the prompt box in the composer, the prompt library
// (/prompts), the check-in page (/check-in) with its two forms, and the welcome back.
export const PROMPTS_KEY = 'between.prompts';

export class PromptsPage {
  /** @param {import('./journal-page.mjs').JournalPage} journal */
  constructor(journal) {
    this.journal = journal;
    this.page = journal.page;
    /** The /check-in page: "How I feel" and "How therapy is going for me". */
    this.checkIn = new CheckInPage(journal);
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

  /** The "Or check in: How I feel · How therapy is going" links under the kind picker. */
  get checkInLinks() {
    return this.journal.composer.locator('.check-in-links');
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

/**
 * /check-in (opened in place from the journal's "Or check in" links): "How I feel" and
 * "How therapy is going for me", each saved as a journal entry.
 */
export class CheckInPage {
  /** @param {import('./journal-page.mjs').JournalPage} journal */
  constructor(journal) {
    this.journal = journal;
    this.page = journal.page;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Check in' });
  }
  /** The "How I feel" section. */
  get checkInSection() {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { level: 2, name: 'How I feel', exact: true }) });
  }
  /** The "How therapy is going for me" section. */
  get feedbackSection() {
    return this.page.locator('section#therapy-feedback');
  }
  get checkInForm() {
    return this.checkInSection.locator('form.details-form');
  }
  get feedbackForm() {
    return this.feedbackSection.locator('form.details-form');
  }
  get checkInError() {
    return this.page.locator('#checkin-error');
  }
  get feedbackError() {
    return this.page.locator('#feedback-error');
  }

  /** Opens /check-in (`hash` e.g. '#therapy-feedback') and waits until both forms show. */
  async goto(hash = '') {
    await this.journal.goto('/check-in' + hash);
    await this.ready();
  }

  /** Waits for the page after something else opened it (a link, a reload). */
  async ready() {
    await this.heading.waitFor();
    await this.checkInForm.waitFor();
    await this.feedbackForm.waitFor();
  }

  /** Fills and saves "How I feel". */
  async recordCheckIn({ feeling, words = [], note }) {
    if (feeling) await this.checkInForm.getByRole('radio', { name: feeling, exact: true }).check();
    for (const word of words) await this.checkInForm.getByRole('checkbox', { name: word, exact: true }).check();
    if (note !== undefined) await this.checkInForm.getByLabel('A note (optional)', { exact: true }).fill(note);
    await this.save(this.checkInForm, 'Save check-in');
  }

  /** Fills and saves "How therapy is going for me"; `answers` by question label. */
  async recordFeedback(answers, safety) {
    for (const [label, text] of Object.entries(answers)) await this.feedbackForm.getByLabel(label, { exact: true }).fill(text);
    if (safety) await this.feedbackForm.getByRole('radio', { name: safety, exact: true }).check();
    await this.save(this.feedbackForm, 'Save feedback');
  }

  /** Presses the form's save button; waits for the stored entry and the "Saved" note. */
  async save(form, button) {
    const before = await this.journal.storedEntryCount();
    await form.getByRole('button', { name: button }).click();
    await this.journal.waitForStoredEntryCount(before + 1);
    await form.locator('.saved-note').waitFor();
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
