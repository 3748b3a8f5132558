// npm run bench:nation — what a roll of a million households costs one PostgreSQL server: the time to
// open a consultation (openConsultation in src/server/consultations/transitions.ts: the status move,
// its audit event and freezeRoll's one INSERT … SELECT of the area's households into RollEntry, in
// one transaction, committed) and the disk the consultation takes once BENCH_NATION_ANSWERED of the
// roll (default 0.7) has answered online. For each size in BENCH_NATION_SIZES (default
// 1000000,2000000,5000000) a fresh throw-away database on BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres): one commune, 100 neighbourhoods, the households made
// inside the database (generate_series, as scripts/bench-tally.ts does), the roll frozen through the
// app's own code, then the answered responses with what an online first response writes beside
// them (src/server/responses/first-response.ts: Response, Answer, AnswerChoice and one AuditEvent,
// ids and codes of the lengths the app makes), VACUUM ANALYZE, and pg_database_size with the sizes of
// the big tables (heap, indexes, TOAST). Prints a table and writes bench/results/nation.json
// (BENCH_NATION_OUT: another file).
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { openConsultation } from "../src/server/consultations/transitions.ts";
import { computeTally } from "../src/server/tallies/compute.ts";
import { BENCH_SERVER_URL, createBenchDatabase } from "./bench-db.ts";
import { benchQuestion } from "./bench-util.ts";

