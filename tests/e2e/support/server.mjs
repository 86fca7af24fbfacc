// Tiny static server for the built app (dist/), with single-page-app fallback.
// Dependency-free so the tests need nothing but Node and Chromium.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository's dist/ directory (what `trunk build` writes). */
export const DEFAULT_ROOT = path.resolve(here, '../../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  // No charset: Chromium's streaming wasm compile wants exactly application/wasm.
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Content type for a file name (exported for tests). */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(p) {
  try {
    const s = await stat(p);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

// Map a URL path to a file under root, or null. Never escapes root.
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed %-escape
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;

  const direct = await fileAt(full);
  if (direct) return { file: full, size: direct.size };
  const index = path.join(full, 'index.html');
  const dirIndex = await fileAt(index);
  if (dirIndex) return { file: index, size: dirIndex.size };
  // SPA fallback: every page address (no extension) gets the one app page, which routes
  // itself; missing assets stay 404. Any static host must do the same.
  if (path.posix.extname(decoded) === '') {
    const spa = path.join(root, 'index.html');
    const s = await fileAt(spa);
    if (s) return { file: spa, size: s.size };
  }
  return null;
}

/**
 * Serve `root` on 127.0.0.1. Port 0 (default) picks a free port.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root = DEFAULT_ROOT, port = 0 } = {}) {
  const absRoot = path.resolve(root);
  const server = createServer(async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = (req.url ?? '/').split(/[?#]/, 1)[0];
    const hit = await resolveFile(absRoot, urlPath);
    if (!hit) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': contentType(hit.file), 'Content-Length': hit.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(hit.file).on('error', () => res.destroy()).pipe(res);
  });
  // Keep-alive sockets from Chromium would otherwise hold close() open.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = server.address().port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') out.root = argv[++i];
    else if (argv[i] === '--port') out.port = Number(argv[++i]);
    else throw new Error(`unknown argument: ${argv[i]} (use --root DIR --port N)`);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { root = DEFAULT_ROOT, port = 0 } = parseArgs(process.argv.slice(2));
  const { url } = await startServer({ root, port });
  console.log(url);
  console.error(`serving ${path.resolve(root)} (Ctrl+C to stop)`);
}
