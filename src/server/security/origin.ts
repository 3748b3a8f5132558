// Cross-site request forgery defence: every state-changing request must come from the app's own
// origin. OWASP CSRF Prevention Cheat Sheet, "Verifying Origin With Standard Headers": compare the
// Origin header (or, when a browser omits it, the Referer's origin) with the target origin, and
// refuse when neither is present. SameSite=Lax cookies alone let any *same-site* page (another port
// or sub-domain of the same host) post with the session, so they are not enough.
//
// Pure and dependency-free: src/proxy.ts runs it for every request, and route handlers repeat it
// as a second line (a matcher edited later must not open a hole).

/** Methods that never change state (RFC 9110 §9.2.1 safe methods); everything else is checked. */
const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

type Env = Record<string, string | undefined>;

/** "scheme://host[:port]" of a URL, lower-case, default port dropped; null when it is not http(s). */
export function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const url = URL.parse(value.trim());
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.host) return null;
  return url.origin.toLowerCase();
}

/**
 * The app's own origins as the operator configured them: APP_ORIGIN (one or more, separated by
 * commas), else NEXTAUTH_URL; plus the host names of communes of their own (COMMUNE_HOSTS), with the
 * same scheme. Null when nothing is configured: the request's own host is then the app's origin.
 *
 * NEXTAUTH_URL equal to the built-in default (http://localhost:$PORT, which src/server/auth/options.ts
 * fills in when unset) counts as not configured: otherwise a commune's machine reached by its
 * network address could not post a single form.
 */
export function configuredOrigins(env: Env = process.env): ReadonlySet<string> | null {
  const listed = (env.APP_ORIGIN ?? "")
    .split(",")
    .map(originOf)
    .filter((o): o is string => !!o);
  if (listed.length === 0) {
    const nextAuth = originOf(env.NEXTAUTH_URL);
    if (nextAuth && nextAuth !== `http://localhost:${env.PORT ?? 3000}`) listed.push(nextAuth);
  }
  if (listed.length === 0) return null;
  const scheme = new URL(listed[0]).protocol;
  for (const pair of (env.COMMUNE_HOSTS ?? "").split(/[\s,]+/)) {
    const host = /^([a-z0-9.-]+(?::\d+)?)=[a-z0-9-]+$/i.exec(pair.trim())?.[1];
    const origin = host ? originOf(`${scheme}//${host}`) : null;
    if (origin) listed.push(origin);
  }
  return new Set(listed);
}

/**
 * The origin the request was addressed to: scheme and Host as the client sent them. Behind a
 * reverse proxy the X-Forwarded-Host / X-Forwarded-Proto it sets win (as for Next.js's own check of
 * server actions). Reading them is safe for this purpose: a browser cannot add them to a cross-site
 * request without a CORS preflight, which this app never grants.
 */
export function requestOwnOrigin(headers: Headers, url: string): string | null {
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim() || null;
  const host = first("x-forwarded-host") ?? headers.get("host");
  const scheme = first("x-forwarded-proto") ?? URL.parse(url)?.protocol.replace(/:$/, "") ?? "http";
  return host ? originOf(`${scheme}://${host}`) : null;
}

export type OriginVerdict = "same" | "foreign" | "missing";

/**
 * Whether a state-changing request comes from the app's own origin. The Origin header first; a
 * browser that omits it (older ones on same-origin POSTs) still sends Referer, whose origin counts.
 * "null" (sandboxed frames, privacy redirects) is foreign, never a reason to look at Referer.
 */
export function verifyOrigin(
  request: { method: string; url: string; headers: Headers },
  env: Env = process.env,
): OriginVerdict {
  const sent = request.headers.get("origin");
  const claimed = sent !== null ? originOf(sent) : originOf(request.headers.get("referer"));
  if (sent === null && !request.headers.get("referer")) return "missing";
  if (!claimed) return "foreign";
  const own = configuredOrigins(env);
  if (own) return own.has(claimed) ? "same" : "foreign";
  return claimed === requestOwnOrigin(request.headers, request.url) ? "same" : "foreign";
}

/** True when the request may go on: a safe method, or a state change from the app's own origin. */
export function originAllowed(
  request: { method: string; url: string; headers: Headers },
  env: Env = process.env,
): boolean {
  return !isStateChanging(request.method) || verifyOrigin(request, env) === "same" || isWebhook(request.url);
}

/**
 * Addresses that servers, not browsers, post to: the SMS gateway's delivery receipts. They carry
 * no cookie a forged request could ride on (cross-site request forgery needs one); each proves
 * itself with a shared secret in its Authorization header instead (src/server/outbox/receipts.ts).
 */
const WEBHOOKS = new Set(["/api/sms/receipts"]);

function isWebhook(url: string): boolean {
  try {
    return WEBHOOKS.has(new URL(url).pathname);
  } catch {
    return false;
  }
}