const SIZES = (process.env.BENCH_NATION_SIZES ?? "1000000,2000000,5000000").split(",").map(Number);
const ANSWERED = Number(process.env.BENCH_NATION_ANSWERED ?? 0.7);
const OUT = process.env.BENCH_NATION_OUT ?? "bench/results/nation.json";
const HOODS = 100;
const TABLES = ["Household", "RollEntry", "Response", "Answer", "AnswerChoice", "AuditEvent", "TallyDelta"] as const;
const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/** A commune with `n` households over 100 neighbourhoods and one PUBLISHED online consultation over all of them. */
async function seed(db: PrismaClient, n: number) {
  const tag = `${n}-${Date.now()}`;
  const province = await db.province.create({ data: { code: `BN${tag}`, name: "Quảng Ngãi" } });
  const commune = await db.commune.create({
    data: { code: `BN-${tag}`, slug: `bn-${tag}`, name: `Đo cả nước ${n}`, kind: "COMMUNE", provinceId: province.id },
  });
  const c = await db.consultation.create({
    data: {
      communeId: commune.id,
      title: `Đo cả nước ${n}`,
      summary: "",
      matter: "PROJECT_INVESTMENT_POLICY",
      mode: "OPINION",
      status: "PUBLISHED",
      channels: ["ONLINE"],
      publishedAt: new Date(),
    },
  });
  const q = await benchQuestion(db, c.id);
  // Ids of the lengths the app makes: cuid (25 characters) for households, so row and index widths
  // are those of a real roll.
  await db.$executeRawUnsafe(`
    INSERT INTO "Neighbourhood" (id, "communeId", code, kind, name)
    SELECT 'n' || lpad(to_hex(g), 24, '0') || '${tag}', '${commune.id}', 'T' || g, 'RESIDENTIAL_GROUP', 'Tổ dân phố ' || g
      FROM generate_series(1, ${HOODS}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ConsultationArea" ("consultationId", "neighbourhoodId", "neighbourhoodName")
    SELECT '${c.id}', id, name FROM "Neighbourhood" WHERE "communeId" = '${commune.id}'`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, "updatedAt")
    SELECT 'c' || lpad(to_hex(g), 24, '0'), '${commune.id}', 'n' || lpad(to_hex(g % ${HOODS} + 1), 24, '0') || '${tag}',
           'B' || lpad(g::text, 7, '0'), 'Nguyễn Văn Hộ ' || g, 'Số ' || (g % 300 + 1) || ', thôn ' || (g % ${HOODS} + 1), now()
      FROM generate_series(1, ${n}) g`);
  await db.$executeRawUnsafe(`ANALYZE "Household"`);
  return {
    communeId: commune.id,
    consultationId: c.id,
    questionId: q.id,
    options: q.options.map((o) => o.id) as [string, string, string],
  };
}

/** The answered share of the roll, written as online first responses are (without their HTTP requests). */
async function respond(db: PrismaClient, f: Awaited<ReturnType<typeof seed>>, n: number) {
  const every = Math.round(ANSWERED * 100);
  const where = `FROM generate_series(1, ${n}) g WHERE g % 100 < ${every}`;
  const hh = `'c' || lpad(to_hex(g), 24, '0')`;
  const [agree, disagree, other] = f.options;
  // Response ids are randomUUID() (36 characters), receipt codes 10 characters (newReceiptCode).
  await db.$executeRawUnsafe(`
    INSERT INTO "Response" (id, "consultationId", "householdId", "neighbourhoodId", "effectiveHouseholdId", channel,
                            "receiptCode", revision, "secretBallot", "submittedAt", "updatedAt")
    SELECT md5('r' || g)::uuid::text, '${f.consultationId}', ${hh}, h."neighbourhoodId", ${hh}, 'ONLINE',
           'R' || lpad(upper(to_hex(g)), 9, '0'), 1, false, now(), now()
      ${where.replace("WHERE", `JOIN "Household" h ON h.id = ${hh} WHERE`)}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Answer" (id, "responseId", "questionId")
    SELECT md5('a' || g)::uuid::text, md5('r' || g)::uuid::text, '${f.questionId}' ${where}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "AnswerChoice" ("answerId", "optionId")
    SELECT md5('a' || g)::uuid::text,
           CASE WHEN g % 10 < 6 THEN '${agree}' WHEN g % 10 < 9 THEN '${disagree}' ELSE '${other}' END ${where}`);
  // One audit event per response, with the columns response.submitted fills (hashes are 64 hex
  // characters; their values do not matter to the size, so the chain is not computed here).
  await db.$executeRawUnsafe(`
    INSERT INTO "AuditEvent" (id, "communeId", seq, "actorType", "actorId", "actorLabel", action, "entityType", "entityId",
                              data, "prevHash", hash, "createdAt")
    SELECT gen_random_uuid()::text, '${f.communeId}', 1000 + g, 'HOUSEHOLD', ${hh}, 'Hộ B' || lpad(g::text, 7, '0'),
           'response.submitted', 'Response', md5('r' || g)::uuid::text,
           jsonb_build_object('consultationId', '${f.consultationId}', 'channel', 'ONLINE'),
           encode(sha256(('p' || g)::bytea), 'hex'), encode(sha256(('h' || g)::bytea), 'hex'), now()
      ${where}`);
}

async function sizes(db: PrismaClient) {
  const [{ database }] = await db.$queryRaw<
    { database: bigint }[]
  >`SELECT pg_database_size(current_database()) AS database`;
  const rows = await db.$queryRaw<
    { name: string; total: bigint; heap: bigint; indexes: bigint; toast: bigint; rows: bigint }[]
  >`
    SELECT c.relname AS name, pg_total_relation_size(c.oid) AS total, pg_relation_size(c.oid) AS heap,
           pg_indexes_size(c.oid) AS indexes,
           coalesce(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0) AS toast, c.reltuples::bigint AS rows
      FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname = 'public' AND c.relkind = 'r' AND c.relname = ANY (${[...TABLES]}::text[])`;
  return {
    databaseMB: mb(Number(database)),
    tables: Object.fromEntries(
      rows
        .sort((a, b) => Number(b.total - a.total))
        .map((r) => [
          r.name,
          {
            rows: Number(r.rows),
            totalMB: mb(Number(r.total)),
            heapMB: mb(Number(r.heap)),
            indexesMB: mb(Number(r.indexes)),
            toastMB: mb(Number(r.toast)),
          },
        ]),
    ),
  };
}

type Row = {
  households: number;
  freezeMs: number;
  freezeSecondsPerMillion: number;
  withResponses: { databaseMB: number };
  databaseMBPerMillion: number;
} & Record<string, unknown>;
const results: Row[] = [];
const loadAverageAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
/** Written after each size, so a run stopped before the largest keeps what it measured. */
function save() {
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: "2 cores, shared",
        server: BENCH_SERVER_URL.replace(/\/\/[^@]*@/, "//"),
        loadAverageAtStart,
        loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
        results,
      },
      null,
      2,
    )}\n`,
  );
}

