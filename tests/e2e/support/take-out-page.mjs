// Page object for "Open your journal in another app" on /backup (Markdown and CSV exports),
// and readers for the files it downloads: jszip for the zip, csv-parse for the CSV, and a
// reader for the front matter the app writes.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { parse as parseCsv } from 'csv-parse/sync';

export const TAKE_OUT_LABELS = {
  en: {
    heading: 'Open your journal in another app',
    zip: 'Download Markdown files (one per entry, in a zip)',
    long: 'Download one Markdown file',
    csv: 'Download a CSV file',
    from: 'From',
    to: 'To',
  },
  es: {
    heading: 'Abre tu diario en otra aplicación',
    zip: 'Descargar archivos Markdown (uno por entrada, en un zip)',
    long: 'Descargar un solo archivo Markdown',
    csv: 'Descargar un archivo CSV',
    from: 'Desde',
    to: 'Hasta',
  },
};

export class TakeOutPanel {
  /** @param {import('playwright-core').Page} page */
  constructor(page, lang = 'en') {
    this.page = page;
    this.words = TAKE_OUT_LABELS[lang];
  }

  get section() {
    return this.page.getByRole('region', { name: this.words.heading });
  }
  button(format) {
    return this.section.getByRole('button', { name: this.words[format], exact: true });
  }
  get fromBox() {
    return this.section.getByLabel(this.words.from, { exact: true });
  }
  get toBox() {
    return this.section.getByLabel(this.words.to, { exact: true });
  }
  get alert() {
    return this.section.locator('p[role="alert"]');
  }
  get status() {
    return this.page.locator('p[role="status"][aria-live="polite"]');
  }

  /** Sets the dates ("YYYY-MM-DD", or '' for an open end). */
  async setDates(from, to) {
    await this.fromBox.fill(from);
    await this.toBox.fill(to);
  }

  /** Presses a format's button ('zip', 'long' or 'csv'); returns the file's name and bytes. */
  async download(format) {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 30_000 }), this.button(format).click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`The download failed: ${failure}`);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}

/** The zip's members as `{ name: text }`, in the zip's order. */
export async function zipTexts(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const out = {};
  for (const file of Object.values(zip.files)) out[file.name] = await file.async('string');
  return out;
}

/**
 * A Markdown file's front matter and body. The app writes one `key: value` per line, every
 * value a double-quoted YAML scalar, a flow list of them, or `true`: the subset of YAML that
 * is also JSON, so each value reads with JSON.parse exactly as a YAML parser would read it.
 */
export function frontMatter(markdown) {
  if (!markdown.startsWith('---\n')) throw new Error(`no front matter: ${markdown.slice(0, 40)}`);
  const end = markdown.indexOf('\n---\n\n', 3);
  if (end < 0) throw new Error('the front matter never closes');
  const fields = {};
  for (const line of markdown.slice(4, end).split('\n')) {
    const colon = line.indexOf(': ');
    fields[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
  }
  return { fields, body: markdown.slice(end + '\n---\n\n'.length) };
}

/** The CSV's rows as objects keyed by its header (the byte-order mark left to the caller). */
export function csvRows(bytes) {
  return parseCsv(bytes, { bom: true, columns: true, relax_column_count: false });
}
