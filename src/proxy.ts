// Every request passes here first (Next.js 16's proxy, formerly middleware), but the resident
// pages' own, which make the same checks themselves (see config):
// 1. An address that can name nothing (a path segment that is not valid UTF-8 or holds a control
//    character, a query holding NUL) is a 400 before any page or handler runs.
// 2. Cross-site request forgery: a state-changing request (any method but GET, HEAD, OPTIONS) —
//    tRPC mutations, route handlers, next-auth's sign-in and sign-out, server actions — is refused
//    with 403 unless its Origin, or failing that its Referer, is the app's own origin (OWASP CSRF
//    Prevention Cheat Sheet, "Verifying Origin With Standard Headers"; src/server/security/origin.ts).
//    Browsers send Origin on every POST from a form or fetch, with or without JavaScript, so the
//    app's own pages are never refused; one with neither header is.
// 3. A body larger than the largest the app accepts (PROXY_BODY_LIMIT) is a 413, and a no-JavaScript
//    form post to a server action whose multipart body does not parse is a 400: Next.js would fail
//    on both with a 500 (it cuts a body the proxy sees at next.config's proxyClientMaxBodySize, and
//    throws "Failed to parse body as FormData" from inside its action handler).
// 4. Host names of their own for communes (COMMUNE_HOSTS): on such a host, /… is the commune's
//    /{slug}/…. Without COMMUNE_HOSTS nothing is rewritten.
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import { parseCommuneHosts, rewriteForHost } from "@/server/communes/hosts";
import { malformedAddress } from "@/server/security/input";
import { originAllowed } from "@/server/security/origin";

const hosts = parseCommuneHosts(process.env.COMMUNE_HOSTS);

/** The largest body the app takes (a register import, 40 MB, with its form's overhead); next.config's proxyClientMaxBodySize is the same. */
const PROXY_BODY_LIMIT_MB = 41;

/** A refusal in the caller's language; tRPC callers get tRPC's own error shape, so the console shows it. */
function refusal(
  request: NextRequest,
  status: 400 | 403 | 413,
  key: "badAddress" | "foreignOrigin" | "badBody" | "bodyTooLarge",
): NextResponse {
  const message = getTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value))(`errors.${key}`, {
    max: PROXY_BODY_LIMIT_MB,
  });
  const headers = { "cache-control": "no-store" };
  const path = request.nextUrl.pathname;
  if (path.startsWith("/api/trpc/")) {
    const [code, rpc] =
      status === 403 ? ["FORBIDDEN", -32003] : status === 413 ? ["PAYLOAD_TOO_LARGE", -32022] : ["BAD_REQUEST", -32600];
    const error = { json: { message, code: rpc, data: { code, httpStatus: status, appCode: key } } };
    // A batched call (?batch=1) answers one error per procedure named in the path.
    const body =
      request.nextUrl.searchParams.get("batch") === "1"
        ? path
            .slice("/api/trpc/".length)
            .split(",")
            .map(() => ({ error }))
        : { error };
    return NextResponse.json(body, { status, headers });
  }
  return new NextResponse(message, { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}

export async function proxy(request: NextRequest) {
  // The raw address as sent: nextUrl.pathname keeps its percent-escapes.
  if (malformedAddress(request.nextUrl.pathname, request.nextUrl.search)) return refusal(request, 400, "badAddress");
  if (!originAllowed(request)) return refusal(request, 403, "foreignOrigin");
  if (Number(request.headers.get("content-length") ?? 0) > PROXY_BODY_LIMIT_MB * 1024 * 1024)
    return refusal(request, 413, "bodyTooLarge");
  if (
    isNoScriptActionForm(request) &&
    !(await request.formData().then(
      () => true,
      () => false,
    ))
  )
    return refusal(request, 400, "badBody");
  if (hosts.size === 0) return NextResponse.next();
  const target = rewriteForHost(hosts, request.headers.get("host"), request.nextUrl.pathname);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

/**
 * A POST to a page with a multipart body and no Next-Action header: a form posted without
 * JavaScript to a server action (the resident pages). Only these are read here (the proxy reads
 * Next.js's copy of the body; the page still gets the whole of it).
 */
function isNoScriptActionForm(request: NextRequest): boolean {
  return (
    request.method === "POST" &&
    !request.nextUrl.pathname.startsWith("/api/") &&
    !request.headers.has("next-action") &&
    (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")
  );
}

// Every request but the build's static files: a server action posts to its page's own address, and
// /api/* carries tRPC, uploads and next-auth. (rewriteForHost leaves /api and /_next alone.)
// A resident page's requests do not pass here: its page loads read only ids that
// src/server/residents/pages.ts validates, and its form posts make the Origin and size checks
// themselves with the same rule (src/server/residents/respond.ts). Running this proxy cost every
// one of a resident's five requests more than a millisecond for nothing it checks there. On a
// commune's own host /resident/… still passes here to be rewritten; another commune's
// /{slug}/resident there is a 404 (pages.ts, hostServesCommune).
export const config = { matcher: ["/((?!_next/static/|_next/image|[^/]+/resident(?:/|$)).*)"] };
