// The resident's real path, for bench-intake.ts: a resident answers through the pages under
// src/app/[commune]/resident — plain forms posting to Next server actions — not through tRPC.
//
//   1. GET  …/resident/c/<id>          the consultation form
//   2. POST the answers                 server action reviewAnswersAction → redirect to the review
//   3. GET  …/resident/c/<id>/review    (JavaScript off only: with JavaScript the POST's answer carries it)
//   4. POST submit                      server action submitAnswersAction → redirect to the receipt
//   5. GET  …/resident/c/<id>/receipt   (JavaScript off only, as 3)
//
// JavaScript off (noJs): what the browser does with the HTML forms — the form's hidden server action
// fields ($ACTION_REF_4, $ACTION_4:0 = {"id": <action id>, "bound": "$@1"}, $ACTION_4:1 = the bound
// arguments) and the chosen radio posted as multipart/form-data (the enctype React renders) to the
// page's own address, then the 303's Location fetched as a document.
//
// JavaScript on (js): what a hydrated page sends. At the start of each run Debian's Chromium answers
// once (captureBrowser; BENCH_CAPTURE=<file> keeps what it sent) and the bench replays it. Seen from
// Chromium 156 against Next 16.4:
//   - at load, 4 link prefetches (GET …?_rsc=…, rsc: 1, next-router-prefetch: 1, one set with
//     next-router-segment-prefetch: /_tree, one "metadata-only"), the same for every household;
//   - the answers: POST <the page's address>, Accept: text/x-component, Next-Action: <action id>,
//     Next-Router-State-Tree: <the router's tree, URI-encoded JSON>, multipart/form-data with each
//     form entry as "_1_<name>" (the hidden $ACTION_ fields as the hydrated React rendered them,
//     which may be renumbered) and "0" = [bound args…, "$K1"] (React's encodeReply);
//   - the submit: the same headers, text/plain;charset=UTF-8, the bound arguments as JSON only: the
//     action's id says it does not use the form, so the client leaves the form out.
// Each answer is a 303 with X-Action-Redirect: <next page>;push and, in the same response, the RSC
// payload of that page, rendered at once: the browser sends no GET for the review or the receipt.
// The headers and bodies are replayed as Chromium sent them, with each household's cookie and
// choice (the consultation, and so the router tree and bound arguments, is the same for all).
// checkReplay compares them with what this file would build from the page itself.
import { randomBytes } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { encodeMultipart, formEntries, formTarget, parseForms, serverActionOf, type HtmlForm } from "./bench-form.ts";

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

