// Self-test of the e2e support code against a tiny fake app (no Rust build needed).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withApp } from '../support/fixtures.mjs';
import { assertClean, waitForApp } from '../support/browser.mjs';
import { runAxe, assertNoSeriousA11yViolations } from '../support/axe.mjs';
import { distSizes, appTotal } from '../support/sizes.mjs';
import { makeSecondBuild, readPrecache, SECOND_BUILD_MARK } from '../support/second-build.mjs';

// A 1x1 transparent PNG.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const INDEX = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake app</title></head>
<body><main id="app-main"><h1>Fake app</h1><img src="/pixel.png" alt="A pixel"></main>
<script>
  window.outsideFetch = fetch('http://example.invalid/x').then(() => 'loaded', () => 'blocked');
</script></body></html>`;

// Parent holds a file outside the served root, to prove traversal is refused.
const parent = mkdtempSync(path.join(tmpdir(), 'between-e2e-'));
const root = path.join(parent, 'dist');
mkdirSync(root);
writeFileSync(path.join(parent, 'secret.txt'), 'outside the root');
writeFileSync(path.join(root, 'index.html'), INDEX);
writeFileSync(path.join(root, 'pixel.png'), PIXEL);
writeFileSync(path.join(root, 'x.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
writeFileSync(path.join(root, 'blank.html'), '<!doctype html><title>blank</title><body></body>');
writeFileSync(
  path.join(root, 'throws.html'),
  '<!doctype html><title>t</title><main id="app-main"></main><script>throw new Error("boom")</script>',
);
writeFileSync(path.join(root, 'no-alt.html'), '<!doctype html><html lang="en"><title>t</title><main id="app-main"><img src="/pixel.png"></main></html>');

// A well-behaved page: same-origin script that streams and compiles the wasm file.
writeFileSync(
  path.join(root, 'clean.html'),
  '<!doctype html><html lang="en"><title>clean</title><main id="app-main"><img src="/pixel.png" alt="A pixel"></main><script src="/app.js"></script></html>',
);
writeFileSync(
  path.join(root, 'app.js'),
  "WebAssembly.instantiateStreaming(fetch('/x.wasm')).then(() => { document.title = 'wasm ok'; });",
);

// Same strict policy the app will ship: no inline script allowed.
writeFileSync(
  path.join(root, 'csp.html'),
  `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
