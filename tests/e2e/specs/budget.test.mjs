// Fast: the whole app stays small enough to open instantly on a slow phone connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../support/fixtures.mjs';
import { distSizes, firstLoads, formatTable } from '../support/sizes.mjs';

const BUDGET_KB = 200;

test(`every page's first load is under ${BUDGET_KB} KB brotli`, async () => {
  const sizes = await distSizes(distDir());
  assert.ok(sizes.files.some((f) => f.file.endsWith('.wasm')), 'dist/ holds the wasm');
  const loads = firstLoads(sizes);
  assert.ok(loads.some((l) => l.page === '/') && loads.some((l) => l.page === '/backup/'), JSON.stringify(loads));
  for (const load of loads) {
    const kb = load.brotli / 1024;
    assert.ok(kb < BUDGET_KB, `${load.page}: ${kb.toFixed(1)} KB brotli is over the ${BUDGET_KB} KB budget:\n${formatTable(sizes)}`);
  }
});

test('the print stylesheet is linked with media="print" and the screen one is not', () => {
  const html = readFileSync(path.join(distDir(), 'index.html'), 'utf8');
  // The release HTML is minified, so attribute quotes are optional.
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find(Boolean);
  const links = [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => attr(tag, 'rel') === 'stylesheet')
    .map((tag) => ({ href: attr(tag, 'href'), media: attr(tag, 'media') ?? null }));
  const print = links.filter((l) => /\/print[-.]/.test(l.href));
  assert.equal(print.length, 1, `one print stylesheet: ${JSON.stringify(links)}`);
  assert.equal(print[0].media, 'print');
  assert.ok(existsSync(path.join(distDir(), print[0].href)), `${print[0].href} is in dist/`);
  const screen = links.filter((l) => !print.includes(l));
  assert.ok(screen.length >= 1 && screen.every((l) => l.media === null || /^(all|screen)$/.test(l.media)), JSON.stringify(screen));
});
