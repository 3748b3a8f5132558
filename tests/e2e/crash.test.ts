// Resilience: the server is killed with SIGKILL in the middle of a load of resident
// responses on PostgreSQL; after a restart every response the server had acknowledged (HTTP 200) is
// there, once. The production build is served on its own throw-away PostgreSQL database.
// The embedded database makes no such promise: PGlite runs inside the app's process and its writes
// reach the disk when PGlite flushes them; production belongs on a PostgreSQL server.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import pg from "pg";
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

function start() {
  // The server `npm start` runs (scripts/serve.mjs), without the prestart step.
  const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
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

async function seed() {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const db = new pg.Client({ connectionString: dbUrl });
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

describe("kill -9 under load (PostgreSQL)", async () => {
  const ok = await reachable();
  test.skipIf(!ok)(
    `every acknowledged response survives the server being killed${ok ? "" : " (skipped: no PostgreSQL server at " + SERVER + ")"}`,
    async () => {
      const db = await seed();
      try {
        start();
        await healthy();
        const acknowledged = new Set<number>();
        let next = 1;
        let stop = false;
        const worker = async () => {
          while (!stop && next <= HOUSEHOLDS) {
            const h = next++;
            if (await submit(h)) acknowledged.add(h);
          }
        };
        const workers = Array.from({ length: 16 }, worker);
        // Let the load run, then kill the server mid-flight.
        while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 20));
        await kill9(server!);
        stop = true;
        await Promise.all(workers);
        const sent = next - 1;
        expect(sent).toBeGreaterThan(acknowledged.size); // some requests were cut off

        start();
        await healthy();
        const { rows } = await db.query<{ h: string; n: number }>(
          `SELECT "householdId" AS h, count(*)::int AS n FROM "Response" WHERE "consultationId" = 'k' GROUP BY 1`,
        );
        const stored = new Map(rows.map((r) => [Number(r.h.slice(1)), r.n]));
        const lost = [...acknowledged].filter((h) => !stored.has(h));
        expect(lost).toEqual([]);
        expect(rows.every((r) => r.n === 1)).toBe(true);
        // Nothing half-written: every stored response has its answer.
        const { rows: orphans } = await db.query(
          `SELECT r.id FROM "Response" r LEFT JOIN "Answer" a ON a."responseId" = r.id WHERE r."consultationId" = 'k' AND a.id IS NULL`,
        );
        expect(orphans).toEqual([]);
        // And the restarted server takes the households the crash cut off.
        const cutOff = Array.from({ length: 5 }, (_, i) => sent + 1 + i);
        expect(await Promise.all(cutOff.map(submit))).toEqual([true, true, true, true, true]);
      } finally {
        await db.end();
      }
    },
    180_000,
  );
});
