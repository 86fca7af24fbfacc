// Offline and updates: once loaded, the whole app keeps working with no server at all (the
// service worker answers every address with the one app page, and every file from its cache);
// a new version waits until the person chooses "Update now"; a half-deployed version never
// takes over; a tab left behind by a newer version elsewhere stops writing; and Chromium finds
// the app installable.
// The test server is started and stopped here (not through withApp), so "offline" means no
// server: Playwright's setOffline does not stop a service worker's own fetches.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../support/server.mjs';
import { launchBrowser, openApp, openAppInProfile, assertClean, waitForApp } from '../support/browser.mjs';
import { distDir } from '../support/fixtures.mjs';
import { JournalPage, middayTimezone } from '../support/journal-page.mjs';
import { PAGES, tourInPlace, waitForPageShown } from '../support/pages.mjs';
import { TherapistsPage, HomeworkPage, HomeworkPanel, pageDate } from '../support/homework-page.mjs';
import { makeSecondBuild, readPrecache, SECOND_BUILD_MARK } from '../support/second-build.mjs';

const READY = 'A new version of Between is ready. It opens when you choose; until then this one keeps working, offline too.';
const REPLACED = /^A new version of Between was opened in another tab, so this tab has stopped saving/;

let browser;
let cleanups = [];

before(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  for (const clean of cleanups.reverse()) await clean().catch(() => {});
  cleanups = [];
});
after(async () => {
  await browser?.close();
});

/** Serves `root` (dist/ by default) on `port` (any free one by default); stopped after the test. */
async function serve(root = distDir(), port = 0) {
  const server = await startServer({ root, port });
  let open = true;
  const stop = async () => {
    if (open) await server.close();
    open = false;
  };
  cleanups.push(stop);
  return { url: server.url, port: server.port, stop };
}

/** A guarded context (closed after the test) in a midday timezone, with its journal page object. */
async function open(url, options = {}) {
  const opened = await openApp(browser, url, { timezoneId: middayTimezone(), ...options });
  cleanups.push(() => opened.context.close());
  return { ...opened, journal: new JournalPage(opened.page, url) };
}

/** Waits until the service worker controls `page` (and so has every file of its version). */
async function waitForControl(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => {}));
}

/** What the service worker registration holds, for assertions and failure messages. */
async function workerState(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const describe = (w) => w && { state: w.state, url: new URL(w.scriptURL).pathname };
    return {
      controller: !!navigator.serviceWorker.controller,
      active: describe(reg?.active),
      waiting: describe(reg?.waiting),
      installing: describe(reg?.installing),
      caches: await caches.keys(),
    };
  });
}

/** True when the page runs the second build (its stylesheet shows the mark under the page). */
async function runsSecondBuild(page) {
  return page.evaluate((mark) => getComputedStyle(document.body, '::after').content === JSON.stringify(mark), SECOND_BUILD_MARK);
}

/** Counts real page loads (not moves in place) of `page` from now on. */
function countLoads(page) {
  const seen = { loads: 0 };
  page.on('load', () => seen.loads++);
  return seen;
}

/** The cache name of this build's version. */
function cacheOf(root) {
  return `between-${readPrecache(readFileSync(path.join(root, 'sw.js'), 'utf8')).version}`;
}

/** The "update ready" notice (above <main>). */
function readyNotice(page) {
  return page.locator('.update-notice').filter({ hasText: READY });
}

/** Composes homework on /for-therapists (in `page`) and returns its link. */
async function homeworkLink(page, url) {
  const therapists = new TherapistsPage(page, url);
  await therapists.goto();
  await therapists.compose({
    title: 'Offline steps',
    library: [['After a session', 'What would you like to carry into the days until the next one?']],
    start: await pageDate(page, 0),
    end: await pageDate(page, 13),
  });
  return therapists.link();
}

