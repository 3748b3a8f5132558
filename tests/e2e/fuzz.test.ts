// Hostile input over HTTP against the production build: no user input may ever get a 5xx, and the
// server must be healthy afterwards. Every page and route handler is found by walking src/app
// (page.tsx, route.ts), so a new route is fuzzed without touching this file; its dynamic segments
// get real ids (found by crawling the app's own links) and hostile ones (%00, %ff, very long, "..",
// unicode, SQL and script snippets); every tRPC procedure (from the router itself) gets hostile
// input as JSON and as multipart. Requests go anonymous and with a staff session, with the app's
// own Origin (so state-changing requests reach their handlers) and without it. The randomness is
// seeded (FUZZ_SEED), so a failure is replayed by running the test again.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { appRouter } from "@/server/api/root";
import { E2E_PASSWORD, E2E_SLUG } from "./server";

const baseUrl = inject("baseUrl");
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

/** Path segments, already percent-encoded as they go on the wire. */
const HOSTILE_SEGMENTS = [
  "%00",
  "%ff",
  "%00%ff",
  "a%00b",
  "%",
  "%zz",
  "%C0%AE%C0%AE",
  "..",
  "%2e%2e",
  "..%2f..%2fetc%2fpasswd",
  encodeURIComponent("Thôn Đông 🏠"),
  encodeURIComponent("\u202e\u200b\ufeff"),
  encodeURIComponent("' OR 1=1 --"),
  encodeURIComponent('1; DROP TABLE "Household"; --'),
  encodeURIComponent("<script>alert(1)</script>"),
  encodeURIComponent("${7*7}{{7*7}}"),
  "__proto__",
  "constructor",
  "-1",
  "1e309",
  "x".repeat(3000),
  encodeURIComponent("đ".repeat(400)),
];

/** Strings for query values and bodies (not encoded). */
const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\uffff\ufffe",
  "\ud800",
  "../../../../etc/passwd",
  "' OR '1'='1",
  "1); SELECT pg_sleep(5); --",
  "<img src=x onerror=alert(1)>",
  "${7*7}",
  "Thôn Đông – Nguyễn Văn A",
  "🏠".repeat(50),
  "x".repeat(20_000),
  "-1",
  "99999999999999999999",
  "NaN",
  "",
  " ",
  "2026-13-45",
];

function randomString(): string {
  if (random() < 0.7) return pick(HOSTILE_STRINGS);
  const n = Math.floor(random() * 40);
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(random() * (random() < 0.8 ? 0x80 : 0xffff)));
  return s;
}

function randomValue(depth = 0): unknown {
  const r = random();
  if (depth > 2 || r < 0.45) return randomString();
  if (r < 0.55) return Math.floor(random() * 2 ** 40) * (random() < 0.5 ? -1 : 1);
  if (r < 0.6) return pick([true, false, null, 1.5, -0, 1e308]);
  if (r < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(depth + 1));
  const keys = [
    "id",
    "consultationId",
    "communeId",
    "householdId",
    "neighbourhoodId",
    "meetingId",
    "recordId",
    "q",
    "query",
    "code",
    "name",
    "text",
    "title",
    "reason",
    "year",
    "page",
    "__proto__",
  ];
  return Object.fromEntries(
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => [pick(keys), randomValue(depth + 1)]),
  );
}

function randomQuery(names: string[]): string {
  const all = [...names, "q", "id", "page", "format", "what", "year", "code", "e", "download"];
  const params = new URLSearchParams();
  for (let i = 0; i < 1 + Math.floor(random() * 3); i++) params.append(pick(all), randomString());
  return `?${params}`;
}

function randomBody(): { body: BodyInit; type?: string } {
  const r = random();
  if (r < 0.35) return { body: JSON.stringify(randomValue()), type: "application/json" };
  if (r < 0.45) return { body: `{"json":${JSON.stringify(randomValue())}`, type: "application/json" }; // cut short
  if (r < 0.75) {
    const form = new FormData();
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
      const name = pick([
        "file",
        "id",
        "title",
        "code",
        "pin",
        "username",
        "password",
        "0",
        "$ACTION_ID_x",
        "1_$ACTION_REF_1",
      ]);
      if (random() < 0.3)
        form.append(
          name,
          new Blob([new Uint8Array(Array.from({ length: 64 }, () => Math.floor(random() * 256)))]),
          pick(["a.pdf", "\u0000.pdf", "../../x.png", "đ.xlsx"]),
        );
      else form.append(name, randomString());
    }
    return { body: form };
  }
  if (r < 0.9)
    return {
      body: new URLSearchParams({ [randomString().slice(0, 20)]: randomString() }).toString(),
      type: "application/x-www-form-urlencoded",
    };
  return {
    body: new Uint8Array(Array.from({ length: 256 }, () => Math.floor(random() * 256))),
    type: pick(["application/json", "multipart/form-data; boundary=x", "text/plain", "application/octet-stream"]),
  };
}

