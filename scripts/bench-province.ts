// npm run bench:province — what a person's browser waits for in a province install: HTTP GETs of the
// real pages against `next start` on the production build (run `npm run build` first), each page
// beside the same page of an install holding one commune of the same size, in the same run.
//
// Two throw-away PostgreSQL databases (scripts/bench-db.ts, on BENCH_DATABASE_URL's server):
//   - a province of BENCH_PROVINCE_COMMUNES communes (default 100) × BENCH_PROVINCE_HOUSEHOLDS
//     households (default 8,000; 24 thôn each): 3 OPEN consultations per commune, each with one
//     approval question, the roll frozen (every household of the commune) and 20–40 % answered, and
//     in every fifth commune one consultation closed and not yet published (closed by the app's own
//     applyDueTransitions, which freezes its tally); a LEADER per commune and a PROVINCE_LEADER;
//   - the same with one commune: the same shape, the same province with its PROVINCE_LEADER.
// Seeded by set-based SQL (INSERT … SELECT over generate_series): the tally triggers fire per
// statement, as they do when the app freezes a roll.
//
// The server is `npm start`'s (scripts/serve.mjs) with BENCH_WORKERS worker processes (default 2,
// one per core of these machines: WEB_CONCURRENCY, as a province install is told to run it).
// Pages, at BENCH_CONCURRENCY readers (default 16) for BENCH_SECONDS each (default 15, after a
// BENCH_WARMUP_SECONDS warm-up, default 10; BENCH_REQUESTS=n stops each reader after n requests):
//   /                   the communes list (in the one-commune install: its redirect, measured with
//                       redirects not followed)
//   /{slug}             a commune's public home
//   /console/province   the province summary, as a PROVINCE_LEADER (session cookie minted)
//   /console/dashboard  a commune's leadership dashboard, as its LEADER
// and beside them two floors, /blank (an empty page) and /api/health (one trivial query), then the two
// public pages again on a server with the public micro-cache off (PUBLIC_CACHE_MS=0); each page
// then by one reader alone for 5 s (its time without a queue). CPU per request of the app server
// and of PostgreSQL over each run. Then, servers stopped: the summary and the dashboard called
// in-process (median), every SQL statement of one summary call timed alone and with EXPLAIN
// ANALYZE on the province database, the turnout statement again over running sums left unfolded
// (in a transaction rolled back), setUpCommune timed directly (BENCH_SETUP_RUNS runs, default 7)
// and `npx tsx scripts/setup.ts` once end to end.
//
// Goals: each page p99 ≤ 300 ms; the province summary ≤ 2× one commune's dashboard; creating a
// commune ≤ 1 s. Writes bench/results/province.json; exit 1 when a goal is not met.
// BENCH_REUSE_DB=1 keeps each seeded install as a template database (named by its size and the
// newest migration) and copies it on the next run instead of seeding again (seconds, not minutes);
// its dates are those of the seeding, so drop the templates after a day (DROP DATABASE ydan_tpl_…).
// BENCH_KEEP_DB=1 keeps both databases (their URLs are printed) for profiling by hand;
// BENCH_PROVINCE_PAGES=province,dashboard picks pages (list, home, province, dashboard, blank,
// health); BENCH_CPU_PROF=<dir> runs each server under `node --cpu-prof` and leaves province.json alone.
//
// The embedded database is not measured: a province install belongs on a PostgreSQL server of its
// own; the embedded one is a server on the app's own machine, for a demo or one commune.
import { spawn, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import http from "node:http";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { applyDueTransitions } from "../src/server/consultations/schedule.ts";
import { getDashboard } from "../src/server/dashboard/data.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { getProvinceSummary } from "../src/server/province/summary.ts";
import { postgresCpuMs, treeCpuMs } from "./bench-cpu.ts";
import { createBenchDatabase, withBenchServer } from "./bench-db.ts";
import { cleanups, killServerGroup, runCleanups, stopServer as stopBenchServer, trackServer } from "./bench-server.ts";
import { freePort, newest } from "./bench-util.ts";
import { cacheMsFrom } from "./public-cache.mjs";

const COMMUNES = Number(process.env.BENCH_PROVINCE_COMMUNES ?? 100);
const HOUSEHOLDS = Number(process.env.BENCH_PROVINCE_HOUSEHOLDS ?? 8_000);
const HOODS = 24;
const OPEN_PER_COMMUNE = 3;
/** Every CLOSED_EVERY-th commune (1, 6, 11, …) also has one consultation closed and not yet published. */
const CLOSED_EVERY = 5;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
// Long enough for both workers' JIT to reach what a server running for days serves (a page's CPU
// fell from 23 to 15 ms between its first and second 10 s in a probe).
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** The public pages' micro-cache as `npm start` keeps it (PUBLIC_CACHE_MS, default 1 s); each install is measured again with it off. */
const PUBLIC_CACHE_MS = cacheMsFrom(process.env);
const REQUESTS = process.env.BENCH_REQUESTS ? Number(process.env.BENCH_REQUESTS) : null;
const SETUP_RUNS = Number(process.env.BENCH_SETUP_RUNS ?? 7);
const CALL_RUNS = 9;
const SINGLE_SECONDS = Math.min(5, SECONDS);
/** During a page's warm-up the readers join this far apart (16 readers: within 0.4 s). */
const WARMUP_STAGGER_MS = 25;
const CPU_PROF = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
const ONLY_PAGES = process.env.BENCH_PROVINCE_PAGES?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const KEEP_DB = process.env.BENCH_KEEP_DB === "1";
const REUSE_DB = process.env.BENCH_REUSE_DB === "1";
/** Communes a page of the public list (src/app/(site)/page.tsx). */
const LIST_PAGE = 50;
/** Communes a page of the province summary's table (src/app/console/province/page.tsx). */
const SUMMARY_PAGE = 20;
const GOAL = { p99Ms: 300, summaryToDashboard: 2, setupMs: 1_000 };
const PROVINCE_CODE = "51";
const SESSION_MAX_AGE = 12 * 60 * 60; // as src/server/auth/session-cookie.ts (which is server-only)
const SECRET = "bench-province-secret-0123456789abcdef";
const SERVE = path.join(process.cwd(), "scripts", "serve.mjs");
/** Worker processes of the server (WEB_CONCURRENCY): a province install runs one per core. */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const DAY_MS = 86_400_000;
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build (.next/BUILD_ID is missing): run `npm run build` first.");
  process.exit(2);
}
const changed = newest("src");
const staleBuild = changed.mtimeMs > statSync(".next/BUILD_ID").mtimeMs ? changed.file : null;
if (staleBuild)
  console.warn(
    `note: ${staleBuild} changed since the last build; the pages measured are those of the build (npm run bench rebuilds first)`,
  );

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

