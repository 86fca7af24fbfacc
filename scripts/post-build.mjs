// Trunk post-build hook (runs with TRUNK_STAGING_DIR set by trunk):
// 1. in release builds, minifies the wasm-bindgen JavaScript with terser (trunk 0.21 leaves it
//    as is; about 1.7 KB brotli of the first-load budget) and updates its integrity hash;
// 2. fills in the strict Content-Security-Policy placeholder; trunk's inline loader script is allowed by its
//    sha256 hash rather than by 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexFile = path.join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');

if (process.env.TRUNK_PROFILE === 'release') {
  const tools = process.env.BETWEEN_TOOLS_DIR ?? path.join(os.homedir(), '.cache', 'between-tools');
  const { minify } = createRequire(path.join(tools, 'node_modules', 'x.js'))('terser');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const file = path.join(dir, name);
    const source = readFileSync(file);
    const result = await minify(source.toString('utf8'), { module: true, compress: true, mangle: true });
    writeFileSync(file, result.code);
    // The page preloads this file with an integrity hash: keep it true to the new bytes.
    html = html.split(sha384(source)).join(sha384(Buffer.from(result.code, 'utf8')));
    console.log(`post-build: minified ${name} (${source.length} -> ${result.code.length} bytes)`);
  }
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

function sha384(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
