// Files other apps export, made in memory from their documented shapes (never real
// people's data), and the "Bring in entries from another app" panel on /backup.
import JSZip from 'jszip';

/** Daylio's mood groups: 1 great … 5 awful, with its default ids. */
const DAYLIO_MOODS = [1, 2, 3, 4, 5].map((group) => ({ id: group, mood_group_id: group, custom_name: '' }));

/**
 * A `.daylio` backup: a zip whose `backup.daylio` member is base64 of the JSON.
 * `entries`: [{ at: Date, mood: 1-5, note, title, tags: ['name'] }]; `at: 'bad'` for an unreadable date.
 */
export async function daylioBackup(entries, { name = 'backup_2026_12_02.daylio' } = {}) {
  const tagNames = [...new Set(entries.flatMap((e) => e.tags ?? []))];
  const json = {
    version: 15,
    customMoods: DAYLIO_MOODS,
    tags: tagNames.map((tag, i) => ({ id: i + 1, name: tag })),
    dayEntries: entries.map((e, i) => ({
      id: 1000 + i,
      datetime: e.at === 'bad' ? 'not a time' : e.at.getTime(),
      timeZoneOffset: 60 * 60 * 1000,
      mood: e.mood ?? 3,
      note: e.note ?? '',
      note_title: e.title ?? '',
      tags: (e.tags ?? []).map((t) => tagNames.indexOf(t) + 1),
    })),
  };
  const zip = new JSZip();
  zip.file('backup.daylio', Buffer.from(JSON.stringify(json), 'utf8').toString('base64'));
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { name, mimeType: 'application/octet-stream', buffer };
}

/** Daylio's CSV export: rows of { date: 'YYYY-MM-DD', time: 'HH:MM', mood: 'name', activities: [], title, note }. */
export function daylioCsv(rows, { name = 'daylio_export_2026_12_02.csv' } = {}) {
  const cell = (value) => `"${String(value ?? '').replaceAll('"', '""')}"`;
  const lines = ['full_date,date,weekday,time,mood,activities,note_title,note'];
  for (const r of rows) {
    lines.push([r.date, 'December 1', 'Tuesday', r.time, r.mood, (r.activities ?? []).join(' | '), r.title ?? '', r.note ?? ''].map(cell).join(','));
  }
  return { name, mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + lines.join('\n') + '\n', 'utf8') };
}

/**
 * Day One's JSON export, zipped with its photos (as Day One makes it) or alone.
 * `entries`: [{ uuid, at: Date | 'bad', zone, text, tags, starred, photos: n }]
 */
export async function dayOneExport(entries, { zipped = true, name } = {}) {
  const json = {
    metadata: { version: '1.0' },
    entries: entries.map((e) => ({
      uuid: e.uuid,
      creationDate: e.at === 'bad' ? 'someday' : e.at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      timeZone: e.zone ?? 'Europe/Madrid',
      text: e.text,
      tags: e.tags ?? [],
      starred: !!e.starred,
      ...(e.photos ? { photos: Array.from({ length: e.photos }, (_, i) => ({ md5: `${e.uuid}-${i}`, type: 'jpeg' })) } : {}),
    })),
  };
  const text = JSON.stringify(json, null, 2);
  if (!zipped) return { name: name ?? 'Journal.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
  const zip = new JSZip();
  zip.file('Journal.json', text);
  for (const e of entries) {
    for (let i = 0; i < (e.photos ?? 0); i++) zip.file(`photos/${e.uuid}-${i}.jpeg`, Buffer.alloc(2048, i));
  }
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { name: name ?? 'Export-Journal.zip', mimeType: 'application/zip', buffer };
}

/** A zip holding something else entirely. */
export async function unrelatedZip() {
  const zip = new JSZip();
  zip.file('notes.txt', 'shopping: bread, tea');
  return { name: 'notes.zip', mimeType: 'application/zip', buffer: await zip.generateAsync({ type: 'nodebuffer' }) };
}

export class BringInPanel {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** The panel, found by its heading's id so it is the same in every language. */
  get section() {
    return this.page.locator('section[aria-labelledby="bring-in-heading"]');
  }
  get fileInput() {
    return this.section.getByLabel('Choose a Daylio or Day One file');
  }
  get preview() {
    return this.page.locator('#bring-in-preview');
  }
  get confirmButton() {
    return this.page.locator('#bring-in-confirm');
  }
  get message() {
    return this.page.locator('#bring-in-message');
  }
  get notice() {
    return this.section.locator('.notice--info');
  }
  get pastImports() {
    return this.section.locator('li.past-import');
  }

  /** Picks the file; returns 'preview' or 'message' once the panel has answered. */
  async choose(file) {
    await this.fileInput.setInputFiles(file);
    await this.preview.or(this.page.locator('#bring-in-message:not(:empty)')).first().waitFor({ timeout: 30_000 });
    return (await this.preview.isVisible()) ? 'preview' : 'message';
  }

  async previewLines() {
    return (await this.preview.locator('ul > li').allTextContents()).map((t) => t.trim());
  }

  async previewButtons() {
    return (await this.preview.getByRole('button').allTextContents()).map((t) => t.trim());
  }

  /** Presses "Bring in N entries" and waits for the notice; returns its text. */
  async confirm({ timeout = 120_000 } = {}) {
    await this.confirmButton.click();
    await this.notice.waitFor({ timeout });
    return (await this.notice.textContent()).trim();
  }

  /** Removes the import listed at `index` (0 = newest), answering yes; returns the announcement. */
  async removeImport(index = 0) {
    const row = this.pastImports.nth(index);
    await row.getByRole('button', { name: 'Remove what this import added' }).click();
    await row.getByRole('button', { name: 'Remove them' }).click();
    await row.waitFor({ state: 'detached' });
  }
}