/** One household's whole answer with JavaScript off. `optionPick` chooses which option value to check. */
export async function noJsSequence(
  agent: http.Agent,
  base: string,
  formPath: string,
  cookie: string,
  optionPick: (values: string[]) => string,
): Promise<Sequence> {
  const steps: StepTimes = {};
  const origin = new URL(base).origin;
  const doc = { ...DOC_HEADERS, cookie };
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
  const post1 = encodeMultipart(
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
  const post2 = encodeMultipart(formEntries(submit), boundary());
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

/**
 * The body React's encodeReply sends for a bound server action the hydrated form calls, in the two
 * shapes Chromium was seen to send (BENCH_CAPTURE): with the form (the action uses it) — multipart,
 * each form entry as "_1_<name>", then "0" = [bound args…, "$K1"]; without it (the action id says
 * the form argument is unused) — text/plain, the bound args as JSON.
 */
export function jsActionBody(
  entries: [string, string][],
  boundArgs: unknown[],
  withForm: boolean,
  boundary: string,
): { body: Buffer; contentType: string } {
  if (!withForm)
    return { body: Buffer.from(JSON.stringify(boundArgs), "utf8"), contentType: "text/plain;charset=UTF-8" };
  return encodeMultipart(
    [...entries.map(([k, v]): [string, string] => [`_1_${k}`, v]), ["0", JSON.stringify([...boundArgs, "$K1"])]],
    boundary,
  );
}

/** The bound arguments Next rendered in a bound action form's $ACTION_n:1 field. */
export function boundArgsOf(form: HtmlForm): unknown[] {
  const c = form.controls.find((x) => /^\$ACTION_\d+:1$/.test(x.name));
  try {
    const v: unknown = c ? JSON.parse(c.value) : [];
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

/** The receipt code on the receipt page, in its HTML or in an RSC payload. */
export function receiptCodeIn(body: string): string | undefined {
  return /receipt__code(?:"[^>]*>|",\s*"children":\s*")([A-Z0-9][A-Z0-9-]{3,20})/.exec(body)?.[1];
}

/** What the JavaScript path replays from a capture: the prefetches, and the shape of each action call. */
export type JsPlan = {
  prefetches: { path: string; headers: Record<string, string> }[];
  answersHeaders: Record<string, string>;
  answersWithForm: boolean;
  submitHeaders: Record<string, string>;
  submitWithForm: boolean;
  /** The review's submit action: an id of the build, the same for every household. */
  submitActionId: string;
  /**
   * What Chromium sent, replayed with each household's own choice: the multipart entries
   * (`null` when it sent text/plain), or the text/plain body. Replayed rather than rebuilt from the
   * page because the hydrated React renders the form's hidden $ACTION_ fields itself, renumbered
   * and reordered (`$ACTION_REF_2`, `$ACTION_2:1`, `$ACTION_2:0` where the HTML had `…_4`, `:0`,
   * `:1`), depending on the order it rendered in; the server reads them as part of the form and
   * does the same work either way (checkReplay compares both).
   */
  answersEntries: [string, string][] | null;
  answersText: string | null;
  submitEntries: [string, string][] | null;
  submitText: string | null;
};

/** The entries of a multipart/form-data body (text fields only, as the resident's forms have). */
export function parseMultipart(body: string, contentType: string): [string, string][] | null {
  const b = /boundary=(\S+)$/.exec(contentType)?.[1];
  if (!b || !contentType.startsWith("multipart/")) return null;
  const out: [string, string][] = [];
  for (const part of body.split(`--${b}`).slice(1)) {
    if (part.startsWith("--")) break;
    const m = /^\r\nContent-Disposition: form-data; name="([^"]*)"\r\n\r\n([\s\S]*)\r\n$/.exec(part);
    if (!m) return null;
    out.push([m[1].replace(/%22/g, '"').replace(/%0D/g, "\r").replace(/%0A/g, "\n"), m[2]]);
  }
  return out;
}

/** A captured action body with the household's choices in: `choices` maps a field name (q.<id>) to its option. */
export function replayBody(
  entries: [string, string][] | null,
  text: string | null,
  choices: Map<string, string>,
  boundary: string,
): { body: Buffer; contentType: string } {
  if (!entries) return { body: Buffer.from(text ?? "", "utf8"), contentType: "text/plain;charset=UTF-8" };
  return encodeMultipart(
    entries.map(([k, v]): [string, string] => {
      const name = k.replace(/^_\d+_/, "");
      return [k, choices.get(name) ?? v];
    }),
    boundary,
  );
}

const DROP = new Set([
  "host",
  "cookie",
  "content-length",
  "content-type",
  "connection",
  "origin",
  "referer",
  "next-action",
]);
const keep = (h: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(h).filter(([k]) => !DROP.has(k))),
  ...(h["accept-encoding"] ? { "accept-encoding": "gzip, deflate, br" } : {}),
});

/** A JsPlan from Chromium's requests (captureBrowser with JavaScript on). */
export function jsPlanFrom(requests: CapturedRequest[]): JsPlan {
  const posts = requests.filter((r) => r.method === "POST" && r.headers["next-action"]);
  if (posts.length !== 2) throw new Error(`capture: expected 2 server action calls, saw ${posts.length}`);
  const firstPost = requests.indexOf(posts[0]);
  const prefetches = requests
    .slice(1, firstPost)
    .filter((r) => r.method === "GET" && r.headers.rsc === "1")
    .map((r) => {
      const u = new URL(r.url);
      return { path: u.pathname + u.search, headers: keep(r.headers) };
    });
  return {
    prefetches,
    answersHeaders: keep(posts[0].headers),
    answersWithForm: (posts[0].headers["content-type"] ?? "").startsWith("multipart/"),
    submitHeaders: keep(posts[1].headers),
    submitWithForm: (posts[1].headers["content-type"] ?? "").startsWith("multipart/"),
    submitActionId: posts[1].headers["next-action"],
    answersEntries: parseMultipart(posts[0].body ?? "", posts[0].headers["content-type"] ?? ""),
    answersText: posts[0].body,
    submitEntries: parseMultipart(posts[1].body ?? "", posts[1].headers["content-type"] ?? ""),
    submitText: posts[1].body,
  };
}

/** One household's whole answer with JavaScript on, replaying what Chromium sends after the first GET. */
export async function jsSequence(
  agent: http.Agent,
  base: string,
  formPath: string,
  cookie: string,
  optionPick: (values: string[]) => string,
  plan: JsPlan,
): Promise<Sequence> {
  const steps: StepTimes = {};
  const origin = new URL(base).origin;
  const timed = async <T>(step: string, p: Promise<T>) => {
    const t = performance.now();
    const r = await p;
    steps[step] = performance.now() - t;
    return r;
  };
  const formUrl = new URL(formPath, base).toString();
  const page = await timed("GET form", request(agent, formUrl, { headers: { ...DOC_HEADERS, cookie } }));
  if (page.status !== 200) return fail(steps, `GET form: HTTP ${page.status}: ${page.body.slice(0, 200)}`);
  const forms = parseForms(page.body);
  const form = pickAnswerForm(forms);
  const action = form && serverActionOf(form);
  if (!form || !action?.id) return fail(steps, "GET form: no answer form with a server action on the page");
  // The hydrated page prefetches its links at once, in parallel, while the resident reads.
  const pre = await timed(
    "prefetch",
    Promise.all(
      plan.prefetches.map((p) =>
        request(agent, new URL(p.path, base).toString(), { headers: { ...p.headers, cookie } }),
      ),
    ),
  );
  const bad = pre.find((r) => r.status !== 200);
  if (bad) return fail(steps, `prefetch: HTTP ${bad.status}`);
  const choices = new Map<string, string>();
  for (const c of form.controls)
    if (c.name.startsWith("q.") && c.type === "radio" && !choices.has(c.name))
      choices.set(
        c.name,
        optionPick(form.controls.filter((o) => o.name === c.name && o.type === "radio").map((o) => o.value)),
      );
  const b1 = replayBody(plan.answersEntries, plan.answersText, choices, boundary());
  const r1 = await timed(
    "POST answers",
    request(agent, formUrl, {
      method: "POST",
      headers: {
        ...plan.answersHeaders,
        cookie,
        origin,
        referer: formUrl,
        "next-action": action.id,
        "content-type": b1.contentType,
      },
      body: b1.body,
    }),
  );
  const to1 = String(r1.headers["x-action-redirect"] ?? "");
  if (r1.status >= 400 || !to1.includes("/review"))
    return fail(
      steps,
      `POST answers: HTTP ${r1.status}, x-action-redirect ${to1 || "missing"}: ${r1.body.slice(0, 200)}`,
    );
  // The review arrives inside the action's answer (RSC): its submit form's action id and bound args are in it.
  const reviewUrl = new URL(to1.split(";")[0], formUrl).toString();
  if (!r1.body.includes("review__actions")) return fail(steps, "POST answers: no review page in the answer");
  const b2 = replayBody(plan.submitEntries, plan.submitText, new Map(), boundary());
  const r2 = await timed(
    "POST submit",
    request(agent, reviewUrl, {
      method: "POST",
      headers: {
        ...plan.submitHeaders,
        cookie,
        origin,
        referer: reviewUrl,
        "next-action": plan.submitActionId,
        "content-type": b2.contentType,
      },
      body: b2.body,
    }),
  );
  const to2 = String(r2.headers["x-action-redirect"] ?? "");
  if (r2.status >= 400 || !to2.includes("/receipt"))
    return fail(
      steps,
      `POST submit: HTTP ${r2.status}, x-action-redirect ${to2 || "missing"}: ${r2.body.slice(0, 200)}`,
    );
  const code = receiptCodeIn(r2.body);
  if (!code) return fail(steps, "POST submit: no receipt code in the receipt payload");
  return { ok: true, steps, receipt: code };
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
      if (/\/_next\/static\/|\/icon\.svg/.test(req.url())) return;
      seen.push([req, { method: req.method(), url: req.url(), headers: req.headers(), body: req.postData() }]);
    });
    await page.goto(new URL(formPath, base).toString());
    // Hydrated before the click, or the click is a plain form post.
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
 * browser posted (JavaScript off, and on: the answers and the submit). The option is the one the
 * browser chose, read from its body.
 */