let server: ChildProcess | null = null;
async function stopServer() {
  await stopBenchServer(CPU_PROF ? 60_000 : 15_000);
  server = null;
}
const round1 = (n: number) => Math.round(n * 10) / 10;
const load = () => loadavg().map((l) => Math.round(l * 100) / 100);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Seeding: one statement per table (the households, rolls and responses in batches of communes, so
// no statement's transition table holds millions of rows).

type Install = {
  label: string;
  url: string;
  name: string;
  provinceId: string;
  communes: number;
  /** The commune whose pages are measured: commune 1, which has the closed consultation too. */
  commune: { id: string; slug: string; leaderId: string };
  provinceLeaderId: string;
  counts: Record<string, number>;
  seedMs: Record<string, number>;
};

/** Years as people in Vietnam count them (UTC+7): the dashboard and the summary show this year's. */
function vnYear(d: Date) {
  return Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(d));
}

/** The template a seeded install is kept as (BENCH_REUSE_DB=1): its size and the schema it was seeded on. */
function templateName(communes: number) {
  const latest =
    readdirSync("prisma/migrations")
      .filter((d) => /^\d{14}_/.test(d))
      .sort()
      .pop() ?? "none";
  return `ydan_tpl_${communes}x${HOUSEHOLDS}_${latest.slice(0, 14)}`;
}

async function templateOf(communes: number): Promise<{ name: string; install: Omit<Install, "url" | "name"> } | null> {
  const name = templateName(communes);
  return withBenchServer(async (admin) => {
    const { rows } = await admin.query<{ note: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1`,
      [name],
    );
    if (!rows.length || !rows[0].note) return null;
    return { name, install: JSON.parse(rows[0].note) as Omit<Install, "url" | "name"> };
  });
}

async function keepAsTemplate(inst: Install) {
  const name = templateName(inst.communes);
  const rest: Partial<Install> = { ...inst };
  delete rest.url;
  delete rest.name;
  await withBenchServer(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inst.name} STRATEGY FILE_COPY`);
    await admin.query(`COMMENT ON DATABASE ${name} IS ${admin.escapeLiteral(JSON.stringify(rest))}`);
  });
  console.log(`  kept as ${name} for the next run (BENCH_REUSE_DB=1)`);
}

async function seedInstall(label: string, communes: number, now: Date): Promise<Install> {
  const prefix = communes === 1 ? "ydan_bench_one" : "ydan_bench_province";
  if (REUSE_DB) {
    const tpl = await templateOf(communes);
    if (tpl) {
      const db = await createBenchDatabase(prefix, tpl.name);
      if (KEEP_DB) console.log(`  database kept after the run: ${db.url}`);
      else cleanups.push(db.drop);
      // A copied database starts with no statistics: autovacuum would analyse millions of rows
      // while pages are measured. A live install has them long since.
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        await c.query("VACUUM (ANALYZE)");
      } finally {
        await c.end();
      }
      console.log(
        `  copied from ${tpl.name} (seeded ${tpl.install.seedMs.seededAt ? new Date(tpl.install.seedMs.seededAt).toISOString() : "earlier"})`,
      );
      return { ...tpl.install, label, url: db.url, name: db.name };
    }
  }
  const inst = await seedFresh(label, communes, now, prefix);
  if (REUSE_DB) await keepAsTemplate({ ...inst, seedMs: { ...inst.seedMs, seededAt: now.getTime() } });
  return inst;
}

