// Benchmark (not a test: nothing here passes or fails on timings). Measures the built app:
// its bytes, first paint and time until usable (cold, repeat through the service worker,
// empty and with a generated 5,000-entry journal), moving between pages and adding an entry
// at 5,000 entries, and optionally the Leptos todomvc example built the same way.
// It builds nothing: run scripts/build.sh (and scripts/bench-todomvc.sh) first, or use
// scripts/bench.sh, which does all of it.
//
// node tests/e2e/bench/app-bench.mjs [--dist DIR] [--runs N] [--quick] [--entries N]
//                                    [--todomvc DIR] [--write FILE]
//   --quick   one run with 500 entries (the CI smoke run)
//   --write   also write the report as Markdown (e.g. BENCHMARKS.md)
// Prints medians (and min-max) to stdout. Exits 0 unless the harness itself broke.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, DEFAULT_ROOT } from '../support/server.mjs';
import { launchBrowser } from '../support/browser.mjs';
import { distSizes } from '../support/sizes.mjs';
import { generateJournal, journalStats, ENTRY_PREFIX } from './generate-journal.mjs';
import { storedEntryRecord } from '../support/stored-form.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUDGET_KB = 300; // target: the whole app without icons, brotli
const APP_SELECTOR = '#entry-text';
const TODOMVC_SELECTOR = 'input.new-todo';
const LOAD_TIMEOUT = 30_000;
const SW_TIMEOUT = 20_000;
const MOVE_TIMEOUT = 15_000;
const WATCHDOG_MS = 45 * 60_000;

// ----- Arguments -------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { dist: path.join(REPO, 'dist'), runs: 5, quick: false, entries: null, todomvc: null, write: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--dist') opts.dist = path.resolve(value());
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--quick') opts.quick = true;
    else if (a === '--entries') opts.entries = Number(value());
    else if (a === '--todomvc') opts.todomvc = path.resolve(value());
    else if (a === '--write') opts.write = path.resolve(value());
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (opts.quick) opts.runs = 1;
  opts.entries ??= opts.quick ? 500 : 5_000;
  if (!(opts.runs >= 1) || !Number.isInteger(opts.runs)) throw new Error('--runs must be a whole number >= 1');
  if (!(opts.entries >= 1) || !Number.isInteger(opts.entries)) throw new Error('--entries must be a whole number >= 1');
  return opts;
}

// ----- Statistics and formatting -----------------------------------------------------------

function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), n: v.length };
}
const ms = (x) => (x == null ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const num = (n) => n.toLocaleString('en-US');
function cellStats(s, failures = 0) {
  if (!s) return { median: 'n/a', range: failures ? `${failures} failed` : 'n/a' };
  const range = s.n > 1 ? `${ms(s.min)}–${ms(s.max)}` : '(1 run)';
  return { median: ms(s.median), range: failures ? `${range}, ${failures} failed` : range };
}

function textTable(header, rows, alignRight = []) {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (alignRight.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
function mdTable(header, rows, alignRight = []) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  return [
    `| ${header.map(esc).join(' | ')} |`,
    `| ${header.map((_, i) => (alignRight.includes(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

// ----- Machine --------------------------------------------------------------------------------

function sh(cmd, args, fallback = 'unknown') {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return fallback;
  }
}
function machine(chromiumVersion) {
  let cpu = 'unknown';
  let memory = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`;
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? os.cpus()[0]?.model ?? cpu;
  } catch {
    cpu = os.cpus()[0]?.model ?? cpu;
  }
  try {
    const kib = Number(/^MemTotal:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))[1]);
    memory = `${(kib / 2 ** 20).toFixed(1)} GiB`;
  } catch {
    /* keep os.totalmem */
  }
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--untracked-files=no'], '') !== '';
  return {
    nproc: sh('nproc', [], String(os.availableParallelism?.() ?? os.cpus().length)),
    cpu,
    memory,
    chromium: chromiumVersion,
    node: process.version,
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    os: `${os.type()} ${os.release()}`,
  };
}

// ----- Sizes ----------------------------------------------------------------------------------

const isIcon = (file) => file.split(path.sep)[0] === 'icons' || /favicon/i.test(path.basename(file));

async function sizeReport(dir) {
  const { files, total } = await distSizes(dir);
  const icons = { raw: 0, gzip: 0, brotli: 0, files: 0 };
  for (const f of files.filter((f) => isIcon(f.file))) {
    for (const k of ['raw', 'gzip', 'brotli']) icons[k] += f[k];
    icons.files += 1;
  }
  const withoutIcons = {
    raw: total.raw - icons.raw,
    gzip: total.gzip - icons.gzip,
    brotli: total.brotli - icons.brotli,
    files: files.length - icons.files,
  };
  return { files, total: { ...total, files: files.length }, icons, withoutIcons };
}

