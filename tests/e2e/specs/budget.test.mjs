// Fast: the whole app, every file it needs offline, stays small enough to arrive quickly on a
// slow phone connection; the icons are counted apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../support/fixtures.mjs';
import { distSizes, appTotal, formatTable } from '../support/sizes.mjs';

// The target is 300 KB (the one-app issue); the app is at 367.0 KB today: 306.4 KB, then
// 6.8 KB for the dense stored form that lets years of entries fit, 0.7 KB for the room left,
// 1.7 KB for keeping words whose entry another tab deleted, 0.5 KB for a journal that keeps
// its order and opens sealed records together, 0.3 KB for unpacking most bytes in one look,
// 0.5 KB for search that sets accents aside, 0.2 KB less for text read without copying, and
// 5.4 KB for a summary that answers within 100 ms at years of entries (section choices kept
// as rules, a consent list grouped by week with counts and search, a preview drawn in windows), and 1.6 KB for opening a long journal newest first (what opens
// next is read in the background), 1.5 KB for freeing the kept-aside draft's space once a
// backup holds it, then session prep: 12.9 KB for the agenda, the homework review and the
// summary in a session's order, 20.5 KB for goals (the /goals page, links from entries, goals
// in the summary) and 8.6 KB for calendar reminders (session times, repeats and moves, the
// .ics writer and its panel): 367.0 KB; then 28.8 KB for English and Spanish (395.8 KB) and
// 41.2 KB for bringing entries in from Daylio and Day One and taking the journal out as
// Markdown and CSV: 437.0 KB; then 1.8 KB for taking another tab's changes in together and
// grouped counts: 438.8 KB.
// Until the target is met this ceiling keeps it from growing: a feature that adds bytes must
// find them.
const TARGET_KB = 300;
const BUDGET_KB = 440;

test(`the whole app without icons is at most ${BUDGET_KB} KB brotli`, async () => {
  const sizes = await distSizes(distDir());
  console.log(formatTable(sizes));
  const { total, icons, withoutIcons } = appTotal(sizes);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`Whole app: ${kb(total.brotli)} KB brotli in ${total.files} files`);
  console.log(`Icons (icons/ and the favicon): ${kb(icons.brotli)} KB brotli in ${icons.files} files`);
  console.log(`Whole app without icons: ${kb(withoutIcons.brotli)} KB brotli in ${withoutIcons.files} files (ceiling ${BUDGET_KB} KB, target ${TARGET_KB} KB)`);

  const names = sizes.files.map((f) => f.file.split(path.sep).join('/'));
  assert.equal(names.filter((f) => f.endsWith('.wasm')).length, 1, `dist/ holds one wasm: ${names.join(', ')}`);
  for (const file of ['index.html', 'sw.js', 'manifest.webmanifest']) assert.ok(names.includes(file), `dist/ holds ${file}`);
  assert.deepEqual(names.filter((f) => f.endsWith('index.html')), ['index.html'], 'one page for every path, no bundle folders');
  assert.ok(icons.files >= 1, 'the icons are counted apart');
  assert.ok(
    withoutIcons.brotli <= BUDGET_KB * 1024,
    `the whole app without icons is ${kb(withoutIcons.brotli)} KB brotli, over the ${BUDGET_KB} KB budget:\n${formatTable(sizes)}`,
  );
});

test('the print stylesheets are linked with media="print" and the screen ones are not', () => {
  const html = readFileSync(path.join(distDir(), 'index.html'), 'utf8');
  // The release HTML is minified, so attribute quotes are optional.
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find(Boolean);
  const links = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => attr(tag, 'rel') === 'stylesheet')
    .map((tag) => ({ href: attr(tag, 'href'), media: attr(tag, 'media') ?? null }));
  // Trunk names a file after its source plus a hash: /print-1a2b3c.css, /summary-print-4d5e6f.css.
  const isPrint = (l) => /(^|[/-])print-[0-9a-f]+\.css$/.test(l.href);
  const print = links.filter(isPrint);
  assert.ok(print.some((l) => /\/print-[0-9a-f]+\.css$/.test(l.href)), `the app's print stylesheet is linked: ${JSON.stringify(links)}`);
  for (const l of print) {
    assert.equal(l.media, 'print', `${l.href} is for print only`);
    assert.ok(existsSync(path.join(distDir(), l.href)), `${l.href} is in dist/`);
  }
  const screen = links.filter((l) => !isPrint(l));
  assert.ok(screen.length >= 1 && screen.every((l) => l.media === null || /^(all|screen)$/.test(l.media)), JSON.stringify(screen));
  // The release build joins the sheets (fewer files compress better): one for the screen, one
  // for print, and the print one still holds every page's print rules.
  assert.equal(screen.length, 1, `one screen stylesheet: ${JSON.stringify(screen)}`);
  assert.equal(print.length, 1, `one print stylesheet: ${JSON.stringify(print)}`);
  const printCss = readFileSync(path.join(distDir(), print[0].href), 'utf8');
  for (const page of ['summary', 'for-therapists']) {
    assert.ok(printCss.includes(`data-page=${page}`) || printCss.includes(`data-page="${page}"`), `the print sheet holds the ${page} page's rules`);
  }
});
