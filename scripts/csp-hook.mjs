// Trunk post-build hook: adds a strict Content-Security-Policy to the built index.html.
// Trunk's loader is an inline module script, so it is allowed by its sha256 hash rather
// than by 'unsafe-inline'. Runs with TRUNK_STAGING_DIR set by trunk.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const file = path.join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const html = readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);

export const policy = [
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

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
if (html.includes('http-equiv="Content-Security-Policy"')) {
  throw new Error('index.html already has a Content-Security-Policy');
}
// The policy must come before any script, so it goes right after <head>.
writeFileSync(file, html.replace(/<head>/i, `<head>${meta}`));
console.log(`csp-hook: ${hashes.length} inline script(s) allowed by hash`);