function sizeRows(report) {
  const rows = report.files.map((f) => [f.file.split(path.sep).join('/') + (isIcon(f.file) ? ' (icon)' : ''), num(f.raw), num(f.gzip), num(f.brotli)]);
  rows.push(['TOTAL, every file', num(report.total.raw), num(report.total.gzip), num(report.total.brotli)]);
  rows.push([`icons and favicon (${report.icons.files} files)`, num(report.icons.raw), num(report.icons.gzip), num(report.icons.brotli)]);
  rows.push([`TOTAL without icons (${report.withoutIcons.files} files)`, num(report.withoutIcons.raw), num(report.withoutIcons.gzip), num(report.withoutIcons.brotli)]);
  return rows;
}

// ----- In-page instrumentation ----------------------------------------------------------------

// Runs in every document of a context before its scripts: first contentful paint, and the
// moment `selector` is first in the DOM plus one animation frame ("usable"). Also finishes a
// page move that turned out to be a full page load (see moveScript).
function loadMarks(selector) {
  const marks = { fcp: null, found: null, usable: null };
  Object.defineProperty(window, '__benchLoad', { value: marks, configurable: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    /* no paint timing */
  }
  // The app's own element, not a look-alike in a static boot shell painted before the wasm.
  const drawn = () => [...document.querySelectorAll(selector)].some((el) => !el.closest('#boot-shell'));
  const check = () => {
    if (marks.found !== null || !drawn()) return;
    marks.found = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      marks.usable = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });

  // A move started in the previous document of this tab that became a page load.
  let pending = null;
  try {
    pending = JSON.parse(sessionStorage.getItem('__bench_move') ?? 'null');
  } catch {
    /* opaque origin */
  }
  if (pending && location.pathname === pending.path) {
    const seen = () => {
      const h1 = [...document.querySelectorAll('h1')].find((h) => !h.closest('[hidden]'));
      if (!h1) return;
      moveObserver.disconnect();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          sessionStorage.removeItem('__bench_move');
          window.__benchMoveResult = {
            ms: performance.timeOrigin + performance.now() - pending.t0,
            inPlace: false,
            heading: h1.textContent.trim(),
          };
        }),
      );
    };
    const moveObserver = new MutationObserver(seen);
    moveObserver.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  }
}

// Starts a page move in the page: `how` 'click' clicks the first `a` in `scope` whose text
// is `text` (element.click(), in the page); 'push' uses history.pushState + popstate. Ends
// two animation frames after an <h1> that was not shown before, or now says something else,
// is shown (in the DOM and not hidden: a page may stay drawn while hidden) at `path`; the result lands in
// window.__benchMoveResult (here, or in the next document if the move was a page load).
function moveScript({ how, scope, text, path }) {
  // Pages may stay drawn while hidden (the journal does), so "appears" means "is shown":
  // connected, not under a [hidden] element, and rendered.
  const shown = (h) => h.isConnected && !h.closest('[hidden]') && (h.checkVisibility?.() ?? true);
  // Text too: a page may reuse the heading element the last page drew (Leptos patches a
  // view of the same shape in place), and then only its words change.
  const before = new Map([...document.querySelectorAll('h1')].filter(shown).map((h) => [h, h.textContent]));
  window.__benchMoveResult = null;
  let link = null;
  if (how === 'click') {
    link = [...document.querySelectorAll(`${scope} a`)].find((a) => a.textContent.trim() === text);
    if (!link) return { error: `no link "${text}" in ${scope}` };
  }
  const start = performance.now();
  sessionStorage.setItem('__bench_move', JSON.stringify({ t0: performance.timeOrigin + start, path }));
  const check = () => {
    if (location.pathname !== path) return;
    const h1 = [...document.querySelectorAll('h1')].find((h) => before.get(h) !== h.textContent && shown(h));
    if (!h1) return;
    observer.disconnect();
    const seen = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        sessionStorage.removeItem('__bench_move');
        window.__benchMoveResult = { ms: performance.now() - start, h1ms: seen - start, inPlace: true, heading: h1.textContent.trim() };
      }),
    );
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'class', 'style'] });
  if (how === 'click') link.click();
  else {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }
  check();
  return { started: true, href: link?.getAttribute('href') ?? path };
}

// Saves one entry through the composer: fills nothing (Node filled #entry-text), clicks the
// Save button, ends one animation frame after an entry with exactly `text` is in the list.
function addEntryScript({ text, timeout }) {
  return new Promise((resolve) => {
    const composer = document.querySelector('section.composer') ?? document;
    const buttons = [...composer.querySelectorAll('button')];
    const save = buttons.find((b) => b.textContent.trim() === 'Save entry') ?? composer.querySelector('button[type=submit]');
    if (!save) return resolve({ error: 'no Save entry button' });
    const present = () =>
      [...document.querySelectorAll('section.entries .entry-text, li.entry')].some((el) => el.textContent.includes(text));
    if (present()) return resolve({ error: 'the text was already in the list' });
    const start = performance.now();
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve({ error: `the new entry did not appear within ${timeout} ms` });
    }, timeout);
    const observer = new MutationObserver(() => {
      if (!present()) return;
      observer.disconnect();
      clearTimeout(timer);
      const seen = performance.now();
      requestAnimationFrame(() => resolve({ ms: performance.now() - start, seenMs: seen - start }));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    save.click();
  });
}

