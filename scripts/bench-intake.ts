// npm run bench:intake — response intake over HTTP beside the raw database limit (run `npm run build`
// first). For each target — a PostgreSQL server (a throw-away database on BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/postgres) and the embedded database (a throw-away EMBEDDED_DB_DIR, the app connecting to its PostgreSQL) —
// seeds one commune with BENCH_HOUSEHOLDS households (default 80,000) over 100 neighbourhoods, one
// OPEN online consultation with one approval question and the roll frozen, mints a session cookie
// per household and starts `next start` on it. Then, at concurrency 64 for BENCH_SECONDS (default
// 30) each, every request a different household's first response:
//   - `response.submitOnline`, the tRPC mutation (the staff and API path: no resident page loads a
//     tRPC client), goal ≥ 1,000 responses/s, p99 ≤ 150 ms, no errors;
//   - the resident's real path, the pages under src/pages/[commune]/resident and the route handlers
//     their forms post to (scripts/bench-resident.ts): form → 303 → review → 303 → receipt, with
//     JavaScript off and on (the pages carry no script, so both are the same five requests: checked
//     against Debian's Chromium at the start of the run, whose headers the js path replays). Goal: ≥ 0.5× the tRPC rate in complete responses, ≤ 25 ms of app
//     server CPU per complete response, p99 of the whole sequence ≤ 1.5 s, no errors;
//   - GET /api/health, the framework's floor.
// After the server stopped: every acknowledged response (a 2xx, or the receipt page with its code)
// checked in the database, household by household — stored exactly once, with the receipt shown —
// and the same writes straight to the database (Response + Answer + AnswerChoice in one
// transaction, on households not used yet). Prints tables and writes bench/results/intake.json.
//
// BENCH_RESIDENT_PATHS=nojs,js picks the resident paths (empty: none). BENCH_CAPTURE=<file> writes
// the requests Chromium sent (cookies included: a throw-away run's) to <file>.
// BENCH_SAMPLE (default 100,000) caps the households drawn at random from the roll to answer as
// (the roll itself is BENCH_HOUSEHOLDS); BENCH_INTAKE_OUT writes the results to another file.
// BENCH_TARGETS=postgres,embedded picks targets. BENCH_CPU_PROF=<dir> runs the server under
// `node --cpu-prof` (profile written to <dir> when it stops) and leaves intake.json alone.
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { DAY_MS } from "../src/domain/consultation-plan.ts";
import { MATTER_PRESETS } from "../src/domain/matters.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { EMBEDDED_DATABASE, ensureEmbedded } from "../src/server/db/embedded-server.mjs";
import { ownCpuMs, postgresCpuMs, treeCpuMs } from "./bench-cpu.ts";
import { createBenchDatabase } from "./bench-db.ts";
import { cleanups, killServerGroup, runCleanups, stopServer as stopBenchServer, trackServer } from "./bench-server.ts";
import {
  captureBrowser,
  checkReplay,
  formSequence,
  jsPlanFrom,
  percentiles,
  request,
  storedCheck,
  type Ack,
  type JsPlan,
  type StoredRow,
} from "./bench-resident.ts";
import { benchQuestion, freePort } from "./bench-util.ts";

