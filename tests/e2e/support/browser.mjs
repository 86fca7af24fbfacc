// Browser launch and per-test privacy/error guards.
// playwright-core only, driving Debian's Chromium: nothing is ever downloaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

// URL schemes that never leave the device.
const LOCAL_SCHEMES = new Set(['blob:', 'data:', 'about:']);

// Chromium words these "Refused to load ..." or "... violates the following Content Security Policy directive".
const CSP_PATTERN = /Content Security Policy|Refused to/i;

// Guards per page, so waitForApp can explain a blank page.
const guardsByPage = new WeakMap();

/**
 * Fresh context + page with guards installed. Navigate with `page.goto(baseUrl + path)`.
 * Extra options (offline, locale, ...) are passed on to browser.newContext. Service workers
 * are allowed (the app registers one): its own requests are guarded like the page's.
 * @returns {Promise<{ context, page, guards }>}
 */
export async function openApp(
  browser,
  baseUrl,
  { viewport = { width: 1280, height: 800 }, colorScheme = 'light', reducedMotion = 'no-preference', locale = 'en-US', storageState, ...rest } = {},
) {
  // English unless a spec asks for another language: Between follows navigator.languages.
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, locale, storageState, serviceWorkers: 'allow', ...rest });
  const guards = await guardContext(context, baseUrl);
  const page = await context.newPage();
  return { context, page, guards };
}

/**
 * A browser profile on disk rather than an off-the-record context, for what Chromium only
 * does in a real profile (installing the app). Guarded like openApp; `close()` closes the
 * browser and deletes the profile.
 * @returns {Promise<{ context, page, guards, close: () => Promise<void> }>}
 */
export async function openAppInProfile(baseUrl, { viewport = { width: 1280, height: 800 }, locale = 'en-US', ...rest } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'between-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
    serviceWorkers: 'allow',
    ...rest,
  });
  const guards = await guardContext(context, baseUrl);
  const page = context.pages()[0] ?? (await context.newPage());
  guardPage(page, guards);
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, page, guards, close };
}

/**
 * Installs the guards on a context: every request is recorded, any to another origin is
 * aborted (also a service worker's), and every page opened in it (tabs, popups) reports its
 * errors. The first page's reports are unlabelled; later tabs' are labelled "[tab 2]", ...
 */
export async function guardContext(context, baseUrl) {
  const appOrigin = new URL(baseUrl).origin;
  const guards = {
    appOrigin,
    requests: [], // every request URL, in order
    outside: [], // requests to anyone but the app's own origin (aborted)
    pageErrors: [],
    consoleErrors: [],
    csp: [],
  };

  const isOutside = (url) => {
    const u = new URL(url);
    return !LOCAL_SCHEMES.has(u.protocol) && u.origin !== appOrigin;
  };

  // Context-level, so popups and service workers are covered too.
  context.on('request', (req) => guards.requests.push(req.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isOutside(url)) {
      guards.outside.push(url);
      return route.abort('blockedbyclient');
    }
    return route.fallback();
  });
  // WebSockets bypass route(); the app never needs one.
  await context.routeWebSocket(/.*/, (ws) => {
    guards.outside.push(ws.url());
    ws.close();
  });
  // The service worker's own console: its errors count like the page's.
  const watchWorker = (worker) =>
    worker.on('console', (msg) => {
      if (msg.type() === 'error') guards.consoleErrors.push(`[service worker ${new URL(worker.url()).pathname}] ${msg.text()}`);
    });
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  let tabs = context.pages().length;
  context.on('page', (page) => {
    tabs += 1;
    guardPage(page, guards, tabs === 1 ? '' : `[tab ${tabs}] `);
  });
  return guards;
}

/** Records a page's uncaught errors, console errors and CSP reports in `guards`. */
export function guardPage(page, guards, label = '') {
  if (guardsByPage.has(page)) return;
  page.on('pageerror', (err) => guards.pageErrors.push(label + (err.stack || String(err))));
  page.on('console', (msg) => {
    const text = msg.text();
    // CSP reports are also console errors; list them once, as CSP.
    if (CSP_PATTERN.test(text)) guards.csp.push(label + text);
    else if (msg.type() === 'error') {
      const loc = msg.location();
      guards.consoleErrors.push(label + (loc?.url ? `${text} (${loc.url}:${loc.lineNumber})` : text));
    }
  });
  guardsByPage.set(page, guards);
}

/**
 * Throw a readable report if anything left the device, threw, logged an error
 * or broke the CSP. `allowConsole`: regexes for console errors a test expects.
 */
export function assertClean(guards, { allowConsole = [] } = {}) {
  const allowed = (text) => allowConsole.some((re) => re.test(text));
  // An aborted outside request also logs "Failed to load resource"; report it once, as outside.
  const consoleErrors = guards.consoleErrors.filter(
    (t) => !allowed(t) && !(guards.outside.length && /net::ERR_BLOCKED_BY_CLIENT/.test(t)),
  );
  const sections = [
    ['Requests to outside origins (aborted)', guards.outside],
    ['Page errors', guards.pageErrors],
    ['Console errors', consoleErrors],
    ['Content-Security-Policy violations', guards.csp.filter((t) => !allowed(t))],
  ].filter(([, items]) => items.length);
  if (!sections.length) return;
  const report = sections
    .map(([title, items]) => `${title}:\n${items.map((i) => `  - ${i}`).join('\n')}`)
    .join('\n');
  throw new Error(`Page was not clean (app origin ${guards.appOrigin}):\n${report}`);
}

/** Wait until the app has rendered `<main id="app-main">`; explain a blank page. */
export async function waitForApp(page, { timeout = 15_000 } = {}) {
  try {
    await page.waitForSelector('main#app-main', { state: 'attached', timeout });
  } catch (err) {
    const guards = guardsByPage.get(page);
    const body = await page
      .evaluate(() => document.body?.innerHTML.slice(0, 300) ?? '(no body)')
      .catch(() => '(could not read page)');
    const errors = guards ? [...guards.pageErrors, ...guards.consoleErrors] : [];
    throw new Error(
      `The app did not render <main id="app-main"> within ${timeout} ms at ${page.url()}.\n` +
        'A blank page usually means the wasm failed to start (e.g. a broken wasm-opt: ' +
        '"WebAssembly.Table.set(): Argument 1 is invalid for table"), or dist/ is stale.\n' +
        `Body starts: ${JSON.stringify(body)}\n` +
        (errors.length ? `Errors seen:\n${errors.map((e) => `  - ${e}`).join('\n')}` : 'No errors were logged.'),
      { cause: err },
    );
  }
}

/** Records every alert/confirm/prompt the page opens (and dismisses it); expect none. */
export function watchDialogs(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return dialogs;
}
