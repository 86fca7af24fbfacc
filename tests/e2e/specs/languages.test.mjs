// Between in English and Spanish: the first open follows the browser's language, the header
// and About change it, the choice survives a reload, every page and the printed summary speak
// it (axe clean with lang="es"), the person's own words are never changed, and a homework
// link from a Spanish-speaking therapist opens for an English-speaking client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withApp, outputDir } from '../support/fixtures.mjs';
import { assertClean, waitForApp } from '../support/browser.mjs';
import { assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { openJournal, makeEntry, entryRecord } from '../support/journal-page.mjs';
import { PAGES } from '../support/pages.mjs';
import { localClock, pdfText, flat } from '../support/summary-page.mjs';
import { TherapistsPage } from '../support/homework-page.mjs';

const app = withApp();
const LANGUAGE_KEY = 'between.language';

/** Each page's `<h1>` in Spanish (the English ones are in PAGES). */
const SPANISH_HEADINGS = {
  journal: 'Tu diario',
  checkIn: 'Cómo estoy',
  summary: 'Resumen para la sesión',
  backup: 'Copias de seguridad y almacenamiento',
  about: 'Acerca de Between',
  prompts: /.+/,
  therapists: 'Para terapeutas',
  goals: 'Mis objetivos',
  homework: /.+/,
  notFound: /.+/,
};

async function htmlLang(page) {
  return page.evaluate(() => document.documentElement.lang);
}

test('the first open follows the browser: es-MX gets Spanish and Mexico’s number, and words are kept as typed', async () => {
  const { page, guards } = await openJournal(app, { locale: 'es-MX' });
  await page.goto(`${app.url}/`);
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Tu diario' }).waitFor();
  assert.equal(await htmlLang(page), 'es');
  assert.equal(await page.title(), 'Between · un diario privado entre sesiones de terapia');
  const note = page.locator('#crisis');
  await note.getByRole('heading', { name: 'Si necesitas ayuda ahora mismo' }).waitFor();
  assert.match(await note.innerText(), /México: 911/);
  assert.equal(await note.locator('a[href="tel:911"]').count() > 0, true, 'the number can be dialled');

  await page.locator('#entry-text').fill('Hoy dormí mejor. Café con Ana');
  await page.getByRole('button', { name: 'Guardar entrada' }).click();
  await page.locator('#entry-text').and(page.locator('[value=""], :not([value])')).first().waitFor();
  await page.getByText('Hoy dormí mejor. Café con Ana', { exact: true }).waitFor();
  // Nothing was chosen, so nothing about the language is stored: the browser still decides.
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), null);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Tu diario' }).waitFor();
  await assertNoSeriousA11yViolations(page, 'journal in Spanish');
  assertClean(guards);
});

