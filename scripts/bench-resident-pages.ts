// What one complete online response through the resident pages costs the app server: the plain
// form pages every household uses (they carry no script) — GET the consultation form, POST the answers
// (303), GET the review, POST submit (303), GET the receipt — one household after another, against
// `next start` on a throw-away PostgreSQL database. Each step runs for every household before the
// next step, so the app server's CPU per step is read from /proc between steps (serial: no queueing).
// The figures are in docs/PERFORMANCE.md, "Where a resident page's time goes".
//
// RESIDENT_APP=<dir> serves another copy of the app (a directory holding its own .next, e.g. a
// snapshot of an earlier build); RESIDENT_HOUSEHOLDS (default 300); RESIDENT_CPU_PROF=<dir> runs the
// server under `node --cpu-prof` (the profile is written when the server stops). RESIDENT_COUNT_SQL=1
// also counts, per step, the database's transactions and table reads (pg_stat_database and
// pg_stat_user_tables, read after the 10 s in which idle connections report their statistics).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { DAY_MS } from "../src/domain/consultation-plan.ts";
import { MATTER_PRESETS } from "../src/domain/matters.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { treeCpuMs } from "./bench-cpu.ts";
import { createBenchDatabase } from "./bench-db.ts";
import { cleanups, runCleanups, stopServer, trackServer } from "./bench-server.ts";
import { encodeForm, formEntries, formTarget, parseForms, type HtmlForm } from "./bench-form.ts";
import { pickAnswerForm, pickSubmitForm } from "./bench-resident.ts";
import { benchQuestion, freePort } from "./bench-util.ts";

const H = Number(process.env.RESIDENT_HOUSEHOLDS ?? 300);
const APP = path.resolve(process.env.RESIDENT_APP ?? ".");
const CPU_PROF = process.env.RESIDENT_CPU_PROF ? path.resolve(process.env.RESIDENT_CPU_PROF) : null;
const SECRET = "bench-resident-secret-0123456789abcdef";
const SESSION_MAX_AGE = 12 * 60 * 60; // as src/server/auth/session-cookie.ts (which is server-only)
const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const WARMUP = 20;
const COUNT_SQL = process.env.RESIDENT_COUNT_SQL === "1";

/** Transactions and table scans (index or sequential) of the database so far. */
async function sqlCounts(url: string): Promise<{ xacts: number; scans: number }> {
  await new Promise((r) => setTimeout(r, 11_000));
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const x = await c.query(
      "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()",
    );
    const t = await c.query("SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) AS n FROM pg_stat_user_tables");
    return { xacts: Number(x.rows[0].n), scans: Number(t.rows[0].n) };
  } finally {
    await c.end();
  }
}

type Fixture = {
  slug: string;
  communeId: string;
  consultationId: string;
  questionId: string;
  agree: string;
  households: string[];
};

