// The app's pages, and moving between them in place. Between is one app: every address gets
// the same index.html, and every in-app link shows its page without a page load, so the
// journal (and the lock's key) stay in memory. Specs talk about pages; this file knows their
// addresses, titles, headings and the links that lead to them.
import { waitForApp } from './browser.mjs';

/** Every page: its address, its name on `<html data-page>`, its window title and its `<h1>`. */
export const PAGES = {
  journal: { path: '/', slug: 'journal', title: 'Between · a private journal between therapy sessions', heading: 'Your journal' },
  checkIn: { path: '/check-in', slug: 'check-in', title: 'Check in · Between', heading: 'Check in' },
  summary: { path: '/summary', slug: 'summary', title: 'Session summary · Between', heading: 'Session summary' },
  backup: { path: '/backup', slug: 'backup', title: 'Backup & storage · Between', heading: 'Backup & storage' },
  about: { path: '/about', slug: 'about', title: 'About & privacy · Between', heading: 'About Between' },
  prompts: { path: '/prompts', slug: 'prompts', title: 'All prompts · Between', heading: 'Prompts' },
  therapists: { path: '/for-therapists', slug: 'for-therapists', title: 'For therapists · Between', heading: 'For therapists' },
  goals: { path: '/goals', slug: 'goals', title: 'My goals · Between', heading: 'My goals' },
  homework: { path: '/homework', slug: 'homework', title: 'Homework · Between', heading: /^(Your homework|Homework from your therapist)$/ },
  notFound: { path: '/nowhere', slug: 'not-found', title: 'Page not found · Between', heading: "This page isn't here" },
};

/** The header's link to a page ("Journal", "Summary", "Backup", "About & privacy"). */
export function headerLink(page, name) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/**
 * Marks the document now shown, so `assertSameDocument` can tell a move in place from a page
 * load (a load starts a new document, which has no mark).
 */
export async function markDocument(page) {
  const mark = `doc-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((m) => {
    window.__betweenDocument = m;
  }, mark);
  return mark;
}

export async function isSameDocument(page, mark) {
  return page.evaluate((m) => window.__betweenDocument === m, mark).catch(() => false);
}

/**
 * Waits until `want` (an entry of PAGES) is the page shown: its address, `<html data-page>`,
 * window title and `<h1>`, and focus on that `<h1>` (moved there after a move in place).
 * `focus`: true (the `<h1>`), false (anywhere), or a selector for where a move that invites
 * typing puts it (e.g. '#entry-text').
 */
export async function waitForPageShown(page, want, { focus = true, timeout = 10_000 } = {}) {
  await page.waitForURL((url) => url.pathname === want.path, { waitUntil: 'commit', timeout });
  await waitForApp(page);
  const heading = page.locator('#app-main h1').filter({ hasText: want.heading });
  await heading.waitFor({ timeout });
  try {
    await page.waitForFunction(
      ({ slug, title, focus }) =>
        document.documentElement.dataset.page === slug &&
        document.title === title &&
        (!focus ||
          (typeof focus === 'string'
            ? document.activeElement?.matches(focus)
            : document.activeElement?.tagName === 'H1' && document.querySelector('#app-main')?.contains(document.activeElement))),
      { slug: want.slug, title: want.title, focus },
      { timeout, polling: 50 },
    );
  } catch (err) {
    const seen = await page.evaluate(() => ({
      path: location.pathname,
      dataPage: document.documentElement.dataset.page ?? null,
      title: document.title,
      focus: document.activeElement ? `${document.activeElement.tagName.toLowerCase()} "${(document.activeElement.textContent ?? '').trim().slice(0, 40)}"` : null,
    }));
    const where = typeof focus === 'string' ? `, focus on ${focus}` : focus ? ', focus on its <h1>' : '';
    throw new Error(`Expected ${want.path} (data-page=${want.slug}, title "${want.title}"${where}); saw ${JSON.stringify(seen)}`, { cause: err });
  }
}

/**
 * Runs `action` (a click on an in-app link) and waits until `want` is shown in place: same
 * document (no page load), right address, `data-page`, title and focus on the `<h1>` (or on
 * `focus`, see waitForPageShown).
 */
export async function moveInPlace(page, want, action, { focus = true } = {}) {
  const mark = await markDocument(page);
  await action();
  await waitForPageShown(page, want, { focus });
  if (!(await isSameDocument(page, mark))) {
    throw new Error(`Moving to ${want.path} loaded a new page; it should open in place`);
  }
}

/**
 * Moves through every page of the app in place, starting from any page, by the links a
 * person would use: the header, the composer's "How I feel", About's "Browse all prompts" and
 * "Make a homework link", and (with `homework`: accepted homework, so the journal shows its
 * panel) "Manage homework". Ends on the journal. `onEach(pageEntry)` runs on every page reached.
 * Returns the addresses visited, in order.
 */
export async function tourInPlace(page, { homework = false, onEach = async () => {} } = {}) {
  const visited = [];
  const step = async (want, action) => {
    await moveInPlace(page, want, action);
    visited.push(want.path);
    await onEach(want);
  };
  const header = (name) => () => headerLink(page, name).click();
  const inMain = (name) => () => page.locator('#app-main').getByRole('link', { name, exact: true }).click();

  await step(PAGES.journal, header('Journal'));
  await step(PAGES.checkIn, () => page.locator('section.composer .check-in-links').getByRole('link', { name: 'How I feel', exact: true }).click());
  await step(PAGES.goals, header('Goals'));
  await step(PAGES.summary, header('Summary'));
  await step(PAGES.backup, header('Backup'));
  await step(PAGES.about, header('About & privacy'));
  await step(PAGES.prompts, inMain('Browse all prompts'));
  await step(PAGES.about, header('About & privacy'));
  await step(PAGES.therapists, inMain('Make a homework link'));
  await step(PAGES.journal, header('Journal'));
  if (homework) {
    await step(PAGES.homework, () => page.locator('section.homework-panel').getByRole('link', { name: 'Manage homework' }).click());
    await step(PAGES.journal, header('Journal'));
  }
  return visited;
}
