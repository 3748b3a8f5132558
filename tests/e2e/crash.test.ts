// Resilience: in the middle of a load of resident responses, the app server is killed with SIGKILL
// (on a PostgreSQL server, and on the embedded database), and the embedded database's own server
// is killed with SIGKILL under the app; after each, every response the app had acknowledged (HTTP
// 200) is there, once. A SIGTERM stops `npm start` with the embedded database shut down cleanly.
// The production build is served by scripts/serve.mjs, as `npm start` runs it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { ensureEmbedded, runningPostmaster, stopEmbedded } from "../../src/server/db/embedded-server.mjs";
import { applyMigrations } from "../../src/server/db/migrations";

const SERVER = process.env.CI_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SECRET = "crash-test-secret";
const HOUSEHOLDS = 3_000;
const port = 3700 + Math.floor(Math.random() * 200);
const base = `http://localhost:${port}`;
const dbName = `ydan_crash_${Date.now()}`;
const dbUrl = (() => {
  const u = new URL(SERVER);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

async function reachable() {
  const c = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2_000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

let server: ChildProcess | null = null;

let dbEnv: Record<string, string> = { DATABASE_URL: dbUrl };

function start() {
  // The server `npm start` runs (scripts/serve.mjs), without the prestart step.
  const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      EMBEDDED_DB_DIR: "",
      ...dbEnv,
      AUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      DEMO_SEED: "0",
      PORT: String(port),
    },
    stdio: "ignore",
    detached: true,
  });
  server = child;
  return child;
}

async function healthy() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not come up within 60 s");
}

function kill9(child: ChildProcess) {
  process.kill(-child.pid!, "SIGKILL");
  return new Promise((r) => child.once("exit", r));
}

afterAll(async () => {
  if (server && server.exitCode === null) await kill9(server).catch(() => undefined);
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect().catch(() => undefined);
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await admin.end().catch(() => undefined);
});

async function seed(url = dbUrl) {
  if (url === dbUrl) {
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
  }
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await applyMigrations(db);
  await db.query(`INSERT INTO "Province" (id, code, name) VALUES ('p', 'CRASH', 'Quảng Ngãi')`);
  await db.query(
    `INSERT INTO "Commune" (id, "provinceId", code, slug, name, kind) VALUES ('c', 'p', 'CRASH', 'thu-tai', 'Thử Tải', 'COMMUNE')`,
  );
  await db.query(
    `INSERT INTO "Neighbourhood" (id, "communeId", code, kind, name) VALUES ('n', 'c', 'T1', 'VILLAGE', 'Thôn Một')`,
  );
  await db.query(`INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, "updatedAt")
    SELECT 'h' || g, 'c', 'n', 'H' || g, 'Hộ ' || g, '', now() FROM generate_series(1, ${HOUSEHOLDS}) g`);
  await db.query(`INSERT INTO "Consultation" (id, "communeId", title, summary, matter, mode, status, channels, "publishedAt", "opensAt", "openedAt", "closesAt", "updatedAt")
    VALUES ('k', 'c', 'Thử tải', '', 'PROJECT_INVESTMENT_POLICY', 'OPINION', 'OPEN', '{ONLINE}', now() - interval '5 days', now() - interval '5 days', now() - interval '5 days', now() + interval '20 days', now())`);
  await db.query(
    `INSERT INTO "ConsultationArea" ("consultationId", "neighbourhoodId", "neighbourhoodName") VALUES ('k', 'n', 'Thôn Một')`,
  );
  await db.query(
    `INSERT INTO "Question" (id, "consultationId", position, kind, text) VALUES ('q', 'k', 0, 'APPROVAL', 'Đồng ý không?')`,
  );
  await db.query(
    `INSERT INTO "QuestionOption" (id, "questionId", position, key, label) VALUES ('agree', 'q', 0, 'AGREE', 'Đồng ý'), ('disagree', 'q', 1, 'DISAGREE', 'Không đồng ý'), ('other', 'q', 2, 'OTHER', 'Ý kiến khác')`,
  );
  await db.query(`INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName")
    SELECT 'e' || g, 'k', 'h' || g, 'n', 'H' || g, 'Hộ ' || g FROM generate_series(1, ${HOUSEHOLDS}) g`);
  return db;
}

async function submit(household: number): Promise<boolean> {
  const cookie = `next-auth.session-token=${await encode({ token: { sub: `h${household}`, actor: { type: "household", id: `h${household}`, communeId: "c", sessionVersion: 0 } }, secret: SECRET })}`;
  try {
    const res = await fetch(`${base}/api/trpc/response.submitOnline`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify({
        json: {
          consultationId: "k",
          answers: [{ questionId: "q", optionIds: [household % 2 ? "agree" : "disagree"], text: "", comment: "" }],
        },
      }),
    });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false; // the connection died with the server: not acknowledged
  }
}

const acknowledged = new Set<number>();
let next = 1;