async function seedFresh(label: string, communes: number, now: Date, prefix: string): Promise<Install> {
  const db = await createBenchDatabase(prefix);
  if (KEEP_DB) console.log(`  database kept after the run: ${db.url}`);
  else cleanups.push(db.drop);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const seedMs: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const r = await client.query(sql, params);
    seedMs[name] = round1((seedMs[name] ?? 0) + performance.now() - t);
    return r.rowCount ?? 0;
  };
  const yearStart = new Date(`${vnYear(now)}-01-01T00:00:00+07:00`).getTime() + 3_600_000;
  const clamp = (ms: number) => new Date(Math.max(yearStart, ms)).toISOString();
  // Open: published 8 days ago, opened 5 days ago, closing in 13–19 days. Closed: opened 30 days
  // ago, closed 2, 7, 12 or 17 days ago (some of them past the deadline for publishing results).
  const t = {
    now: now.toISOString(),
    openPublished: clamp(now.getTime() - 8 * DAY_MS),
    openOpens: clamp(now.getTime() - 5 * DAY_MS),
    closedPublished: clamp(now.getTime() - 40 * DAY_MS),
    closedOpens: clamp(now.getTime() - 30 * DAY_MS),
  };
  const ts = (p: number) => `($${p}::timestamptz AT TIME ZONE 'UTC')`;
  // Which (commune g, consultation j) exist: j 1–3 open, j 4 closed in every fifth commune.
  const exists = `(j <= ${OPEN_PER_COMMUNE} OR g % ${CLOSED_EVERY} = 1)`;
  const CONSULTATIONS = `generate_series(1, ${communes}) g CROSS JOIN generate_series(1, ${OPEN_PER_COMMUNE + 1}) j`;
  const hood = `'n' || g || '-' || ((i - 1) % ${HOODS} + 1)`;
  // 20–40 % of each consultation's households answered; 37 is prime to 100, so exactly that share.
  const answered = `(i * 37 + j * 11 + g * 7) % 100 < 20 + (g * 7 + j * 11) % 21`;
  try {
    await step("province", `INSERT INTO "Province" (id, code, name) VALUES ('p', $1, 'Quảng Ngãi')`, [PROVINCE_CODE]);
    await step(
      "communes",
      `INSERT INTO "Commune" (id, "provinceId", code, slug, name, kind, "createdAt")
       SELECT 'c' || g, 'p', (30000 + g)::text, 'do-tai-' || g, 'Đo Tải ' || g, 'COMMUNE', ${ts(1)} - make_interval(secs => ${communes} - g)
         FROM generate_series(1, ${communes}) g`,
      [t.now],
    );
    await step(
      "neighbourhoods",
      `INSERT INTO "Neighbourhood" (id, "communeId", code, kind, name)
       SELECT 'n' || g || '-' || k, 'c' || g, 'T' || k, 'VILLAGE', 'Thôn ' || k FROM generate_series(1, ${communes}) g CROSS JOIN generate_series(1, ${HOODS}) k`,
    );
    await step(
      "staff",
      `INSERT INTO "StaffUser" (id, "communeId", "provinceId", username, "fullName", role, "passwordHash", "updatedAt")
       SELECT 'l' || g, 'c' || g, NULL, 'lanhdao.' || g, 'Chủ tịch ' || g, 'LEADER'::"StaffRole", 'not-a-hash', now() FROM generate_series(1, ${communes}) g
       UNION ALL SELECT 'pl', NULL, 'p', 'tinh.lanhdao', 'Lãnh đạo tỉnh', 'PROVINCE_LEADER'::"StaffRole", 'not-a-hash', now()`,
    );
    await step(
      "consultations",
      `INSERT INTO "Consultation" (id, "communeId", title, summary, matter, mode, status, channels, "ruleNumerator", "ruleDenominator", "ruleInclusive", "ruleAggregation",
                                   "publishedAt", "opensAt", "openedAt", "closesAt", "createdAt", "updatedAt")
       SELECT 'k' || g || '-' || j, 'c' || g, 'Lấy ý kiến số ' || j || ' của xã ' || g, 'Tóm tắt',
              (CASE WHEN j % 2 = 1 THEN 'PUBLIC_WORKS_CONTRIBUTION' ELSE 'PROJECT_INVESTMENT_POLICY' END)::"Matter",
              (CASE WHEN j % 2 = 1 THEN 'DECISION' ELSE 'OPINION' END)::"ConsultationMode",
              'OPEN', ARRAY['ONLINE', 'PAPER_BALLOT']::"Channel"[],
              CASE WHEN j % 2 = 1 THEN 2 END, CASE WHEN j % 2 = 1 THEN 3 END, CASE WHEN j % 2 = 1 THEN true END,
              (CASE WHEN j % 2 = 1 THEN 'PER_NEIGHBOURHOOD' END)::"OutcomeAggregation",
              CASE WHEN j <= ${OPEN_PER_COMMUNE} THEN ${ts(2)} ELSE ${ts(4)} END,
              CASE WHEN j <= ${OPEN_PER_COMMUNE} THEN ${ts(3)} ELSE ${ts(5)} END,
              CASE WHEN j <= ${OPEN_PER_COMMUNE} THEN ${ts(3)} ELSE ${ts(5)} END,
              CASE WHEN j <= ${OPEN_PER_COMMUNE} THEN ${ts(1)} + make_interval(days => 10 + 3 * j)
                   ELSE greatest(${ts(5)} + interval '1 hour', ${ts(1)} - make_interval(days => 2 + (g / ${CLOSED_EVERY}) % 4 * 5)) END,
              ${ts(4)} - interval '10 days', ${ts(1)}
         FROM ${CONSULTATIONS} WHERE ${exists}`,
      [t.now, t.openPublished, t.openOpens, t.closedPublished, t.closedOpens],
    );
    await step(
      "areas",
      `INSERT INTO "ConsultationArea" ("consultationId", "neighbourhoodId", "neighbourhoodName")
       SELECT 'k' || g || '-' || j, 'n' || g || '-' || k, 'Thôn ' || k FROM ${CONSULTATIONS} CROSS JOIN generate_series(1, ${HOODS}) k WHERE ${exists}`,
    );
    await step(
      "questions",
      `INSERT INTO "Question" (id, "consultationId", position, kind, text)
       SELECT 'q' || g || '-' || j, 'k' || g || '-' || j, 0, 'APPROVAL', 'Ông/bà có đồng ý không?' FROM ${CONSULTATIONS} WHERE ${exists}`,
    );
    await step(
      "options",
      `INSERT INTO "QuestionOption" (id, "questionId", position, key, label)
       SELECT 'o' || g || '-' || j || '-' || o, 'q' || g || '-' || j, o, (ARRAY['AGREE', 'DISAGREE', 'OTHER'])[o + 1], (ARRAY['Đồng ý', 'Không đồng ý', 'Ý kiến khác'])[o + 1]
         FROM ${CONSULTATIONS} CROSS JOIN generate_series(0, 2) o WHERE ${exists}`,
    );
    const BATCH = 10;
    for (let g0 = 1; g0 <= communes; g0 += BATCH) {
      const g1 = Math.min(communes, g0 + BATCH - 1);
      const G = `generate_series(${g0}, ${g1}) g`;
      const I = `generate_series(1, ${HOUSEHOLDS}) i`;
      const J = `generate_series(1, ${OPEN_PER_COMMUNE + 1}) j`;
      await step(
        "households",
        `INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, "updatedAt")
         SELECT 'h' || g || '-' || i, 'c' || g, ${hood}, 'HH' || lpad(i::text, 5, '0'), 'Hộ ' || i, 'Số ' || (i % 300 + 1), now() FROM ${G} CROSS JOIN ${I}`,
      );
      // The roll frozen as at the opening: every household of the commune, one statement per batch.
      await step(
        "rollEntries",
        `INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName", "addedAt")
         SELECT 'e' || g || '-' || j || '-' || i, 'k' || g || '-' || j, 'h' || g || '-' || i, ${hood}, 'HH' || lpad(i::text, 5, '0'), 'Hộ ' || i,
                CASE WHEN j <= ${OPEN_PER_COMMUNE} THEN ${ts(1)} ELSE ${ts(2)} END
           FROM ${G} CROSS JOIN ${J} CROSS JOIN ${I} WHERE ${exists}`,
        [t.openOpens, t.closedOpens],
      );
      await step(
        "responses",
        `INSERT INTO "Response" (id, "consultationId", "householdId", "neighbourhoodId", channel, "effectiveHouseholdId", "receiptCode", "submittedAt", "updatedAt")
         SELECT 's' || g || '-' || j || '-' || i, 'k' || g || '-' || j, 'h' || g || '-' || i, ${hood}, (CASE WHEN i % 10 = 0 THEN 'PAPER_BALLOT' ELSE 'ONLINE' END)::"Channel",
                'h' || g || '-' || i, 'R' || g || '-' || j || '-' || i, ${ts(1)}, ${ts(1)}
           FROM ${G} CROSS JOIN ${J} CROSS JOIN ${I} WHERE ${exists} AND ${answered}`,
        [t.now],
      );
      await step(
        "answers",
        `INSERT INTO "Answer" (id, "responseId", "questionId")
         SELECT 'a' || g || '-' || j || '-' || i, 's' || g || '-' || j || '-' || i, 'q' || g || '-' || j FROM ${G} CROSS JOIN ${J} CROSS JOIN ${I} WHERE ${exists} AND ${answered}`,
      );
      // 60 % agree, 30 % disagree, 10 % other.
      await step(
        "choices",
        `INSERT INTO "AnswerChoice" ("answerId", "optionId")
         SELECT 'a' || g || '-' || j || '-' || i, 'o' || g || '-' || j || '-' || CASE WHEN (i / 7) % 10 < 6 THEN 0 WHEN (i / 7) % 10 < 9 THEN 1 ELSE 2 END
           FROM ${G} CROSS JOIN ${J} CROSS JOIN ${I} WHERE ${exists} AND ${answered}`,
      );
    }
    // A live install has been vacuumed and analysed by autovacuum long since.
    await step("vacuumAnalyze", "VACUUM (ANALYZE)");
    const { rows } = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM "Household") AS households, (SELECT count(*)::int FROM "Consultation") AS consultations,
              (SELECT count(*)::int FROM "RollEntry") AS "rollEntries", (SELECT count(*)::int FROM "Response") AS responses,
              (SELECT count(*)::int FROM "TallyDelta") AS "tallyDeltas"`,
    );
    const counts = rows[0];
    // The closed ones are past their closing time: the app closes them (tally frozen, audited).
    const tc = performance.now();
    const app = await openDatabase({ kind: "postgres", url: db.url });
    try {
      await applyDueTransitions(app.prisma, { provinceId: "p" }, now);
    } finally {
      await app.close();
    }
    seedMs.closeDue = round1(performance.now() - tc);
    const status = await client.query<{ status: string; n: number }>(
      `SELECT status::text, count(*)::int AS n FROM "Consultation" GROUP BY 1 ORDER BY 1`,
    );
    for (const r of status.rows) counts[`status ${r.status}`] = r.n;
    seedMs.total = round1(Object.entries(seedMs).reduce((s, [k, v]) => s + (k === "total" ? 0 : v), 0));
    return {
      label,
      url: db.url,
      name: db.name,
      provinceId: "p",
      communes,
      commune: { id: "c1", slug: "do-tai-1", leaderId: "l1" },
      provinceLeaderId: "pl",
      counts,
      seedMs,
    };
  } finally {
    await client.end();
  }
}

/**
 * Before measuring: PostgreSQL writes out what seeding or copying left dirty (CHECKPOINT), then the
 * machine is given up to a minute to fall quiet (≥ 85 % idle over 2 s), so no page is measured
 * beside the database's own catching up.
 */
async function settle() {
  await withBenchServer((admin) => admin.query("CHECKPOINT"));
  const idle = () => {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
  };
  const started = performance.now();
  for (;;) {
    const a = idle();
    await sleep(2_000);
    const b = idle();
    const share = (b.idle - a.idle) / Math.max(1, b.total - a.total);
    if (share >= 0.85 || performance.now() - started > 60_000) {
      console.log(
        `  machine ${Math.round(share * 100)} % idle after ${seconds(performance.now() - started)} (CHECKPOINT done)`,
      );
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Server

const serverLog: string[] = [];
function keepLog(chunk: Buffer) {
  for (const line of chunk.toString().split("\n")) if (line.trim()) serverLog.push(line);
  if (serverLog.length > 200) serverLog.splice(0, serverLog.length - 200);
}

async function startServer(databaseUrl: string, dataDir: string, cacheMs: number) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  serverLog.length = 0;
  // --cpu-prof is refused in NODE_OPTIONS: it goes on the node command line of the server itself.
  const nodeArgs = CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}`] : [];
  // As `npm start` runs it (scripts/serve.mjs): WORKERS `next start` processes on one socket.
  server = spawn(process.execPath, [...nodeArgs, SERVE, "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      EMBEDDED_DB_DIR: "",
      DEMO_SEED: "0",
      DATA_DIR: dataDir,
      AUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      COMMUNE_HOSTS: "",
      WEB_CONCURRENCY: String(WORKERS),
      PUBLIC_CACHE_MS: String(cacheMs),
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
      if (res.ok) return { port, startMs: Math.round(performance.now() - started) };
    } catch {
      // starting
    }
    if (performance.now() - started > 120_000)
      throw new Error(`server did not answer /api/health in 120 s:\n${serverLog.slice(-20).join("\n")}`);
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// Load

type Reply = { status: number; bytes: number; body?: string; location?: string; cache?: string };

function get(
  agent: http.Agent,
  port: number,
  urlPath: string,
  cookie: string | undefined,
  keepBody = false,
): Promise<Reply> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { accept: "text/html", "accept-language": "vi" };
    if (cookie) headers.cookie = cookie;
    // Redirects are not followed: a 3xx is an answer of its own.
    http
      .get({ host: "127.0.0.1", port, path: urlPath, agent, headers }, (res) => {
        let bytes = 0;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => {
          bytes += c.length;
          if (keepBody) chunks.push(c);
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            bytes,
            body: keepBody ? Buffer.concat(chunks).toString() : undefined,
            location: res.headers.location,
            cache: typeof res.headers["x-cache"] === "string" ? res.headers["x-cache"] : undefined,
          }),
        );
        res.on("error", () => resolve({ status: 0, bytes }));
      })
      .on("error", () => resolve({ status: 0, bytes: 0 }));
  });
}

