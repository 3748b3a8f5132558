// The resident's real path, for bench-intake.ts: a resident answers through the pages under
// src/pages/[commune]/resident — server-rendered HTML with plain forms posting to route handlers
// (src/app/[commune]/resident/**/route.ts) — not through tRPC.
//
//   1. GET  …/resident/c/<id>            the consultation form
//   2. POST …/resident/c/<id>/answers    → 303 to the review
//   3. GET  …/resident/c/<id>/review
//   4. POST …/resident/c/<id>/submit     → 303 to the receipt
//   5. GET  …/resident/c/<id>/receipt
//
// JavaScript off (noJs): what the browser does with the HTML forms — the form's fields, the chosen
// radio checked, encoded per the form's enctype and posted to its action, then the 303's Location
// fetched as a document.
//
// JavaScript on (js): the pages carry no script (Next.js's unstable_runtimeJS: false), so a browser
// with JavaScript on sends the same five requests. At the start of each run Debian's Chromium answers
// once each way (captureBrowser; BENCH_CAPTURE=<file> keeps what it sent): jsPlanFrom checks that the
// JavaScript-on capture holds no script load and no server action call and is the same sequence of
// document requests as the JavaScript-off one, and keeps the headers Chromium sent, which the js
// path then replays with each household's cookie and choice. checkReplay compares the bodies this
// file builds with the ones Chromium sent, byte for byte.
import { randomBytes } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { encodeForm, formEntries, formTarget, parseForms, type HtmlForm } from "./bench-form.ts";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function request(
  agent: http.Agent,
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Reply> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const body = opts.body === undefined ? undefined : Buffer.isBuffer(opts.body) ? opts.body : Buffer.from(opts.body);
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: opts.method ?? "GET",
        agent,
        headers: { ...opts.headers, ...(body ? { "content-length": String(body.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          // Compressed as the browser asked (Accept-Encoding): decoded as it does.
          const raw = Buffer.concat(chunks);
          const enc = String(res.headers["content-encoding"] ?? "");
          try {
            const body =
              enc === "gzip"
                ? zlib.gunzipSync(raw)
                : enc === "br"
                  ? zlib.brotliDecompressSync(raw)
                  : enc === "deflate"
                    ? zlib.inflateSync(raw)
                    : raw;
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString() });
          } catch (e) {
            resolve({ status: 0, headers: res.headers, body: `undecodable ${enc} body: ${String(e)}` });
          }
        });
        res.on("error", (e) => resolve({ status: 0, headers: {}, body: String(e) }));
      },
    );
    req.on("error", (e) => resolve({ status: 0, headers: {}, body: String(e) }));
    req.end(body);
  });
}

const boundary = () => `----WebKitFormBoundary${randomBytes(12).toString("base64url").slice(0, 16)}`;

/** Chromium's document-request headers that matter to the server (the rest change nothing it does). */
const DOC_HEADERS = {
  accept:
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/jxl,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
  // Chromium also offers zstd, which Node 20 cannot decode here; the server answers gzip either way.
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "vi-VN",
  "upgrade-insecure-requests": "1",
  "sec-fetch-dest": "document",
  "sec-fetch-mode": "navigate",
  "sec-fetch-site": "same-origin",
};

export type StepTimes = Record<string, number>;
export type Sequence = { ok: boolean; steps: StepTimes; error?: string; receipt?: string };

/** The answer form (it has the question's radios) and the review's submit form, picked out of the page's forms. */
export const pickAnswerForm = (forms: HtmlForm[]) => forms.find((f) => f.controls.some((c) => c.name.startsWith("q.")));
export const pickSubmitForm = (forms: HtmlForm[]) => forms.find((f) => /\breview__actions\b/.test(f.className));

function fail(steps: StepTimes, error: string): Sequence {
  return { ok: false, steps, error: error.slice(0, 400) };
}

/**
 * One household's whole answer through the HTML forms. `optionPick` chooses which option value to
 * check; `documentHeaders`, what the browser sends with each document request (Chromium's own,
 * from a capture, on the js path).
 */