for (const n of SIZES) {
  const server = await createBenchDatabase("ydan_bench_nation");
  const db = await openDatabase({ kind: "postgres", url: server.url });
  try {
    let t = performance.now();
    const f = await seed(db.prisma, n);
    const seedMs = Math.round(performance.now() - t);
    await db.prisma.$executeRawUnsafe(`CHECKPOINT`);
    const beforeFreeze = await sizes(db.prisma);
    // The opening as the lifecycle action runs it: one transaction, committed (durably: the server's
    // synchronous_commit is left on).
    const now = new Date();
    t = performance.now();
    await db.prisma.$transaction(
      (tx) =>
        openConsultation(
          tx,
          { id: f.consultationId, communeId: f.communeId, status: "PUBLISHED" },
          { actor: { type: "SYSTEM", label: "bench" }, at: now, now },
        ),
      { timeout: 3_600_000, maxWait: 60_000 },
    );
    const freezeMs = Math.round(performance.now() - t);
    const [{ roll }] = await db.prisma.$queryRaw<{ roll: number }[]>`
      SELECT count(*)::int AS roll FROM "RollEntry" WHERE "consultationId" = ${f.consultationId}`;
    if (roll !== n) throw new Error(`${n}: the frozen roll has ${roll} households`);
    t = performance.now();
    await respond(db.prisma, f, n);
    const respondMs = Math.round(performance.now() - t);
    await db.prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
    const tally = await computeTally(db.prisma, f.consultationId, new Date());
    const answered = Math.floor(n / 100) * Math.round(ANSWERED * 100) + Math.min(n % 100, Math.round(ANSWERED * 100));
    if (tally.roll !== n || tally.responded !== answered)
      throw new Error(`${n}: tally ${tally.roll}/${tally.responded}, expected ${n}/${answered}`);
    const after = await sizes(db.prisma);
    const millions = n / 1_000_000;
    const r = {
      households: n,
      answered,
      answeredShare: ANSWERED,
      seedMs,
      freezeMs,
      freezeSecondsPerMillion: Math.round((freezeMs / 1000 / millions) * 100) / 100,
      respondSeedMs: respondMs,
      beforeFreeze,
      withResponses: after,
      databaseMBPerMillion: Math.round((after.databaseMB / millions) * 10) / 10,
    };
    results.push(r);
    save();
    console.log(
      `${n} households: seeded in ${(seedMs / 1000).toFixed(1)} s; roll frozen (opening committed) in ${(freezeMs / 1000).toFixed(1)} s = ${r.freezeSecondsPerMillion} s per million; ${answered} answered (${ANSWERED * 100} %) → database ${after.databaseMB} MB (${r.databaseMBPerMillion} MB per million households)`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(after.tables).map(([k, v]) => [
          k,
          { rows: v.rows, "total MB": v.totalMB, "heap MB": v.heapMB, "index MB": v.indexesMB, "toast MB": v.toastMB },
        ]),
      ),
    );
  } finally {
    await db.close();
    await server.drop();
  }
}
console.table(
  results.map((r) => ({
    households: r.households,
    "freeze s": r.freezeMs / 1000,
    "freeze s / M": r.freezeSecondsPerMillion,
    "database MB": r.withResponses.databaseMB,
    "MB / M": r.databaseMBPerMillion,
  })),
);
