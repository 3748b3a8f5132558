// The app's routers through PgBouncer in transaction mode, the pool mode the README recommends: a
// PgBouncer of this test's own (its own ini in a temp dir, a free port) in front of the
// TEST_DATABASE_URL server. PgBouncer 1.18 (Debian 12) does not track protocol-level prepared
// statements, so with the hot path's named statements a statement prepared on one server
// connection is missing on the next one (PgBouncer docs, "Feature matrix for pooling modes" and
// its FAQ "How to use prepared statements with transaction pooling?"); with
// DATABASE_PREPARED_STATEMENTS=off (or pgbouncer=true in the URL) every call works.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { createCaller } from "@/server/api/root";
import { preparedStatementsFrom } from "@/server/db/client";
import { hotStatementName } from "@/server/db/statement-names";
import { consultationProps } from "@/server/residents/pages";
import { pageContext } from "../helpers/resident-pages";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  createCommune,
  openConsultationWithRoll,
  createHousehold,
  createNeighbourhood,
  createStaff,
  householdSession,
  staffSession,
} from "../helpers/factories";

const PGBOUNCER = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"].find(
  (p) => spawnSync(p, ["--version"]).status === 0,
);

async function freePort() {
  return new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

async function listening(port: number, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = createConnection(port, "127.0.0.1");
      c.once("connect", () => (c.end(), resolve(true)));
      c.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pgbouncer did not listen on ${port}`);
}

describe.skipIf(!PGBOUNCER)(
  "the routers through PgBouncer in transaction mode (needs pgbouncer: apt-get install pgbouncer)",
  () => {
    let t: TestDb;
    let dir: string;
    let bouncer: ChildProcess;
    let bouncerUrl: string;
    let log = "";
    const clients: PrismaClient[] = [];

    /** The app's client as src/server/db/client.ts makes it for this URL, with the test's schema. */
    function appClient(url: string) {
      const { url: connectionString, prepared } = preparedStatementsFrom(url);
      const db = new PrismaClient({
        adapter: new PrismaPg(
          { connectionString, max: 8 },
          { schema: t.schema, statementNameGenerator: prepared ? hotStatementName : undefined },
        ),
      });
      clients.push(db);
      return db;
    }

    beforeAll(async () => {
      t = await createTestDb();
      const server = new URL(process.env.TEST_DATABASE_URL!);
      // The embedded server is reached on its socket (?host=/dir), a server on host:port.
      const host = server.searchParams.get("host") ?? server.hostname;
      const port = await freePort();
      dir = mkdtempSync(path.join(tmpdir(), "ydan-pgbouncer-"));
      // A tiny pool so that transactions keep changing server connections, as under load. Raw SQL
      // needs the file's schema: PgBouncer refuses the `options` startup parameter, so each server
      // connection sets it when opened (connect_query).
      writeFileSync(
        path.join(dir, "pgbouncer.ini"),
        `[databases]
app = host=${host} port=${server.port || 5432} dbname=${server.pathname.slice(1)} user=${server.username || "postgres"} connect_query='SET search_path TO ${t.schema}'
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${path.join(dir, "users.txt")}
pool_mode = transaction
default_pool_size = 3
max_client_conn = 200
server_reset_query =
logfile =
pidfile =
`,
      );
      writeFileSync(path.join(dir, "users.txt"), `"postgres" ""\n`);
      chmodSync(dir, 0o755);
      // PgBouncer refuses to run as root; as root it is started as the postgres user (-u).
      const asRoot = process.getuid?.() === 0;
      bouncer = spawn(PGBOUNCER!, [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      bouncer.stdout!.on("data", (d) => (log += d));
      bouncer.stderr!.on("data", (d) => (log += d));
      await listening(port).catch((e) => {
        throw new Error(`${(e as Error).message}\n${log}`);
      });
      bouncerUrl = `postgres://postgres@127.0.0.1:${port}/app`;
    });
    afterAll(async () => {
      await Promise.all(clients.map((c) => c.$disconnect()));
      bouncer?.kill("SIGTERM");
      await t?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    async function world(db: PrismaClient, households: number) {
      const commune = await createCommune(db);
      const hood = await createNeighbourhood(db, commune.id);
      const official = await createStaff(db, commune.id, "OFFICIAL");
      const homes = await Promise.all(Array.from({ length: households }, () => createHousehold(db, hood)));
      const { consultation, question } = await openConsultationWithRoll(db, commune.id, hood.id, homes);
      return { commune, official, homes, consultation, question };
    }

    const caller = (db: PrismaClient, session: ReturnType<typeof householdSession> | null) =>
      createCaller({ db, session, locale: "vi", now: () => new Date() });

    /** One resident's visit: the form page, the response, the receipt page (the hot statements). */
    async function visit(db: PrismaClient, w: Awaited<ReturnType<typeof world>>, i: number) {
      const home = w.homes[i];
      const session = householdSession(home);
      const form = await pageContext({ commune: w.commune.slug, id: w.consultation.id, session });
      const page = await consultationProps(db, form.ctx, "form");
      if (!("props" in page)) throw new Error("the form page redirected");
      const option = w.question.options[i % 2].id;
      const answers = [{ questionId: w.question.id, optionIds: [option], text: "", comment: "" }];
      const sent = await caller(db, session).response.submitOnline({ consultationId: w.consultation.id, answers });
      const receipt = await consultationProps(db, form.ctx, "receipt");
      expect(JSON.stringify(receipt)).toContain(sent.receiptCode);
      return sent.receiptCode;
    }

    test("named statements off (pgbouncer=true): a response, the routers, a concurrent burst all work", async () => {
      const w = await world(t.db, 40);
      const db = appClient(`${bouncerUrl}?pgbouncer=true`);
      expect(preparedStatementsFrom(`${bouncerUrl}?pgbouncer=true`).prepared).toBe(false);
      await visit(db, w, 0);
      const official = caller(db, staffSession(w.official));
      expect((await official.consultation.get({ id: w.consultation.id })).id).toBe(w.consultation.id);
      expect((await official.tally.get({ consultationId: w.consultation.id })).consultationId).toBe(w.consultation.id);
      const visitor = caller(db, null);
      expect((await visitor.commune.publicConsultation({ commune: w.commune.slug, id: w.consultation.id })).id).toBe(
        w.consultation.id,
      );
      // 39 households at once on 8 client connections over 3 server connections.
      const codes = await Promise.all(w.homes.slice(1).map((_, i) => visit(db, w, i + 1)));
      expect(new Set(codes).size).toBe(39);
      const tally = await official.tally.get({ consultationId: w.consultation.id });
      expect(JSON.stringify(tally)).toContain('"responded":40');
    });

    test("named statements on: the burst fails as PgBouncer's docs predict (the statement is on another connection)", async () => {
      const w = await world(t.db, 30);
      const db = appClient(bouncerUrl);
      expect(preparedStatementsFrom(bouncerUrl, {}).prepared).toBe(true);
      const results = await Promise.allSettled(w.homes.map((_, i) => visit(db, w, i)));
      const failures = results
        .filter((r) => r.status === "rejected")
        .map((r) => String((r as PromiseRejectedResult).reason));
      expect(failures.length).toBeGreaterThan(0);
      const said = /prepared statement "hot_[0-9a-f]+" (does not exist|already exists)/.exec(failures.join("\n"));
      console.log(
        `[pgbouncer] named statements on: ${failures.length} of ${results.length} visits failed (${said?.[0]})`,
      );
      expect(failures.join("\n")).toMatch(/prepared statement "hot_[0-9a-f]+" (does not exist|already exists)/);
    });

    test("DATABASE_PREPARED_STATEMENTS=off turns them off for any URL", () => {
      expect(preparedStatementsFrom(bouncerUrl, { DATABASE_PREPARED_STATEMENTS: "off" }).prepared).toBe(false);
      expect(preparedStatementsFrom(`${bouncerUrl}?pgbouncer=true&sslmode=disable`).url).toBe(
        `${bouncerUrl}?sslmode=disable`,
      );
    });
  },
);
