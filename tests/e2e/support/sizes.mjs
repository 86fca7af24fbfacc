// What the app costs to download: raw, gzip -9 and brotli q11 size of every file in dist/,
// and the whole app's total. The app is one bundle that the service worker keeps offline, so
// every file counts; the icons (icons/ and the favicon) are counted apart, and the budget
// applies to the whole app without them.
// Usage: node support/sizes.mjs DIST_DIR [--budget-kb 300]
//   prints the table and the totals; with --budget-kb N, exits 1 if the whole app without
//   icons is over N KB (1 KB = 1024 bytes) brotli, 0 otherwise, 2 on bad arguments.
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

/** Icons: every file under icons/ and the favicon. They are weighed apart from the app. */
export function isIcon(file) {
  return file.split(path.sep)[0] === 'icons' || /favicon/i.test(path.basename(file));
}

/**
 * The whole app: every file in dist/ (all of them are needed offline: the service worker
 * precaches each one), the icons alone, and the total without the icons (the budget's measure).
 * @returns {{ total, icons, withoutIcons }} each `{ raw, gzip, brotli, files }`
 */
export function appTotal({ files }) {
  const sum = (list) => {
    const out = { raw: 0, gzip: 0, brotli: 0, files: list.length };
    for (const f of list) for (const k of ['raw', 'gzip', 'brotli']) out[k] += f[k];
    return out;
  };
  return {
    total: sum(files),
    icons: sum(files.filter((f) => isIcon(f.file))),
    withoutIcons: sum(files.filter((f) => !isIcon(f.file))),
  };
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
  const { total, icons, withoutIcons } = appTotal(sizes);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`Whole app: ${kb(total.brotli)} KB brotli in ${total.files} files`);
  console.log(`Icons (icons/ and the favicon): ${kb(icons.brotli)} KB brotli in ${icons.files} files`);
  const over = budgetKb !== undefined && withoutIcons.brotli / 1024 > budgetKb;
  const verdict = budgetKb === undefined ? '' : over ? ` OVER the ${budgetKb} KB budget` : ` (budget ${budgetKb} KB)`;
  console.log(`Whole app without icons: ${kb(withoutIcons.brotli)} KB brotli in ${withoutIcons.files} files${verdict}`);
  return over ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    return 2;
  });
}