export async function formSequence(
  agent: http.Agent,
  base: string,
  formPath: string,
  cookie: string,
  optionPick: (values: string[]) => string,
  documentHeaders: Record<string, string> = DOC_HEADERS,
): Promise<Sequence> {
  const steps: StepTimes = {};
  const origin = new URL(base).origin;
  const doc = { ...documentHeaders, cookie };
  const timed = async (step: string, p: Promise<Reply>) => {
    const t = performance.now();
    const r = await p;
    steps[step] = performance.now() - t;
    return r;
  };
  const formUrl = new URL(formPath, base).toString();
  const page = await timed("GET form", request(agent, formUrl, { headers: doc }));
  if (page.status !== 200) return fail(steps, `GET form: HTTP ${page.status}: ${page.body.slice(0, 200)}`);
  const form = pickAnswerForm(parseForms(page.body));
  if (!form) return fail(steps, "GET form: no answer form on the page");
  const radios = form.controls.filter((c) => c.name.startsWith("q.") && c.type === "radio");
  const chosen = optionPick(radios.map((c) => c.value));
  const post1 = encodeForm(
    form,
    formEntries(form, (c) => (c.name.startsWith("q.") ? c.value === chosen : undefined)),
    boundary(),
  );
  const posted = { ...doc, origin, referer: formUrl, "content-type": post1.contentType };
  const r1 = await timed(
    "POST answers",
    request(agent, formTarget(form, formUrl), { method: form.method, headers: posted, body: post1.body }),
  );
  const to1 = r1.headers.location;
  if (r1.status !== 303 || !to1 || !to1.includes("/review"))
    return fail(steps, `POST answers: HTTP ${r1.status} → ${to1 ?? "no Location"}: ${r1.body.slice(0, 200)}`);
  const reviewUrl = new URL(to1, formUrl).toString();
  const review = await timed("GET review", request(agent, reviewUrl, { headers: { ...doc, referer: formUrl } }));
  if (review.status !== 200) return fail(steps, `GET review: HTTP ${review.status}`);
  const submit = pickSubmitForm(parseForms(review.body));
  if (!submit) return fail(steps, "GET review: no submit form on the page");
  const post2 = encodeForm(submit, formEntries(submit), boundary());
  const r2 = await timed(
    "POST submit",
    request(agent, formTarget(submit, reviewUrl), {
      method: submit.method,
      headers: { ...doc, origin, referer: reviewUrl, "content-type": post2.contentType },
      body: post2.body,
    }),
  );
  const to2 = r2.headers.location;
  if (r2.status !== 303 || !to2 || !to2.includes("/receipt"))
    return fail(steps, `POST submit: HTTP ${r2.status} → ${to2 ?? "no Location"}: ${r2.body.slice(0, 200)}`);
  const receiptUrl = new URL(to2, reviewUrl).toString();
  const receipt = await timed("GET receipt", request(agent, receiptUrl, { headers: { ...doc, referer: reviewUrl } }));
  const code = receiptCodeIn(receipt.body);
  if (receipt.status !== 200 || !code) return fail(steps, `GET receipt: HTTP ${receipt.status}, receipt code missing`);
  return { ok: true, steps, receipt: code };
}

/** The receipt code on the receipt page. */
export function receiptCodeIn(body: string): string | undefined {
  return /receipt__code"[^>]*>([A-Z0-9][A-Z0-9-]{3,20})</.exec(body)?.[1];
}

/** One request of a capture, as the server sees its shape: method, path (ids as :id), body type. */
export type RequestShape = { method: string; path: string; contentType: string | null };

/** What the js path replays from a capture: Chromium's document headers, and what it was seen to send. */
export type JsPlan = {
  documentHeaders: Record<string, string>;
  requests: RequestShape[];
};

const DROP = new Set(["host", "cookie", "content-length", "content-type", "connection", "origin", "referer"]);
const keep = (h: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(h).filter(([k]) => !DROP.has(k) && !k.startsWith(":"))),
  // Chromium also offers zstd, which Node 20 cannot decode here; the server answers gzip either way.
  ...(h["accept-encoding"] ? { "accept-encoding": "gzip, deflate, br" } : {}),
});

/** A capture's requests as shapes, the consultation's id (any 20–30 character cuid) as :id. */
export function shapesOf(requests: CapturedRequest[]): RequestShape[] {
  return requests.map((r) => ({
    method: r.method,
    path: new URL(r.url).pathname.replace(/\/c\/[a-z0-9]{20,30}(?=\/|$)/, "/c/:id"),
    contentType: r.headers["content-type"]?.split(";")[0] ?? null,
  }));
}

/**
 * The js path's plan from Chromium's requests with JavaScript on, checked against its requests with
 * JavaScript off: the pages load no script and call no server action, so both are the same document
 * requests. Anything else means the pages changed, and the replay would not be what a browser does.
 */
export function jsPlanFrom(js: CapturedRequest[], noJs: CapturedRequest[]): JsPlan {
  const scripts = js.filter(
    (r) => /\.js(\?|$)/.test(new URL(r.url).pathname) || r.headers["next-action"] || r.headers.rsc,
  );
  if (scripts.length)
    throw new Error(`capture: with JavaScript on the page sent ${scripts.length} script or server action requests`);
  const [on, off] = [shapesOf(js), shapesOf(noJs)];
  if (JSON.stringify(on) !== JSON.stringify(off))
    throw new Error(`capture: JavaScript on sent ${JSON.stringify(on)}, off ${JSON.stringify(off)}`);
  if (on.filter((r) => r.method === "POST").length !== 2)
    throw new Error(`capture: expected 2 form posts, saw ${on.filter((r) => r.method === "POST").length}`);
  return { documentHeaders: keep(js[0].headers), requests: on };
}

export type CapturedRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  status?: number;
  responseHeaders?: Record<string, string>;
};
export type CapturedJs = { requests: CapturedRequest[] };

/**
 * Drives the resident path once in Debian's Chromium (JavaScript on, then off) with a household's
 * session cookie, and returns every request the page sent and what came back: the ground truth the
 * HTTP replay is checked against.
 */
