// A micro-cache for the public pages, in front of Next.js in each worker of `npm start`
// (scripts/serve-worker.mjs), as a province's web server would keep one (nginx's proxy_cache with a
// validity of a second).
//
// Why: a province install serves the public pages of every commune (the communes list, each
// commune's home, its consultations and results) to anyone who opens them, and on the day a
// consultation opens the same few pages are asked for many times a second. Each is rendered from
// scratch by React (15–20 ms of CPU on these machines); rendered once a second instead, every other
// reader in that second gets the same bytes, and readers who arrive while it renders wait for that
// one render instead of starting their own.
//
// What is kept, and only this: a GET of a public page's address (below), from a visitor without a
// session or any cookie other than the language, that is not a client-side navigation (React's
// payload requests carry their own headers), answered 200 or with a redirect and without a
// Set-Cookie. The key is the host, the address with its query, the language cookie and the
// encodings accepted. A signed-in resident or official is never served from it, and nothing they
// see is stored in it. A kept page lives PUBLIC_CACHE_MS at most (default 1,000 ms; 0 turns the cache
// off), and never past a change:
//
// It keeps a page only while it cannot be stale. The app's data cache (src/server/public-cache/tags.ts,
// in this same process) publishes its freshness: a generation that every invalidation moves (and moves
// again once the invalidating request has answered), a count of invalidations still open, and the next
// scheduled moment (an opening, a closing, a publication) of any commune it has read. A page is kept
// only when no invalidation was open and the generation stood while it rendered; it is served only
// while the generation still stands and before the next moment. Without that freshness (the app has
// not loaded it yet, or PUBLIC_DATA_CACHE=0) nothing is kept. With several workers each keeps its own,
// and another worker's invalidation reaches it through the primary (scripts/serve.mjs).
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";

/** First path segments the app itself uses: the list commune names are kept out of (src/domain/communes.ts). */
export const APP_SEGMENTS = new Set(createRequire(import.meta.url)("../src/domain/reserved-slugs.json"));

const LOCALE_COOKIE = "NEXT_LOCALE";
const SEGMENT = "[a-z0-9][a-z0-9-]{0,63}";
const ID = "[A-Za-z0-9_-]{1,64}";
/** The public pages: the root (the communes list), a commune's home, a consultation and its results. */
const PUBLIC_PATH = new RegExp(`^/(?:(${SEGMENT})(?:/consultations/${ID}(?:/results)?)?)?$`);
/** Headers of a request that is not a plain page load (React's navigations, server actions, ranges). */
const NOT_A_PAGE_LOAD = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-action",
  "authorization",
  "range",
];
const KEPT_STATUSES = new Set([200, 301, 302, 307, 308]);
/** Bounds, so a crawler walking every query string cannot grow a worker without end. */
const MAX_ENTRIES = 2_000;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ENTRY_BYTES = 1024 * 1024;

/** PUBLIC_CACHE_MS as a whole number of milliseconds ≥ 0 (default 1,000); anything else is refused, naming it. */
export function cacheMsFrom(env) {
  const raw = env.PUBLIC_CACHE_MS?.trim();
  if (!raw) return 1_000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 60_000) {
    throw new Error(
      `PUBLIC_CACHE_MS phải là số nguyên mili giây 0–60000 / must be a whole number of milliseconds 0–60000 (got "${raw}")`,
    );
  }
  return n;
}

/** Whether an address is one of the public pages (its path only; the query is part of the key). */
export function isPublicPath(pathname) {
  const m = PUBLIC_PATH.exec(pathname);
  return Boolean(m) && !(m[1] && APP_SEGMENTS.has(m[1]));
}

/** The cookie names of a Cookie header, and the language cookie's value. */
function cookiesOf(header) {
  const names = [];
  let locale = "";
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (!name) continue;
    names.push(name);
    if (name === LOCALE_COOKIE) locale = part.slice(eq + 1).trim();
  }
  return { names, locale };
}