/** A value of a zod schema's shape (zod 4's `_zod.def`), its strings hostile. */
function sample(schema: unknown, depth = 0): unknown {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def || depth > 6) return randomString();
  switch (def.type) {
    case "object":
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, unknown>).map(([k, v]) => [k, sample(v, depth + 1)]),
      );
    case "string":
      return pick(["\u0000", "a\u0000b", "x".repeat(5000), "' OR 1=1 --", "%00%ff", randomString()]);
    case "number":
    case "int":
    case "bigint":
      return pick([0, 1, -1, 2 ** 31]);
    case "boolean":
      return random() < 0.5;
    case "enum":
      return pick(Object.values(def.entries as Record<string, unknown>));
    case "literal":
      return (def.values as unknown[])[0];
    case "array":
      return Array.from({ length: 1 + Math.floor(random() * 2) }, () => sample(def.element, depth + 1));
    case "tuple":
      return (def.items as unknown[]).map((i) => sample(i, depth + 1));
    case "record":
      return { [randomString().slice(0, 10)]: sample(def.valueType, depth + 1) };
    case "union":
      return sample(pick(def.options as unknown[]), depth + 1);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return sample(def.innerType, depth + 1);
    case "pipe":
      return sample(def.in, depth + 1);
    case "date":
      return new Date(2026, 0, 1).toISOString();
    default:
      return randomString();
  }
}

type Template = { template: string; kind: "page" | "route"; methods: string[]; queryNames: string[] };

/**
 * Every page.tsx and route.ts under src/app, and every page under src/pages (the resident pages), as
 * an address template ("/[commune]/resident/c/[id]").
 */
function appRoutes(): Template[] {
  const root = path.resolve("src/app");
  const out: Template[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue; // private folders are not routes
        walk(full, /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (entry.name === "page.tsx" || entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const queryNames = [
          ...new Set(
            [...source.matchAll(/(\w+)\?: string/g), ...source.matchAll(/searchParams\.get\("(\w+)"\)/g)].map(
              (m) => m[1],
            ),
          ),
        ];
        const methods =
          entry.name === "page.tsx"
            ? ["GET", "POST"]
            : [...new Set([...source.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]))];
        out.push({
          template: `/${segments.join("/")}`,
          kind: entry.name === "page.tsx" ? "page" : "route",
          methods,
          queryNames,
        });
      }
    }
  };
  walk(root, []);
  // The Pages Router: a file is a page (index.tsx its folder's); _app and _document are not routes.
  // Their query parameters are read by src/server/residents/pages.ts.
  const loader = readFileSync(path.resolve("src/server/residents/pages.ts"), "utf8");
  const pageQuery = [...new Set([...loader.matchAll(/query\.(\w+)/g)].map((m) => m[1]))];
  const walkPages = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walkPages(full, [...segments, entry.name]);
      else if (entry.name.endsWith(".tsx") && !entry.name.startsWith("_")) {
        const name = entry.name.replace(/\.tsx$/, "");
        const all = name === "index" ? segments : [...segments, name];
        out.push({ template: `/${all.join("/")}`, kind: "page", methods: ["GET", "POST"], queryNames: pageQuery });
      }
    }
  };
  walkPages(path.resolve("src/pages"), []);
  return out;
}

