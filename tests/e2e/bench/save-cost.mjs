// Benchmark (not a test): what one save costs as the journal grows.
// Seeds N entries, then saves 30 more through the real UI and reports, per journal size,
// the median time from pressing Ctrl+Enter to the new record being in local storage, and
// the bytes written by that save. Run: node bench/save-cost.mjs (after a release build).
import { startServer } from '../support/server.mjs';
import { launchBrowser } from '../support/browser.mjs';
import { distDir } from '../support/fixtures.mjs';
import { makeEntry, entryRecord, ENTRY_PREFIX } from '../support/journal-page.mjs';

const SIZES = [10, 1000, 5000];
const SAVES = 30;

const server = await startServer({ root: distDir() });
const browser = await launchBrowser();
const rows = [];
try {
  for (const size of SIZES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hour = 3_600_000;
    const records = Array.from({ length: size }, (_, i) =>
      entryRecord(makeEntry({ text: `Seeded entry ${i} `.repeat(8), created_at: new Date(Date.now() - (i + 1) * hour) })),
    );
    await page.goto(server.url);
    await page.evaluate((list) => {
      for (const [key, raw] of list) localStorage.setItem(key, raw);
    }, records);
    await page.reload();
    await page.waitForSelector('#entry-text');

    const timings = [];
    let bytes = 0;
    for (let n = 0; n < SAVES; n++) {
      await page.fill('#entry-text', `A new small win, number ${n}`);
      const result = await page.evaluate(async (prefix) => {
        const count = () => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length;
        const before = count();
        const written = [];
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key.startsWith(prefix)) written.push(value.length + key.length);
          return original.call(this, key, value);
        };
        const start = performance.now();
        document.querySelector('#entry-text').dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
        );
        while (count() === before) await new Promise((r) => setTimeout(r, 0));
        const elapsed = performance.now() - start;
        Storage.prototype.setItem = original;
        return { elapsed, bytes: written.reduce((a, b) => a + b, 0) };
      }, ENTRY_PREFIX);
      timings.push(result.elapsed);
      bytes = result.bytes;
    }
    timings.sort((a, b) => a - b);
    rows.push({ entries: size, median_ms: timings[SAVES >> 1].toFixed(2), p90_ms: timings[Math.floor(SAVES * 0.9)].toFixed(2), bytes_written_per_save: bytes });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(rows);