// Edits, deletes or brings back the entry whose <li> has `id` (the new text already typed into its
// editor, for an edit): clicks the button, ends one animation frame after the list shows it
// changed (`want` present or gone).
function changeEntryScript({ action, id, want, timeout }) {
  return new Promise((resolve) => {
    const items = () => [...document.querySelectorAll('li.entry')];
    const has = (words) => items().some((li) => li.querySelector('.entry-text')?.textContent.includes(words));
    const item = document.getElementById(id);
    const buttons = action === 'undo' ? [...document.querySelectorAll('.undo-bar button')] : [...(item?.querySelectorAll('button') ?? [])];
    const label = { save: 'Save changes', delete: 'Delete', undo: 'Undo' }[action];
    const button = buttons.find((b) => b.textContent.trim().startsWith(label));
    if (!button) return resolve({ error: `no "${label}" button` });
    const done = () => (want.present ? has(want.text) : !has(want.text));
    const start = performance.now();
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve({ error: `the list did not change within ${timeout} ms` });
    }, timeout);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ ms: performance.now() - start }));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    button.click();
  });
}

// ----- Browser helpers --------------------------------------------------------------------------

function withTimeout(promise, msLimit, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${msLimit} ms`)), msLimit);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function newContext(browser, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  context.setDefaultTimeout(LOAD_TIMEOUT);
  context.setDefaultNavigationTimeout(LOAD_TIMEOUT);
  await context.addInitScript(loadMarks, selector);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err.message ?? err)));
  return { context, page, errors };
}

/** The marks of the load just started in `page`; waits for "usable", then briefly for FCP. */
async function loadTimes(page) {
  await page.waitForFunction(() => window.__benchLoad?.usable != null, null, { timeout: LOAD_TIMEOUT, polling: 50 });
  await page
    .waitForFunction(() => window.__benchLoad?.fcp != null, null, { timeout: 3_000, polling: 50 })
    .catch(() => {});
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { ...window.__benchLoad, viaWorker: !!nav && nav.workerStart > 0 };
  });
}

async function closeQuietly(context) {
  await withTimeout(context.close(), 10_000, 'closing a browser context').catch(() => {});
}

/** Writes the journal into the origin's localStorage from a page that runs no app code. */
async function seed(page, baseUrl, pairs) {
  // A missing .txt is a plain 404 page of this origin: same localStorage, no app, no worker.
  await page.goto(`${baseUrl}/__bench_seed__.txt`, { waitUntil: 'load' });
  const result = await page.evaluate((items) => {
    localStorage.clear();
    let chars = 0;
    try {
      for (const [key, value] of items) {
        localStorage.setItem(key, value);
        chars += key.length + value.length;
      }
    } catch (err) {
      return { error: `${err.name}: ${err.message} after ${chars} characters` };
    }
    return { count: localStorage.length, chars };
  }, pairs);
  if (result.error) throw new Error(`seeding the journal failed (${result.error})`);
  return result;
}

async function waitForWorker(page) {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: SW_TIMEOUT, polling: 100 });
}

// ----- Scenarios ---------------------------------------------------------------------------------

/** One measured load. kind: 'cold' or 'repeat'; pairs: journal to seed first, or null. */
async function measureLoad(browser, baseUrl, { kind, pairs, selector = APP_SELECTOR }) {
  const { context, page, errors } = await newContext(browser, selector);
  try {
    if (pairs) await seed(page, baseUrl, pairs);
    if (kind === 'repeat') {
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      await loadTimes(page);
      await waitForWorker(page);
      await page.reload({ waitUntil: 'commit' });
    } else {
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    }
    const marks = await loadTimes(page);
    if (kind === 'repeat' && !marks.viaWorker) marks.note = 'reload was not served by the service worker';
    if (errors.length) marks.note = `page errors: ${errors.slice(0, 2).join('; ')}`;
    return marks;
  } finally {
    await closeQuietly(context);
  }
}

/** Journal content checks on a loaded page (for the seeded journal). */
async function journalChecks(page) {
  return page.evaluate(() => {
    const text = document.body.innerText;
    return {
      showOlder: [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Show older entries'),
      unreadNotice: /couldn.t be read|could not be read|newer version/i.test(text),
      entriesShown: document.querySelectorAll('li.entry').length,
      summary: document.querySelector('.list-summary')?.textContent.trim() ?? null,
    };
  });
}

// The page moves, in order; every move starts where the previous one ended. `how`: 'click'
// on a link with this text (header links in nav[aria-label=Main], others in the page), or
// 'push' (history.pushState + popstate) where no page links there.
const MAIN_NAV = 'nav[aria-label=Main]';
const MOVES = [
  { from: '/', path: '/summary', how: 'click', scope: MAIN_NAV, text: 'Summary' },
  { from: '/summary', path: '/backup', how: 'click', scope: MAIN_NAV, text: 'Backup' },
  { from: '/backup', path: '/', how: 'click', scope: MAIN_NAV, text: 'Journal' },
  { from: '/', path: '/check-in', how: 'click', scope: 'main', text: 'How I feel' },
  { from: '/check-in', path: '/', how: 'click', scope: 'main', text: 'Back to your journal' },
  { from: '/', path: '/about', how: 'click', scope: MAIN_NAV, text: 'About & privacy' },
  { from: '/about', path: '/prompts', how: 'click', scope: 'main', text: 'Browse all prompts' },
  { from: '/prompts', path: '/about', how: 'click', scope: MAIN_NAV, text: 'About & privacy' },
  { from: '/about', path: '/for-therapists', how: 'click', scope: 'main', text: 'Make a homework link' },
  { from: '/for-therapists', path: '/', how: 'click', scope: MAIN_NAV, text: 'Journal' },
  // "Manage homework" only shows once homework has been accepted: none in this journal.
  { from: '/', path: '/homework', how: 'push' },
  { from: '/homework', path: '/', how: 'click', scope: MAIN_NAV, text: 'Journal' },
];
const moveName = (m) => `${m.from} → ${m.path}`;
const moveHow = (m) => (m.how === 'click' ? `link "${m.text}"${m.scope === MAIN_NAV ? ' (header)' : ''}` : 'pushState + popstate (no link)');

async function runMove(page, move) {
  let started;
  try {
    started = await page.evaluate(moveScript, { how: move.how, scope: move.scope, text: move.text, path: move.path });
  } catch (err) {
    // The click navigated away before evaluate returned: a page load, finished by loadMarks.
    if (!/context was destroyed|navigat/i.test(String(err.message))) throw err;
    started = { started: true };
  }
  if (started?.error) {
    // The link is not there (any more): fall back to pushState + popstate, and say so.
    const fallback = await page.evaluate(moveScript, { how: 'push', path: move.path });
    if (fallback?.error) return { error: fallback.error };
    started = { ...fallback, fellBack: started.error };
  }
  const deadline = Date.now() + MOVE_TIMEOUT;
  for (;;) {
    try {
      const result = await page.evaluate(() => window.__benchMoveResult ?? null);
      if (result) return { ...result, fellBack: started.fellBack };
    } catch {
      /* between documents */
    }
    if (Date.now() > deadline) {
      const where = await page.evaluate(() => location.pathname).catch(() => '?');
      return { error: `no newly shown <h1> at ${move.path} within ${MOVE_TIMEOUT} ms (at ${where})`, fellBack: started.fellBack };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A fresh context with the journal seeded and loaded; the cycle of moves once. */
async function measureMoves(browser, baseUrl, pairs) {
  const { context, page } = await newContext(browser, APP_SELECTOR);
  try {
    await seed(page, baseUrl, pairs);
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    await loadTimes(page);
    const out = [];
    for (const move of MOVES) {
      const here = await page.evaluate(() => location.pathname);
      if (here !== move.from) {
        // A previous move failed: get back on track with a page load.
        await page.evaluate(() => sessionStorage.removeItem('__bench_move')).catch(() => {});
        await page.goto(`${baseUrl}${move.from}`, { waitUntil: 'commit' });
        await loadTimes(page).catch(() => {});
        await page.waitForSelector('h1', { state: 'attached', timeout: LOAD_TIMEOUT });
      }
      await page.waitForTimeout(150); // let the previous page settle (effects, focus)
      out.push(await runMove(page, move));
    }
    return out;
  } finally {
    await closeQuietly(context);
  }
}

async function measureAdd(browser, baseUrl, pairs, run) {
  const { context, page } = await newContext(browser, APP_SELECTOR);
  try {
    await seed(page, baseUrl, pairs);
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    await loadTimes(page);
    const text = `A small win for the benchmark, run ${run + 1}: I went for a walk before work and felt a bit lighter afterwards.`;
    await page.fill(APP_SELECTOR, text);
    await page.waitForTimeout(500); // the draft is saved as one types; let that settle
    const add = await page.evaluate(addEntryScript, { text, timeout: MOVE_TIMEOUT });
    if (add.error) return { add };
    // Edit, delete and bring back the same entry, each timed the same way.
    const edited = `${text} Edited: and the evening was calm too.`;
    const found = page.locator('li.entry', { has: page.locator('.entry-text', { hasText: text }) }).first();
    const id = await found.getAttribute('id');
    const item = page.locator(`li#${id}`); // the editor replaces the text
    await item.getByRole('button', { name: /^Edit/ }).click();
    await item.locator('form.entry-editor textarea').first().fill(edited);
    await page.waitForTimeout(300);
    const edit = await page.evaluate(changeEntryScript, { action: 'save', id, want: { present: true, text: 'Edited: and the evening' }, timeout: MOVE_TIMEOUT });
    await page.waitForTimeout(300);
    const remove = await page.evaluate(changeEntryScript, { action: 'delete', id, want: { present: false, text: 'Edited: and the evening' }, timeout: MOVE_TIMEOUT });
    await page.waitForTimeout(300);
    const undo = await page.evaluate(changeEntryScript, { action: 'undo', id, want: { present: true, text: 'Edited: and the evening' }, timeout: MOVE_TIMEOUT });
    return { add, edit, remove, undo };
  } finally {
    await closeQuietly(context);
  }
}