type Stats = {
  requests: number;
  ok: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  bytes: number;
};

function summarise(latencies: number[], ok: number, errors: number, secs: number, bytes: number): Stats {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    sorted.length ? round1(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]) : NaN;
  return {
    requests: latencies.length,
    ok,
    errors,
    seconds: round1(secs),
    perSecond: round1(ok / secs),
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: at(1),
    bytes: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}

/**
 * `width` readers, each sending the next request when its last one is answered, for `secs` (or
 * `perReader` requests). `staggerMs`: reader i joins i × staggerMs after the first, as people do,
 * rather than all in the same millisecond (see measureInstall).
 */
async function drive(
  width: number,
  secs: number,
  perReader: number | null,
  one: () => Promise<Reply>,
  expected: number,
  staggerMs = 0,
) {
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  let bytes = 0;
  const statuses: Record<string, number> = {};
  let cacheHits = 0;
  const started = performance.now();
  const deadline = started + secs * 1000;
  await Promise.all(
    Array.from({ length: width }, async (_, reader) => {
      if (staggerMs) await sleep(reader * staggerMs);
      for (let n = 0; perReader === null ? performance.now() < deadline : n < perReader; n++) {
        const t = performance.now();
        const r = await one();
        latencies.push(performance.now() - t);
        bytes += r.bytes;
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.cache === "HIT") cacheHits++;
        if (r.status === expected) ok++;
        else errors++;
      }
    }),
  );
  return { ...summarise(latencies, ok, errors, (performance.now() - started) / 1000, bytes), statuses, cacheHits };
}

async function cookieFor(actor: { id: string } & Record<string, string | number>) {
  return `next-auth.session-token=${await encode({ token: { sub: actor.id, actor }, secret: SECRET, maxAge: SESSION_MAX_AGE })}`;
}

