// What the app costs to download: raw, gzip -9 and brotli q11 size of every file in dist/,
// and the first load of each page: the journal is every file at the top of dist/, each other
// bundle every file in its folder (dist/summary/, ...). The budget applies to each first load.
// Usage: node support/sizes.mjs DIST_DIR [--budget-kb 200]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

async function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else if (entry.isFile()) out.push(path.relative(base, full));
  }
  return out.sort();
}

/**
 * @returns {Promise<{ files: Array<{ file, raw, gzip, brotli }>, total: { raw, gzip, brotli } }>}
 */
export async function distSizes(dir) {
  const files = [];
  for (const file of await listFiles(dir)) {
    const data = await readFile(path.join(dir, file));
    files.push({
      file,
      ...(file.endsWith('index.html') ? { html: data.toString('utf8') } : {}),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }).length,
    });
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { files, total };
}

/**
 * First loads: for each page (every index.html in dist/), the page itself plus every file it
 * references (scripts, the wasm, styles, icons), wherever that file lives. So
 * /for-therapists/, which loads the homework bundle's files, is weighed with them.
 */
export function firstLoads({ files }) {
  const byUrl = new Map(files.map((f) => ['/' + f.file.split(path.sep).join('/'), f]));
  const pages = [];
  for (const f of files.filter((f) => path.basename(f.file) === 'index.html')) {
    const html = f.html ?? '';
    const dir = path.dirname(f.file);
    const page = dir === '.' ? '/' : `/${dir.split(path.sep).join('/')}/`;
    const refs = new Set([...html.matchAll(/(?:href|src)=["']?([^"' >]+)|module_or_path:\s*'([^']+)'|from\s*'([^']+)'/g)]
      .map((m) => m[1] ?? m[2] ?? m[3])
      .filter((u) => u.startsWith('/') && byUrl.has(u)));
    const total = { page, raw: f.raw, gzip: f.gzip, brotli: f.brotli, files: 1 };
    for (const url of refs) {
      const ref = byUrl.get(url);
      for (const k of ['raw', 'gzip', 'brotli']) total[k] += ref[k];
      total.files += 1;
    }
    pages.push(total);
  }
  return pages.sort((a, b) => a.page.localeCompare(b.page));
}

/** Plain-text table, one row per file plus a total row. */
export function formatTable({ files, total }) {
  const rows = [['file', 'raw', 'gzip', 'brotli'], ...files.map((f) => [f.file, f.raw, f.gzip, f.brotli]), ['TOTAL', total.raw, total.gzip, total.brotli]];
  const cells = rows.map((r) => r.map((c, i) => (i === 0 ? String(c) : Number.isFinite(c) ? c.toLocaleString('en-US') : c)));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0]), rule, ...cells.slice(1, -1).map(line), rule, line(cells.at(-1))].join('\n');
}

async function main(argv) {
  let dir;
  let budgetKb;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--budget-kb') budgetKb = Number(argv[++i]);
    else if (!dir) dir = argv[i];
    else throw new Error(`unexpected argument: ${argv[i]}`);
  }
  if (!dir || (budgetKb !== undefined && !(budgetKb > 0))) {
    console.error('usage: node support/sizes.mjs DIST_DIR [--budget-kb N]');
    return 2;
  }
  const sizes = await distSizes(dir);
  console.log(formatTable(sizes));
  let over = false;
  for (const load of firstLoads(sizes)) {
    const kb = load.brotli / 1024;
    const verdict = budgetKb === undefined ? '' : kb > budgetKb ? ` OVER the ${budgetKb} KB budget` : ` (budget ${budgetKb} KB)`;
    console.log(`First load of ${load.page}: ${kb.toFixed(1)} KB brotli in ${load.files} files${verdict}`);
    over ||= budgetKb !== undefined && kb > budgetKb;
  }
  return over ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    return 2;
  });
}
