// Trunk post-build hook (runs with TRUNK_STAGING_DIR set by trunk):
// 1. in release builds, minifies the wasm-bindgen JavaScript with terser (trunk 0.21 leaves it
//    as is; about 1.7 KB brotli of the first-load budget) and updates its integrity hash;
//    In release builds it also joins the stylesheets into one screen and one print file (seven
//    small files compress about 1.2 KB worse than two), each named after its new content;
// 2. fills in the strict Content-Security-Policy placeholder; trunk's inline loader script is allowed by its
//    sha256 hash rather than by 'unsafe-inline';
// 3. writes the service worker's precache list (every built file but sw.js, with its SHA-256) and
//    version into sw.js, last, so the hashes are of the final bytes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexFile = path.join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');

const release = process.env.TRUNK_PROFILE === 'release';
const tools = process.env.BETWEEN_TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'between-tools');
const terser = () => createRequire(path.join(tools, 'node_modules', 'x.js'))('terser');

if (release) {
  const { minify } = terser();
  // sw.js is left for step 3: its list does not exist yet.
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
    const file = path.join(dir, name);
    const source = readFileSync(file);
    const result = await minify(source.toString('utf8'), { module: true, compress: true, mangle: true });
    writeFileSync(file, result.code);
    // The page preloads this file with an integrity hash: keep it true to the new bytes.
    html = html.split(sha384(source)).join(sha384(Buffer.from(result.code, 'utf8')));
    console.log(`post-build: minified ${name} (${source.length} -> ${result.code.length} bytes)`);
  }
}

if (release) {
  html = joinStylesheets(html, 'main', (tag) => !/\bmedia=/.test(tag));
  html = joinStylesheets(html, 'print', (tag) => /\bmedia="?print\b/.test(tag));
}

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// index.html holds a placeholder meta tag before any script; the minifier may drop its quotes.
const placeholder = /content=("?)__CSP__\1/;
if (!placeholder.test(html)) {
  throw new Error('index.html has no Content-Security-Policy placeholder (content="__CSP__")');
}
html = html.replace(placeholder, `content="${policy}"`);
writeFileSync(indexFile, html);
console.log(`post-build: CSP with ${hashes.length} inline script hash(es)`);

// 3. Service worker precache list. The worker installs only if every listed file fetches with
// exactly these bytes, and its cache name changes with the version, so any changed file
// makes a new version.
const swFile = path.join(dir, 'sw.js');
const swPlaceholder = '__BETWEEN_PRECACHE__';
if (!existsSync(swFile)) throw new Error(`${swFile} is missing (index.html should copy assets/sw.js)`);
let sw = readFileSync(swFile, 'utf8');
if (sw.split(swPlaceholder).length !== 2) {
  throw new Error(`${swFile} must contain the placeholder ${swPlaceholder} exactly once`);
}
const files = listFiles(dir)
  .filter((rel) => rel !== 'sw.js')
  .sort()
  .map((rel) => ({
    url: '/' + rel.split(path.sep).map(encodeURIComponent).join('/'),
    sha256: createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex'),
  }));
if (!files.some((file) => file.url === '/index.html')) throw new Error('the service worker needs /index.html');
const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
sw = sw.replace(swPlaceholder, () => JSON.stringify({ version, files }));
if (release) {
  sw = (await terser().minify(sw, { compress: true, mangle: true })).code;
}
writeFileSync(swFile, sw);
console.log(`post-build: service worker precaches ${files.length} files (version ${version})`);

// Joins the stylesheets whose link tags pass `chosen`, in page order, into `<name>-<hash>.css`:
// the first link points at the joined file, the others go, and so do their files.
function joinStylesheets(page, name, chosen) {
  const links = [...page.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)]
    .map(([tag]) => tag)
    .filter(chosen);
  if (links.length < 2) return page;
  const hrefOf = (tag) => /\bhref="?([^" >]+)/.exec(tag)[1];
  const files = links.map((tag) => path.join(dir, hrefOf(tag).replace(/^\//, '')));
  const css = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  const joined = `${name}-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  for (const file of files) rmSync(file);
  writeFileSync(path.join(dir, joined), css);
  const media = / media="?print"?/.test(links[0]) ? ' media=print' : '';
  const tag = `<link href=/${joined} integrity=${sha384(Buffer.from(css, 'utf8'))}${media} rel=stylesheet>`;
  page = page.replace(links[0], tag);
  for (const other of links.slice(1)) page = page.replace(other, '');
  console.log(`post-build: joined ${links.length} stylesheets into ${joined}`);
  return page;
}

// Paths of all files under root, relative to it, recursively.
function listFiles(root, sub = '') {
  return readdirSync(path.join(root, sub), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(sub, entry.name);
    return entry.isDirectory() ? listFiles(root, rel) : entry.isFile() ? [rel] : [];
  });
}

function sha384(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