const H = Number(process.env.BENCH_HOUSEHOLDS ?? 80_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const SAMPLE = Math.min(H, Number(process.env.BENCH_SAMPLE ?? 100_000));
const OUT = process.env.BENCH_INTAKE_OUT ?? "bench/results/intake.json";
const WARMUP_SECONDS = 3;
// A resident path runs four page and handler modules that nothing before it warmed; 3 s left the
// first of the two paths measured ~20 % dearer than the second whichever it was (2026-12-04 runs).
const RESIDENT_WARMUP_SECONDS = 6;
const CONCURRENCY = 64;
const HOODS = 100;
const SESSION_MAX_AGE = 12 * 60 * 60; // as src/server/auth/session-cookie.ts (which is server-only)
const SECRET = "bench-intake-secret-0123456789abcdef";
const GOAL = { responsesPerSecond: 1_000, p99Ms: 150, errors: 0 };
const TARGETS = (process.env.BENCH_TARGETS ?? "postgres,embedded").split(",").map((s) => s.trim());
const CPU_PROF = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
const CAPTURE = process.env.BENCH_CAPTURE ? path.resolve(process.env.BENCH_CAPTURE) : null;
const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

// DROP DATABASE … WITH (FORCE) at the end ends any idle connection left in this process (the
// seeding Prisma pool's), and pg reports it as an error event of a pool nobody holds: it crashed the
// run before intake.json was written. That one error (admin shutdown, 57P01) is not a failure.
process.on("uncaughtException", (e) => {
  if ((e as { code?: string }).code === "57P01") return;
  console.error(e);
  process.exit(1);
});

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build (.next/BUILD_ID is missing): run `npm run build` first.");
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Seeding

type Household = { id: string; neighbourhoodId: string };
type Fixture = {
  communeId: string;
  communeCode: string;
  communeSlug: string;
  consultationId: string;
  questionId: string;
  agree: string;
  disagree: string;
  households: Household[];
};

async function seed(db: PrismaClient): Promise<Fixture> {
  const stamp = Date.now().toString(36);
  const now = new Date();
  const province = await db.province.create({ data: { code: `BI-${stamp}`, name: "Quảng Ngãi" } });
  const commune = await db.commune.create({
    data: {
      code: `BENCH-${stamp}`,
      slug: `bench-${stamp}`,
      name: "Xã Đo Tải",
      kind: "COMMUNE",
      provinceId: province.id,
    },
  });
  await db.neighbourhood.createMany({
    data: Array.from({ length: HOODS }, (_, i) => ({
      communeId: commune.id,
      code: `T${i + 1}`,
      name: `Tổ dân phố ${i + 1}`,
      kind: "RESIDENTIAL_GROUP" as const,
    })),
  });
  const hoods = await db.neighbourhood.findMany({
    where: { communeId: commune.id },
    orderBy: { code: "asc" },
    select: { id: true, name: true },
  });
  // Made inside the database (generate_series, as scripts/bench-tally.ts and src/server/demo/seed.ts
  // do): createMany in chunks of 5,000 took minutes per million households and held every row in
  // this process. Ids are cuid-long (25 characters) as Prisma's @default(cuid()) makes them.
  await db.$executeRaw`INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, "updatedAt")
    SELECT 'c' || lpad(to_hex(g), 24, '0'), ${commune.id}, (${hoods.map((h) => h.id)}::text[])[(g - 1) % ${HOODS} + 1],
           'B' || CASE WHEN g < 1000000 THEN lpad(g::text, 6, '0') ELSE g::text END, 'Hộ ' || g, 'Số ' || ((g - 1) % 300 + 1), now()
      FROM generate_series(1, ${H}::int) g`;
  await db.$executeRawUnsafe(`ANALYZE "Household"`);
  const preset = MATTER_PRESETS.PROJECT_INVESTMENT_POLICY;
  const c = await db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Đo tải: lấy ý kiến về dự án đường liên thôn",
      summary: "Tóm tắt",
      matter: "PROJECT_INVESTMENT_POLICY",
      mode: preset.mode,
      status: "OPEN",
      channels: ["ONLINE"],
      publishedAt: new Date(now.getTime() - 5 * DAY_MS),
      opensAt: new Date(now.getTime() - 5 * DAY_MS),
      openedAt: new Date(now.getTime() - 5 * DAY_MS),
      closesAt: new Date(now.getTime() + 20 * DAY_MS),
      areas: { createMany: { data: hoods.map((n) => ({ neighbourhoodId: n.id, neighbourhoodName: n.name })) } },
    },
  });
  const q = await benchQuestion(db, c.id);
  // The roll frozen with every household, as the opening does it (one INSERT … SELECT).
  await db.$executeRaw`INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName", "addedAt")
    SELECT gen_random_uuid()::text, ${c.id}, h.id, h."neighbourhoodId", h.code, h."headName", ${new Date(now.getTime() - 5 * DAY_MS)}
    FROM "Household" h WHERE h."communeId" = ${commune.id}`;
  await db.$executeRawUnsafe(`ANALYZE "RollEntry"`);
  // The households the run answers as: a random sample of the roll (BENCH_SAMPLE, at most 100,000:
  // more than a run of BENCH_SECONDS per phase uses on this machine), drawn in the database and in a
  // random order, so requests spread over every neighbourhood, not one at a time. With the roll no
  // larger than the sample, that is every household, shuffled, as before.
  const households = await db.$queryRaw<Household[]>`
    SELECT id, "neighbourhoodId" FROM "Household" WHERE "communeId" = ${commune.id} ORDER BY random() LIMIT ${SAMPLE}`;
  return {
    communeId: commune.id,
    communeCode: commune.code,
    communeSlug: commune.slug,
    consultationId: c.id,
    questionId: q.id,
    agree: q.options[0].id,
    disagree: q.options[1].id,
    households,
  };
}

async function mintCookies(f: Fixture): Promise<string[]> {
  const out: string[] = new Array(f.households.length);
  const BATCH = 500;
  for (let s = 0; s < f.households.length; s += BATCH) {
    await Promise.all(
      f.households.slice(s, s + BATCH).map(async (h, k) => {
        const actor = { type: "household", id: h.id, communeId: f.communeId, sessionVersion: 0 };
        out[s + k] =
          `next-auth.session-token=${await encode({ token: { sub: h.id, actor }, secret: SECRET, maxAge: SESSION_MAX_AGE })}`;
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Server

const serverLog: string[] = [];
/** The first internal errors the server logged ("[trpc] path: cause"), to say why a request failed. */
const serverErrors: string[] = [];
function keepLog(chunk: Buffer) {
  const lines = chunk.toString().split("\n");
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    serverLog.push(line);
    if (line.includes("[trpc]") && serverErrors.length < 3)
      serverErrors.push(
        lines
          .slice(i, i + 4)
          .join(" | ")
          .slice(0, 600),
      );
  });
  if (serverLog.length > 200) serverLog.splice(0, serverLog.length - 200);
}

async function startServer(dbEnv: Record<string, string>, dataDir: string, communeCode: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  serverLog.length = 0;
  serverErrors.length = 0;
  // --cpu-prof is refused in NODE_OPTIONS: it goes on the node command line of the server itself.
  const nodeArgs = CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}`] : [];
  server = spawn(process.execPath, [...nodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: "",
      EMBEDDED_DB_DIR: "",
      ...dbEnv,
      DATA_DIR: dataDir,
      AUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      DEFAULT_COMMUNE: communeCode,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  trackServer(server);
  server.stdout!.on("data", keepLog);
  server.stderr!.on("data", keepLog);
  const started = performance.now();
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`server exited (${server.exitCode ?? server.signalCode}):\n${serverLog.slice(-20).join("\n")}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) {
        const health = (await res.json()) as { database: string };
        return { port, base, health, startMs: Math.round(performance.now() - started) };
      }
    } catch {
      // starting
    }
    if (performance.now() - started > 120_000)
      throw new Error(`server did not answer /api/health in 120 s:\n${serverLog.slice(-20).join("\n")}`);
    await sleep(250);
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let server: ChildProcess | null = null;
async function stopServer() {
  await stopBenchServer(CPU_PROF ? 60_000 : 15_000);
  server = null;
}

// ---------------------------------------------------------------------------------------------
// Load

type Stats = {
  requests: number;
  ok: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  exhausted: boolean;
};

function summarise(latencies: number[], ok: number, errors: number, seconds: number, exhausted: boolean): Stats {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: latencies.length,
    ok,
    errors,
    seconds: r(seconds),
    perSecond: Math.round(ok / seconds),
    p50Ms: r(at(0.5)),
    p99Ms: r(at(0.99)),
    maxMs: r(sorted.length ? sorted[sorted.length - 1] : NaN),
    exhausted,
  };
}