test('once loaded, every page opens with no server: reloads, deep links, moves in place, a homework link, and writing is kept', async () => {
  const server = await serve();
  const { page, guards, journal } = await open(server.url);
  // Online first: a homework link made on /for-therapists (the first load of the app).
  const link = await homeworkLink(page, server.url);
  assert.ok(link.startsWith(`${server.url}/homework#hw1.`), link);
  await waitForControl(page);
  const state = await workerState(page);
  assert.deepEqual(state.caches, [cacheOf(distDir())], `this build's files are cached: ${JSON.stringify(state)}`);

  await server.stop();
  await assert.rejects(fetch(server.url + '/'), 'the server is really gone');

  // The journal opens from the cache, loaded at its address and reloaded.
  await journal.goto('/');
  await journal.reload();
  await journal.write('win', 'Written with no server at all.');
  const stored = Object.values(await journal.storedEntries());
  assert.deepEqual(stored.map((e) => e.text), ['Written with no server at all.'], 'saved in local storage');
  await journal.reload();
  assert.deepEqual(await journal.entryTexts(), ['Written with no server at all.'], 'still there after another reload');

  // Every page in place, then every address loaded afresh.
  await tourInPlace(page);
  for (const want of Object.values(PAGES)) {
    await page.goto(server.url + want.path);
    await waitForPageShown(page, want, { focus: false });
  }

  // The homework link, opened offline: accepted, it shows on the journal, and /homework opens in place.
  const homework = new HomeworkPage(page, server.url);
  await homework.open(link);
  assert.equal(await homework.offerTitle.textContent(), 'Offline steps');
  await homework.acceptButton.click();
  await homework.result.getByRole('heading', { name: "It's in your journal" }).waitFor();
  await journal.goto('/');
  await new HomeworkPanel(page).section.waitFor();
  await tourInPlace(page, { homework: true });
  assert.deepEqual(await journal.entryTexts(), ['Written with no server at all.']);
  assertClean(guards);
});

test('coming back to the app with no server looks for a new version quietly: no error', async () => {
  const server = await serve();
  const { page, guards, journal } = await open(server.url);
  await journal.goto();
  await waitForControl(page);
  // The connection goes while the app is open (the tab stays as it is).
  await server.stop();
  // Headless Chromium keeps every tab visible, so the tab's return is announced by hand, as
  // the browser would: visible again, then "visibilitychange" (the app then asks for an update).
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // The app's look-up fails (no server). Update jobs run one after another, so once a second
  // look-up made here has failed too, the app's has settled.
  const ours = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg.update().then(() => 'found', (e) => `failed: ${e.name}`);
  });
  assert.match(ours, /^failed/, 'there is really no server to look at');
  await page.waitForTimeout(500); // an unhandled rejection is reported a moment later
  await journal.write('win', 'Still writing after coming back.');
  assert.deepEqual(await journal.entryTexts(), ['Still writing after coming back.']);
  assertClean(guards);
});

