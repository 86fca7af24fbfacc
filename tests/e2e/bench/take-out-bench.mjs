// Taking a long journal out: for each export on /backup (the Markdown zip, one long Markdown
// file, the CSV), the time from the click to the file being handed to the browser, and the
// longest task on the main thread meanwhile (how long the page cannot answer), with a
// generated journal of 10,000 entries, in the release build in headless Chromium.
//
// node tests/e2e/bench/take-out-bench.mjs [--dist DIR] [--entries N] [--runs N] [--quick] [--write FILE]
//   --quick   one run with 500 entries
//   --write   replaces the "Taking a long journal out" section of FILE (BENCHMARKS.md)
//
// A benchmark, not a test: it never fails on a timing.
import { writeSection } from './bench-file.mjs';
import { storedJournal, withBuild, seededPage, median } from './bench-journal.mjs';

const SECTION = '## Taking a long journal out';
const FORMATS = [
  ['Markdown zip, one file per entry', 'Download Markdown files (one per entry, in a zip)'],
  ['One long Markdown file', 'Download one Markdown file'],
  ['CSV', 'Download a CSV file'],
];

function parseArgs(argv) {
  const opts = { dist: 'dist', entries: 10_000, runs: 3, write: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') opts.dist = argv[++i];
    else if (argv[i] === '--entries') opts.entries = Number(argv[++i]);
    else if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--quick') Object.assign(opts, { entries: 500, runs: 1 });
    else if (argv[i] === '--write') opts.write = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return opts;
}

/** In the page: clicks the button, resolves when the file's object URL is made. */
function timeExport(label) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!button) return { error: `no button "${label}"` };
  return new Promise((resolve) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const task of list.getEntries()) longest = Math.max(longest, task.duration);
    });
    observer.observe({ type: 'longtask' });
    const make = URL.createObjectURL;
    let start;
    URL.createObjectURL = (blob) => {
      const ms = performance.now() - start;
      URL.createObjectURL = make;
      // Long tasks are reported after they end: wait a frame and a task for the last one.
      requestAnimationFrame(() =>
        setTimeout(() => {
          observer.disconnect();
          resolve({ ms, longest, bytes: blob.size });
        }, 50),
      );
      return make.call(URL, blob);
    };
    start = performance.now();
    button.click();
  });
}

async function run(browser, baseUrl, pairs) {
  const { context, page } = await seededPage(browser, baseUrl, pairs, '/backup', { acceptDownloads: true });
  try {
    await page.getByRole('heading', { level: 2, name: 'Open your journal in another app' }).waitFor({ timeout: 30_000 });
    // The first export waits for the rest of the journal to be read; time the ones after.
    const warm = await page.evaluate(timeExport, FORMATS[2][1]);
    if (warm.error) throw new Error(warm.error);
    await page.waitForTimeout(300);
    const out = [];
    for (const [, label] of FORMATS) {
      const r = await page.evaluate(timeExport, label);
      if (r.error) throw new Error(r.error);
      out.push(r);
      await page.waitForTimeout(300);
    }
    return out;
  } finally {
    await context.close();
  }
}

function report(runs, entries, command) {
  const ms = (x) => x.toFixed(0);
  const lines = [
    SECTION,
    '',
    `Command: \`${command}\` (after \`bash scripts/build.sh\`), ${runs.length} run(s), a generated journal of ${entries.toLocaleString('en-US')} entries over three years, every entry exported.`,
    'Time: from the click to the file handed to the browser (one animation frame of it lets "Making your file…" show). Longest task: the longest the page could not answer meanwhile.',
    '',
    '| export | median ms | min–max | longest task ms (median) | file size |',
    '|---|---:|---:|---:|---:|',
  ];
  FORMATS.forEach(([name], i) => {
    const samples = runs.map((r) => r[i]);
    const values = samples.map((s) => s.ms);
    const size = `${(samples[0].bytes / 1_048_576).toFixed(1)} MB`;
    lines.push(`| ${name} | ${ms(median(values))} | ${ms(Math.min(...values))}–${ms(Math.max(...values))} | ${ms(median(samples.map((s) => s.longest)))} | ${size} |`);
  });
  return `${lines.join('\n')}\n`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const pairs = storedJournal(opts.entries);
  await withBuild(opts.dist, async (browser, url) => {
    const runs = [];
    for (let i = 0; i < opts.runs; i++) {
      runs.push(await run(browser, url, pairs));
      console.error(`take-out-bench run ${i + 1}: ${runs.at(-1).map((s) => `${Math.round(s.ms)}/${Math.round(s.longest)}`).join(' ')}`);
    }
    const command = process.env.BENCH_COMMAND ?? 'node tests/e2e/bench/take-out-bench.mjs';
    const text = report(runs, opts.entries, command);
    console.log(text);
    if (opts.write) writeSection(opts.write, SECTION, text);
  });
}

main().catch((err) => {
  console.error(`take-out-bench: ${err.stack ?? err}`);
  process.exit(1);
});