export function checkReplay(formHtml: string, js: CapturedRequest[] | null, noJs: CapturedRequest[] | null) {
  const form = pickAnswerForm(parseForms(formHtml));
  if (!form) return { error: "no answer form on the captured page" };
  const chosenIn = (body: string | null) => /name="(?:_1_)?q\.[^"]+"\r\n\r\n([^\r]*)\r\n/.exec(body ?? "")?.[1];
  const entries = (chosen: string | undefined) =>
    formEntries(form, (c) => (c.name.startsWith("q.") ? c.value === chosen : undefined));
  const out: Record<string, boolean | string> = {};
  const noJsPost = noJs?.find((r) => r.method === "POST");
  if (noJsPost) out.noJsAnswers = sameAsBrowser(noJsPost, encodeMultipart(entries(chosenIn(noJsPost.body)), "B"));
  const posts = js?.filter((r) => r.method === "POST" && r.headers["next-action"]) ?? [];
  if (posts[0]) {
    const withForm = (posts[0].headers["content-type"] ?? "").startsWith("multipart/");
    const built = jsActionBody(entries(chosenIn(posts[0].body)), boundArgsOf(form), withForm, "B");
    // The same fields and values, the hydrated React's renumbering of $ACTION_n aside: the server's work.
    const norm = (e: [string, string][] | null) =>
      e
        ?.map(([k, v]) => `${k.replace(/^_\d+_/, "").replace(/^\$ACTION_(REF_)?\d+/, "$ACTION_$1#")}=${v}`)
        .sort()
        .join("\n");
    const capturedEntries = parseMultipart(posts[0].body ?? "", posts[0].headers["content-type"] ?? "");
    out.jsAnswers = withForm
      ? norm(capturedEntries) === norm(parseMultipart(built.body.toString(), built.contentType))
      : sameAsBrowser(posts[0], built);
    out.jsAnswersBytes = sameAsBrowser(posts[0], built);
    out.jsAnswersAction = posts[0].headers["next-action"] === serverActionOf(form)?.id;
  }
  if (posts[1]) {
    const withForm = (posts[1].headers["content-type"] ?? "").startsWith("multipart/");
    out.jsSubmit = withForm
      ? "multipart: not rebuilt"
      : sameAsBrowser(posts[1], jsActionBody([], boundArgsOf(form), false, "B"));
  }
  return out;
}
