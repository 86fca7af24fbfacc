// axe-core accessibility checks, injected in a way the app's strict CSP cannot block.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  axeSource ??= await readFile(AXE_PATH, 'utf8');
  try {
    // Evaluated through the DevTools protocol: not subject to the page's CSP.
    await page.evaluate(axeSource);
  } catch {
    // Fallback for odd pages; an inline <script> needs a CSP that allows it.
    await page.addScriptTag({ content: axeSource });
  }
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    throw new Error('axe-core could not be injected into the page');
  }
}

/**
 * Run axe on the whole document.
 * @returns {Promise<Array<{ id, impact, help, helpUrl, nodes: Array<{ target, html, failureSummary }> }>>}
 */
export async function runAxe(page, { tags = AXE_TAGS } = {}) {
  await injectAxe(page);
  return page.evaluate(async (runOnly) => {
    const result = await window.axe.run(document, { runOnly });
    // Only plain data crosses back to Node.
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, tags);
}

/** Fail on 'serious' or 'critical' violations, listing where they are. */
export async function assertNoSeriousA11yViolations(page, label = page.url()) {
  const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (!serious.length) return;
  const lines = serious.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `  - [${v.impact}] ${v.id}: ${v.help}\n      at ${targets}${more}\n      ${v.helpUrl}`;
  });
  throw new Error(`Accessibility violations in ${label}:\n${lines.join('\n')}`);
}