async function seed(db: PrismaClient): Promise<Fixture> {
  const stamp = Date.now().toString(36);
  const now = Date.now();
  const province = await db.province.create({ data: { code: `BR-${stamp}`, name: "Quảng Ngãi" } });
  const commune = await db.commune.create({
    data: { code: `BR-${stamp}`, slug: `res-${stamp}`, name: "Xã Đo Tải", kind: "COMMUNE", provinceId: province.id },
  });
  const hood = await db.neighbourhood.create({
    data: { communeId: commune.id, code: "T1", name: "Thôn 1", kind: "VILLAGE" },
  });
  await db.household.createMany({
    data: Array.from({ length: H + WARMUP }, (_, i) => ({
      communeId: commune.id,
      neighbourhoodId: hood.id,
      code: `R${String(i + 1).padStart(5, "0")}`,
      headName: `Hộ ${i + 1}`,
      address: `Số ${i + 1}`,
    })),
  });
  const preset = MATTER_PRESETS.PROJECT_INVESTMENT_POLICY;
  const c = await db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Đo tải: lấy ý kiến về dự án đường liên thôn",
      summary: "Tóm tắt dự án: mở rộng đường liên thôn, kinh phí và tiến độ.",
      matter: "PROJECT_INVESTMENT_POLICY",
      mode: preset.mode,
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT"],
      publishedAt: new Date(now - 5 * DAY_MS),
      opensAt: new Date(now - 5 * DAY_MS),
      openedAt: new Date(now - 5 * DAY_MS),
      closesAt: new Date(now + 20 * DAY_MS),
      areas: { create: { neighbourhoodId: hood.id, neighbourhoodName: hood.name } },
    },
  });
  const q = await benchQuestion(db, c.id);
  await db.$executeRaw`INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName", "addedAt")
    SELECT gen_random_uuid()::text, ${c.id}, h.id, h."neighbourhoodId", h.code, h."headName", ${new Date(now - 5 * DAY_MS)}
    FROM "Household" h WHERE h."communeId" = ${commune.id}`;
  const households = await db.household.findMany({ where: { communeId: commune.id }, select: { id: true } });
  return {
    slug: commune.slug,
    communeId: commune.id,
    consultationId: c.id,
    questionId: q.id,
    agree: q.options[0].id,
    households: households.map((h) => h.id),
  };
}

const sessionCookie = async (householdId: string, communeId: string) =>
  `next-auth.session-token=${await encode({
    token: { sub: householdId, actor: { type: "household", id: householdId, communeId, sessionVersion: 0 } },
    secret: SECRET,
    maxAge: SESSION_MAX_AGE,
  })}`;

/** The form the resident submits on a page (picked as bench-resident picks it) and where it posts. */
function formOf(html: string, url: string, pick: (forms: HtmlForm[]) => HtmlForm | undefined) {
  const form = pick(parseForms(html));
  if (!form) throw new Error(`no such form in the page: ${html.slice(0, 300)}`);
  return { form, target: formTarget(form, url) };
}

const STEPS = ["form", "answers", "review", "submit", "receipt"] as const;
type Step = (typeof STEPS)[number];