type PageKey = "list" | "home" | "province" | "dashboard" | "blank" | "health" | "listUncached" | "homeUncached";
type Page = { key: PageKey; path: string; cookie?: string; expected: number; check: (r: Reply) => string | null };

function pagesOf(inst: Install, cookies: { province: string; leader: string }): Page[] {
  const count = (body: string | undefined, s: string) => (body ?? "").split(s).length - 1;
  const { slug } = inst.commune;
  return [
    inst.communes === 1
      ? {
          key: "list",
          path: "/",
          expected: 307,
          check: (r) =>
            r.location?.endsWith(`/${slug}`)
              ? null
              : `expected a redirect to /${slug}, got ${r.status} ${r.location ?? ""}`,
        }
      : {
          key: "list",
          path: "/",
          expected: 200,
          // The list shows LIST_PAGE communes a page (the first page here), and says of how many.
          check: (r) => {
            const listed = count(r.body, 'href="/do-tai-');
            if (listed < Math.min(inst.communes, LIST_PAGE))
              return `expected ${Math.min(inst.communes, LIST_PAGE)} communes listed, found ${listed}`;
            return inst.communes <= LIST_PAGE ||
              (r.body ?? "").includes(`trong số ${inst.communes.toLocaleString("vi-VN")}`)
              ? null
              : `the list does not say it holds ${inst.communes} communes`;
          },
        },
    {
      key: "home",
      path: `/${slug}`,
      expected: 200,
      check: (r) => (r.body?.includes(`/${slug}/resident`) ? null : "no resident link on the commune's home"),
    },
    {
      key: "province",
      path: "/console/province",
      cookie: cookies.province,
      expected: 200,
      check: (r) => {
        // Each commune's row has its "read" button (a form posting to /console/province/view/{id}).
        const ids = new Set(
          [...(r.body ?? "").matchAll(/\/console\/province\/view\/([A-Za-z0-9_-]+)/g)]
            .map((m) => m[1])
            .filter((id) => id !== "none"),
        );
        // The table shows SUMMARY_PAGE communes a page (the first page here), and says of how many.
        const rows = Math.min(inst.communes, SUMMARY_PAGE);
        if (ids.size !== rows) return `expected ${rows} communes on the summary's first page, found ${ids.size}`;
        return (r.body ?? "").includes(`trong số ${inst.communes.toLocaleString("vi-VN")} xã`)
          ? null
          : `the summary does not say it holds ${inst.communes} communes`;
      },
    },
    {
      key: "dashboard",
      path: "/console/dashboard",
      cookie: cookies.leader,
      expected: 200,
      check: (r) =>
        count(r.body, 'href="/console/consultations/') >= OPEN_PER_COMMUNE
          ? null
          : "the dashboard lists none of the commune's consultations",
    },
    // The floors: an empty page through the root layout, and one trivial query through a route.
    { key: "blank", path: "/blank", expected: 200, check: () => null },
    { key: "health", path: "/api/health", expected: 200, check: () => null },
  ];
}

type PageResult = Record<string, unknown>;

/**
 * Every page of `pagesOf` against one server. `cacheMs` is the server's PUBLIC_CACHE_MS (the public
 * pages' micro-cache, scripts/public-cache.mjs): `npm start`'s default, or 0 for the same public
 * pages rendered for every request (their keys then end in "Uncached").
 */
async function measureInstall(inst: Install, cacheMs = PUBLIC_CACHE_MS): Promise<Partial<Record<PageKey, PageResult>>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "ydan-bench-province-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const cookies = {
    province: await cookieFor({
      type: "staff",
      id: inst.provinceLeaderId,
      provinceId: inst.provinceId,
      sessionVersion: 0,
    }),
    leader: await cookieFor({
      type: "staff",
      id: inst.commune.leaderId,
      communeId: inst.commune.id,
      sessionVersion: 0,
    }),
  };
  const out: Partial<Record<PageKey, PageResult>> = {};
  const uncached = cacheMs === 0;
  try {
    const s = await startServer(inst.url, dataDir, cacheMs);
    console.log(
      `  npm start (${WORKERS} worker${WORKERS === 1 ? "" : "s"}, PUBLIC_CACHE_MS=${cacheMs}) on :${s.port} answered /api/health after ${s.startMs} ms (Prisma pool ${POOL_SIZE} per worker)`,
    );
    let agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const pages = pagesOf(inst, cookies)
      .filter((p) => !uncached || p.key === "list" || p.key === "home")
      .map((p) => (uncached ? { ...p, key: `${p.key}Uncached` as PageKey } : p))
      .filter((p) => !ONLY_PAGES || ONLY_PAGES.includes(p.key));
    for (const page of pages) {
      // Each page on fresh connections, opened as readers join during the warm-up. Node's cluster
      // primary hands a new connection to the first worker free to take it: sixteen opened in one
      // burst while a worker is busy all land on the other (measured: p50 58 ms beside p95 325 ms),
      // and a connection stays with its worker for the whole page.
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
      const t = performance.now();
      const first = await get(agent, s.port, page.path, page.cookie, true);
      const firstMs = round1(performance.now() - t);
      const problem =
        first.status === page.expected
          ? page.check(first)
          : `HTTP ${first.status}: ${(first.body ?? "").replace(/\s+/g, " ").slice(0, 300)}`;
      if (problem) {
        console.warn(`  ${page.path}: ${problem}`);
        out[page.key] = { path: page.path, error: problem, firstMs };
        continue;
      }
      const one = () => get(agent, s.port, page.path, page.cookie);
      await drive(
        CONCURRENCY,
        WARMUP_SECONDS,
        REQUESTS === null ? null : Math.min(REQUESTS, 5),
        one,
        page.expected,
        WARMUP_STAGGER_MS,
      );
      const loadAverage = load();
      const cpu0 = { server: treeCpuMs(server!.pid!), database: postgresCpuMs() };
      const m = await drive(CONCURRENCY, SECONDS, REQUESTS, one, page.expected);
      const per = (a: number, b: number) => (m.requests ? round1((b - a) / m.requests) : null);
      const cpuPerRequestMs = {
        server: per(cpu0.server, treeCpuMs(server!.pid!)),
        database: per(cpu0.database, postgresCpuMs()),
      };
      // One reader alone: the time a request takes with no queue in front of it.
      const alone = await drive(
        1,
        SINGLE_SECONDS,
        REQUESTS === null ? null : Math.min(REQUESTS, 20),
        one,
        page.expected,
      );
      out[page.key] = {
        path: page.path,
        status: page.expected,
        redirect: page.expected !== 200,
        firstMs,
        htmlBytes: first.bytes,
        ...m,
        cpuPerRequestMs,
        cacheMs,
        loadAverage,
        oneReader: alone,
      };
      console.log(
        `  ${page.path.padEnd(20)} ${m.ok} × ${page.expected} in ${m.seconds} s → ${m.perSecond}/s, p50 ${m.p50Ms} ms, p95 ${m.p95Ms} ms, p99 ${m.p99Ms} ms, max ${m.maxMs} ms, ${m.errors} errors` +
          ` · ${Math.round(first.bytes / 1024)} KB · ${m.cacheHits} from the cache · CPU/request app ${cpuPerRequestMs.server} ms, PostgreSQL ${cpuPerRequestMs.database} ms · one reader p50 ${alone.p50Ms} ms, p99 ${alone.p99Ms} ms · load ${loadAverage.join(" ")}`,
      );
      if (m.errors) console.warn(`    statuses: ${JSON.stringify(m.statuses)}`);
    }
    agent.destroy();
  } finally {
    if (serverLog.some((l) => /error/i.test(l)))
      console.warn(
        `  server log:\n    ${serverLog
          .filter((l) => /error/i.test(l))
          .slice(-5)
          .join("\n    ")}`,
      );
    await stopServer();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// In-process: the two functions behind the pages, and where the summary's time goes in SQL.

type Query = { sql: string; params: string; ms: number };

function client(url: string) {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: POOL_SIZE }),
    log: [{ emit: "event", level: "query" }],
  });
  const seen: Query[] = [];
  let capturing = false;
  prisma.$on("query", (e) => {
    if (capturing) seen.push({ sql: e.query, params: e.params, ms: e.duration });
  });
  return {
    prisma,
    async capture(fn: () => Promise<unknown>) {
      seen.length = 0;
      capturing = true;
      try {
        await fn();
      } finally {
        capturing = false;
      }
      return [...seen];
    },
  };
}

