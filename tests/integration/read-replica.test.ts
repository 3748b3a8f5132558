// Reads on a hot standby, writes on the primary (src/server/db/replica.ts), against real streaming
// standbys of the TEST_DATABASE_URL server made by scripts/pg-replica.sh: TEST_DATABASE_REPLICA_URL
// (no delay) and TEST_DATABASE_DELAYED_REPLICA_URL (recovery_min_apply_delay, so that what lags is
// seen to lag). A resident's receipt and an official's own re-read stay on the primary, never stale;
// the routed reads (public pages, the audit browse) are behind until the standby applies the commit.
import { createServer, type AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { readRouting, type ReadRouting } from "@/server/db/replica";
import { hotStatementName } from "@/server/db/statement-names";
import { createCaller } from "@/server/api/root";
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

const PRIMARY = process.env.TEST_DATABASE_URL;
const REPLICA = process.env.TEST_DATABASE_REPLICA_URL;
const DELAYED = process.env.TEST_DATABASE_DELAYED_REPLICA_URL;

async function one<T>(url: string, sql: string): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows[0] as T;
  } finally {
    await c.end();
  }
}

/** Waits until the standby has replayed everything the primary has written so far. */
async function caughtUp(replicaUrl: string, timeoutMs = 30_000) {
  const { lsn } = await one<{ lsn: string }>(PRIMARY!, "SELECT pg_current_wal_lsn() AS lsn");
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { ok } = await one<{ ok: boolean }>(replicaUrl, `SELECT pg_last_wal_replay_lsn() >= '${lsn}' AS ok`);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${replicaUrl} has not replayed up to ${lsn} in ${timeoutMs} ms`);
}

function routing(t: TestDb, replicaUrl: string, retryMs?: number): ReadRouting {
  return readRouting(
    t.db,
    PRIMARY!,
    [replicaUrl],
    { options: `-c search_path=${t.schema}`, max: 4 },
    { schema: t.schema, statementNameGenerator: hotStatementName },
    { retryMs },
  );
}

/** An open, published consultation of one approval question, the household on its roll. */
async function world(db: PrismaClient) {
  const commune = await createCommune(db);
  const hood = await createNeighbourhood(db, commune.id);
  const household = await createHousehold(db, hood, { pin: "246813" });
  const official = await createStaff(db, commune.id, "OFFICIAL");
  const oversight = await createStaff(db, commune.id, "OVERSIGHT");
  const { consultation, question } = await openConsultationWithRoll(db, commune.id, hood.id, [household]);
  return { commune, household, official, oversight, consultation, question };
}

describe.skipIf(!REPLICA || !DELAYED)(
  "reads on a replica (needs TEST_DATABASE_REPLICA_URL and TEST_DATABASE_DELAYED_REPLICA_URL: scripts/pg-replica.sh)",
  () => {
    let t: TestDb;
    let delayed: ReadRouting;
    let w: Awaited<ReturnType<typeof world>>;
    let delayMs: number;
    const as = (session: Parameters<typeof householdSession>[0] | null, kind: "staff" | "household") =>
      createCaller({
        db: t.db,
        readDb: delayed.read(),
        session: session && (kind === "staff" ? staffSession(session) : householdSession(session)),
        locale: "vi",
        now: () => new Date(),
      });

    beforeAll(async () => {
      // The standbys must be of this primary's cluster, or nothing written here ever reaches them.
      const id = "SELECT system_identifier::text AS id FROM pg_control_system()";
      const [p, r, d] = await Promise.all([PRIMARY!, REPLICA!, DELAYED!].map((u) => one<{ id: string }>(u, id)));
      if (p.id !== r.id || p.id !== d.id)
        throw new Error("the replicas are not standbys of TEST_DATABASE_URL's server (scripts/pg-replica.sh)");
      const { setting } = await one<{ setting: string }>(
        DELAYED!,
        "SELECT setting FROM pg_settings WHERE name = 'recovery_min_apply_delay'",
      );
      delayMs = Number(setting);
      expect(delayMs, "TEST_DATABASE_DELAYED_REPLICA_URL has no recovery_min_apply_delay").toBeGreaterThanOrEqual(1000);
      t = await createTestDb();
      delayed = routing(t, DELAYED!);
      w = await world(t.db);
      await caughtUp(DELAYED!, delayMs + 30_000);
    });
    afterAll(async () => {
      await delayed?.close();
      await t?.close();
    });

    test("a resident's receipt is on the primary at once; the routed audit browse shows it after the delay", async () => {
      const resident = as(w.household, "household");
      const oversight = as(w.oversight, "staff");
      const before = (await oversight.audit.list()).events.length;
      const answers = [{ questionId: w.question.id, optionIds: [w.question.options[0].id], text: "", comment: "" }];
      const sent = await resident.response.submitOnline({ consultationId: w.consultation.id, answers });
      // The receipt page, as the browser is sent to it right after posting: read on the primary.
      const { ctx } = await pageContext({
        commune: w.commune.slug,
        id: w.consultation.id,
        session: householdSession(w.household),
      });
      const receipt = await consultationProps(t.db, ctx, "receipt");
      expect(JSON.stringify(receipt)).toContain(sent.receiptCode);
      const home = await resident.resident.home();
      expect(home.consultations.find((c) => c.id === w.consultation.id)?.response).not.toBeNull();
      // The routed browse is behind: the standby has not applied the commit yet.
      expect((await oversight.audit.list()).events.length).toBe(before);
      await caughtUp(DELAYED!, delayMs + 30_000);
      expect((await oversight.audit.list()).events.length).toBeGreaterThan(before);
    });

    test("an official's edit reads back from the primary; the public page catches up after the delay", async () => {
      const official = as(w.official, "staff");
      const title = `Lấy ý kiến về đường liên thôn ${Date.now()}`;
      await t.db.consultation.update({ where: { id: w.consultation.id }, data: { title } });
      expect((await official.consultation.get({ id: w.consultation.id })).title).toBe(title);
      const visitor = as(null, "staff");
      const publicNow = await visitor.commune.publicConsultation({ commune: w.commune.slug, id: w.consultation.id });
      expect(publicNow.title).not.toBe(title);
      await caughtUp(DELAYED!, delayMs + 30_000);
      const publicLater = await visitor.commune.publicConsultation({ commune: w.commune.slug, id: w.consultation.id });
      expect(publicLater.title).toBe(title);
    });

    test("replica lag in seconds: the delay's while a commit waits, under a second on the undelayed standby", async () => {
      await t.db.consultation.update({ where: { id: w.consultation.id }, data: { summary: "Tóm tắt mới" } });
      await new Promise((r) => setTimeout(r, delayMs / 2));
      const lag = await delayed.lagSeconds();
      expect(lag).not.toBeNull();
      expect(lag!).toBeGreaterThanOrEqual(delayMs / 2000 - 0.2);
      // The shared primary may be written by others at any moment: the undelayed one is near 0.
      const live = routing(t, REPLICA!);
      try {
        await caughtUp(REPLICA!);
        expect(await live.lagSeconds()).toBeLessThan(1);
      } finally {
        await live.close();
      }
    });
  },
);

describe.skipIf(!REPLICA)("a replica that is down (needs TEST_DATABASE_REPLICA_URL: scripts/pg-replica.sh)", () => {
  let t: TestDb;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    t = await createTestDb();
    w = await world(t.db);
    await caughtUp(REPLICA!);
  });
  afterAll(() => t?.close());

  test("a replica nobody answers at: the routed reads are the primary's, the lag is null", async () => {
    // A port nothing listens on: taken and released, so the connection is refused.
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dead = routing(t, `postgres://postgres@127.0.0.1:${port}/test`);
    try {
      const visitor = createCaller({
        db: t.db,
        readDb: dead.read(),
        session: null,
        locale: "vi",
        now: () => new Date(),
      });
      const title = `Tên mới ${Date.now()}`;
      await t.db.consultation.update({ where: { id: w.consultation.id }, data: { title } });
      const page = await visitor.commune.publicConsultation({ commune: w.commune.slug, id: w.consultation.id });
      expect(page.title).toBe(title);
      expect(await dead.lagSeconds()).toBeNull();
    } finally {
      await dead.close();
    }
  });

  test("a replica that drops its connections mid-life: the next reads go to the primary, then back", async () => {
    const live = routing(t, REPLICA!, 300);
    try {
      const visitor = createCaller({
        db: t.db,
        readDb: live.read(),
        session: null,
        locale: "vi",
        now: () => new Date(),
      });
      const read = () => visitor.commune.publicConsultation({ commune: w.commune.slug, id: w.consultation.id });
      await read(); // the pool now holds a standby connection
      expect(await live.lagSeconds()).not.toBeNull();
      // As a standby restart does: every client connection of this file's pools ends (57P01).
      await one(
        REPLICA!,
        `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
         WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND query NOT LIKE '%pg_terminate_backend%'
           AND datname = current_database()`,
      );
      for (let i = 0; i < 5; i++) expect((await read()).id).toBe(w.consultation.id);
      await new Promise((r) => setTimeout(r, 400));
      await caughtUp(REPLICA!);
      expect(await live.lagSeconds()).not.toBeNull();
    } finally {
      await live.close();
    }
  });
});

