// A second build of the app, made from dist/ without trunk, for update tests: a copy of
// dist/ with one visible change (a line of text under the page, from a rule appended to the
// main stylesheet), the page's integrity hash for that stylesheet brought up to date, and the
// service worker's precache list and version recomputed as scripts/post-build.mjs writes them.
// So the browser sees a new sw.js, installs the new files and can switch to them.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The text the second build shows under every page (as `body::after`). */
export const SECOND_BUILD_MARK = 'Between, second build';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// `{"url":"/x","sha256":"…"}` as JSON or as minified JavaScript (keys may lose their quotes).
const FILE_ENTRY = /\{\s*(["']?)url\1\s*:\s*"([^"]+)"\s*,\s*(["']?)sha256\3\s*:\s*"([0-9a-f]{64})"\s*\}/g;
const VERSION = /(["']?)version\1\s*:\s*"([0-9a-f]+)"/;

/**
 * Reads the precache list out of a built sw.js.
 * @returns {{ version: string, files: Array<{ url: string, sha256: string }> }}
 */
export function readPrecache(swText) {
  const version = VERSION.exec(swText)?.[2];
  const files = [...swText.matchAll(FILE_ENTRY)].map((m) => ({ url: m[2], sha256: m[4] }));
  if (!version || !files.length) throw new Error('sw.js holds no precache list ({ version, files: [{ url, sha256 }] })');
  return { version, files };
}

/** Every file under `root`, as URL paths ("/index.html", "/icons/icon-192.png"). */
export function listUrls(root, sub = '') {
  return readdirSync(path.join(root, sub), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(sub, entry.name);
    if (entry.isDirectory()) return listUrls(root, rel);
    return entry.isFile() ? ['/' + rel.split(path.sep).map(encodeURIComponent).join('/')] : [];
  });
}

const fileOf = (root, url) => path.join(root, ...decodeURIComponent(url).split('/').filter(Boolean));

/**
 * Copies `dist` to a temporary folder as a second build with a visible change.
 * `missing`: a listed URL to delete from the copy afterwards (the list still names it, as a
 * half-finished deploy would), or `true` for the largest icon.
 * @returns {{ root, mark, version, previousVersion, stylesheet, missing, files, remove: () => void }}
 */
export function makeSecondBuild(dist, { missing } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'between-second-build-'));
  cpSync(dist, root, { recursive: true });
  const swFile = path.join(root, 'sw.js');
  let sw = readFileSync(swFile, 'utf8');
  const before = readPrecache(sw);

  // The precache list is of this very dist/: every file but sw.js, with these bytes.
  const onDisk = listUrls(root).filter((u) => u !== '/sw.js').sort();
  const listed = before.files.map((f) => f.url).sort();
  if (JSON.stringify(onDisk) !== JSON.stringify(listed)) {
    throw new Error(`sw.js lists other files than dist/ holds:\n  listed: ${listed.join(' ')}\n  on disk: ${onDisk.join(' ')}`);
  }
  for (const f of before.files) {
    if (sha256(readFileSync(fileOf(root, f.url))) !== f.sha256) throw new Error(`sw.js has a stale hash for ${f.url}`);
  }

  // The visible change: one rule at the end of the main stylesheet.
  const indexFile = path.join(root, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  const stylesheet = before.files.map((f) => f.url).find((u) => /^\/main-[^/]*\.css$/.test(u) && html.includes(u));
  if (!stylesheet) throw new Error('no /main-*.css linked from index.html');
  const cssFile = fileOf(root, stylesheet);
  const oldCss = readFileSync(cssFile);
  const newCss = Buffer.concat([oldCss, Buffer.from(`\nbody::after{content:"${SECOND_BUILD_MARK}";display:block;text-align:center}\n`)]);
  writeFileSync(cssFile, newCss);
  // The page checks the stylesheet's integrity, if it names one.
  if (html.includes(sha384(oldCss))) html = html.split(sha384(oldCss)).join(sha384(newCss));
  else if (/integrity=/.test(html.slice(Math.max(0, html.indexOf(stylesheet) - 300), html.indexOf(stylesheet) + 300))) {
    throw new Error(`index.html has an integrity hash for ${stylesheet} that is not its sha384`);
  }
  writeFileSync(indexFile, html);

  // The new list and version, as scripts/post-build.mjs computes them (same order).
  const files = before.files.map((f) => ({ url: f.url, sha256: sha256(readFileSync(fileOf(root, f.url))) }));
  const version = sha256(JSON.stringify(files)).slice(0, 16);
  for (const [i, f] of files.entries()) {
    if (f.sha256 !== before.files[i].sha256) sw = sw.split(before.files[i].sha256).join(f.sha256);
  }
  sw = sw.split(`"${before.version}"`).join(`"${version}"`);
  writeFileSync(swFile, sw);
  const after = readPrecache(sw);
  if (after.version !== version || JSON.stringify(after.files) !== JSON.stringify(files)) {
    throw new Error('could not rewrite the precache list in sw.js');
  }

  let removed = null;
  if (missing) {
    removed =
      missing === true
        ? files.map((f) => f.url).filter((u) => u.startsWith('/icons/')).sort((a, b) => readFileSync(fileOf(root, b)).length - readFileSync(fileOf(root, a)).length)[0]
        : missing;
    if (!files.some((f) => f.url === removed)) throw new Error(`${removed} is not in the precache list`);
    rmSync(fileOf(root, removed));
  }

  return {
    root,
    mark: SECOND_BUILD_MARK,
    version,
    previousVersion: before.version,
    stylesheet,
    missing: removed,
    files,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
