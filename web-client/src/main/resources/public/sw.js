// The service worker: after one visit the course works with the network off.
// Every same-origin GET goes to the network first (so an online student always sees the newest
// course and engine) and the answer is kept; when the network fails, the kept copy answers.
// On install the app itself (pages, scripts, styles, the engine, the course index) is cached; the
// page also sends the URLs it loaded (lesson, exercises) so they are kept too. Writes (POST) are
// never cached: queued submissions live in the page's localStorage (js/outbox.js).
'use strict';

const CACHE = 'basis-v1';
const APP = [
  './', 'index.html', 'lesson.html', 'playground.html', 'css/basis.css',
  'js/ui.js', 'js/course.js', 'js/lesson.js', 'js/playground.js', 'js/cell.js', 'js/editor.js', 'js/engine.js',
  'js/exercise.js', 'js/math.js', 'js/notebook.js', 'js/outbox.js',
  'worker.js', 'wasm/engine.wasm-runtime.js', 'wasm/engine.wasm',
  'vendor/codemirror.js', 'vendor/katex.js', 'vendor/katex.min.css',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(APP);
    // The course index is static in an exported site and an API on the server: keep whichever answers.
    await cache.add('api/course').catch(() => cache.add('api/course.json').catch(() => {}));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-urls') return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const url of event.data.urls) {
      if (new URL(url).origin !== self.location.origin) continue;
      if (await cache.match(url)) continue;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // offline already: nothing to keep
      }
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') cache.put(request, response.clone());
      return response;
    } catch (err) {
      const kept = await cache.match(request, { ignoreVary: true });
      if (kept) return kept;
      if (request.mode === 'navigate') {
        const page = await cache.match(new URL(request.url).pathname.endsWith('/') ? './' : request.url, { ignoreSearch: true });
        if (page) return page;
      }
      throw err;
    }
  })());
});
