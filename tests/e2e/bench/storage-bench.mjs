// Years of entries: how much of local storage the journal takes, plain and locked, and how
// long turning the lock on and off and unlocking take, in the release build in headless
// Chromium, driven as a person would.
//
// node tests/e2e/bench/storage-bench.mjs [--dist DIR] [--quick] [--write FILE]
//   --quick   500 entries only (the CI smoke run)
//   --write   replaces the "Years of entries" section of FILE (BENCHMARKS.md)
//
// Journals come from generate-journal.mjs (format version 2, as an older build stored
// them); the app stores each record again in version 3 once it opens. A 10,000-entry
// version 2 journal would not fit in local storage at all, so after the first 5,000 the rest
// are added 2,500 at a time once the earlier ones have been stored again.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';
import { generateJournal } from './generate-journal.mjs';
import { writeSection } from './bench-file.mjs';

const QUOTA = 5_242_880;
const PASSPHRASE = 'marble kettle orchard';
const LOCK_KEY = 'between.meta.lock';
const SECTION = '## Years of entries';

function parseArgs(argv) {
  const opts = { dist: 'dist', quick: false, write: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') opts.dist = argv[++i];
    else if (argv[i] === '--quick') opts.quick = true;
    else if (argv[i] === '--write') opts.write = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return opts;
}

/** Share of the quota in use, and whether every entry record is in version 3. */
function storageState() {
  let chars = 0;
  let entries = 0;
  let current = 0;
  let sealed = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    const value = localStorage.getItem(key);
    chars += key.length + value.length;
    if (!key.startsWith('between.entry.')) continue;
    entries += 1;
    const record = JSON.parse(value);
    if (record.v === 3) current += 1;
    if (typeof record.s === 'string') sealed += 1;
  }
  return { chars, entries, current, sealed };
}

async function addPairs(page, pairs) {
  const error = await page.evaluate((items) => {
    try {
      for (const [key, value] of items) localStorage.setItem(key, value);
      return null;
    } catch (err) {
      return `${err.name} after writing part of the journal`;
    }
  }, pairs);
  if (error) throw new Error(error);
}

async function openAndWaitForCurrentForm(page, url, entries) {
  await page.goto(`${url}/`);
  await page.locator('#entry-text').waitFor();
  const deadline = Date.now() + 120_000;
  for (;;) {
    const now = await state(page);
    if (now.entries === entries && now.current === entries) return;
    if (Date.now() > deadline) throw new Error(`not all records were stored again: ${JSON.stringify(now)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function state(page) {
  return page.evaluate(storageState);
}

async function measure(browser, url, n) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    const pairs = generateJournal({ entries: n, now: '2026-12-01T12:00:00+01:00' });
    const entryPairs = pairs.filter(([k]) => k.startsWith('between.entry.'));
    const others = pairs.filter(([k]) => !k.startsWith('between.entry.'));
    await page.goto(`${url}/__bench_seed__.txt`);
    await page.evaluate(() => localStorage.clear());
    const first = entryPairs.slice(0, 5_000);
    await addPairs(page, [...others, ...first]);
    const started = Date.now();
    await openAndWaitForCurrentForm(page, url, first.length);
    const migratedMs = Date.now() - started;
    // Version 2 records take more than twice the room: the rest arrive 2,500 at a time.
    for (let at = first.length; at < entryPairs.length; at += 2_500) {
      await addPairs(page, entryPairs.slice(at, at + 2_500));
      await openAndWaitForCurrentForm(page, url, Math.min(at + 2_500, entryPairs.length));
    }
    const plain = await state(page);

    await page.goto(`${url}/backup`);
    const panel = page.getByRole('region', { name: 'Lock with a passphrase' });
    await panel.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
    await panel.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
    await panel.getByRole('checkbox', { name: /forgotten passphrase/ }).check();
    let t = Date.now();
    await panel.locator('form button[type="submit"]').click();
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').phase === 'on', LOCK_KEY, { timeout: 300_000, polling: 50 });
    const lockOnMs = Date.now() - t;
    const locked = await state(page);
    if (locked.sealed !== n) throw new Error(`${locked.sealed} of ${n} records sealed`);

    await page.goto(`${url}/`);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    t = Date.now();
    await page.getByRole('button', { name: 'Open my journal' }).click();
    await page.locator('li.entry').first().waitFor({ timeout: 120_000 });
    await page.locator('#entry-text').waitFor();
    const unlockMs = Date.now() - t;

    await page.goto(`${url}/backup`);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open my journal' }).click();
    const off = page.getByRole('region', { name: 'Lock with a passphrase' }).getByRole('button', { name: 'Turn off the lock' });
    await off.waitFor({ timeout: 120_000 });
    t = Date.now();
    await off.click();
    await page.waitForFunction((k) => localStorage.getItem(k) === null, LOCK_KEY, { timeout: 300_000, polling: 50 });
    const lockOffMs = Date.now() - t;
    const after = await state(page);
    if (after.sealed !== 0 || after.entries !== n) throw new Error(`after the lock came off: ${JSON.stringify(after)}`);
    return { n, migratedMs, plainShare: plain.chars / QUOTA, lockedShare: locked.chars / QUOTA, lockOnMs, unlockMs, lockOffMs };
  } finally {
    await context.close();
  }
}

function report(rows, command) {
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    SECTION,
    '',
    `Measured with \`${command}\` (the release build in headless Chromium, one run each;`,
    'journals from `tests/e2e/bench/generate-journal.mjs`, texts of 58 to 1,496 characters).',
    'Storage shares count keys and values against Chromium\'s 5,242,880-character quota.',
    'Unlock is from "Open my journal" to the newest entries and the composer drawn, and',
    'includes the key derivation (PBKDF2, 600,000 iterations). "Storing a v2 journal again" is',
    'from opening a version 2 journal until every record is in version 3 (for 10,000, the',
    'last 2,500 added).',
    '',
    '| entries | plain | locked | storing a v2 journal again | lock on | unlock | lock off |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${pct(r.plainShare)} | ${pct(r.lockedShare)} | ${r.migratedMs} ms | ${r.lockOnMs} ms | ${r.unlockMs} ms | ${r.lockOffMs} ms |`),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dist = path.resolve(opts.dist);
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no build in ${dist}: run bash scripts/build.sh first`);
  const server = await startServer({ root: dist });
  const browser = await launchBrowser();
  try {
    const rows = [];
    for (const n of opts.quick ? [500] : [5_000, 10_000]) {
      rows.push(await measure(browser, server.url, n));
      console.error(`storage-bench: ${JSON.stringify(rows.at(-1))}`);
    }
    const command = process.env.BENCH_COMMAND ?? `node tests/e2e/bench/storage-bench.mjs${opts.quick ? ' --quick' : ''}`;
    const text = report(rows, command);
    console.log(text);
    // Up to the next section, or the stored-form table kept below this one.
    if (opts.write) writeSection(opts.write, SECTION, text, ['\nShare of the quota from the stored form alone']);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`storage-bench: ${err.stack ?? err}`);
  process.exit(1);
});