describe.skipIf(!REPLICA)(
  "/api/health reports the replica (needs TEST_DATABASE_REPLICA_URL: scripts/pg-replica.sh)",
  () => {
    let t: TestDb;
    const state = globalThis as unknown as { __ydanDb?: Promise<{ close(): Promise<void> }> };
    const saved = { url: process.env.DATABASE_URL, replica: process.env.DATABASE_REPLICA_URL };
    const inSchema = (url: string) => `${url}?options=${encodeURIComponent(`-c search_path=${t.schema}`)}`;

    async function health(replica: string | undefined) {
      await (await state.__ydanDb)?.close();
      state.__ydanDb = undefined;
      process.env.DATABASE_URL = inSchema(PRIMARY!);
      if (replica) process.env.DATABASE_REPLICA_URL = replica;
      else delete process.env.DATABASE_REPLICA_URL;
      const { GET } = await import("@/app/api/health/route");
      const res = await GET();
      expect(res.status).toBe(200);
      return (await res.json()) as {
        database: string;
        replica: { reachable: boolean; lagSeconds: number | null } | null;
      };
    }

    beforeAll(async () => {
      t = await createTestDb();
      await caughtUp(REPLICA!);
    });
    afterAll(async () => {
      await (await state.__ydanDb)?.close();
      state.__ydanDb = undefined;
      process.env.DATABASE_URL = saved.url;
      process.env.DATABASE_REPLICA_URL = saved.replica;
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      if (saved.replica === undefined) delete process.env.DATABASE_REPLICA_URL;
      await t?.close();
    });

    test("lag in seconds with a replica, null when it cannot be reached, no replica without one", async () => {
      const live = await health(inSchema(REPLICA!));
      expect(live.database).toBe("postgres");
      expect(live.replica?.reachable).toBe(true);
      expect(live.replica?.lagSeconds).toBeGreaterThanOrEqual(0);
      expect((await health(inSchema("postgres://postgres@127.0.0.1:1/test"))).replica).toEqual({
        reachable: false,
        lagSeconds: null,
      });
      expect((await health(undefined)).replica).toBeNull();
    });
  },
);