test('a new version waits for "Update now", then the tab reloads once into it with the journal intact', async () => {
  const first = await serve();
  const { page, guards, journal } = await open(first.url);
  await journal.goto();
  await journal.write('concern', 'Written before the update.');
  await waitForControl(page);
  assert.equal(await runsSecondBuild(page), false);

  const second = makeSecondBuild(distDir());
  cleanups.push(async () => second.remove());
  await first.stop();
  await serve(second.root, first.port);

  const seen = countLoads(page);
  await journal.reload(); // the old version, from the cache; the browser looks for a new one
  try {
    await readyNotice(page).waitFor({ timeout: 20_000 });
  } catch (err) {
    throw new Error(`No "update ready" notice after a reload: ${JSON.stringify(await workerState(page))}`, { cause: err });
  }
  assert.equal(await readyNotice(page).getByRole('button', { name: 'Update now' }).count(), 1);
  assert.equal(await readyNotice(page).getAttribute('role'), 'status');
  assert.ok(
    await page.evaluate(() => {
      const notice = document.querySelector('.update-notice');
      const main = document.querySelector('main#app-main');
      return !!(notice.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
    'the notice is above <main>',
  );
  assert.ok((await workerState(page)).waiting, 'the new version waits');

  // Nothing changes until the person chooses: the old version keeps running, also through moves.
  await page.waitForTimeout(1500);
  assert.equal(await runsSecondBuild(page), false, 'still the old version');
  await tourInPlace(page);
  assert.equal(await runsSecondBuild(page), false, 'still the old version after moving between pages');
  assert.equal(seen.loads, 1, 'no reload but the one this test made');
  await journal.write('win', 'Written while the update waits.');

  await readyNotice(page).getByRole('button', { name: 'Update now' }).click();
  await waitForLoads(seen, 2);
  await journal.ready('/');
  assert.equal(await runsSecondBuild(page), true, 'the new version runs');
  assert.deepEqual(await journal.entryTexts(), ['Written while the update waits.', 'Written before the update.'], 'the journal is intact');
  assert.equal(await readyNotice(page).count(), 0, 'the notice is gone');
  await page.waitForTimeout(1500);
  assert.equal(seen.loads, 2, 'the tab reloaded exactly once');
  const after = await workerState(page);
  assert.deepEqual(after.caches, [cacheOf(second.root)], `only the new version's files are kept: ${JSON.stringify(after)}`);
  assert.equal(after.waiting, null);
  assertClean(guards);
});

test('a half-deployed version (a listed file missing) never becomes ready, and the old one keeps working offline', async () => {
  const first = await serve();
  const { page, guards, journal } = await open(first.url);
  await journal.goto();
  await journal.write('win', 'Written before the broken deploy.');
  await waitForControl(page);

  const half = makeSecondBuild(distDir(), { missing: true });
  cleanups.push(async () => half.remove());
  await first.stop();
  const second = await serve(half.root, first.port);

  await journal.reload();
  // And ask once more, to be sure the browser has tried this version.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update().catch(() => {});
  });
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration()).installing === null,
    null,
    { timeout: 20_000, polling: 100 },
  );
  assert.ok(guards.requests.includes(second.url + half.missing), `the new version's install asked for ${half.missing}`);
  await page.waitForTimeout(3000); // a reasonable wait for a notice that must not come
  const state = await workerState(page);
  assert.equal(state.waiting, null, `nothing waits: ${JSON.stringify(state)}`);
  assert.equal(await readyNotice(page).count(), 0, 'no "update ready" notice');
  assert.deepEqual(state.caches, [cacheOf(distDir())], 'only the working version is cached');
  assert.equal(await runsSecondBuild(page), false);

  // With no server at all, the old version still opens and saves.
  await second.stop();
  await journal.reload();
  assert.equal(await runsSecondBuild(page), false);
  await journal.write('reflection', 'Written offline after the broken deploy.');
  await journal.reload();
  assert.deepEqual(await journal.entryTexts(), ['Written offline after the broken deploy.', 'Written before the broken deploy.']);
  await tourInPlace(page);
  // The failed install reports the missing file in the worker's console; nothing else may.
  const missing = new RegExp(escapeRegExp(half.missing));
  assertClean(guards, { allowConsole: [missing] });
  assert.ok(
    guards.consoleErrors.every((t) => missing.test(t)),
    `only the missing file is complained about: ${guards.consoleErrors.join('\n')}`,
  );
});