const routes = appRoutes();
const isDynamic = (segment: string) => /^\[/.test(segment);

/** A template's regex, each dynamic segment a capture group; catch-alls take the rest. */
function matcher(template: string): RegExp {
  const parts = template
    .split("/")
    .filter(Boolean)
    .map((s) =>
      /^\[\[?\.\.\./.test(s)
        ? "(?:/(.*))?"
        : isDynamic(s)
          ? "/([^/?#]+)"
          : `/${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
    );
  return new RegExp(`^${parts.join("") || "/"}$`);
}

let staffCookie = "";
let householdCookie = "";
type Who = "anonymous" | "staff" | "household";
const WHO: readonly Who[] = ["anonymous", "staff", "household"];
const cookieOf = (who: Who) => (who === "staff" ? staffCookie : who === "household" ? householdCookie : "");
/** Real values seen for each template's dynamic segments, by crawling the app's own links. */
const realValues = new Map<string, string[][]>();

/** A session through next-auth's own sign-in post (provider "staff" or "household"), as its form sends it. */
async function signIn(provider: "staff" | "household", fields: Record<string, string>): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/${provider}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: baseUrl },
    body: new URLSearchParams({ csrfToken, ...fields, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("next-auth.session-token="));
  if (!session) throw new Error(`sign-in (${provider}) failed: ${res.status}`);
  return session;
}

async function crawl() {
  const seen = new Set<string>();
  const queue = [
    "/",
    `/${E2E_SLUG}`,
    "/console",
    "/console/consultations",
    "/console/households",
    "/console/staff",
    "/console/neighbourhoods",
  ];
  while (queue.length && seen.size < 60) {
    const at = queue.shift()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const res = await fetch(`${baseUrl}${at}`, { headers: { cookie: staffCookie }, redirect: "manual" });
    if (!(res.headers.get("content-type") ?? "").includes("text/html")) continue;
    for (const m of (await res.text()).matchAll(/href="(\/[^"?#]*)/g)) {
      const href = m[1].replaceAll("&amp;", "&");
      for (const r of routes) {
        const hit = matcher(r.template).exec(href);
        if (!hit || hit.length < 2) continue;
        const values = realValues.get(r.template) ?? [];
        if (values.length < 3 && !values.some((v) => v.join("/") === hit.slice(1).join("/")))
          values.push(hit.slice(1).map((v) => v ?? ""));
        realValues.set(r.template, values);
      }
      if (!seen.has(href) && href.split("/").length < 7 && !href.startsWith("/api/")) queue.push(href);
    }
  }
}

/** Concrete addresses for a template: its real ones, then each dynamic segment made hostile in turn. */
function addresses(r: Template): string[] {
  const segments = r.template.split("/").filter(Boolean);
  const dynamicCount = segments.filter(isDynamic).length;
  if (dynamicCount === 0) return [r.template];
  const fallback = segments
    .filter(isDynamic)
    .map((s) => (s === "[commune]" ? E2E_SLUG : s === "[trpc]" ? "commune.list" : "x"));
  const real = realValues.get(r.template) ?? [fallback];
  const fill = (values: string[]) => {
    let i = 0;
    return (
      "/" +
      segments
        .map((s) => (isDynamic(s) ? values[i++] : s))
        .filter((s) => s !== "")
        .join("/")
    );
  };
  const out = new Set(real.map(fill));
  for (let d = 0; d < dynamicCount; d++) {
    for (const hostile of HOSTILE_SEGMENTS) {
      const values = [...real[0]];
      values[d] = hostile;
      out.add(fill(values));
    }
    const values = [...real[0]];
    values[d] = `${HOSTILE_SEGMENTS[0]}/${pick(HOSTILE_SEGMENTS)}/${pick(HOSTILE_SEGMENTS)}`; // a catch-all's several segments
    out.add(fill(values));
  }
  return [...out];
}

type Outcome = { method: string; url: string; status: number; who: string };
const failures: Outcome[] = [];
let sent = 0;

async function send(
  method: string,
  url: string,
  who: Who,
  opts: { origin?: boolean; body?: { body: BodyInit; type?: string }; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...opts.headers };
  if (who !== "anonymous") headers.cookie = cookieOf(who);
  if (opts.origin !== false) headers.origin = baseUrl;
  if (opts.body?.type) headers["content-type"] = opts.body.type;
  sent++;
  let status = 0;
  try {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers,
      body: opts.body?.body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    status = res.status;
    await res.arrayBuffer();
  } catch {
    status = 0; // the connection broke: as bad as a 500
  }
  if (status === 0 || status >= 500) failures.push({ method, url: url.slice(0, 200), status, who });
}

/** Runs the jobs `width` at a time. */
async function pool(jobs: (() => Promise<void>)[], width = 4) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
}

beforeAll(async () => {
  staffCookie = await signIn("staff", { username: "e2e-official", password: E2E_PASSWORD });
  // A household no other browser test uses (its PIN is the seed's default).
  householdCookie = await signIn("household", { commune: E2E_SLUG, code: "T04", pin: "999999" });
  await crawl();
}, 120_000);

describe(`fuzz every route (seed ${SEED})`, () => {
  test("the app directory was walked", () => {
    expect(routes.filter((r) => r.kind === "page").length).toBeGreaterThan(20);
    expect(routes.some((r) => r.template === "/api/trpc/[trpc]")).toBe(true);
    expect(
      realValues.get("/[commune]/resident/c/[id]") ?? realValues.get("/[commune]/consultations/[id]"),
    ).toBeDefined();
  });

  test("pages and route handlers: hostile segments, queries and bodies never get a 5xx", async () => {
    const jobs: (() => Promise<void>)[] = [];
    for (const r of routes.filter((r) => r.template !== "/api/trpc/[trpc]")) {
      for (const url of addresses(r)) {
        for (const who of WHO) {
          jobs.push(() => send("GET", url, who));
          jobs.push(() => send("GET", `${url}${randomQuery(r.queryNames)}`, who));
        }
      }
      const [url] = addresses(r);
      for (const method of new Set([...r.methods, "POST"])) {
        if (method === "GET") continue;
        for (let i = 0; i < 4; i++) {
          const body = randomBody();
          const who = WHO[i % 3];
          jobs.push(() => send(method, url, who, { body }));
          // A server action's post, with an id that names no action.
          if (r.kind === "page")
            jobs.push(() =>
              send("POST", url, who, {
                body: randomBody(),
                headers: {
                  "next-action": Math.floor(random() * 2 ** 52)
                    .toString(16)
                    .padStart(40, "0"),
                },
              }),
            );
        }
        jobs.push(() => send(method, url, "staff", { body: randomBody(), origin: false }));
      }
    }
    await pool(jobs);
    expect(failures, JSON.stringify(failures.slice(0, 40), null, 1)).toEqual([]);
  }, 240_000);

  test("every tRPC procedure: hostile input as a query, JSON and multipart never gets a 5xx", async () => {
    failures.length = 0;
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: unknown[] } }>,
    );
    const jobs: (() => Promise<void>)[] = [];
    for (const [name, p] of procedures) {
      // Inputs of the procedure's own shape, every string in them hostile (NUL, very long, SQL…).
      const shaped = () => ({ json: p._def.inputs.length ? sample(p._def.inputs[0]) : randomValue() });
      for (const who of WHO) {
        if (p._def.type === "query") {
          for (let i = 0; i < 2; i++)
            jobs.push(() =>
              send(
                "GET",
                `/api/trpc/${name}?input=${encodeURIComponent(JSON.stringify({ json: randomValue() }))}`,
                who,
              ),
            );
          for (let i = 0; i < 2; i++)
            jobs.push(() =>
              send("GET", `/api/trpc/${name}?input=${encodeURIComponent(JSON.stringify(shaped()))}`, who),
            );
          jobs.push(() =>
            send(
              "GET",
              `/api/trpc/${name}?batch=1&input=${encodeURIComponent(pick(["%00", "{", "[]", '{"0":{"json":"\\u0000"}}']))}`,
              who,
            ),
          );
        } else {
          jobs.push(() =>
            send("POST", `/api/trpc/${name}`, who, {
              body: { body: JSON.stringify({ json: randomValue() }), type: "application/json" },
            }),
          );
          for (let i = 0; i < 2; i++)
            jobs.push(() =>
              send("POST", `/api/trpc/${name}`, who, {
                body: { body: JSON.stringify(shaped()), type: "application/json" },
              }),
            );
          jobs.push(() => send("POST", `/api/trpc/${name}`, who, { body: randomBody() }));
          const form = new FormData();
          form.append(pick(["consultationId", "id", "title"]), pick(HOSTILE_STRINGS));
          form.append(
            "file",
            new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0xff])]),
            pick(["\u0000.pdf", "x".repeat(300) + ".pdf", "tài liệu.pdf"]),
          );
          jobs.push(() => send("POST", `/api/trpc/${name}`, who, { body: { body: form } }));
        }
      }
    }
    await pool(jobs);
    expect(failures, JSON.stringify(failures.slice(0, 40), null, 1)).toEqual([]);
  }, 240_000);

  test("the server is healthy afterwards", async () => {
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    expect((await fetch(`${baseUrl}/${E2E_SLUG}`)).status).toBe(200);
    expect((await fetch(`${baseUrl}/console`, { headers: { cookie: staffCookie } })).status).toBe(200);
    expect(sent).toBeGreaterThan(500);
  });
});
