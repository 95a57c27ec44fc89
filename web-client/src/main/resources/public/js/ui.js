// Small helpers shared by the pages: DOM building, the JSON API, the engine status bar.

/** Creates an element: el('p', {className: 'x'}, 'text', child, ...). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className' || key === 'textContent' || key === 'htmlFor' || key === 'type' || key === 'value') {
      node[key] = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/**
 * The service worker (sw.js) keeps the course usable offline after one visit. Registered once the
 * page has loaded, so its caching never competes with the first run; then told which URLs this
 * page loaded (lesson, exercises) so they are kept too.
 */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const start = async () => {
    try {
      const reg = await navigator.serviceWorker.register(new URL('../sw.js', import.meta.url));
      const sw = reg.active || reg.waiting || reg.installing;
      const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
      const send = () => (reg.active || sw).postMessage({ type: 'cache-urls', urls });
      if (reg.active) send();
      else sw.addEventListener('statechange', () => reg.active && send());
    } catch (err) {
      console.warn('offline support unavailable:', err.message);
    }
  };
  if (document.readyState === 'complete') setTimeout(start, 500);
  else addEventListener('load', () => setTimeout(start, 500));
}

/** An error from the server's API, with its HTTP status and the server's message. */
export class ApiError extends Error {
  constructor(status, message, retryAfter, detail) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.retryAfter = retryAfter;
    this.detail = detail ?? message; // the server's own words, without the status
  }
}

/**
 * The site's root (the folder holding index.html), from this module's own URL: the pages work
 * wherever the site is served, at a server's root or under any sub-path (an exported site).
 */
export const SITE_ROOT = new URL('../', import.meta.url);

/** A path of this site ("api/course", "account/") as an absolute URL under SITE_ROOT. */
export function siteUrl(path) {
  return new URL(String(path).replace(/^\/+/, ''), SITE_ROOT).href;
}

/** The CSRF token: the basis_csrf cookie's value, sent back in X-CSRF-Token on every account write. */
export function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)basis_csrf=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : '';
}

/**
 * GET (or, with a body, POST) a JSON endpoint of this server; path is relative to the site root
 * ("api/course"). options.csrf adds the X-CSRF-Token header: the given token, or with true the
 * cookie's (fetched from api/session first when the cookie holds none).
 */
export async function api(path, body, options = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    if (typeof options.csrf === 'string') headers['X-CSRF-Token'] = options.csrf;
    else if (options.csrf) headers['X-CSRF-Token'] = csrfToken() || (await api('api/session')).csrf_token || '';
    response = await fetch(siteUrl(path), body === undefined
      ? { headers, credentials: 'same-origin' }
      : { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(0, 'The server cannot be reached.');
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const detail = (data && (data.message || data.error || data.title)) || text || response.statusText;
    throw new ApiError(response.status, `${response.status}: ${detail}`, response.headers.get('Retry-After'), data?.error || detail);
  }
  return data;
}

/** The path of an id that may hold slashes (each segment encoded, the slashes kept). */
export function idPath(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

/** A string usable in an element id. */
export function domId(prefix, id) {
  return prefix + '-' + String(id).replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Formats a score without float noise: 2 -> "2", 2.5 -> "2.5", 1/3 -> "0.33". */
export function points(x) {
  return String(Math.round(Number(x) * 100) / 100);
}

const STATE_TEXT = {
  loading: 'Loading the engine…',
  ready: 'Engine ready',
  running: 'Running…',
  failed: 'Engine failed',
};

/**
 * Binds the page's engine bar (#engine-state, #engine-stop) to an engine: an indicator while the
 * engine loads and while code runs, and a Stop button enabled while something runs.
 */
export function bindEngineBar(engine) {
  const bar = document.getElementById('engine-bar');
  const text = document.getElementById('engine-state');
  const stop = document.getElementById('engine-stop');
  stop.addEventListener('click', () => engine.stop());
  const render = () => {
    bar.dataset.state = engine.state;
    let label = STATE_TEXT[engine.state];
    if (engine.state === 'ready' && engine.build) label += ` (${engine.build})`;
    if (engine.state === 'failed' && engine.failure) label = engine.failure;
    text.textContent = label;
    stop.disabled = !engine.busy;
  };
  engine.addEventListener('state', render);
  render();
}