// ----- Main ----------------------------------------------------------------------------------------

async function attempt(list, what, fn) {
  try {
    const value = await fn();
    list.push(value);
    return value;
  } catch (err) {
    const message = String(err?.message ?? err).split('\n')[0];
    console.error(`  ${what}: ${message}`);
    list.push({ error: message });
    return null;
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err.message}\nusage: node tests/e2e/bench/app-bench.mjs [--dist DIR] [--runs N] [--quick] [--entries N] [--todomvc DIR] [--write FILE]`);
    return 2;
  }
  if (opts.help) {
    console.log('usage: node tests/e2e/bench/app-bench.mjs [--dist DIR] [--runs N] [--quick] [--entries N] [--todomvc DIR] [--write FILE]');
    return 0;
  }
  if (!existsSync(path.join(opts.dist, 'index.html'))) {
    console.error(`No built app at ${opts.dist} (index.html missing): run bash scripts/build.sh first.`);
    return 1;
  }
  const started = new Date();
  const command = process.env.BENCH_COMMAND ?? `node ${path.relative(REPO, fileURLToPath(import.meta.url))} ${process.argv.slice(2).join(' ')}`.trim();
  const hasWorker = existsSync(path.join(opts.dist, 'sw.js'));
  const todomvcOk = opts.todomvc && existsSync(path.join(opts.todomvc, 'index.html'));
  const notes = [];
  if (!hasWorker) notes.push(`${path.relative(REPO, opts.dist) || opts.dist} has no sw.js: the repeat-visit rows are skipped.`);
  if (opts.todomvc && !todomvcOk) notes.push(`No todomvc build at ${opts.todomvc}: its rows are skipped (build it with scripts/bench-todomvc.sh).`);
  if (!opts.todomvc) notes.push('No --todomvc given: the todomvc comparison is skipped.');
  // scripts/bench-todomvc.sh leaves a line about what it built beside the dist.
  const todomvcInfoFile = todomvcOk ? `${opts.todomvc.replace(/\/+$/, '')}.txt` : null;
  if (todomvcInfoFile && existsSync(todomvcInfoFile)) notes.push(readFileSync(todomvcInfoFile, 'utf8').trim() + '.');

  const now = Date.now();
  // Statistics from the generated journal; it is stored in the current form (version 3), as a
  // journal is once the app has opened it (storage-bench.mjs measures the step from version 2).
  const generated = generateJournal({ entries: opts.entries, now });
  const jstats = journalStats(generated);
  const pairs = generated.map(([key, value]) =>
    key.startsWith(ENTRY_PREFIX) ? [key, storedEntryRecord(JSON.parse(value).entry)] : [key, value],
  );
  jstats.storedChars = pairs.reduce((n, [k, v]) => n + k.length + v.length, 0);
  console.log(`Between benchmark: ${opts.runs} run(s), generated journal of ${num(jstats.entries)} entries (${num(jstats.storedChars)} characters stored)`);

  const sizes = await sizeReport(opts.dist);
  const todomvcSizes = todomvcOk ? await sizeReport(opts.todomvc) : null;

  const server = await startServer({ root: opts.dist });
  const todoServer = todomvcOk ? await startServer({ root: opts.todomvc }) : null;
  let browser = null;
  let chromiumVersion = 'unknown';
  const loadAvgBefore = os.loadavg();
  const results = { coldEmpty: [], repeatEmpty: [], coldFull: [], repeatFull: [], todomvc: [], moves: [], add: [] };
  let checks = null;
  try {
    browser = await withTimeout(launchBrowser(), 60_000, 'launching Chromium');
    chromiumVersion = browser.version();
    // Is the seeded journal read in full? (Shown once, in the report.)
    {
      const { context, page } = await newContext(browser, APP_SELECTOR);
      try {
        await seed(page, server.url, pairs);
        await page.goto(`${server.url}/`, { waitUntil: 'commit' });
        await loadTimes(page);
        checks = await journalChecks(page);
      } catch (err) {
        notes.push(`Checking the seeded journal failed: ${String(err.message).split('\n')[0]}`);
      } finally {
        await closeQuietly(context);
      }
      if (checks && (!checks.showOlder || checks.unreadNotice)) {
        notes.push(`The seeded journal did not load as expected: ${JSON.stringify(checks)}`);
      }
    }
    for (let run = 0; run < opts.runs; run++) {
      console.log(`run ${run + 1} of ${opts.runs}`);
      await attempt(results.coldEmpty, 'cold, empty', () => measureLoad(browser, server.url, { kind: 'cold', pairs: null }));
      if (hasWorker) await attempt(results.repeatEmpty, 'repeat, empty', () => measureLoad(browser, server.url, { kind: 'repeat', pairs: null }));
      await attempt(results.coldFull, `cold, ${jstats.entries} entries`, () => measureLoad(browser, server.url, { kind: 'cold', pairs }));
      if (hasWorker) await attempt(results.repeatFull, `repeat, ${jstats.entries} entries`, () => measureLoad(browser, server.url, { kind: 'repeat', pairs }));
      if (todoServer) await attempt(results.todomvc, 'todomvc cold', () => measureLoad(browser, todoServer.url, { kind: 'cold', pairs: null, selector: TODOMVC_SELECTOR }));
      await attempt(results.moves, 'page moves', () => measureMoves(browser, server.url, pairs));
      await attempt(results.add, 'add, edit, delete and undo', () => measureAdd(browser, server.url, pairs, run));
    }
  } finally {
    if (browser) await withTimeout(browser.close(), 15_000, 'closing the browser').catch(() => {});
    await server.close();
    await todoServer?.close();
  }
  const loadAvgAfter = os.loadavg();
  const info = machine(chromiumVersion);

  // ----- Tables -----
  const loadRows = [];
  const loadScenarios = [
    ['Between, cold first visit, empty journal', results.coldEmpty, true],
    ['Between, repeat visit (service worker), empty journal', results.repeatEmpty, hasWorker],
    [`Between, cold first visit, ${num(jstats.entries)} entries`, results.coldFull, true],
    [`Between, repeat visit (service worker), ${num(jstats.entries)} entries`, results.repeatFull, hasWorker],
    ['Leptos todomvc, cold first visit, empty', results.todomvc, !!todoServer],
  ];
  for (const [name, list, ran] of loadScenarios) {
    if (!ran) {
      loadRows.push([name, 'skipped', '', 'skipped', '']);
      continue;
    }
    const failures = list.filter((r) => r.error).length;
    const fcp = cellStats(stats(list.map((r) => r.fcp)), failures);
    const usable = cellStats(stats(list.map((r) => r.usable)), failures);
    loadRows.push([name, fcp.median, fcp.range, usable.median, usable.range]);
    for (const r of list) if (r.note && !notes.includes(`${name}: ${r.note}`)) notes.push(`${name}: ${r.note}`);
    for (const r of list) if (r.error && !notes.includes(`${name}: ${r.error}`)) notes.push(`${name}: ${r.error}`);
  }
  const loadHeader = ['load', 'FCP median ms', 'FCP min–max', 'usable median ms', 'usable min–max'];

  const moveRows = MOVES.map((move, i) => {
    const samples = results.moves.filter((r) => Array.isArray(r)).map((r) => r[i]);
    const failures = samples.filter((s) => s.error).length + results.moves.filter((r) => !Array.isArray(r)).length;
    const s = cellStats(stats(samples.map((x) => x.ms)), failures);
    const kinds = new Set(samples.filter((x) => !x.error).map((x) => (x.inPlace ? 'in place' : 'page load')));
    const fellBack = samples.find((x) => x.fellBack);
    for (const x of samples) if (x.error && !notes.includes(`${moveName(move)}: ${x.error}`)) notes.push(`${moveName(move)}: ${x.error}`);
    const how = fellBack ? `pushState + popstate (${fellBack.fellBack})` : moveHow(move);
    const headings = [...new Set(samples.filter((x) => !x.error).map((x) => `"${x.heading}"`))].join(', ');
    return [moveName(move), how, [...kinds].join(', ') || 'n/a', headings || 'n/a', s.median, s.range];
  });
  const moveHeader = ['move', 'how', 'drawn', 'new h1', 'median ms', 'min–max'];

  const changeRow = (key, name) => {
    const list = results.add.map((r) => r?.[key] ?? { error: r?.error ?? 'not measured' });
    for (const r of list) if (r.error && !notes.includes(`${name}: ${r.error}`)) notes.push(`${name}: ${r.error}`);
    const cell = cellStats(stats(list.map((r) => r.ms)), list.filter((r) => r.error).length);
    return [name, cell.median, cell.range];
  };
  const addRows = [
    changeRow('add', `Save entry at ${num(jstats.entries)} entries, until it is in the list + 1 frame`),
    changeRow('edit', 'Save changes to that entry, until the new words are in the list + 1 frame'),
    changeRow('remove', 'Delete it, until it is gone from the list + 1 frame'),
    changeRow('undo', 'Undo the delete, until it is back in the list + 1 frame'),
  ];
  const addHeader = ['action', 'median ms', 'min–max'];

  const sizeHeader = ['file', 'raw', 'gzip', 'brotli'];
  const sizeSummary = [
    ['Between, every file', sizes.total.files, num(sizes.total.raw), num(sizes.total.gzip), num(sizes.total.brotli), `${kb(sizes.total.brotli)} KB`],
    ['Between, without icons', sizes.withoutIcons.files, num(sizes.withoutIcons.raw), num(sizes.withoutIcons.gzip), num(sizes.withoutIcons.brotli), `${kb(sizes.withoutIcons.brotli)} KB (target ≤ ${BUDGET_KB} KB: ${sizes.withoutIcons.brotli / 1024 <= BUDGET_KB ? 'within' : 'OVER'})`],
  ];
  if (todomvcSizes) {
    sizeSummary.push(['Leptos todomvc, every file', todomvcSizes.total.files, num(todomvcSizes.total.raw), num(todomvcSizes.total.gzip), num(todomvcSizes.total.brotli), `${kb(todomvcSizes.total.brotli)} KB`]);
    sizeSummary.push(['Leptos todomvc, without icons', todomvcSizes.withoutIcons.files, num(todomvcSizes.withoutIcons.raw), num(todomvcSizes.withoutIcons.gzip), num(todomvcSizes.withoutIcons.brotli), `${kb(todomvcSizes.withoutIcons.brotli)} KB`]);
  }
  const sizeSummaryHeader = ['app', 'files', 'raw bytes', 'gzip -9', 'brotli q11', 'brotli'];

  const journalLine =
    `Generated journal (tests/e2e/bench/generate-journal.mjs, fixed seed): ${num(jstats.entries)} entries ` +
    `(${['win', 'concern', 'reflection', 'check_in', 'feedback'].map((k) => `${num(jstats.kinds[k] ?? 0)} ${k}`).join(', ')}), texts ${jstats.text.min}–${jstats.text.max} characters ` +
    `(mean ${jstats.text.mean}), ${jstats.sessions} sessions, ${num(jstats.storedChars)} characters in localStorage.` +
    (checks ? ` Loaded: ${checks.entriesShown} entries shown, "Show older entries" ${checks.showOlder ? 'present' : 'MISSING'}, ${checks.unreadNotice ? 'a "could not be read" notice SHOWN' : 'no "could not be read" notice'}.` : '');
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
  const machineRows = [
    ['date', started.toISOString().replace(/\.\d+Z$/, 'Z')],
    ['command', command],
    ['git commit', info.commit],
    ['CPU', `${info.cpu} (nproc ${info.nproc})`],
    ['memory', info.memory],
    ['OS', info.os],
    ['Chromium', `${info.chromium} (headless, playwright-core)`],
    ['Node', info.node],
    ['runs', `${opts.runs} (medians; each load in a fresh browser context)`],
    ['load average', `${load(loadAvgBefore)} before, ${load(loadAvgAfter)} after`],
  ];

  // ----- stdout -----
  const out = [];
  out.push('', textTable(['', ''], machineRows), '');
  out.push('Bytes (raw, gzip -9, brotli q11)', textTable(sizeSummaryHeader, sizeSummary, [1, 2, 3, 4]), '');
  out.push(textTable(sizeHeader, sizeRows(sizes), [1, 2, 3]), '');
  out.push('First contentful paint and time until usable (ms from navigation start)', textTable(loadHeader, loadRows, [1, 3]), '');
  out.push(`Moving between pages at ${num(jstats.entries)} entries (ms from the click to 2 frames after the new page's <h1> is shown)`, textTable(moveHeader, moveRows, [4]), '');
  out.push(textTable(addHeader, addRows, [1]), '');
  out.push(journalLine, '');
  if (notes.length) out.push('Notes:', ...notes.map((n) => `  - ${n}`), '');
  console.log(out.join('\n'));

  if (opts.write) {
    const md = markdownReport({ machineRows, sizeSummaryHeader, sizeSummary, sizeHeader, sizes, todomvcSizes, loadHeader, loadRows, moveHeader, moveRows, addHeader, addRows, journalLine, notes, opts, jstats });
    // Sections other benchmarks write (storage-bench.mjs: "## Years of entries" and what
    // follows it) are kept as they are.
    const old = existsSync(opts.write) ? readFileSync(opts.write, 'utf8') : '';
    const kept = old.indexOf('\n## Years of entries');
    writeFileSync(opts.write, kept === -1 ? md : `${md.trimEnd()}\n${old.slice(kept)}`);
    console.log(`Wrote ${path.relative(process.cwd(), opts.write) || opts.write}`);
  }
  return 0;
}

function markdownReport(r) {
  const lines = [
    '# Benchmarks',
    '',
    'What Between costs to download and how quickly it answers, measured by',
    '`tests/e2e/bench/app-bench.mjs` (run `bash scripts/bench.sh --write` to rebuild the app and',
    'refresh this file; `--quick` is the one-run CI smoke version, `--todomvc PATH_TO_LEPTOS`',
    'adds the Leptos todomvc example built with the same release recipe). These are',
    'measurements, not tests: nothing fails on a number. Figures are medians over the runs,',
    'with the smallest and largest value; each load runs in a fresh browser context.',
    '',
    '- **FCP**: `first-contentful-paint` from a `PerformanceObserver`, ms from navigation start.',
    `- **Usable**: the composer's text box (\`${APP_SELECTOR}\`; todomvc: \`${TODOMVC_SELECTOR}\`) is in the DOM`,
    '  (seen by a `MutationObserver` installed before any page script), plus one animation frame.',
    '  The frame callback runs before that frame is painted, so FCP can come a little after it.',
    '- **Cold**: a fresh browser context (no cache, no service worker). **Repeat**: the same',
    '  context after a first load, once `navigator.serviceWorker.controller` is set, reloaded.',
    `- **${num(r.jstats.entries)} entries**: the generated journal is written to localStorage from a page of`,
    '  the same origin that runs no app code, then the app is loaded.',
    '- **Moving between pages**: in one loaded page, from just before `element.click()` on the',
    '  link (in the page) to two animation frames after the new page\'s `<h1>` is shown (added to',
    '  the DOM, or un-hidden: the journal page stays drawn while hidden, so going back to it is',
    '  showing it again; or, when the new page reuses the last page\'s heading element, when its',
    '  words change).',
    '  "in place" means the page was drawn without a page load; "page load" means the link',
    '  loaded another document (timed from the click across the load).',
    '- **Bytes**: every file in `dist/`, raw, gzip -9 and brotli quality 11 (as',
    '  `tests/e2e/support/sizes.mjs` weighs them); icons (`icons/`, the favicon) counted apart.',
    `  Target: at most ${BUDGET_KB} KB brotli for the whole app without icons.`,
    '',
    '## Machine',
    '',
    mdTable(['', ''], r.machineRows.map(([k, v]) => [k, k === 'command' ? `\`${v}\`` : v])),
    '',
    'Timings depend on the machine and on whatever else it was doing (see the load average).',
    '',
    '## Bytes',
    '',
    mdTable(r.sizeSummaryHeader, r.sizeSummary, [1, 2, 3, 4]),
    '',
    '<details><summary>Every file of Between\'s dist/</summary>',
    '',
    mdTable(r.sizeHeader, sizeRows(r.sizes).map((row, i, all) => (i >= all.length - 3 ? row.map((c) => `**${c}**`) : row)), [1, 2, 3]),
    '',
    '</details>',
    '',
  ];
  if (r.todomvcSizes) {
    lines.push('<details><summary>Every file of the todomvc build</summary>', '', mdTable(r.sizeHeader, sizeRows(r.todomvcSizes), [1, 2, 3]), '', '</details>', '');
  }
  lines.push(
    '## First paint and time until usable',
    '',
    mdTable(r.loadHeader, r.loadRows, [1, 3]),
    '',
    `## Moving between pages (${num(r.jstats.entries)} entries)`,
    '',
    mdTable(r.moveHeader, r.moveRows, [4]),
    '',
    '`/homework` has no link to it unless homework has been accepted ("Manage homework" on the',
    'journal), so that move uses `history.pushState` + a `popstate` event, as the app\'s router',
    'handles the back button.',
    '',
    '## Adding, editing, deleting and undoing an entry',
    '',
    mdTable(r.addHeader, r.addRows, [1]),
    '',
    `From \`click()\` on "Save entry" (the text already typed into \`${APP_SELECTOR}\`) until the new`,
    'entry\'s text is in the list, plus one animation frame; then "Save changes" on that entry (its new words\n' +
      'already typed), "Delete" and the undo bar\'s "Undo", each until the list shows the change, plus one frame.',
    '',
    '## The journal',
    '',
    r.journalLine,
    '',
  );
  if (r.notes.length) lines.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

const watchdog = setTimeout(() => {
  console.error(`The benchmark did not finish within ${WATCHDOG_MS / 60_000} minutes; giving up.`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

const code = await main().catch((err) => {
  console.error(`The benchmark harness broke: ${err?.stack ?? err}`);
  return 1;
});
clearTimeout(watchdog);
// Nothing may keep the process alive (a stuck socket, a browser that did not close).
process.exit(code);