async function median(fn: () => Promise<unknown>) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < CALL_RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: round1(times[Math.floor(CALL_RUNS / 2)]), maxMs: round1(times[CALL_RUNS - 1]), runs: CALL_RUNS };
}

const paramsOf = (q: Query): unknown[] => {
  try {
    const p = JSON.parse(q.params) as unknown;
    return Array.isArray(p) ? p : [];
  } catch {
    return [];
  }
};

/** The statement alone, sent again with its parameters: median of `runs` executions, in ms. */
async function sqlMedian(c: pg.Client, q: Query, runs = 5) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await c.query(q.sql, paramsOf(q));
    times.push(performance.now() - t);
  }
  return round1(times.sort((a, b) => a - b)[Math.floor(runs / 2)]);
}

async function plan(c: pg.Client, q: Query, options = "ANALYZE, BUFFERS") {
  const { rows } = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (${options}) ${q.sql}`, paramsOf(q));
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

/** A statement Prisma sent: its time alone (median of 5) and EXPLAIN ANALYZE (whose per-row timing inflates its own figure). */
async function explain(
  url: string,
  q: Query,
): Promise<{ sqlMs: number | null; executionMs: number | null; planningMs: number | null; plan: string } | null> {
  if (!/^\s*(SELECT|WITH)\b/i.test(q.sql)) return null;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const sqlMs = await sqlMedian(c, q);
    const text = await plan(c, q);
    const ms = (label: string) => {
      const m = new RegExp(`${label} Time: ([\\d.]+) ms`).exec(text);
      return m ? Number(m[1]) : null;
    };
    return { sqlMs, executionMs: ms("Execution"), planningMs: ms("Planning"), plan: text };
  } catch (e) {
    return { sqlMs: null, executionMs: null, planningMs: null, plan: `EXPLAIN failed: ${(e as Error).message}` };
  } finally {
    await c.end();
  }
}

/**
 * The turnout statement when the running sums are not folded. Seeded in bulk, the sums hold one
 * row per (consultation, neighbourhood, key), as right after a tally reading; answers arriving one
 * at a time append a row per response and per choice until a tally reading folds them, and the
 * summary reads without folding. Rebuilt that way inside a transaction that is rolled back.
 */
async function unfolded(url: string, q: Query | undefined) {
  if (!q) return { skipped: "no turnout statement was seen" };
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const count = async () => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "TallyDelta"`)).rows[0].n;
  try {
    const rowsBefore = await count();
    const compactMs = await sqlMedian(c, q, 3);
    await c.query("BEGIN");
    try {
      await c.query(`DELETE FROM "TallyDelta" WHERE key <> 'roll'`);
      await c.query(
        `INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", key, delta) SELECT r."consultationId", r."neighbourhoodId", 'ch:' || r.channel, 1 FROM "Response" r WHERE r."voidedAt" IS NULL`,
      );
      await c.query(`INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", key, delta)
        SELECT r."consultationId", r."neighbourhoodId", ac."optionId", 1 FROM "Response" r JOIN "Answer" a ON a."responseId" = r.id JOIN "AnswerChoice" ac ON ac."answerId" = a.id WHERE r."voidedAt" IS NULL`);
      await c.query(`ANALYZE "TallyDelta"`);
      const rowsAfter = await count();
      const unfoldedMs = await sqlMedian(c, q, 3);
      const text = await plan(c, q, "ANALYZE, BUFFERS, TIMING OFF");
      return { rowsBefore, rowsAfter, compactMs, unfoldedMs, plan: text };
    } finally {
      await c.query("ROLLBACK");
    }
  } catch (e) {
    return { error: (e as Error).message };
  } finally {
    await c.end();
  }
}

