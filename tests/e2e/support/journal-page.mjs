// Page object for Between's journal: specs talk about entries, kinds, drafts and storage,
// and this file knows which labels, roles and elements those are.
import { waitForApp } from './browser.mjs';
import { PAGES, moveInPlace } from './pages.mjs';
import { entryOf } from './stored-form.mjs';

/** The words the app uses for each kind (its badge; for the composer's kinds also the radio label). */
export const KIND_LABELS = {
  win: 'Small win',
  concern: 'Concern to raise',
  reflection: 'Reflection',
  'check-in': 'Check-in',
  feedback: 'Therapy feedback',
};
/** The kinds the composer's picker offers; check-ins and feedback are written on /check-in. */
export const COMPOSER_KINDS = ['win', 'concern', 'reflection'];
/** The options of the "Show" filter. */
export const KIND_FILTERS = { all: '', win: 'win', concern: 'concern', reflection: 'reflection', 'check-in': 'check-in', feedback: 'feedback' };

export const ENTRY_PREFIX = 'between.entry.';
export const DRAFT_KEY = 'between.draft';

/**
 * A browser timezone in which it is around midday now, so "Today" never rolls over to
 * "Yesterday" halfway through a test, whenever the suite runs.
 */
export function middayTimezone(now = new Date()) {
  const offset = 12 - now.getUTCHours(); // -11 ..= 12
  if (offset === 0) return 'UTC';
  // Etc/GMT zones have inverted signs: Etc/GMT-5 is UTC+5.
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** RFC 3339 without milliseconds, in UTC: "2026-11-21T09:30:00+00:00". */
export function rfc3339(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

let seedCounter = 0;

/**
 * A stored entry as the app writes it. `created_at` may be a Date or an RFC 3339 string.
 * @returns {{ id, kind, text, tags?, priority?, prompt?, created_at, updated_at, revision }}
 */
export function makeEntry({ id, kind = 'win', text, tags, priority, prompt, created_at = new Date(), revision = 1 } = {}) {
  const created = typeof created_at === 'string' ? created_at : rfc3339(created_at);
  const entry = {
    id: id ?? `seed-${(++seedCounter).toString(36)}-${Math.floor(Math.random() * 0xffffff).toString(36)}`,
    kind,
    text: text ?? `Seeded ${kind} ${seedCounter}`,
  };
  if (tags?.length) entry.tags = tags;
  if (priority) entry.priority = true;
  if (prompt) entry.prompt = prompt;
  Object.assign(entry, { created_at: created, updated_at: created, revision });
  return entry;
}

/** `[key, raw]` for one entry, exactly as the app stores it. */
export function entryRecord(entry) {
  return [ENTRY_PREFIX + entry.id, JSON.stringify({ v: 1, entry })];
}

/**
 * Opens a fresh guarded context (via `app.open`) in a midday timezone and wraps its page.
 * @returns {Promise<{ journal: JournalPage, page, guards, context }>}
 */
export async function openJournal(app, options = {}) {
  const opened = await app.open({ timezoneId: middayTimezone(), ...options });
  return { ...opened, journal: new JournalPage(opened.page, app.url) };
}

export class JournalPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  // ----- Places on the page ------------------------------------------------------------

  get composer() {
    return this.page.locator('section.composer');
  }
  get textBox() {
    return this.page.locator('#entry-text');
  }
  get tagsBox() {
    return this.page.locator('#entry-tags');
  }
  get priorityBox() {
    return this.composer.getByRole('checkbox', { name: 'Mark as a priority to raise first' });
  }
  get saveButton() {
    return this.composer.getByRole('button', { name: 'Save entry' });
  }
  get draftError() {
    return this.page.locator('#entry-error');
  }
  get prompt() {
    return this.composer.locator('.prompt-text');
  }
  get anotherPromptButton() {
    return this.composer.getByRole('button', { name: 'Another prompt' });
  }
  get list() {
    return this.page.locator('section.entries');
  }
  get entryItems() {
    return this.page.locator('li.entry');
  }
  get listSummary() {
    return this.page.locator('.list-summary');
  }
  get searchBox() {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }
  get kindFilter() {
    return this.page.getByRole('combobox', { name: 'Show' });
  }
  get tagFilter() {
    return this.page.getByRole('combobox', { name: 'Tag' });
  }
  get undoBar() {
    return this.page.locator('.undo-bar');
  }
  get showOlderButton() {
    return this.page.getByRole('button', { name: 'Show older entries' });
  }
  get infoNotices() {
    return this.page.locator('.notice--info');
  }
  get problemNotice() {
    return this.page.locator('.notice--problem');
  }
  get crisisNote() {
    return this.page.locator('footer#crisis');
  }
  kindRadio(kind) {
    return this.composer.getByRole('radio', { name: KIND_LABELS[kind], exact: true });
  }

  // ----- Navigation --------------------------------------------------------------------

  /** Opens a page of the app and waits until it has rendered. */
  async goto(path = '/') {
    await this.page.goto(this.baseUrl + path);
    await this.ready(new URL(this.baseUrl + path).pathname);
  }

  /**
   * Runs `action` (a click on an in-app link or button, e.g. the journal's "Browse all
   * prompts" or /prompts' "Write about this") and waits until the page at `path` is shown in
   * place: no page load, the address, `<html data-page>`, title and focus on its `<h1>`
   * (or on `focus`, a selector, for a move that invites typing).
   */
  async openInPlace(path, action, { focus = true } = {}) {
    const want = Object.values(PAGES).find((p) => p.path === path);
    if (!want) throw new Error(`No page at ${path}`);
    await moveInPlace(this.page, want, action, { focus });
    await this.ready(path);
  }

  async reload() {
    await this.page.reload();
    await this.ready(new URL(this.page.url()).pathname);
  }

  async ready(path = '/') {
    await waitForApp(this.page);
    // The composer's text form (check-ins and feedback have their own page, /check-in).
    if (path === '/') await this.composer.locator('form').waitFor({ state: 'visible' });
  }

  // ----- Writing -----------------------------------------------------------------------

  /** Chooses a kind and fills the composer without saving. */
  async compose(kind, text, { priority, tags } = {}) {
    if (kind) await this.kindRadio(kind).check();
    if (text !== undefined) await this.textBox.fill(text);
    if (priority !== undefined) await this.priorityBox.setChecked(priority);
    if (tags !== undefined) await this.tagsBox.fill(Array.isArray(tags) ? tags.join(', ') : tags);
  }

  /** Presses "Save entry" (no waiting for success: use for refusals). */
  async save() {
    await this.saveButton.click();
  }

  /** Writes and saves one entry, and waits until the composer has been cleared. */
  async write(kind, text, options = {}) {
    await this.compose(kind, text, options);
    const before = await this.storedEntryCount();
    await this.save();
    await this.waitForStoredEntryCount(before + 1);
    await this.page.waitForFunction(() => document.querySelector('#entry-text')?.value === '');
  }

  /** The composer as it is now. */
  async composerState() {
    return this.page.evaluate(() => ({
      kind: document.querySelector('input[name="entry-kind"]:checked')?.value ?? null,
      text: document.querySelector('#entry-text').value,
      tags: document.querySelector('#entry-tags').value,
      textLabel: document.querySelector('label[for="entry-text"]').textContent.trim(),
    }));
  }

  // ----- Reading the list --------------------------------------------------------------

  /** Every shown entry, top to bottom, as plain data. */
  async entries() {
    return this.page.locator('li.entry').evaluateAll((items) => {
      // Text as a reader hears it: without aria-hidden icons or visually hidden helpers.
      const visibleWords = (el) => {
        if (!el) return null;
        const copy = el.cloneNode(true);
        copy.querySelectorAll('[aria-hidden="true"], .visually-hidden').forEach((n) => n.remove());
        return copy.textContent.trim();
      };
      return items.map((li) => ({
        id: li.id.replace(/^entry-/, ''),
        kind: (li.className.match(/entry--(\w+)/) ?? [])[1] ?? null,
        badge: visibleWords(li.querySelector('.kind-badge')),
        priority: !!li.querySelector('.priority-badge'),
        text: li.querySelector('.entry-text')?.textContent ?? null,
        prompt: visibleWords(li.querySelector('.entry-prompt')),
        tags: [...li.querySelectorAll('.tag')].map((t) => t.textContent),
        edited: !!li.querySelector('.edited'),
        time: li.querySelector('.entry-meta time')?.textContent ?? null,
        day: li.closest('section.day')?.querySelector('h3')?.textContent.trim() ?? null,
        editing: !!li.querySelector('form.entry-editor'),
      }));
    });
  }

  async entryTexts() {
    return (await this.entries()).map((e) => e.text);
  }

  async dayHeadings() {
    return this.page.locator('section.day h3').allTextContents();
  }

  /**
   * The list item of the shown (not edited) entry whose whole text is `text` (whitespace
   * compared loosely); `{ exact: false }` matches entries that merely contain it.
   */
  entryByText(text, { exact = true } = {}) {
    const words = text.replace(/\s+/g, ' ').trim();
    const pattern = exact
      ? new RegExp(`^\\s*${escapeRegExp(words).replace(/ /g, '\\s+')}\\s*$`)
      : words;
    return this.entryItems.filter({ has: this.page.locator('.entry-text', { hasText: pattern }) });
  }

  /** A stable locator (by element id) for the entry with `text`; it survives editing. */
  async entryItem(text) {
    let found = this.entryByText(text);
    if ((await found.count()) === 0) found = this.entryByText(text, { exact: false });
    const id = await found.getAttribute('id');
    return this.page.locator(`li#${id}`);
  }

  // ----- Changing entries --------------------------------------------------------------

  /** Opens the editor of the entry with `text`; returns its form's fields. */
  async startEdit(text) {
    const item = await this.entryItem(text);
    await item.getByRole('button', { name: /^Edit/ }).click();
    const form = item.locator('form.entry-editor');
    await form.waitFor();
    return {
      item,
      form,
      textBox: form.getByLabel(/^Edit your/),
      tagsBox: form.getByLabel('Tags (optional, separated by commas)'),
      priorityBox: form.getByRole('checkbox', { name: 'Mark as a priority to raise first' }),
      saveButton: form.getByRole('button', { name: 'Save changes' }),
      cancelButton: form.getByRole('button', { name: 'Cancel' }),
      error: form.locator('.field-error'),
    };
  }

  /** Edits text and/or tags of the entry with `text`, and saves. */
  async edit(text, { text: newText, tags, priority } = {}) {
    const editor = await this.startEdit(text);
    if (newText !== undefined) await editor.textBox.fill(newText);
    if (tags !== undefined) await editor.tagsBox.fill(Array.isArray(tags) ? tags.join(', ') : tags);
    if (priority !== undefined) await editor.priorityBox.setChecked(priority);
    await editor.saveButton.click();
    await editor.form.waitFor({ state: 'detached' });
    return editor.item;
  }

  async delete(text) {
    const item = await this.entryItem(text);
    await item.getByRole('button', { name: /^Delete/ }).click();
    await item.waitFor({ state: 'detached' });
    await this.undoBar.waitFor();
  }

  async undo() {
    await this.undoBar.getByRole('button', { name: 'Undo' }).click();
    await this.undoBar.waitFor({ state: 'detached' });
  }

  async dismissUndo() {
    await this.undoBar.getByRole('button', { name: 'Dismiss' }).click();
    await this.undoBar.waitFor({ state: 'detached' });
  }

  // ----- Finding -----------------------------------------------------------------------

  async search(text) {
    await this.searchBox.fill(text);
  }

  /** 'all' | 'win' | 'concern' | 'reflection' */
  async filterKind(kind) {
    await this.kindFilter.selectOption(KIND_FILTERS[kind]);
  }

  /** A tag as stored (without '#'), or '' for any tag. */
  async filterTag(tag) {
    await this.tagFilter.selectOption(tag);
  }

  async showOlder() {
    await this.showOlderButton.click();
  }

  // ----- Storage -----------------------------------------------------------------------

  /** Every localStorage key and its raw value. */
  async storedRecords() {
    return this.page.evaluate(() => {
      const out = {};
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        out[key] = localStorage.getItem(key);
      }
      return out;
    });
  }

  /** Stored entries (parsed, plain or packed), keyed by id; unreadable and sealed records are skipped. */
  async storedEntries() {
    const records = await this.storedRecords();
    const out = {};
    for (const [key, raw] of Object.entries(records)) {
      if (!key.startsWith(ENTRY_PREFIX)) continue;
      try {
        const entry = entryOf(raw);
        out[entry.id] = entry;
      } catch {
        /* damaged: not an entry */
      }
    }
    return out;
  }

  async storedEntryCount() {
    return this.page.evaluate(
      (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length,
      ENTRY_PREFIX,
    );
  }

  async waitForStoredEntryCount(n) {
    await this.page.waitForFunction(
      ([prefix, want]) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length === want,
      [ENTRY_PREFIX, n],
    );
  }

  async storedDraft() {
    const raw = await this.page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
    return raw === null ? null : JSON.parse(raw);
  }

  /**
   * Writes records into localStorage before the app loads (call before `goto`).
   * `records`: an object or array of `[key, raw]`, or entries made by `makeEntry`.
   * A blank same-origin page is served for the write, so the app never sees half a seed.
   */
  async seed(records) {
    const pairs = Array.isArray(records)
      ? records.map((r) => (Array.isArray(r) ? r : entryRecord(r)))
      : Object.entries(records);
    const seedUrl = `${this.baseUrl}/__seed__`;
    const serveBlank = (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>seed</title>' });
    await this.page.route(seedUrl, serveBlank);
    await this.page.goto(seedUrl);
    // Once the app has run in this context its service worker answers every page address
    // with the app itself, before route() could: seed before the first load.
    if ((await this.page.title()) !== 'seed') {
      throw new Error('seed() must run before the app is first loaded in this context (its service worker serves the app for every address)');
    }
    await this.page.evaluate((items) => {
      for (const [key, value] of items) localStorage.setItem(key, value);
    }, pairs);
    await this.page.unroute(seedUrl, serveBlank);
  }

  /** Fills localStorage with filler keys until the browser refuses more; returns how many. */
  async fillStorage() {
    return this.page.evaluate(() => {
      let n = 0;
      for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
        const value = 'x'.repeat(size);
        try {
          for (;;) localStorage.setItem(`filler.${n++}`, value);
        } catch {
          n--; // that one did not fit
        }
      }
      return n;
    });
  }

  async removeFiller() {
    await this.page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
    });
  }

  // ----- Small helpers -----------------------------------------------------------------

  /** Moves focus off the page's controls (for screenshots without a focus ring). */
  async blur() {
    await this.page.evaluate(() => document.activeElement?.blur());
  }

  async activeElementId() {
    return this.page.evaluate(() => document.activeElement?.id ?? null);
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