/** 16 residents submitting until `crash` is done mid-flight; returns how many were sent. */
async function loadAndKill(crash: () => Promise<unknown>, keepGoingMs = 0) {
  let stop = false;
  let cutOff = 0;
  const worker = async () => {
    while (!stop && next <= HOUSEHOLDS) {
      const h = next++;
      if (await submit(h)) acknowledged.add(h);
      else cutOff++;
    }
  };
  const workers = Array.from({ length: 16 }, worker);
  // Let the load run, then crash mid-flight.
  const target = acknowledged.size + 150;
  while (acknowledged.size < target) await new Promise((r) => setTimeout(r, 20));
  await crash();
  await new Promise((r) => setTimeout(r, keepGoingMs));
  stop = true;
  await Promise.all(workers);
  expect(cutOff).toBeGreaterThan(0); // some requests were cut off by the crash
  return next - 1;
}

async function checkStored(db: pg.Client, sent: number) {
  const { rows } = await db.query<{ h: string; n: number }>(
    `SELECT "householdId" AS h, count(*)::int AS n FROM "Response" WHERE "consultationId" = 'k' GROUP BY 1`,
  );
  const stored = new Map(rows.map((r) => [Number(r.h.slice(1)), r.n]));
  const lost = [...acknowledged].filter((h) => !stored.has(h));
  expect(lost).toEqual([]);
  expect(rows.every((r) => r.n === 1)).toBe(true);
  expect(rows.length).toBeGreaterThanOrEqual(acknowledged.size);
  // Nothing half-written: every stored response has its answer.
  const { rows: orphans } = await db.query(
    `SELECT r.id FROM "Response" r LEFT JOIN "Answer" a ON a."responseId" = r.id WHERE r."consultationId" = 'k' AND a.id IS NULL`,
  );
  expect(orphans).toEqual([]);
  // And the restarted server takes households the crash cut off.
  const cutOff = Array.from({ length: 5 }, (_, i) => sent + 1 + i);
  next = sent + 6;
  const taken = await Promise.all(cutOff.map(submit));
  expect(taken).toEqual([true, true, true, true, true]);
  for (const h of cutOff) acknowledged.add(h);
}

describe("the embedded database under npm start", () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "ydan-crash-")), "postgres");
  const pgLog = () => readFileSync(`${dir}.log`, "utf8");
  let db: pg.Client;
  // A failed test leaves the app killed and its database (its own process group) running.
  afterAll(async () => {
    await db?.end().catch(() => undefined);
    if (server && server.exitCode === null) await kill9(server).catch(() => undefined);
    await stopEmbedded(dir).catch(() => undefined);
  });

  test("kill -9 of the database server under load: npm start starts it again, and every acknowledged response is there once", async () => {
    acknowledged.clear();
    next = 1;
    const owner = await ensureEmbedded(dir, { log: () => {} });
    db = await seed(owner.url);
    await db.end();
    await owner.stop(); // npm start's primary owns it from here
    dbEnv = { EMBEDDED_DB_DIR: dir };
    start();
    await healthy();
    const sent = await loadAndKill(async () => process.kill(runningPostmaster(dir)!, "SIGKILL"), 3_000);
    await healthy();
    expect(pgLog()).toContain("database system was not properly shut down; automatic recovery in progress");
    db = new pg.Client({ connectionString: owner.url });
    await db.connect();
    await checkStored(db, sent);
  }, 180_000);

  test("kill -9 of the whole app: its database survives it, the next start takes it over, nothing is lost", async () => {
    const sent = await loadAndKill(() => kill9(server!));
    expect(runningPostmaster(dir)).not.toBeNull(); // its own process group
    start();
    await healthy();
    await checkStored(db, sent);
  }, 180_000);

  test("SIGTERM, then SIGINT: npm start stops, and its database is shut down cleanly (the next start needs no recovery)", async () => {
    await db.end();
    const exited = new Promise<number | null>((r) => server!.once("exit", (code) => r(code)));
    process.kill(server!.pid!, "SIGTERM");
    expect(await exited).toBe(0);
    expect(runningPostmaster(dir)).toBeNull();
    expect(pgLog().trimEnd().split("\n").at(-1)).toMatch(/database system is shut down$/);
    const logBefore = pgLog().length;
    start();
    await healthy();
    const restart = pgLog().slice(logBefore);
    expect(restart).toMatch(/database system was shut down at /);
    expect(restart).not.toContain("not properly shut down");
    // Ctrl-C in the terminal (SIGINT) is the same clean stop.
    const interrupted = new Promise<number | null>((r) => server!.once("exit", (code) => r(code)));
    process.kill(server!.pid!, "SIGINT");
    expect(await interrupted).toBe(0);
    expect(runningPostmaster(dir)).toBeNull();
    expect(pgLog().trimEnd().split("\n").at(-1)).toMatch(/database system is shut down$/);
  }, 120_000);
});

describe("kill -9 under load (PostgreSQL)", async () => {
  const ok = await reachable();
  test.skipIf(!ok)(
    `every acknowledged response survives the server being killed${ok ? "" : " (skipped: no PostgreSQL server at " + SERVER + ")"}`,
    async () => {
      acknowledged.clear();
      next = 1;
      dbEnv = { DATABASE_URL: dbUrl };
      const db = await seed();
      try {
        start();
        await healthy();
        const sent = await loadAndKill(() => kill9(server!));
        start();
        await healthy();
        await checkStored(db, sent);
      } finally {
        await db.end();
      }
    },
    180_000,
  );
});