export async function captureBrowser(
  base: string,
  formPath: string,
  cookies: [string, string],
  javaScriptEnabled: boolean,
): Promise<CapturedRequest[]> {
  const { launchBrowser } = await import("../tests/e2e/browser.ts");
  const browser = await launchBrowser();
  const out: CapturedRequest[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled, locale: "vi-VN" });
    const [name, value] = cookies;
    await context.addCookies([{ name, value, url: base }]);
    const page = await context.newPage();
    const seen: [import("playwright-core").Request, CapturedRequest][] = [];
    page.on("request", (req) => {
      // Stylesheets and the icon change nothing the server does; scripts are kept (there should be none).
      if (/\/_next\/static\/.*\.css|\/icon\.svg/.test(req.url())) return;
      seen.push([req, { method: req.method(), url: req.url(), headers: req.headers(), body: req.postData() }]);
    });
    await page.goto(new URL(formPath, base).toString());
    await page.waitForLoadState("networkidle");
    await page.locator('form input[type="radio"][name^="q."]').first().check();
    await Promise.all([
      page.waitForURL(/\/review$/),
      page.locator("form:has(input[name^='q.']) button[type=submit]").click(),
    ]);
    await Promise.all([
      page.waitForURL(/\/receipt$/),
      page.locator("form.review__actions button[type=submit]").click(),
    ]);
    await page.waitForLoadState("networkidle");
    for (const [req, c] of seen) {
      c.headers = await req.allHeaders();
      const res = await req.response();
      c.status = res?.status();
      c.responseHeaders = res ? await res.allHeaders() : undefined;
      out.push(c);
    }
  } finally {
    await browser.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Figures

/** p50, p99 and max of a list of milliseconds (nearest rank, as bench-intake's summarise). */
export function percentiles(values: number[]): { count: number; p50Ms: number; p99Ms: number; maxMs: number } {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    p50Ms: r(at(0.5)),
    p99Ms: r(at(0.99)),
    maxMs: r(sorted.length ? sorted[sorted.length - 1] : NaN),
  };
}

export type Ack = { householdId: string; receipt?: string };
export type StoredRow = { householdId: string; n: number; receipts: string[] };

/**
 * Whether every acknowledged response is stored exactly once: for each household a path
 * acknowledged (a 2xx, or a receipt page with its code), the rows the database holds for it. Lost =
 * none, doubled = more than one, wrong receipt = the code shown is not the one stored; stored
 * without acknowledgement = a household the path tried, failed to answer, and still wrote.
 */
export function storedCheck(acked: Ack[], attempted: string[], stored: Map<string, StoredRow>) {
  let lost = 0;
  let doubled = 0;
  let wrongReceipt = 0;
  const ackedIds = new Set<string>();
  for (const a of acked) {
    ackedIds.add(a.householdId);
    const row = stored.get(a.householdId);
    if (!row || row.n === 0) lost++;
    else if (row.n > 1) doubled++;
    else if (a.receipt !== undefined && !row.receipts.includes(a.receipt)) wrongReceipt++;
  }
  let storedUnacknowledged = 0;
  for (const id of new Set(attempted)) if (!ackedIds.has(id) && stored.has(id)) storedUnacknowledged++;
  return {
    acknowledged: acked.length,
    lost,
    doubled,
    wrongReceipt,
    storedUnacknowledged,
    exactlyOnce: lost === 0 && doubled === 0 && wrongReceipt === 0 && ackedIds.size === acked.length,
  };
}

// ---------------------------------------------------------------------------------------------
// The replay checked against the browser

/** Whether a body built here is byte for byte what the browser sent, boundaries aside. */
export function sameAsBrowser(captured: CapturedRequest, built: { body: Buffer; contentType: string }): boolean {
  const cb = /boundary=(\S+)$/.exec(captured.headers["content-type"] ?? "")?.[1];
  const bb = /boundary=(\S+)$/.exec(built.contentType)?.[1];
  const swap = (s: string) => (cb && bb ? s.split(bb).join(cb) : s);
  return (
    swap(built.contentType) === captured.headers["content-type"] &&
    swap(built.body.toString()) === (captured.body ?? "")
  );
}

/**
 * The answers this bench would post for the form page the browser answered, beside what the
 * browser posted, with JavaScript off and on. The option is the one the browser chose, read from
 * its body.
 */
export function checkReplay(formHtml: string, js: CapturedRequest[] | null, noJs: CapturedRequest[] | null) {
  const form = pickAnswerForm(parseForms(formHtml));
  if (!form) return { error: "no answer form on the captured page" };
  const out: Record<string, boolean | string> = {};
  for (const [key, capture] of [
    ["noJsAnswers", noJs],
    ["jsAnswers", js],
  ] as const) {
    const post = capture?.find((r) => r.method === "POST");
    if (!post) continue;
    // Chromium posts the resident's forms urlencoded (their enctype): the chosen radio is a q.<id> entry.
    const chosen = [...new URLSearchParams(post.body ?? "")].find(([k]) => k.startsWith("q."))?.[1];
    const entries = formEntries(form, (c) => (c.name.startsWith("q.") ? c.value === chosen : undefined));
    out[key] = sameAsBrowser(post, encodeForm(form, entries, "B"));
  }
  return out;
}