/** The cache key of a request, or null when the request must go to the app (see the head of this file). */
export function cacheKeyOf(req) {
  if (req.method !== "GET") return null;
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  if (!isPublicPath(q < 0 ? url : url.slice(0, q))) return null;
  for (const h of NOT_A_PAGE_LOAD) if (req.headers[h] !== undefined) return null;
  const { names, locale } = cookiesOf(req.headers.cookie);
  if (names.some((n) => n !== LOCALE_COOKIE)) return null;
  return `${req.headers.host ?? ""}\n${url}\n${locale}\n${req.headers["accept-encoding"] ?? ""}`;
}

/**
 * A cache around a Node.js request handler: `cache.serve(req, res, handle)` answers from the cache
 * or calls `handle(req, res)` and keeps what it wrote when that may be kept.
 */
/** The app's freshness (see the head of this file), once its data cache has loaded in this process. */
const appFreshness = () => globalThis[Symbol.for("ydan.publicFreshness")];

export function createPublicCache({ ttlMs, now = () => Date.now(), freshness = appFreshness }) {
  /** key → { expires, status, headers, body } */
  const entries = new Map();
  /** key → a promise settled when the render in flight for it has finished (kept or not). */
  const inFlight = new Map();
  let bytes = 0;

  function drop(key) {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.length;
    entries.delete(key);
  }

  function keep(key, entry) {
    drop(key);
    const t = now();
    // Oldest first (a Map keeps insertion order): expired entries, then whatever the bounds need.
    for (const [k, e] of entries) {
      if (e.expires > t && entries.size < MAX_ENTRIES && bytes + entry.body.length <= MAX_BYTES) break;
      drop(k);
    }
    entries.set(key, entry);
    bytes += entry.body.length;
  }

  function send(res, entry, state) {
    const headers = { ...entry.headers, "x-cache": state, "content-length": entry.body.length };
    delete headers["transfer-encoding"];
    res.writeHead(entry.status, headers);
    res.end(entry.body);
  }

  /** Records what the app writes to `res`; settles when the response is written (kept if it may be) or dropped. */
  function record(key, res) {
    const f = freshness();
    const generation = f?.generation;
    const startedOpen = !f || f.open > 0;
    const startedAt = now();
    const chunks = [];
    let size = 0;
    let tooBig = false;
    const write = res.write;
    const end = res.end;
    const take = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || tooBig) return;
      const b = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += b.length;
      if (size > MAX_ENTRY_BYTES) tooBig = true;
      else chunks.push(Buffer.from(b));
    };
    res.write = function (chunk, encoding, cb) {
      take(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      take(chunk, encoding);
      return end.call(this, chunk, encoding, cb);
    };
    res.setHeader("x-cache", "MISS");
    return new Promise((resolve) => {
      res.once("finish", () => {
        const headers = res.getHeaders();
        const changed = startedOpen || f.generation !== generation;
        if (!changed && KEPT_STATUSES.has(res.statusCode) && headers["set-cookie"] === undefined && !tooBig) {
          delete headers["x-cache"];
          // Until the clock changes what it shows: rendered as of `startedAt`, it holds before the next moment after it.
          const expires = Math.min(now() + ttlMs, f.nextChange(startedAt));
          keep(key, { expires, generation, status: res.statusCode, headers, body: Buffer.concat(chunks) });
        }
        resolve();
      });
      res.once("close", resolve);
    });
  }

  return {
    get size() {
      return entries.size;
    },
    async serve(req, res, handle) {
      const key = ttlMs > 0 ? cacheKeyOf(req) : null;
      if (key === null) return handle(req, res);
      const fresh = (e) => {
        const f = freshness();
        return e && e.expires > now() && f && f.open === 0 && f.generation === e.generation;
      };
      const hit = entries.get(key);
      if (fresh(hit)) return send(res, hit, "HIT");
      const pending = inFlight.get(key);
      if (pending) {
        await pending;
        const after = entries.get(key);
        if (fresh(after)) return send(res, after, "HIT");
        return handle(req, res);
      }
      // The first reader renders; those who come while it does wait for it (above) instead of rendering again.
      const written = record(key, res);
      inFlight.set(key, written);
      void written.then(() => inFlight.delete(key));
      return handle(req, res);
    },
  };
}
