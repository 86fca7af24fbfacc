// Between's service worker: keeps the app's own files on this device so it opens offline.
//
// It never sees the journal. Entries live in localStorage, which service workers cannot
// reach, and this worker only ever caches, reads or sends the build's own files listed below.
'use strict';

// scripts/post-build.mjs replaces the placeholder below with this build's file list
// ({ version, files: [{ url, sha256 }] }, every file of dist/ but this one). Until then
// this line throws, so an unprocessed worker can never install.
const BUILD = __BETWEEN_PRECACHE__;
const CACHE = `between-${BUILD.version}`;
const PRECACHED = new Set(BUILD.files.map((file) => file.url));

// Install only a complete, matching copy of this build: a missing file or one whose bytes
// differ (a half-finished deploy, a stale proxy) throws, the install fails and the version
// already installed keeps working. Nothing is cached until every file has passed.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const verified = await Promise.all(
        BUILD.files.map(async ({ url, sha256 }) => {
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          const bytes = await response.arrayBuffer();
          const digest = hex(await crypto.subtle.digest('SHA-256', bytes));
          if (digest !== sha256) throw new Error(`${url}: not the file of this build`);
          // A fresh response: it drops redirect and encoding details a page load would trip on.
          const type = response.headers.get('content-type');
          return [url, new Response(bytes, { headers: type ? { 'content-type': type } : {} })];
        }),
      );
      const cache = await caches.open(CACHE);
      await Promise.all(verified.map(([url, response]) => cache.put(url, response)));
    })(),
  );
  // No skipWaiting here: the page decides when to switch (see 'message').
});

// The page asks for the waiting update once it is safe to switch.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

// Drop older versions' files, and take control of the open page at once so the first
// visit works offline without a reload.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith('between-') && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

// Own files come from the cache; any page address gets the one app page (the app routes
// itself). Everything else goes to the network untouched and is never stored.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(cached('/index.html', request));
  } else if (PRECACHED.has(url.pathname)) {
    event.respondWith(cached(url.pathname, request));
  }
});

// Cache first; the network only if the file is somehow absent.
async function cached(path, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(path)) || fetch(request);
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