<title>CSP</title></head><body><main id="app-main"><h1>Strict</h1></main><script>document.title = 'ran'</script></body></html>`,
);

// A page whose service worker asks an outside address for something: the guards cover
// service workers too (the app's own worker only ever fetches its own files).
writeFileSync(
  path.join(root, 'sw-page.html'),
  '<!doctype html><html lang="en"><title>sw</title><main id="app-main"><h1>SW</h1></main><script src="/sw-page.js"></script></html>',
);
writeFileSync(path.join(root, 'sw-page.js'), "navigator.serviceWorker.register('/sw-outside.js');");
writeFileSync(
  path.join(root, 'sw-outside.js'),
  "self.addEventListener('install', (e) => e.waitUntil(fetch('http://example.invalid/from-worker').then(() => 'loaded', () => 'blocked')));\n" +
    "self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));",
);

const app = withApp({ root });
after(() => rmSync(parent, { recursive: true, force: true }));

// Raw GET that sends the path verbatim (fetch() would normalise "..").
function rawGet(url, rawPath) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('deep links without an extension get index.html (single-page-app fallback)', async () => {
  const res = await fetch(`${app.url}/some/deep/link`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.match(await res.text(), /<main id="app-main">/);
});

test('a missing asset with an extension is a 404, not index.html', async () => {
  const res = await fetch(`${app.url}/missing.js`);
  assert.equal(res.status, 404);
});

test('wasm is served as application/wasm and never cached', async () => {
  const res = await fetch(`${app.url}/x.wasm`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/wasm');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.equal((await res.arrayBuffer()).byteLength, 8);
});

test('paths that climb out of the root never reach files outside it', async () => {
  for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a/../../secret.txt']) {
    const res = await rawGet(app.url, p);
    assert.doesNotMatch(res.body, /outside the root/, p);
  }
});

test('a request to an outside address is aborted and makes assertClean fail', async () => {
  const { page, guards } = await app.open();
  await page.goto(`${app.url}/`);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.outsideFetch), 'blocked');
  assert.deepEqual(guards.outside, ['http://example.invalid/x']);
  // Same-origin files load and are recorded, but are not violations.
  assert.ok(guards.requests.includes(`${app.url}/pixel.png`));
  assert.equal(await page.evaluate(() => document.querySelector('img').naturalWidth), 1);
  assert.throws(() => assertClean(guards), /outside origins[\s\S]*example\.invalid/);
});

test('a same-origin page that streams its wasm passes assertClean', async () => {
  const { page, guards } = await app.open();
  await page.goto(`${app.url}/clean.html`);
  await waitForApp(page);
  await page.waitForFunction(() => document.title === 'wasm ok');
  assert.ok(guards.requests.includes(`${app.url}/x.wasm`));
  assertClean(guards);
});

test('an uncaught exception in the page makes assertClean fail', async () => {
  const { page, guards } = await app.open();
  await page.goto(`${app.url}/throws.html`);
  await waitForApp(page);
  await page.waitForTimeout(100); // let the pageerror event arrive
  assert.throws(() => assertClean(guards), /Page errors[\s\S]*boom/);
});

test('waitForApp explains a blank page instead of timing out silently', async () => {
  const { page } = await app.open();
  await page.goto(`${app.url}/blank.html`);
  await assert.rejects(waitForApp(page, { timeout: 500 }), /did not render <main id="app-main">[\s\S]*wasm/);
});

test('a CSP violation is caught, and axe still runs under a strict CSP', async () => {
  const { page, guards } = await app.open();
  await page.goto(`${app.url}/csp.html`);
  await waitForApp(page);
  assert.equal(await page.title(), 'CSP'); // the inline script was refused
  assert.ok(Array.isArray(await runAxe(page)));
  assert.throws(() => assertClean(guards), /Content-Security-Policy violations:\n.*script-src 'self'/);
});

test('runAxe returns a list of violations and passes a clean page', async () => {
  const { page } = await app.open({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(`${app.url}/`);
  await waitForApp(page);
  const violations = await runAxe(page);
  assert.ok(Array.isArray(violations));
  await assertNoSeriousA11yViolations(page, 'fake app');
});

test('an image without alt text is reported as a serious accessibility problem', async () => {
  const { page } = await app.open();
  await page.goto(`${app.url}/no-alt.html`);
  await assert.rejects(assertNoSeriousA11yViolations(page, 'no-alt'), /image-alt/);
});

test('distSizes reports raw, gzip and brotli sizes with totals', async () => {
  const { files, total } = await distSizes(root);
  const wasm = files.find((f) => f.file === 'x.wasm');
  assert.equal(wasm.raw, 8);
  assert.ok(wasm.gzip > 0 && wasm.brotli > 0);
  assert.equal(total.raw, files.reduce((n, f) => n + f.raw, 0));
  // The app's total: every file, and without the icons (here: none under icons/, no favicon).
  const whole = appTotal({ files });
  assert.equal(whole.total.brotli, total.brotli);
  assert.equal(whole.total.files, files.length);
  assert.deepEqual(whole.withoutIcons, whole.total);
  assert.equal(whole.icons.files, 0);
});

test('appTotal counts icons/ and the favicon apart', () => {
  const f = (file, n) => ({ file, raw: n, gzip: n, brotli: n });
  const files = [f('index.html', 10), f(path.join('icons', 'icon-192.png'), 100), f('favicon-0a1b.svg', 5), f('app_bg.wasm', 1000)];
  const { total, icons, withoutIcons } = appTotal({ files });
  assert.deepEqual(total, { raw: 1115, gzip: 1115, brotli: 1115, files: 4 });
  assert.deepEqual(icons, { raw: 105, gzip: 105, brotli: 105, files: 2 });
  assert.deepEqual(withoutIcons, { raw: 1010, gzip: 1010, brotli: 1010, files: 2 });
});

test("a service worker's request to an outside address is aborted and makes assertClean fail", async () => {
  const { page, guards } = await app.open();
  await page.goto(`${app.url}/sw-page.html`);
  await waitForApp(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, { timeout: 10_000 });
  assert.ok(guards.requests.includes('http://example.invalid/from-worker'), JSON.stringify(guards.requests));
  assert.deepEqual(guards.outside, ['http://example.invalid/from-worker']);
  assert.throws(() => assertClean(guards), /outside origins[\s\S]*from-worker/);
});

test('makeSecondBuild copies a build with one visible change and a service worker list to match', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'between-e2e-dist-'));
  after(() => rmSync(dist, { recursive: true, force: true }));
  const css = Buffer.from('body{color:black}');
  const sha384 = (b) => `sha384-${createHash('sha384').update(b).digest('base64')}`;
  const sha256 = (b) => createHash('sha256').update(b).digest('hex');
  mkdirSync(path.join(dist, 'icons'));
  writeFileSync(path.join(dist, 'main-0123abcd.css'), css);
  writeFileSync(path.join(dist, 'icons', 'icon-512.png'), PIXEL);
  writeFileSync(path.join(dist, 'index.html'), `<link rel=stylesheet href=/main-0123abcd.css integrity=${sha384(css)}>`);
  const list = (root) =>
    ['/icons/icon-512.png', '/index.html', '/main-0123abcd.css'].map((url) => ({ url, sha256: sha256(readFileSync(path.join(root, url))) }));
  const files = list(dist);
  const version = sha256(JSON.stringify(files)).slice(0, 16);
  // As terser leaves it: the keys lose their quotes.
  writeFileSync(path.join(dist, 'sw.js'), `const e={version:"${version}",files:[${files.map((f) => `{url:"${f.url}",sha256:"${f.sha256}"}`).join(',')}]};`);

  const second = makeSecondBuild(dist);
  try {
    assert.notEqual(second.version, version);
    assert.deepEqual(readPrecache(readFileSync(path.join(second.root, 'sw.js'), 'utf8')), { version: second.version, files: list(second.root) });
    assert.equal(second.version, sha256(JSON.stringify(list(second.root))).slice(0, 16));
    const newCss = readFileSync(path.join(second.root, 'main-0123abcd.css'));
    assert.ok(newCss.toString().includes(SECOND_BUILD_MARK));
    assert.ok(readFileSync(path.join(second.root, 'index.html'), 'utf8').includes(sha384(newCss)), 'the integrity hash follows the stylesheet');
    assert.equal(readFileSync(path.join(dist, 'main-0123abcd.css'), 'utf8'), 'body{color:black}', 'dist/ itself is untouched');
  } finally {
    second.remove();
  }
  const half = makeSecondBuild(dist, { missing: true });
  try {
    assert.equal(half.missing, '/icons/icon-512.png');
    assert.ok(!existsSync(path.join(half.root, 'icons', 'icon-512.png')));
    assert.ok(readPrecache(readFileSync(path.join(half.root, 'sw.js'), 'utf8')).files.some((f) => f.url === half.missing), 'still listed');
  } finally {
    half.remove();
  }
});
