// node:test wiring: one server + one browser per test file, a fresh context per test.
import { before, after, afterEach } from 'node:test';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, DEFAULT_ROOT } from './server.mjs';
import { launchBrowser, openApp } from './browser.mjs';

const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** tests/e2e/output, for screenshots and PDFs (gitignored). */
export function outputDir() {
  const dir = path.join(E2E_DIR, 'output');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The built app: $BETWEEN_DIST or the repository's dist/. */
export function distDir() {
  return path.resolve(process.env.BETWEEN_DIST ?? DEFAULT_ROOT);
}

/**
 * Call at the top level of a test file. Returns a handle filled in by `before`:
 *   const app = withApp();
 *   test('...', async () => { const { page, guards } = await app.open(); await page.goto(app.url); });
 */
export function withApp({ root = distDir() } = {}) {
  const app = {
    url: '',
    browser: null,
    /** Fresh context + guarded page; closed after the test. */
    async open(options) {
      const opened = await openApp(app.browser, app.url, options);
      contexts.push(opened.context);
      return opened;
    },
  };
  const contexts = [];
  let server;

  before(async () => {
    if (!existsSync(path.join(root, 'index.html'))) {
      throw new Error(`No index.html in ${root}. Build the app first (trunk build --release --offline).`);
    }
    server = await startServer({ root });
    app.url = server.url;
    app.browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });
  after(async () => {
    await app.browser?.close();
    await server?.close();
  });
  return app;
}