/** Runs `one(i)` for i = cursor.next, cursor.next + 1, … with `width` in flight until time or households run out. */
async function drive(
  cursor: { next: number; end: number },
  width: number,
  seconds: number,
  one: (i: number) => Promise<boolean>,
) {
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (performance.now() < deadline && cursor.next < cursor.end) {
        const i = cursor.next++;
        const t = performance.now();
        const good = await one(i);
        latencies.push(performance.now() - t);
        if (good) ok++;
        else errors++;
      }
    }),
  );
  return summarise(latencies, ok, errors, (performance.now() - started) / 1000, cursor.next >= cursor.end);
}

function get(agent: http.Agent, port: number, urlPath: string): Promise<{ status: number }> {
  return new Promise((resolve) => {
    http
      .get({ host: "127.0.0.1", port, path: urlPath, agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
      })
      .on("error", () => resolve({ status: 0 }));
  });
}

function post(
  agent: http.Agent,
  port: number,
  urlPath: string,
  body: string,
  cookie: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.request(
      // Origin as a browser sends it: the app refuses a state change without its own (src/proxy.ts).
      {
        host: "127.0.0.1",
        port,
        path: urlPath,
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          cookie,
          origin: `http://127.0.0.1:${port}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on("error", (e) => resolve({ status: 0, body: String(e) }));
      },
    );
    req.on("error", (e) => resolve({ status: 0, body: String(e) }));
    req.end(body);
  });
}

type CpuSplit = { server: number | null; database: number | null; loadGenerator: number };

/** CPU used so far by the app server (its process tree), the PostgreSQL server (when it is a separate one) and this process. */
/**
 * The postmaster of the target's own server: its process tree is the database's CPU. Without it,
 * every process named postgres on the machine would count, another cluster's too.
 */
let databaseRoot: number | null = null;

async function postmasterOf(url: string): Promise<number | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const dir = (await c.query<{ d: string }>("SHOW data_directory")).rows[0].d.replace(/^'|'$/g, "");
    return Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]) || null;
  } catch {
    return null; // not on this machine, or not readable: all postgres processes are counted
  } finally {
    await c.end();
  }
}

function cpuNow(withPostgres: boolean): CpuSplit {
  return {
    server: server?.pid ? treeCpuMs(server.pid) : null,
    database: withPostgres ? (databaseRoot ? treeCpuMs(databaseRoot) : postgresCpuMs()) : null,
    loadGenerator: ownCpuMs(),
  };
}

/** Milliseconds of CPU per response, by party, between two readings. */
function cpuPerResponse(before: CpuSplit, after: CpuSplit, responses: number): CpuSplit {
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || !responses ? null : Math.round(((b - a) / responses) * 100) / 100;
  return {
    server: per(before.server, after.server),
    database: per(before.database, after.database),
    loadGenerator: per(before.loadGenerator, after.loadGenerator)!,
  };
}

async function httpLoad(
  f: Fixture,
  cookies: string[],
  port: number,
  cursor: { next: number; end: number },
  withPostgres: boolean,
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const errorBodies: string[] = [];
  let firstReceipt: string | null = null;
  const acked: Ack[] = [];
  const attempted: string[] = [];
  const one = async (i: number) => {
    const optionId = Math.random() < 0.5 ? f.agree : f.disagree;
    // tRPC v11 over HTTP, no batching (as httpLink sends it): POST /api/trpc/<path>, body = superjson.serialize(input).
    const input = {
      consultationId: f.consultationId,
      answers: [{ questionId: f.questionId, optionIds: [optionId], text: "", comment: "" }],
    };
    const res = await post(agent, port, "/api/trpc/response.submitOnline", JSON.stringify({ json: input }), cookies[i]);
    const good = res.status >= 200 && res.status < 300;
    if (!good && errorBodies.length < 5) errorBodies.push(`HTTP ${res.status}: ${res.body.slice(0, 400)}`);
    if (good && !firstReceipt) firstReceipt = res.body.slice(0, 300);
    attempted.push(f.households[i].id);
    if (good) acked.push({ householdId: f.households[i].id, receipt: /"receiptCode":"([^"]+)"/.exec(res.body)?.[1] });
    return good;
  };
  const warmup = await drive(cursor, CONCURRENCY, WARMUP_SECONDS, one);
  const before = cpuNow(withPostgres);
  const measured = await drive(cursor, CONCURRENCY, SECONDS, one);
  const cpu = cpuPerResponse(before, cpuNow(withPostgres), measured.ok);
  const resident = await residentLoad(f, cookies, port, cursor, withPostgres, agent);
  // The framework's floor on this machine: GET /api/health (one trivial query through Prisma) at the
  // same concurrency — no application can answer faster through Next.js here.
  const floorCursor = { next: 0, end: Number.MAX_SAFE_INTEGER };
  const floorBefore = cpuNow(withPostgres);
  const floor = await drive(floorCursor, CONCURRENCY, Math.min(10, SECONDS), () =>
    get(agent, port, "/api/health").then((r) => r.status === 200),
  );
  const floorCpu = cpuPerResponse(floorBefore, cpuNow(withPostgres), floor.ok);
  agent.destroy();
  return {
    warmup,
    measured: { ...measured, cpuPerResponseMs: cpu },
    floor: { ...floor, cpuPerResponseMs: floorCpu },
    errorBodies,
    firstReceipt,
    serverErrors: [...serverErrors],
    acked,
    attempted,
    resident,
  };
}

// ---------------------------------------------------------------------------------------------
// The resident's real path (scripts/bench-resident.ts): the pages and their server actions

const RESIDENT_PATHS = (process.env.BENCH_RESIDENT_PATHS ?? "nojs,js")
  .split(",")
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const RESIDENT_LABELS: Record<string, string> = {
  nojs: "resident pages, JavaScript off (form posts, 303, GET)",
  js: "resident pages, JavaScript on (the same form posts, with the headers Chromium sent)",
};
/** Goals of the real path, against the tRPC mutation measured in the same run. */
const RESIDENT_GOAL = { ratioToTrpc: 0.5, appCpuMsPerResponse: 25, p99SequenceMs: 1_500, errors: 0 };

async function residentLoad(
  f: Fixture,
  cookies: string[],
  port: number,
  cursor: { next: number; end: number },
  withPostgres: boolean,
  agent: http.Agent,
) {
  const base = `http://127.0.0.1:${port}`;
  const formPath = `/${f.communeSlug}/resident/c/${f.consultationId}`;
  const split = (c: string) => [c.slice(0, c.indexOf("=")), c.slice(c.indexOf("=") + 1)] as [string, string];
  // Households the browser capture answered with: stored, but no path's.
  const captured: string[] = [];
  let plan: JsPlan | null = null;
  let planError: string | null = null;
  let replay: Record<string, unknown> | null = null;
  if (RESIDENT_PATHS.length) {
    try {
      // Chromium answers once with JavaScript on and once off, each as a household of its own; the
      // form page it answered is fetched first (a GET writes nothing) to rebuild its posts here.
      const [jsAt, noJsAt] = [--cursor.end, --cursor.end];
      captured.push(f.households[jsAt].id, f.households[noJsAt].id);
      const formHtml = (await request(agent, base + formPath, { headers: { cookie: cookies[jsAt] } })).body;
      const js = await captureBrowser(base, formPath, split(cookies[jsAt]), true);
      const noJs = await captureBrowser(base, formPath, split(cookies[noJsAt]), false);
      if (CAPTURE) writeFileSync(CAPTURE, `${JSON.stringify({ formHtml, js, noJs }, null, 2)}\n`);
      plan = jsPlanFrom(js, noJs);
      replay = checkReplay(formHtml, js, noJs);
      console.log(
        `  Chromium with JavaScript on sent the same ${plan.requests.length} requests as with it off (${plan.requests.map((r) => r.method).join(", ")}), no script; the bench's bodies beside Chromium's: ${Object.entries(
          replay,
        )
          .map(([k, v]) => `${k} ${v === true ? "yes" : v === false ? "NO" : v}`)
          .join(", ")}`,
      );
    } catch (e) {
      planError = `browser capture failed: ${(e as Error).message.split("\n")[0]}`;
      console.warn(`  ${planError}`);
    }
  }
  const pick = (values: string[]) => values[Math.random() < 0.5 ? 0 : 1] ?? values[0];
  const paths: Record<string, unknown> = {};
  for (const key of RESIDENT_PATHS) {
    if (!RESIDENT_LABELS[key]) {
      console.warn(`  unknown resident path ${key} (nojs, js)`);
      continue;
    }
    if (key === "js" && !plan) {
      paths[key] = { label: RESIDENT_LABELS[key], skipped: planError ?? "no capture" };
      continue;
    }
    const steps: Record<string, number[]> = {};
    const acked: Ack[] = [];
    const attempted: string[] = [];
    const errorBodies: string[] = [];
    // Connections of its own, as a browser opens them: the shared agent's were left idle through
    // the browser capture, long enough for the server to close them (its keep-alive timeout is
    // 5 s), and a request sent on one as it closes fails with "socket hang up" (a browser would
    // retry it on a new connection; this bench counts it as an error instead).
    const own = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const one = async (i: number) => {
      const seq = await formSequence(
        own,
        base,
        formPath,
        cookies[i],
        pick,
        key === "js" ? plan!.documentHeaders : undefined,
      );
      attempted.push(f.households[i].id);
      for (const [k, v] of Object.entries(seq.steps)) (steps[k] ??= []).push(v);
      if (seq.ok) acked.push({ householdId: f.households[i].id, receipt: seq.receipt });
      else if (errorBodies.length < 5) errorBodies.push(seq.error ?? "failed");
      return seq.ok;
    };
    const warmup = await drive(cursor, CONCURRENCY, RESIDENT_WARMUP_SECONDS, one);
    for (const k of Object.keys(steps)) delete steps[k]; // per-step figures of the measured run only
    const before = cpuNow(withPostgres);
    const measured = await drive(cursor, CONCURRENCY, SECONDS, one);
    const cpu = cpuPerResponse(before, cpuNow(withPostgres), measured.ok);
    own.destroy();
    paths[key] = {
      label: RESIDENT_LABELS[key],
      http: { ...measured, cpuPerResponseMs: cpu },
      warmup,
      steps: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, percentiles(v)])),
      errorBodies,
      acked,
      attempted,
    };
  }
  return { paths, captured, plan, replay };
}

