// The account and instructor pages' fetch wrapper: JSON in and out, and the CSRF token (the
// basis_csrf cookie's value) in the X-CSRF-Token header on every write, as the server requires.
// Every URL is relative to the site's root (the folder holding index.html), found from this module's
// own URL, so the pages work at a server's root and under any sub-path (behind a reverse proxy).

/** The site's root: this module lives in its account/ folder. */
export const SITE_ROOT = new URL("../", import.meta.url);

/** A path of this site ("api/session", "instructor/gradebook.html") as an absolute URL under SITE_ROOT. */
export function siteUrl(path) {
  return new URL(String(path).replace(/^\/+/, ""), SITE_ROOT).href;
}

export function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)basis_csrf=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : "";
}

/**
 * fetch + JSON; resolves to {status, ok, body} (body parsed when JSON); never throws on 4xx/5xx.
 * path is relative to the site root ("api/courses"); a leading slash is ignored, never the host's root.
 */
export async function api(method, path, body) {
  const headers = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") {
    if (!csrfToken()) await fetch(siteUrl("api/session"), { credentials: "same-origin" });
    headers["X-CSRF-Token"] = csrfToken();
  }
  const res = await fetch(siteUrl(path), {
    method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = res.headers.get("Content-Type") || "";
  const parsed = type.includes("json") ? await res.json() : await res.text();
  return { status: res.status, ok: res.ok, body: parsed };
}

/** Builds an element; text is always set as text (never parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

export function showError(target, res) {
  const msg = res.body && res.body.error ? res.body.error : "request failed (" + res.status + ")";
  target.textContent = msg;
  target.hidden = false;
}

/** Numbers as 3 or 2.5, never 3.0000001 noise. */
export function num(v) {
  return v === null || v === undefined ? "" : String(Math.round(v * 1000) / 1000);
}
