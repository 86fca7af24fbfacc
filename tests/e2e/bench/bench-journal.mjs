// What the page benchmarks share: a generated journal in its stored form, the release build
// served to headless Chromium, a fresh context seeded with the journal, and the median.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';
import { storedEntryRecord } from '../support/stored-form.mjs';
import { generateJournal, ENTRY_PREFIX } from './generate-journal.mjs';

/** `entries` generated entries as localStorage pairs, each entry in the form the app stores. */
export function storedJournal(entries) {
  return generateJournal({ entries, now: Date.now() }).map(([key, value]) =>
    key.startsWith(ENTRY_PREFIX) ? [key, storedEntryRecord(JSON.parse(value).entry)] : [key, value],
  );
}

/** Serves the build in `dist` and hands `run` a browser and the app's address. */
export async function withBuild(dist, run) {
  const root = path.resolve(dist);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`no build in ${root}: run bash scripts/build.sh first`);
  const server = await startServer({ root });
  const browser = await launchBrowser();
  try {
    return await run(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A fresh context whose storage holds `pairs`, then `pagePath` opened in it. */
export async function seededPage(browser, baseUrl, pairs, pagePath, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin', ...options });
  const page = await context.newPage();
  // Any address with no file gets the app; a .txt one is never the app, so nothing reads the
  // storage while it is filled.
  await page.goto(`${baseUrl}/__bench_seed__.txt`);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [k, v] of items) localStorage.setItem(k, v);
  }, pairs);
  await page.goto(`${baseUrl}${pagePath}`);
  return { context, page };
}

/** The median of the values that are not null. */
export function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
}