/** Rows per household of the consultation, after the run. */
async function storedRows(
  query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>,
  consultationId: string,
): Promise<Map<string, StoredRow>> {
  const { rows } = await query(
    `SELECT "householdId", count(*)::int AS n, array_agg("receiptCode") AS receipts FROM "Response" WHERE "consultationId" = $1 GROUP BY 1`,
    [consultationId],
  );
  return new Map((rows as StoredRow[]).map((r) => [r.householdId, r]));
}

// The raw limit: the same first responses written straight to the database, one transaction each.
const RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const receipt = () => Array.from({ length: 10 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join("");
const SQL_RESPONSE = `INSERT INTO "Response" (id, "consultationId", "householdId", "neighbourhoodId", "effectiveHouseholdId", channel, "receiptCode", "submittedAt", "updatedAt")
  VALUES ($1, $2, $3, $4, $3, 'ONLINE', $5, $6, $6)`;
const SQL_ANSWER = `INSERT INTO "Answer" (id, "responseId", "questionId") VALUES ($1, $2, $3)`;
const SQL_CHOICE = `INSERT INTO "AnswerChoice" ("answerId", "optionId") VALUES ($1, $2)`;

type RawQuery = (sql: string, params: unknown[], name: string) => Promise<unknown>;

async function rawWrite(q: RawQuery, f: Fixture, h: Household) {
  const responseId = randomUUID();
  const answerId = randomUUID();
  const now = new Date();
  await q("BEGIN", [], "");
  try {
    await q(SQL_RESPONSE, [responseId, f.consultationId, h.id, h.neighbourhoodId, receipt(), now], "bench_response");
    await q(SQL_ANSWER, [answerId, responseId, f.questionId], "bench_answer");
    await q(SQL_CHOICE, [answerId, Math.random() < 0.5 ? f.agree : f.disagree], "bench_choice");
    await q("COMMIT", [], "");
  } catch (e) {
    await q("ROLLBACK", [], "").catch(() => {});
    throw e;
  }
}

async function rawLoad(
  f: Fixture,
  width: number,
  cursor: { next: number; end: number },
  q: (fn: (run: RawQuery) => Promise<void>) => Promise<void>,
) {
  const errorBodies: string[] = [];
  const stats = await drive(cursor, width, SECONDS, async (i) => {
    try {
      await q((run) => rawWrite(run, f, f.households[i]));
      return true;
    } catch (e) {
      if (errorBodies.length < 5) errorBodies.push((e as Error).message);
      return false;
    }
  });
  return { ...stats, errorBodies };
}

// ---------------------------------------------------------------------------------------------
// Targets

type Result = Record<string, unknown>;

async function countResponses(
  query: (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>,
  consultationId: string,
) {
  const { rows } = await query(
    `SELECT (SELECT count(*)::int FROM "Response" WHERE "consultationId" = $1 AND "effectiveHouseholdId" IS NOT NULL) AS effective,
            (SELECT count(*)::int FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" WHERE r."consultationId" = $1) AS answers`,
    [consultationId],
  );
  return rows[0] as { effective: number; answers: number };
}

function httpPart(
  label: string,
  load: Awaited<ReturnType<typeof httpLoad>>,
  counted: { effective: number; answers: number },
  stored: Map<string, StoredRow>,
) {
  const { warmup, measured, errorBodies } = load;
  const trpcStored = storedCheck(load.acked, load.attempted, stored);
  type PathRun = {
    label: string;
    skipped?: string;
    http: Stats & { cpuPerResponseMs: CpuSplit };
    warmup: Stats;
    steps: Record<string, ReturnType<typeof percentiles>>;
    errorBodies: string[];
    acked: Ack[];
    attempted: string[];
  };
  const paths = load.resident.paths as Record<string, PathRun>;
  // Every response the run stored: each path's acknowledged ones and the browser capture's.
  const expected =
    load.acked.length +
    Object.values(paths).reduce((n, p) => n + (p.acked?.length ?? 0), 0) +
    load.resident.captured.filter((id) => stored.has(id)).length;
  const residentStored = Object.fromEntries(
    Object.entries(paths).map(([k, p]) => [k, p.skipped ? null : storedCheck(p.acked, p.attempted, stored)]),
  );
  const consistent =
    counted.effective === expected &&
    counted.answers === expected &&
    trpcStored.exactlyOnce &&
    Object.values(residentStored).every((c) => c === null || c.exactlyOnce);
  console.log(
    `  ${label} HTTP: ${measured.ok} responses in ${measured.seconds} s → ${measured.perSecond}/s, p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms, max ${measured.maxMs} ms, ${measured.errors} errors` +
      ` (+ ${WARMUP_SECONDS} s warm-up: ${warmup.ok} ok, ${warmup.errors} errors)`,
  );
  if (load.firstReceipt) console.log(`  first answer: ${load.firstReceipt}`);
  for (const b of errorBodies) console.log(`  error: ${b}`);
  for (const l of load.serverErrors) console.log(`  server log: ${l}`);
  const once = (c: ReturnType<typeof storedCheck>) =>
    `${c.acknowledged} acknowledged: ${c.lost} lost, ${c.doubled} doubled, ${c.wrongReceipt} with another receipt, ${c.storedUnacknowledged} stored without acknowledgement → ${c.exactlyOnce ? "each stored exactly once" : "MISMATCH"}`;
  console.log(
    `  database: ${counted.effective} effective responses, ${counted.answers} answers; acknowledged by every path (warm-up + run) + browser capture ${expected} → ${consistent ? "consistent" : "MISMATCH"}`,
  );
  console.log(`  tRPC: ${once(trpcStored)}`);
  const cpu = measured.cpuPerResponseMs;
  console.log(
    `  CPU per response: app server ${cpu.server} ms, ${cpu.database === null ? "database inside the app server" : `PostgreSQL ${cpu.database} ms`}, load generator ${cpu.loadGenerator} ms (2 cores = 2,000 ms of CPU per second)`,
  );
  if (measured.exhausted) console.log("  note: households ran out before the time was up");
  console.log(
    `  framework floor, GET /api/health (one trivial query): ${load.floor.perSecond}/s, p50 ${load.floor.p50Ms} ms, p99 ${load.floor.p99Ms} ms; app server CPU ${load.floor.cpuPerResponseMs.server} ms per request`,
  );
  const resident: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(paths)) {
    if (p.skipped) {
      console.log(`  ${p.label}: skipped (${p.skipped})`);
      resident[k] = { label: p.label, skipped: p.skipped };
      continue;
    }
    const check = residentStored[k]!;
    const ratioToTrpc = measured.perSecond ? Math.round((p.http.perSecond / measured.perSecond) * 1000) / 1000 : null;
    const appCpu = p.http.cpuPerResponseMs.server;
    const goalMet =
      ratioToTrpc !== null &&
      ratioToTrpc >= RESIDENT_GOAL.ratioToTrpc &&
      appCpu !== null &&
      appCpu <= RESIDENT_GOAL.appCpuMsPerResponse &&
      p.http.p99Ms <= RESIDENT_GOAL.p99SequenceMs &&
      p.http.errors + p.warmup.errors <= RESIDENT_GOAL.errors &&
      check.exactlyOnce;
    console.log(
      `  ${p.label}: ${p.http.ok} complete in ${p.http.seconds} s → ${p.http.perSecond}/s (${ratioToTrpc}× tRPC), whole sequence p50 ${p.http.p50Ms} ms, p99 ${p.http.p99Ms} ms, ${p.http.errors} errors (+ warm-up: ${p.warmup.ok} ok, ${p.warmup.errors} errors)`,
    );
    for (const [step, st] of Object.entries(p.steps))
      console.log(`    ${step}: p50 ${st.p50Ms} ms, p99 ${st.p99Ms} ms (${st.count})`);
    const c = p.http.cpuPerResponseMs;
    console.log(
      `    CPU per complete response: app server ${c.server} ms, ${c.database === null ? "database inside the app server" : `PostgreSQL ${c.database} ms`}, load generator ${c.loadGenerator} ms`,
    );
    console.log(`    stored: ${once(check)}`);
    for (const b of p.errorBodies) console.log(`    error: ${b}`);
    resident[k] = {
      label: p.label,
      http: p.http,
      warmup: p.warmup,
      steps: p.steps,
      stored: check,
      errorBodies: p.errorBodies,
      ratioToTrpc,
      goal: RESIDENT_GOAL,
      goalMet,
    };
  }
  return {
    http: measured,
    warmup,
    frameworkFloor: load.floor,
    httpErrorBodies: errorBodies,
    serverErrors: load.serverErrors,
    database: { ...counted, expected, consistent, trpc: trpcStored },
    resident,
    ...(load.resident.plan ? { browserCapture: { ...load.resident.plan, sameAsBrowser: load.resident.replay } } : {}),
  };
}

/**
 * Every 100 ms, what the server's connections are doing: waiting for a lock (the audit chain's
 * AuditHead row, or another), inside a transaction waiting for the app to send the next statement,
 * running (CPU or I/O, commits included), or idle in the pool. Returns the mean count of each.
 */
async function sampleBackends(url: string, database: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sums: Record<string, number> = {};
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ state: string | null; wait_event_type: string | null; query: string }>(
        `SELECT state, wait_event_type, query FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        [database],
      );
      samples++;
      for (const r of rows) {
        const k =
          r.wait_event_type === "Lock"
            ? r.query.includes('"AuditHead"')
              ? "waiting for the AuditHead row lock"
              : "waiting for another lock"
            : r.state === "idle in transaction"
              ? "in a transaction, waiting for the app"
              : r.state === "active"
                ? "running (CPU/IO/commit)"
                : (r.state ?? "other");
        sums[k] = (sums[k] ?? 0) + 1;
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.catch(() => {});
      await client.end();
      return Object.fromEntries(
        Object.entries(sums).map(([k, v]) => [k, Math.round((v / Math.max(1, samples)) * 10) / 10]),
      );
    },
  };
}

async function runPostgres(): Promise<Result> {
  const server = await createBenchDatabase("ydan_bench");
  cleanups.push(server.drop);
  return runOn("PostgreSQL server", "PostgreSQL", server.name, new URL(server.url), {
    DATABASE_URL: server.url,
  });
}

/**
 * The embedded database as `npm start` runs it: the app is given only EMBEDDED_DB_DIR and connects
 * to the embedded PostgreSQL server there (started here first, so that this process owns it).
 */
async function runEmbedded(): Promise<Result> {
  const dir = mkdtempSync(path.join(tmpdir(), "ydan-bench-intake-embedded-"));
  const dataDir = path.join(dir, "postgres");
  const server = await ensureEmbedded(dataDir);
  cleanups.push(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return runOn("embedded PostgreSQL", "embedded", EMBEDDED_DATABASE, new URL(server.url), {
    EMBEDDED_DB_DIR: dataDir,
  });
}

async function runOn(
  target: string,
  label: string,
  name: string,
  url: URL,
  appEnv: Record<string, string>,
): Promise<Result> {
  databaseRoot = await postmasterOf(url.toString());
  let t = performance.now();
  const db = await openDatabase(
    appEnv.DATABASE_URL
      ? { kind: "postgres", url: url.toString() }
      : { kind: "embedded", dataDir: appEnv.EMBEDDED_DB_DIR },
  );
  const f = await seed(db.prisma).finally(() => db.close());
  console.log(
    `  seeded ${H} households (${f.households.length} drawn to answer as) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  const cookies = await mintCookies(f);
  console.log(`  minted ${cookies.length} session cookies in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const dataDir = mkdtempSync(path.join(tmpdir(), "ydan-bench-intake-pg-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const cursor = { next: 0, end: f.households.length };
  const pool = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  let load;
  let backends: Record<string, number> = {};
  try {
    const s = await startServer(appEnv, dataDir, f.communeCode);
    console.log(
      `  next start on :${s.port} (${s.health.database}, Prisma pool ${pool}) answered /api/health after ${s.startMs} ms`,
    );
    const sampler = await sampleBackends(url.toString(), name);
    try {
      load = await httpLoad(f, cookies, s.port, cursor, true);
    } finally {
      backends = await sampler.stop();
    }
  } finally {
    await stopServer();
  }
  console.log(
    `  server's database connections, mean over the run: ${Object.entries(backends)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  const check = new pg.Client({ connectionString: url.toString() });
  await check.connect();
  const part = httpPart(
    label,
    load,
    await countResponses((sql, p) => check.query(sql, p), f.consultationId),
    await storedRows((sql, p) => check.query(sql, p), f.consultationId),
  );

  const rawFrom = cursor.next;
  const rawPool = new pg.Pool({ connectionString: url.toString(), max: CONCURRENCY });
  let raw;
  try {
    // Every connection opened before the clock starts, as the server's pool would be.
    const warm = await Promise.all(Array.from({ length: CONCURRENCY }, () => rawPool.connect()));
    for (const c of warm) c.release();
    const before = cpuNow(true);
    raw = await rawLoad(f, CONCURRENCY, cursor, async (fn) => {
      const client = await rawPool.connect();
      try {
        await fn((text, values, name) => (name ? client.query({ text, values, name }) : client.query(text)));
      } finally {
        client.release();
      }
    });
    raw = { ...raw, cpuPerResponseMs: cpuPerResponse(before, cpuNow(true), raw.ok) };
  } finally {
    await rawPool.end();
  }
  const rawRows = await check.query(`SELECT count(*)::int AS n FROM "Response" WHERE "consultationId" = $1`, [
    f.consultationId,
  ]);
  await check.end();
  const rawStored = (rawRows.rows[0] as { n: number }).n - part.database.effective;
  console.log(
    `  ${label} raw (pg, ${CONCURRENCY} connections): ${raw.ok} responses in ${raw.seconds} s → ${raw.perSecond}/s, p50 ${raw.p50Ms} ms, p99 ${raw.p99Ms} ms, ${raw.errors} errors; stored ${rawStored}` +
      (raw.exhausted ? ` (households ran out after ${raw.seconds} s: ${f.households.length - rawFrom} were left)` : ""),
  );
  console.log(
    `  raw CPU per response: PostgreSQL ${raw.cpuPerResponseMs.database} ms, load generator ${raw.cpuPerResponseMs.loadGenerator} ms`,
  );
  for (const b of raw.errorBodies) console.log(`  raw error: ${b}`);
  return {
    target,
    households: H,
    sample: f.households.length,
    prismaPool: pool,
    ...part,
    serverConnections: backends,
    raw: { ...raw, mode: `${CONCURRENCY} concurrent connections (pg.Pool)`, stored: rawStored },
  };
}

// ---------------------------------------------------------------------------------------------

const results: Result[] = [];
const runners: Record<string, [string, () => Promise<Result>]> = {
  postgres: ["PostgreSQL server", runPostgres],
  embedded: ["embedded PostgreSQL", runEmbedded],
};
// Other work on the machine skews every figure: the load average is kept with the results.
const loadAverageAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
if (loadAverageAtStart[0] > 0.5)
  console.warn(
    `note: load average (1/5/15 min) ${loadAverageAtStart.join(" ")} — other work has been running on this machine; figures will be lower`,
  );
console.log(
  `intake: ${H} households, ${CONCURRENCY} in flight, ${SECONDS} s per phase (+ ${WARMUP_SECONDS} s HTTP warm-up, ${RESIDENT_WARMUP_SECONDS} s for each resident path)${CPU_PROF ? `, server CPU profile → ${CPU_PROF}` : ""}`,
);
try {
  for (const key of TARGETS) {
    const runner = runners[key];
    if (!runner) {
      console.warn(`unknown target ${key} (postgres, embedded)`);
      continue;
    }
    const [label, run] = runner;
    console.log(`\n${label}`);
    try {
      results.push(await run());
    } catch (e) {
      console.warn(`  ${label} skipped: ${(e as Error).stack ?? e}`);
      if (serverLog.length) console.warn(`  last server output:\n    ${serverLog.slice(-15).join("\n    ")}`);
      results.push({ target: label, skipped: (e as Error).message.split("\n")[0] });
    } finally {
      killServerGroup();
      await stopServer().catch(() => {});
      await runCleanups();
    }
  }
} finally {
  killServerGroup();
  await runCleanups();
}

type Done = { target: string; http: Stats; database: { consistent: boolean }; raw: Stats };
const done = results.filter((r): r is Result & Done => !r.skipped);
for (const r of done) {
  const met =
    r.http.perSecond >= GOAL.responsesPerSecond &&
    r.http.p99Ms <= GOAL.p99Ms &&
    r.http.errors === GOAL.errors &&
    r.database.consistent;
  Object.assign(r, {
    ratioHttpToRaw: Math.round((r.http.perSecond / r.raw.perSecond) * 1000) / 1000,
    goal: GOAL,
    goalMet: met,
  });
}
console.log(`\ngoal: ≥ ${GOAL.responsesPerSecond} responses/s, p99 ≤ ${GOAL.p99Ms} ms, ${GOAL.errors} errors`);
console.table(
  results.map((r) =>
    r.skipped
      ? { target: r.target, "HTTP resp/s": "skipped", note: r.skipped }
      : (() => {
          const d = r as Result & Done & { ratioHttpToRaw: number; goalMet: boolean };
          return {
            target: d.target,
            "HTTP resp/s": d.http.perSecond,
            "p50 ms": d.http.p50Ms,
            "p99 ms": d.http.p99Ms,
            "max ms": d.http.maxMs,
            errors: d.http.errors,
            "DB = 2xx": d.database.consistent ? "yes" : "NO",
            "raw/s": d.raw.perSecond,
            "raw p50 ms": d.raw.p50Ms,
            "raw p99 ms": d.raw.p99Ms,
            "HTTP/raw": d.ratioHttpToRaw,
            "goal met": d.goalMet ? "yes" : "NO",
          };
        })(),
  ),
);
const residentRows = done.flatMap((r) =>
  Object.values((r as unknown as { resident?: Record<string, Record<string, unknown>> }).resident ?? {}).map((p) => {
    if (p.skipped) return { target: r.target, path: p.label, "complete/s": "skipped", note: p.skipped };
    const h = p.http as Stats & { cpuPerResponseMs: CpuSplit };
    const st = p.stored as ReturnType<typeof storedCheck>;
    return {
      target: r.target,
      path: String(p.label).split(" (")[0],
      "complete/s": h.perSecond,
      "× tRPC": p.ratioToTrpc,
      "p50 ms": h.p50Ms,
      "p99 ms": h.p99Ms,
      errors: h.errors,
      "app CPU ms": h.cpuPerResponseMs.server,
      "PG CPU ms": h.cpuPerResponseMs.database,
      "lost/doubled": `${st.lost}/${st.doubled}`,
      "goal met": p.goalMet ? "yes" : "NO",
    };
  }),
);
if (residentRows.length) {
  console.log(
    `\nresident's real path — goal: ≥ ${RESIDENT_GOAL.ratioToTrpc}× tRPC complete responses/s, app CPU ≤ ${RESIDENT_GOAL.appCpuMsPerResponse} ms per complete response, p99 whole sequence ≤ ${RESIDENT_GOAL.p99SequenceMs} ms, ${RESIDENT_GOAL.errors} errors, each acknowledged response stored exactly once`,
  );
  console.table(residentRows);
}
if (CPU_PROF) {
  console.log(`CPU profile(s) in ${CPU_PROF}; bench/results/intake.json left unchanged (profiling slows the server).`);
} else {
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify({ date: new Date().toISOString(), machine: "2 cores", loadAverageAtStart, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version, households: H, sample: SAMPLE, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, residentWarmupSeconds: RESIDENT_WARMUP_SECONDS, concurrency: CONCURRENCY, buildId: readFileSync(".next/BUILD_ID", "utf8").trim(), results }, null, 2)}\n`,
  );
}
process.exit(done.length && done.every((r) => (r as unknown as { goalMet: boolean }).goalMet) ? 0 : 1);
