// The service worker: after one visit the course works with the network off.
// Every same-origin GET goes to the network first (so an online student always sees the newest
// course and engine) and the answer is kept; when the network fails, the kept copy answers.
// On install the app itself (pages, scripts, styles, the engine, the course index) is cached; the
// page also sends the URLs it loaded (lesson, exercises) so they are kept too. Only the course's
// content is kept from the API (api/course, api/lessons/, api/exercises/): who is signed in, their
// courses and attempts are not (the page keeps its own labelled copy, js/target.js), and writes
// (POST) never are: queued submissions live in the page's localStorage (js/outbox.js).
// Every URL is relative to this script, so the site works under any path (an exported site).
'use strict';

const CACHE = 'basis-v2'; // v2: no per-person answers (session, attempts) are kept; activating deletes v1's
const APP = [
  './', 'index.html', 'lesson.html', 'playground.html', 'css/basis.css',
  'js/ui.js', 'js/course.js', 'js/lesson.js', 'js/playground.js', 'js/cell.js', 'js/editor.js', 'js/engine.js',
  'js/exercise.js', 'js/math.js', 'js/notebook.js', 'js/outbox.js', 'js/target.js',
  'worker.js', 'wasm/engine.wasm-runtime.js', 'wasm/engine.wasm', 'wasm/kernels.js', 'wasm/kernels.wasm',
  'vendor/codemirror.js', 'vendor/katex.js', 'vendor/katex.min.css',
];

const ROOT = new URL('./', self.location).href;

/** Same-origin pages, scripts, the engine and the course's content; never the per-account API. */
function keep(url) {
  const u = new URL(url);
  if (u.origin !== self.location.origin) return false;
  const rel = u.href.startsWith(ROOT) ? u.href.slice(ROOT.length) : u.pathname.slice(1);
  if (!rel.startsWith('api/')) return true;
  return /^api\/(course(\.json)?$|course\?|lessons\/|exercises\/)/.test(rel);
}

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
      if (!keep(url)) continue;
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
  if (request.method !== 'GET' || !keep(request.url)) return; // the browser fetches it as without us
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