test('switching to Spanish in the header: every page speaks it, a reload keeps it, and back to English', async () => {
  const { journal, page, guards } = await openJournal(app);
  await journal.goto();
  await journal.write('win', 'Walked to the park, slowly');
  assert.equal(await htmlLang(page), 'en');

  const picker = page.getByRole('combobox', { name: 'Language' });
  await picker.selectOption('es');
  await page.getByRole('heading', { level: 1, name: 'Tu diario' }).waitFor();
  assert.equal(await htmlLang(page), 'es');
  await page.waitForFunction(() => document.activeElement?.id === 'language-header');
  await page.getByRole('status').filter({ hasText: 'Between ahora está en Español.' }).waitFor();
  // The person's words are never translated.
  await page.getByText('Walked to the park, slowly', { exact: true }).waitFor();
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY)), { v: 1, lang: 'es' });

  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Tu diario' }).waitFor();
  assert.equal(await htmlLang(page), 'es');

  for (const [name, want] of Object.entries(PAGES)) {
    await page.goto(`${app.url}${want.path}`);
    await waitForApp(page);
    const heading = page.locator('#app-main h1').filter({ hasText: SPANISH_HEADINGS[name] });
    await heading.first().waitFor();
    assert.equal(await htmlLang(page), 'es', name);
    const title = await page.title();
    assert.notEqual(title, want.title, `${name}: the window title is in Spanish`);
    assert.match(title, /Between/, name);
    if (typeof SPANISH_HEADINGS[name] === 'string') {
      assert.notEqual(SPANISH_HEADINGS[name], want.heading, name);
    }
    const header = await page.locator('header.site-header').first().innerText();
    assert.ok(header.includes('Diario') && !header.includes('Journal'), `${name}: the header is in Spanish`);
    if (['summary', 'backup', 'prompts', 'therapists', 'about'].includes(name)) {
      await assertNoSeriousA11yViolations(page, `${name} in Spanish`);
    }
  }

  // About has the same choice, with its label.
  await page.goto(`${app.url}/about`);
  await waitForApp(page);
  await page.getByRole('combobox', { name: 'Idioma' }).last().selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'About Between' }).waitFor();
  assert.equal(await htmlLang(page), 'en');
  await page.waitForFunction(() => document.activeElement?.id === 'language-about');
  assertClean(guards);
});

test('the printed summary is in Spanish: headings, dates and page numbers', async () => {
  const clock = localClock();
  const { journal, page, guards } = await openJournal(app, { locale: 'es-ES', timezoneId: clock.timezoneId });
  const win = makeEntry({ id: 'es-win-1', kind: 'win', text: 'Fui a caminar con mi hermana', created_at: clock.at(-2, 0) });
  const summary = { v: 3, summary: { scope: { from: clock.date(-14), to: clock.date(0) }, consent: { 'es-win-1': 'full' } } };
  await journal.seed([entryRecord(win), ['between.summary', JSON.stringify(summary)]]);
  await page.goto(`${app.url}/summary`);
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Resumen para la sesión' }).waitFor();
  await page.getByText('Fui a caminar con mi hermana').first().waitFor();

  const file = path.join(outputDir(), 'summary-es.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  const text = flat(pdfText(file));
  assert.match(text, /Página 1 de \d+/, text);
  assert.ok(text.includes('Pequeños logros'), `the section heading is Spanish:\n${text}`);
  assert.ok(text.includes('Fui a caminar con mi hermana'), 'the entry is printed as written');
  assert.match(text, / de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/, 'dates in Spanish');
  assert.ok(text.includes('emergencias'), 'the crisis line is Spanish');
  for (const english of ['Small wins', 'Page 1 of', 'Session summary']) {
    assert.ok(!text.includes(english), `no "${english}" on the Spanish page`);
  }
  assertClean(guards);
});

test('a homework link made in Spanish opens for an English-speaking client, said to be in Spanish and shown as written', async () => {
  const therapist = await app.open({ locale: 'es-ES' });
  const page = therapist.page;
  await page.goto(`${app.url}/for-therapists`);
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Para terapeutas' }).waitFor();
  await page.locator('#compose-title').fill('Respirar antes de dormir');
  await page.locator('#compose-message').fill('Unos minutos cada noche, sin exigirte nada.');
  const link = await new TherapistsPage(page, app.url).link();
  assert.match(link, /\/homework#hw1\./);
  assertClean(therapist.guards);

  const client = await app.open();
  await client.page.goto(link);
  await waitForApp(client.page);
  await client.page.getByText('Your therapist wrote this in Spanish.').waitFor();
  await client.page.getByText('Respirar antes de dormir').first().waitFor();
  await client.page.getByText('Unos minutos cada noche, sin exigirte nada.').first().waitFor();
  assert.equal(await htmlLang(client.page), 'en');
  await client.page.getByRole('heading', { level: 1, name: PAGES.homework.heading }).waitFor();
  await assertNoSeriousA11yViolations(client.page, 'homework from a Spanish therapist');
  assertClean(client.guards);
});