test('applying an update in one tab reloads a tab with nothing typed, and stops a tab with an open editor from writing', async () => {
  const first = await serve();
  const { page: pageA, context, guards, journal: a } = await open(first.url);
  await a.goto();
  await a.write('reflection', 'The entry tab C will be editing.');
  await waitForControl(pageA);

  const second = makeSecondBuild(distDir());
  cleanups.push(async () => second.remove());
  await first.stop();
  const server = await serve(second.root, first.port);

  await a.reload();
  await readyNotice(pageA).waitFor({ timeout: 20_000 });
  const b = new JournalPage(await context.newPage(), server.url);
  await b.goto('/');
  await readyNotice(b.page).waitFor({ timeout: 20_000 });
  const c = new JournalPage(await context.newPage(), server.url);
  await c.goto('/');
  await readyNotice(c.page).waitFor({ timeout: 20_000 });
  for (const tab of [a, b, c]) assert.equal(await runsSecondBuild(tab.page), false, 'every tab runs the old version');

  // C has words only on screen: an open editor.
  const editor = await c.startEdit('The entry tab C will be editing.');
  const typed = 'Words typed in tab C that are not saved yet.';
  await editor.textBox.fill(typed);
  const loadsB = countLoads(b.page);
  const loadsC = countLoads(c.page);
  const loadsA = countLoads(pageA);

  await pageA.bringToFront();
  await readyNotice(pageA).getByRole('button', { name: 'Update now' }).click();
  await waitForLoads(loadsA, 1);
  await a.ready('/');
  assert.equal(await runsSecondBuild(pageA), true, 'A runs the new version');

  // B had nothing typed: it reloads by itself into the new version.
  await waitForLoads(loadsB, 1);
  await b.ready('/');
  assert.equal(await runsSecondBuild(b.page), true, 'B runs the new version');

  // C keeps its words on screen, says why it stopped, and writes nothing.
  const alert = c.page.locator('[role="alert"]').filter({ hasText: REPLACED });
  await alert.waitFor({ timeout: 10_000 });
  assert.equal(await alert.getByRole('button', { name: 'Reload this tab' }).count(), 1);
  assert.equal(loadsC.loads, 0, 'C did not reload');
  assert.equal(await runsSecondBuild(c.page), false, 'C still runs the old version');
  assert.equal(await editor.textBox.inputValue(), typed, "C's words are still on screen");

  const before = await c.storedRecords();
  await c.page.bringToFront();
  await editor.saveButton.click();
  await editor.error.filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 });
  assert.match((await editor.error.textContent()).trim(), REPLACED);
  assert.equal(await editor.textBox.inputValue(), typed, 'the words stay in the editor');
  // The composer refuses too (its draft would be written as it is typed).
  await c.compose('win', 'A new entry in the old tab.');
  await c.save();
  await c.page.waitForTimeout(500);
  assert.deepEqual(await c.storedRecords(), before, 'tab C wrote nothing');
  assert.equal(Object.values(await a.storedEntries()).length, 1);

  await alert.getByRole('button', { name: 'Reload this tab' }).click();
  await waitForLoads(loadsC, 1);
  await c.ready('/');
  assert.equal(await runsSecondBuild(c.page), true, 'C runs the new version after "Reload this tab"');
  assert.deepEqual(await c.entryTexts(), ['The entry tab C will be editing.']);
  assertClean(guards);
});

test('Chromium finds the app installable once the service worker controls it, and the manifest has no errors', async () => {
  const server = await serve();
  // A profile on disk: Chromium installs nothing from an off-the-record context.
  const profile = await openAppInProfile(server.url);
  cleanups.push(profile.close);
  const { page, context, guards } = profile;
  await page.goto(server.url + '/');
  await waitForApp(page);
  await waitForControl(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'installable');
  const manifest = await cdp.send('Page.getAppManifest');
  assert.equal(manifest.url, `${server.url}/manifest.webmanifest`);
  assert.deepEqual(manifest.errors, [], 'the manifest has no errors');
  // Every icon it names is kept offline with the app.
  const { icons } = JSON.parse(manifest.data);
  const precached = readPrecache(readFileSync(path.join(distDir(), 'sw.js'), 'utf8')).files.map((f) => f.url);
  assert.ok(icons.length >= 2);
  for (const icon of icons) assert.ok(precached.includes(icon.src), `${icon.src} is precached`);
  assert.deepEqual(
    { id: manifest.manifest?.id, startUrl: manifest.manifest?.startUrl, scope: manifest.manifest?.scope, display: manifest.manifest?.display },
    { id: `${server.url}/`, startUrl: `${server.url}/`, scope: `${server.url}/`, display: 'kStandalone' },
  );
  // And Chromium installs it. (Headless Chromium opens even the installed app in a tab, so the
  // installed window's own words are left to the native tests.)
  await cdp.send('PWA.install', { manifestId: manifest.manifest.id });
  await cdp.send('PWA.getOsAppState', { manifestId: manifest.manifest.id });
  assertClean(guards);
});

/** Waits until `seen.loads` (from countLoads) reaches `n`. */
async function waitForLoads(seen, n, timeout = 20_000) {
  const start = Date.now();
  while (seen.loads < n) {
    if (Date.now() - start > timeout) throw new Error(`expected ${n} page load(s), saw ${seen.loads}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