async function profile(province: Install, one: Install, now: Date) {
  const year = vnYear(now);
  const actor = {
    type: "staff" as const,
    id: province.provinceLeaderId,
    communeId: "",
    provinceId: province.provinceId,
    role: "PROVINCE_LEADER" as const,
    neighbourhoodId: null,
    fullName: "Lãnh đạo tỉnh",
  };
  const p = client(province.url);
  const s = client(one.url);
  try {
    const summary = await median(() => getProvinceSummary(p.prisma, actor, { year }, new Date()));
    const summaryOne = await median(() => getProvinceSummary(s.prisma, actor, { year }, new Date()));
    const dashboard = await median(() => getDashboard(p.prisma, province.commune.id, { year }, new Date()));
    const dashboardOne = await median(() => getDashboard(s.prisma, one.commune.id, { year }, new Date()));
    const queries = await p.capture(() => getProvinceSummary(p.prisma, actor, { year }, new Date()));
    const dashQueries = await s.capture(() => getDashboard(s.prisma, one.commune.id, { year }, new Date()));
    const explained = [];
    for (const q of queries) {
      const e = await explain(province.url, q);
      explained.push({
        sql: q.sql,
        params: q.params.length > 400 ? `${q.params.slice(0, 400)}…` : q.params,
        prismaMs: round1(q.ms),
        ...(e ?? {}),
      });
    }
    console.log(
      `  in-process: province summary ${summary.medianMs} ms (one-commune install ${summaryOne.medianMs} ms); dashboard ${dashboard.medianMs} ms (one-commune install ${dashboardOne.medianMs} ms)`,
    );
    for (const q of explained)
      console.log(
        `    ${String(q.prismaMs).padStart(5)} ms in the call, ${q.sqlMs ?? "—"} ms alone (EXPLAIN ANALYZE ${q.executionMs ?? "—"} ms) ${q.sql.replace(/\s+/g, " ").slice(0, 120)}`,
      );
    const unfold = await unfolded(
      province.url,
      queries.find((q) => q.sql.includes('FROM "TallyDelta"')),
    );
    console.log(
      `  the turnout statement with the running sums unfolded: ${JSON.stringify({ ...unfold, plan: undefined })}`,
    );
    return {
      unfoldedTurnouts: unfold,
      calls: {
        provinceSummary: summary,
        provinceSummaryOneCommune: summaryOne,
        dashboard,
        dashboardOneCommune: dashboardOne,
      },
      summaryQueries: explained,
      dashboardQueries: dashQueries.map((q) => ({ sql: q.sql, prismaMs: round1(q.ms) })),
    };
  } finally {
    await p.prisma.$disconnect();
    await s.prisma.$disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// Creating a commune

async function timeSetUp(inst: Install, codeBase: number) {
  let setUpCommune: typeof import("../src/server/setup/create-commune.ts").setUpCommune;
  try {
    ({ setUpCommune } = await import("../src/server/setup/create-commune.ts"));
  } catch (e) {
    return { error: `could not load setUpCommune: ${(e as Error).message}` };
  }
  // A fresh client: the first run pays for the connections and the hashing worker, as the CLI does.
  const db = await openDatabase({ kind: "postgres", url: inst.url });
  const timesMs: number[] = [];
  try {
    for (let i = 1; i <= SETUP_RUNS; i++) {
      const t = performance.now();
      await setUpCommune(
        db.prisma,
        {
          provinceCode: PROVINCE_CODE,
          communeCode: String(codeBase + i),
          communeName: `Thiết Lập ${i}`,
          communeKind: "xa",
          adminUsername: `thietlap.${codeBase + i}`,
        },
        new Date(),
        { via: "cli" },
      );
      timesMs.push(round1(performance.now() - t));
    }
  } catch (e) {
    return { error: `setUpCommune failed: ${(e as Error).message.split("\n")[0]}`, timesMs };
  } finally {
    await db.close();
  }
  const sorted = [...timesMs].sort((a, b) => a - b);
  return {
    runs: timesMs.length,
    timesMs,
    firstMs: timesMs[0],
    medianMs: sorted[Math.floor(sorted.length / 2)],
    maxMs: sorted[sorted.length - 1],
    communesBefore: inst.communes,
  };
}

/** `npx tsx scripts/setup.ts …` once, end to end: tsx's start-up, opening the database, the setup. */
async function timeSetUpCli(inst: Install, code: number) {
  if (!existsSync("scripts/setup.ts")) return { skipped: "scripts/setup.ts does not exist" };
  const dataDir = mkdtempSync(path.join(tmpdir(), "ydan-bench-setup-"));
  try {
    const args = [
      "tsx",
      "scripts/setup.ts",
      "--province-code",
      PROVINCE_CODE,
      "--commune-code",
      String(code),
      "--commune-name",
      "Dòng Lệnh",
      "--commune-kind",
      "xa",
      "--admin-username",
      `dong.lenh.${code}`,
    ];
    const t = performance.now();
    const { exit, output } = await new Promise<{ exit: number | null; output: string }>((resolve) => {
      const child = spawn("npx", args, {
        env: { ...process.env, DATABASE_URL: inst.url, EMBEDDED_DB_DIR: "", DATA_DIR: dataDir },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let text = "";
      child.stdout.on("data", (c: Buffer) => (text += c.toString()));
      child.stderr.on("data", (c: Buffer) => (text += c.toString()));
      child.once("exit", (exitCode) => resolve({ exit: exitCode, output: text }));
    });
    const wallMs = round1(performance.now() - t);
    // The CLI prints how long setUpCommune itself took, as its last line: "… 123 ms". Only that line
    // is kept: the one before it shows the generated password.
    const last = output.trim().split("\n").pop() ?? "";
    const own = /(\d[\d.,]*)\s*ms/.exec(last);
    return {
      command: `npx ${args.join(" ")}`,
      wallMs,
      exit,
      reportedMs: own ? Number(own[1].replace(/[.,]/g, "")) : null,
      lastLine: last.slice(0, 200),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

const PAGE_LABELS: Record<PageKey, string> = {
  list: "Communes list (/)",
  home: "A commune's public home (/{slug})",
  province: "Province summary (/console/province, PROVINCE_LEADER)",
  dashboard: "A commune's dashboard (/console/dashboard, LEADER)",
  blank: "Empty page (/blank): the floor of a page",
  health: "GET /api/health (one trivial query): the floor of a request",
  listUncached: "Communes list with the public cache off (PUBLIC_CACHE_MS=0): every request rendered",
  homeUncached: "A commune's public home with the public cache off (PUBLIC_CACHE_MS=0): every request rendered",
};
/** The pages the p99 goal is for; the floors are measured beside them. */
const JUDGED: PageKey[] = ["list", "home", "province", "dashboard"];

const loadAverageAtStart = load();
if (loadAverageAtStart[0] > 0.5)
  console.warn(
    `note: load average (1/5/15 min) ${loadAverageAtStart.join(" ")} — other work has been running on this machine; figures will be lower`,
  );
console.log(
  `province: ${COMMUNES} communes × ${HOUSEHOLDS.toLocaleString("en-US")} households (${(COMMUNES * HOUSEHOLDS).toLocaleString("en-US")}) beside one commune of ${HOUSEHOLDS.toLocaleString("en-US")}; ` +
    `${CONCURRENCY} readers, ${REQUESTS === null ? `${SECONDS} s` : `${REQUESTS} requests each`} per page after ${WARMUP_SECONDS} s of warm-up`,
);
console.log("embedded database: not measured — a province install belongs on a PostgreSQL server of its own");

const now = new Date();
let exitCode = 1;
try {
  console.log(`\nseeding the province (${COMMUNES} communes)`);
  const province = await seedInstall("Province", COMMUNES, now);
  console.log(
    `  ${JSON.stringify(province.counts)} in ${seconds(province.seedMs.total)} (${Object.entries(province.seedMs)
      .filter(([k]) => k !== "seededAt")
      .map(([k, v]) => `${k} ${seconds(v)}`)
      .join(", ")})`,
  );
  console.log("seeding the one-commune install");
  const one = await seedInstall("One commune", 1, now);
  console.log(`  ${JSON.stringify(one.counts)} in ${seconds(one.seedMs.total)}`);

  await settle();
  console.log(`\none-commune install (${one.name})`);
  const onePages = { ...(await measureInstall(one)), ...(await measureInstall(one, 0)) };
  await settle();
  console.log(`\nprovince install (${province.name})`);
  const provincePages = { ...(await measureInstall(province)), ...(await measureInstall(province, 0)) };

  console.log("\nin-process calls and the summary's SQL");
  const prof = await profile(province, one, now);

  console.log("\ncreating a commune (setUpCommune)");
  const setupProvince = await timeSetUp(province, 31_000);
  console.log(`  in the province of ${COMMUNES}: ${JSON.stringify(setupProvince)}`);
  const setupOne = await timeSetUp(one, 31_000);
  console.log(`  in the one-commune install: ${JSON.stringify(setupOne)}`);
  const cli = await timeSetUpCli(province, 31_900);
  console.log(`  npx tsx scripts/setup.ts end to end: ${JSON.stringify(cli)}`);

  const pages = (Object.keys(PAGE_LABELS) as PageKey[]).map((key) => {
    const a = provincePages[key];
    const b = onePages[key];
    const ratio =
      typeof a?.p99Ms === "number" && typeof b?.p99Ms === "number" && b.p99Ms > 0
        ? Math.round((a.p99Ms / b.p99Ms) * 1000) / 1000
        : null;
    return { key, label: PAGE_LABELS[key], judged: JUDGED.includes(key), province: a, oneCommune: b, p99Ratio: ratio };
  });
  const summaryP = provincePages.province;
  const dashOne = onePages.dashboard;
  const rel = (k: "p50Ms" | "p99Ms") =>
    typeof summaryP?.[k] === "number" && typeof dashOne?.[k] === "number" && (dashOne[k] as number) > 0
      ? Math.round(((summaryP[k] as number) / (dashOne[k] as number)) * 1000) / 1000
      : null;
  const summaryToDashboard = { p50: rel("p50Ms"), p99: rel("p99Ms") };
  const p99Met = pages
    .filter((p) => JUDGED.includes(p.key))
    .every((p) =>
      [p.province, p.oneCommune].every((x) => typeof x?.p99Ms === "number" && (x.p99Ms as number) <= GOAL.p99Ms),
    );
  const ratioMet =
    summaryToDashboard.p50 !== null &&
    summaryToDashboard.p99 !== null &&
    summaryToDashboard.p50 <= GOAL.summaryToDashboard &&
    summaryToDashboard.p99 <= GOAL.summaryToDashboard;
  const setupMet =
    "maxMs" in setupProvince && typeof setupProvince.maxMs === "number" && setupProvince.maxMs <= GOAL.setupMs;

  console.log(
    `\ngoals: each page p99 ≤ ${GOAL.p99Ms} ms; province summary ≤ ${GOAL.summaryToDashboard}× one commune's dashboard; a commune created ≤ ${GOAL.setupMs} ms`,
  );
  console.table(
    pages.flatMap((p) =>
      (["province", "oneCommune"] as const).map((side) => {
        const r = p[side] as Record<string, unknown> | undefined;
        return {
          page: p.key,
          install: side === "province" ? `${COMMUNES} communes` : "1 commune",
          path: r?.path,
          "req/s": r?.perSecond,
          "p50 ms": r?.p50Ms,
          "p95 ms": r?.p95Ms,
          "p99 ms": r?.p99Ms,
          errors: r?.errors ?? r?.error,
        };
      }),
    ),
  );
  console.log(
    `province summary / one commune's dashboard: p50 ${summaryToDashboard.p50}×, p99 ${summaryToDashboard.p99}× → ${ratioMet ? "met" : "NOT met"}`,
  );
  console.log(
    `every page p99 ≤ ${GOAL.p99Ms} ms: ${p99Met ? "met" : "NOT met"}; setUpCommune max ${"maxMs" in setupProvince ? setupProvince.maxMs : "—"} ms: ${setupMet ? "met" : "NOT met"}`,
  );

  const describe = (i: Install) => ({
    communes: i.communes,
    householdsPerCommune: HOUSEHOLDS,
    neighbourhoodsPerCommune: HOODS,
    openPerCommune: OPEN_PER_COMMUNE,
    counts: i.counts,
    seedMs: i.seedMs,
  });
  const write = (json: unknown) => {
    if (CPU_PROF)
      return console.log(
        `CPU profile(s) in ${CPU_PROF}; bench/results/province.json left unchanged (profiling slows the server).`,
      );
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/province.json", `${JSON.stringify(json, null, 2)}\n`);
    console.log("wrote bench/results/province.json");
  };
  write({
    date: now.toISOString(),
    machine: "2 cores",
    node: process.version,
    loadAverageAtStart,
    loadAverageAtEnd: load(),
    concurrency: CONCURRENCY,
    seconds: SECONDS,
    requestsPerReader: REQUESTS,
    warmupSeconds: WARMUP_SECONDS,
    warmupStaggerMs: WARMUP_STAGGER_MS,
    prismaPool: POOL_SIZE,
    workers: WORKERS,
    publicCacheMs: PUBLIC_CACHE_MS,
    buildId: readFileSync(".next/BUILD_ID", "utf8").trim(),
    staleBuild,
    goal: GOAL,
    install: { province: describe(province), oneCommune: describe(one) },
    pages,
    summaryToDashboard: { ...summaryToDashboard, comparedWith: "the dashboard of the one-commune install" },
    setup: { province: setupProvince, oneCommune: setupOne, cli },
    profile: prof,
    goalsMet: { p99: p99Met, summaryToDashboard: ratioMet, setup: setupMet },
    embedded: {
      skipped:
        "a province install belongs on a PostgreSQL server of its own: the embedded one runs on the app's own machine, for a demo or one commune",
    },
  });
  exitCode = p99Met && ratioMet && setupMet ? 0 : 1;
} catch (e) {
  console.error(`bench:province failed: ${(e as Error).stack ?? e}`);
  if (serverLog.length) console.error(`last server output:\n  ${serverLog.slice(-15).join("\n  ")}`);
  exitCode = 2;
} finally {
  killServerGroup();
  await runCleanups();
}
process.exit(exitCode);