async function run() {
  const db = await createBenchDatabase("bench_resident_pages");
  cleanups.push(db.drop);
  const { prisma, close } = await openDatabase({ kind: "postgres", url: db.url });
  const f = await seed(prisma).finally(() => close());
  if (process.env.RESIDENT_LOG_SQL === "1") {
    // Every statement of the run in PostgreSQL's own log, to see which queries a page sends.
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query(`ALTER DATABASE ${db.name} SET log_statement = 'all'`);
    await c.end();
    console.log(`statements of database ${db.name} go to PostgreSQL's log`);
  }
  const cookies = await Promise.all(f.households.map((h) => sessionCookie(h, f.communeId)));
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-resident-pages-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const nodeArgs = CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROF}`] : [];
  const server = spawn(process.execPath, [...nodeArgs, NEXT_BIN, "start", APP, "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: db.url,
      EMBEDDED_DB_DIR: "",
      DATA_DIR: dataDir,
      AUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  trackServer(server);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 480) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }

  const page = `${base}/${f.slug}/resident/c/${f.consultationId}`;
  const answerForms: ReturnType<typeof formOf>[] = [];
  const submitForms: ReturnType<typeof formOf>[] = [];
  const bytes = new Map<string, number>();
  const get = async (url: string, cookie: string) => {
    const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
    const html = await res.text();
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
    bytes.set(url.slice(page.length) || "/", Buffer.byteLength(html));
    return html;
  };
  /** The form posted as the browser posts it (its enctype), answered 303 to `expect`. */
  const post = async (cookie: string, { form, target }: ReturnType<typeof formOf>, expect: string) => {
    const entries = formEntries(form, (c) => (c.name === `q.${f.questionId}` ? c.value === f.agree : undefined));
    const { body, contentType } = encodeForm(form, entries, "----WebKitFormBoundaryBench");
    const res = await fetch(target, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": contentType },
      body: new Uint8Array(body),
      redirect: "manual",
    });
    await res.arrayBuffer();
    const to = res.headers.get("location") ?? "";
    if (res.status !== 303 || !to.endsWith(expect)) throw new Error(`POST ${target}: ${res.status} → ${to}`);
  };
  const steps: Record<Step, (i: number) => Promise<void>> = {
    form: async (i) => {
      answerForms[i] = formOf(await get(page, cookies[i]), page, pickAnswerForm);
    },
    answers: (i) => post(cookies[i], answerForms[i], "/review"),
    review: async (i) => {
      submitForms[i] = formOf(await get(`${page}/review`, cookies[i]), `${page}/review`, pickSubmitForm);
    },
    submit: (i) => post(cookies[i], submitForms[i], "/receipt"),
    receipt: async (i) => {
      if (!(await get(`${page}/receipt`, cookies[i])).includes("receipt__code")) throw new Error("no receipt code");
    },
  };

  // Warm-up: the last households go through the whole flow first (JIT, connections, module loading).
  for (let i = H; i < H + WARMUP; i++) for (const s of STEPS) await steps[s](i);

  const load = loadavg().map((l) => l.toFixed(2));
  const perStep = {} as Record<Step, { cpuMs: number; wallMs: number; sql: string }>;
  for (const s of STEPS) {
    const sql0 = COUNT_SQL ? await sqlCounts(db.url) : null;
    const cpu0 = treeCpuMs(server.pid!);
    const t0 = performance.now();
    for (let i = 0; i < H; i++) await steps[s](i);
    perStep[s] = { cpuMs: (treeCpuMs(server.pid!) - cpu0) / H, wallMs: (performance.now() - t0) / H, sql: "" };
    if (sql0) {
      // The counting connection's own transactions (3 per reading) are taken off.
      const sql1 = await sqlCounts(db.url);
      const per = (a: number, b: number, own: number) => ((b - a - own) / H).toFixed(1);
      perStep[s].sql =
        `  transactions ${per(sql0.xacts, sql1.xacts, 3)}  table scans ${per(sql0.scans, sql1.scans, 0)}`;
    }
  }
  // The floors, as many times, on the same server: the App Router's empty page (/blank), a route
  // handler with one query (/api/health), and a Pages Router page that reads one row (a resident
  // page of a commune that does not exist: its 404).
  const floor = async (url: string) => {
    const c0 = treeCpuMs(server.pid!);
    for (let i = 0; i < H; i++) await (await fetch(`${base}${url}`)).arrayBuffer();
    return (treeCpuMs(server.pid!) - c0) / H;
  };
  const blankMs = await floor("/blank");
  const healthMs = await floor("/api/health");
  const pagesMs = await floor("/khong-co-xa-nay/resident");
  const total = STEPS.reduce((sum, s) => sum + perStep[s].cpuMs, 0);
  console.log(`resident pages, ${H} households one after another, app ${APP}, load average ${load.join(" / ")}`);
  for (const s of STEPS)
    console.log(
      `  ${s.padEnd(8)} app-server CPU ${perStep[s].cpuMs.toFixed(1).padStart(5)} ms  wall ${perStep[s].wallMs.toFixed(1).padStart(5)} ms${perStep[s].sql}`,
    );
  console.log(`  total    app-server CPU ${total.toFixed(1).padStart(5)} ms per complete response`);
  console.log(
    `  floors: App Router empty page (/blank) ${blankMs.toFixed(1)} ms, route handler (/api/health) ${healthMs.toFixed(1)} ms, Pages Router 404 (one query) ${pagesMs.toFixed(1)} ms`,
  );
  console.log(`  page sizes (bytes of HTML, before gzip): ${[...bytes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  await stopServer(CPU_PROF ? 60_000 : 15_000);
}

run()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => runCleanups());
