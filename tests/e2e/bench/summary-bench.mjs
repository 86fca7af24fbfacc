// The summary at a year and more: main-thread time of each change of dates, each
// whole-section action and each single choice on /summary, with a generated journal of
// 5,000 entries over three years, in the release build in headless Chromium.
//
// node tests/e2e/bench/summary-bench.mjs [--dist DIR] [--runs N] [--quick] [--write FILE]
//   --quick   one run with 500 entries (the CI smoke run)
//   --write   replaces the "The summary at a year and more" section of FILE (BENCHMARKS.md)
//
// Each figure is the time from the action (a change event or a click dispatched in the page)
// to the next animation frame: everything the app does in answer runs before that frame.
// A benchmark, not a test: it never fails on a timing.
import { writeSection } from './bench-file.mjs';
import { storedJournal, withBuild, seededPage, median } from './bench-journal.mjs';

const SECTION = '## The summary at a year and more';
const SECTIONS = ['Concerns to raise', 'Small wins', 'Reflections', 'Check-ins', 'Therapy feedback'];

function parseArgs(argv) {
  const opts = { dist: 'dist', runs: 5, quick: false, write: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') opts.dist = argv[++i];
    else if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--quick') opts.quick = true;
    else if (argv[i] === '--write') opts.write = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (opts.quick) opts.runs = 1;
  return opts;
}

/** In the page: runs one action, resolves with the ms until the next animation frame. */
function timeAction({ what, arg }) {
  const dateBefore = (days) => {
    const d = new Date(Date.now() - days * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const section = (heading) =>
    [...document.querySelectorAll('section.consent-section')].find((s) => s.querySelector('h3')?.textContent === heading);
  let act;
  if (what === 'from') {
    const box = document.querySelector('#summary-from');
    act = () => {
      box.value = dateBefore(arg);
      box.dispatchEvent(new Event('change', { bubbles: true }));
    };
  } else if (what === 'section') {
    const [heading, label] = arg;
    const button = [...(section(heading)?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
    if (!button) return { error: `no "${label}" for ${heading}` };
    act = () => button.click();
  } else if (what === 'week') {
    const summary = section(arg)?.querySelector('details.consent-week > summary');
    if (!summary) return { error: `no week in ${arg}` };
    act = () => summary.click();
  } else if (what === 'one') {
    const radio = document.querySelector('details.consent-week[open] input[type=radio][value="1"]');
    if (!radio) return { error: 'no radio in an open week' };
    act = () => radio.click();
  } else if (what === 'print') {
    act = () => window.dispatchEvent(new Event('beforeprint'));
  } else if (what === 'more') {
    const button = document.querySelector('button.preview-more');
    if (!button || button.hidden) return { error: 'the preview was already whole' };
    act = () => button.click();
  }
  return new Promise((resolve) => {
    const start = performance.now();
    act();
    requestAnimationFrame(() =>
      resolve({
        ms: performance.now() - start,
        items: document.querySelectorAll('article.summary-sheet li.sheet-item').length,
        fieldsets: document.querySelectorAll('fieldset.consent-choice').length,
      }),
    );
  });
}

const STEPS = [
  ['Dates: from a year ago', 'from', 365],
  ['"Include all in full", each section, a year', 'section', SECTIONS.map((s) => [s, 'Include all in full'])],
  ['Open a week of small wins', 'week', 'Small wins'],
  ['One entry: topic only', 'one', null],
  ['Draw the next window of the preview', 'more', null],
  ['Print starts: the whole preview is drawn', 'print', null],
  ['"Leave all out", each section, a year', 'section', SECTIONS.map((s) => [s, 'Leave all out'])],
  ['Dates: every entry (three years)', 'from', 3 * 365 + 30],
  ['"Include all in full", each section, every entry', 'section', SECTIONS.map((s) => [s, 'Include all in full'])],
  ['Print starts: the whole preview is drawn, every entry', 'print', null],
  ['Dates: back to a fortnight', 'from', 13],
];

async function run(browser, baseUrl, pairs) {
  const { context, page } = await seededPage(browser, baseUrl, pairs, '/summary');
  try {
    await page.getByRole('heading', { level: 1, name: 'Session summary' }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const out = [];
    for (const [name, what, arg] of STEPS) {
      const args = Array.isArray(arg) && Array.isArray(arg[0]) ? arg : [arg];
      const samples = [];
      for (const one of args) {
        const r = await page.evaluate(timeAction, { what, arg: one });
        if (!r.error) samples.push(r);
        await page.waitForTimeout(150);
      }
      const last = samples.at(-1);
      out.push({ name, ms: samples.length ? Math.max(...samples.map((s) => s.ms)) : null, items: last?.items, fieldsets: last?.fieldsets });
    }
    return out;
  } finally {
    await context.close();
  }
}

function report(runs, entries, command) {
  const ms = (x) => (x == null ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const lines = [
    SECTION,
    '',
    `Command: \`${command}\` (after \`bash scripts/build.sh\`), ${runs.length} run(s), a generated journal of ${entries.toLocaleString('en-US')} entries over three years.`,
    'Each figure is the time from the action to the next animation frame; for the section actions it is the slowest of the five sections. Target: at most 100 ms for each.',
    '',
    '| action | median ms | min–max | preview items drawn | fieldsets drawn |',
    '|---|---:|---:|---:|---:|',
  ];
  STEPS.forEach(([name], i) => {
    const samples = runs.map((r) => r[i]);
    const values = samples.map((s) => s.ms).filter((x) => x != null);
    const range = values.length ? `${ms(Math.min(...values))}–${ms(Math.max(...values))}` : 'n/a';
    lines.push(`| ${name} | ${ms(median(values))} | ${range} | ${samples.at(-1)?.items ?? ''} | ${samples.at(-1)?.fieldsets ?? ''} |`);
  });
  return `${lines.join('\n')}\n`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const entries = opts.quick ? 500 : 5_000;
  const pairs = storedJournal(entries);
  await withBuild(opts.dist, async (browser, url) => {
    const runs = [];
    for (let i = 0; i < opts.runs; i++) {
      runs.push(await run(browser, url, pairs));
      console.error(`summary-bench run ${i + 1}: ${runs.at(-1).map((s) => Math.round(s.ms ?? -1)).join(' ')}`);
    }
    const command = process.env.BENCH_COMMAND ?? `node tests/e2e/bench/summary-bench.mjs${opts.quick ? ' --quick' : ''}`;
    const text = report(runs, entries, command);
    console.log(text);
    if (opts.write) writeSection(opts.write, SECTION, text);
  });
}

main().catch((err) => {
  console.error(`summary-bench: ${err.stack ?? err}`);
  process.exit(1);
});
