// npm run bench:tally — tally latency for rolls of 10,000, 100,000 and 1,000,000 households over 100
// neighbourhoods (70 % answered, agree / disagree / other), measured through computeTally (what the
// staff page and the closing transaction call: the running sums kept by triggers) beside a bare SQL
// GROUP BY over the same rows, and beside scanCounts (the full scan that defines the tally). Also the
// cost of folding 100,000 unread sums (about 50,000 responses arriving between two readings). Data
// is generated inside the database (generate_series) on a throw-away PostgreSQL database
// (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) and, for 10k and 100k,
// on the embedded database. Goal: 1M ≤ 500 ms and ≤ 1.5× the bare GROUP BY.
// Prints a table and writes bench/results/tally.json (BENCH_TALLY_OUT: another file, as the nation
// curve does with BENCH_TALLY_SIZES=1000000,2000000,5000000 BENCH_TALLY_EMBEDDED_MAX=0).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { computeTally, scanCounts } from "../src/server/tallies/compute.ts";
import { BENCH_SERVER_URL, createBenchDatabase } from "./bench-db.ts";

const SIZES = (process.env.BENCH_TALLY_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const EMBEDDED_MAX = Number(process.env.BENCH_TALLY_EMBEDDED_MAX ?? 100_000);
const RUNS = 7;
const OUT = process.env.BENCH_TALLY_OUT ?? "bench/results/tally.json";

async function seed(db: PrismaClient, n: number) {
  const tag = `${n}-${Date.now()}`;
  const province = await db.province.create({ data: { code: `BT${tag}`, name: "Quảng Ngãi" } });
  const commune = await db.commune.create({
    data: { code: `BT-${tag}`, slug: `bt-${tag}`, name: `Đo tổng hợp ${n}`, kind: "COMMUNE", provinceId: province.id },
  });
  const c = await db.consultation.create({
    data: {
      communeId: commune.id,
      title: `Đo tổng hợp ${n}`,
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["PAPER_BALLOT"],
      ruleNumerator: 2,
      ruleDenominator: 3,
      ruleInclusive: true,
      ruleAggregation: "PER_NEIGHBOURHOOD",
    },
  });
  const q = await db.question.create({
    data: {
      consultationId: c.id,
      position: 0,
      kind: "APPROVAL",
      text: "Đồng ý?",
      options: { create: ["AGREE", "DISAGREE", "OTHER"].map((key, position) => ({ key, label: key, position })) },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
  const [agree, disagree, other] = q.options.map((o) => o.id);
  const p = `b${n}_`;
  await db.$executeRawUnsafe(`
    INSERT INTO "Neighbourhood" (id, "communeId", code, kind, name)
    SELECT '${p}n' || g, '${commune.id}', 'T' || g, 'RESIDENTIAL_GROUP', 'Tổ dân phố ' || g FROM generate_series(1, 100) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ConsultationArea" ("consultationId", "neighbourhoodId", "neighbourhoodName")
    SELECT '${c.id}', '${p}n' || g, 'Tổ dân phố ' || g FROM generate_series(1, 100) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, "updatedAt")
    SELECT '${p}h' || g, '${commune.id}', '${p}n' || (g % 100 + 1), 'H' || g, 'Hộ ' || g, '', now() FROM generate_series(1, ${n}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName")
    SELECT '${p}e' || g, '${c.id}', '${p}h' || g, '${p}n' || (g % 100 + 1), 'H' || g, 'Hộ ' || g FROM generate_series(1, ${n}) g`);
  // 70 % answer: 7 of every 10 households.
  await db.$executeRawUnsafe(`
    INSERT INTO "Response" (id, "consultationId", "householdId", "neighbourhoodId", channel, "effectiveHouseholdId", "receiptCode", "updatedAt")
    SELECT '${p}r' || g, '${c.id}', '${p}h' || g, '${p}n' || (g % 100 + 1), 'PAPER_BALLOT', '${p}h' || g, '${p}R' || g, now()
    FROM generate_series(1, ${n}) g WHERE g % 10 < 7`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Answer" (id, "responseId", "questionId") SELECT '${p}a' || g, '${p}r' || g, '${q.id}' FROM generate_series(1, ${n}) g WHERE g % 10 < 7`);
  await db.$executeRawUnsafe(`
    INSERT INTO "AnswerChoice" ("answerId", "optionId")
    SELECT '${p}a' || g, CASE WHEN g % 10 < 5 THEN '${agree}' WHEN g % 10 < 6 THEN '${disagree}' ELSE '${other}' END FROM generate_series(1, ${n}) g WHERE g % 10 < 7`);
  await db
    .$executeRawUnsafe(`ANALYZE "RollEntry"; ANALYZE "Response"; ANALYZE "Answer"; ANALYZE "AnswerChoice"`)
    .catch(() => undefined);
  return c.id;
}

/** The least the database can do: one GROUP BY of choices per neighbourhood over the same joins. */
function bare(db: PrismaClient, consultationId: string) {
  return db.$queryRaw`
    SELECT r."neighbourhoodId" AS n, ac."optionId" AS o, count(*)::int AS k
    FROM "AnswerChoice" ac JOIN "Answer" a ON a.id = ac."answerId" JOIN "Response" r ON r.id = a."responseId"
    WHERE r."consultationId" = ${consultationId} AND r."voidedAt" IS NULL GROUP BY 1, 2`;
}

async function median(fn: () => Promise<unknown>) {
  await fn(); // warm: plans and caches, as on a live server
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(RUNS / 2)] * 10) / 10;
}

async function measure(label: string, db: PrismaClient, sizes: number[]) {
  const out = [];
  for (const n of sizes) {
    const t = performance.now();
    const id = await seed(db, n);
    const seedMs = Math.round(performance.now() - t);
    const tally = await computeTally(db, id, new Date());
    if (tally.roll !== n || tally.responded !== Math.floor(n / 10) * 7 + Math.max(0, Math.min(n % 10, 7)))
      throw new Error(`${label} ${n}: tally ${tally.roll}/${tally.responded} is wrong`);
    const tallyMs = await median(() => computeTally(db, id, new Date()));
    const bareMs = await median(() => bare(db, id));
    const scanMs = await median(() => scanCounts(db, id));
    // 100,000 unread sums spread over the keys (+1 and −1 in turn, so the counts stay put), as single
    // responses leave them between two readings; only the reading that folds them is timed.
    const folds: number[] = [];
    for (let run = 0; run < 3; run++) {
      await db.$executeRaw`
        WITH keys AS (SELECT row_number() OVER (ORDER BY n, key) - 1 AS i, n, key, count(*) OVER () AS total
                        FROM (SELECT DISTINCT "neighbourhoodId" AS n, key FROM "TallyDelta" WHERE "consultationId" = ${id}) d)
        INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", key, delta)
        SELECT ${id}, k.n, k.key, CASE WHEN g % 2 = 0 THEN 1 ELSE -1 END
          FROM generate_series(0, 99999) g JOIN keys k ON k.i = (g / 2) % k.total`;
      const t0 = performance.now();
      await computeTally(db, id, new Date());
      folds.push(performance.now() - t0);
    }
    const foldMs = Math.round(folds.sort((a, b) => a - b)[1] * 10) / 10;
    out.push({
      database: label,
      households: n,
      seedMs,
      tallyMs,
      bareGroupByMs: bareMs,
      ratio: Math.round((tallyMs / bareMs) * 1000) / 1000,
      scanMs,
      foldOf100kUnreadMs: foldMs,
    });
    console.log(
      `${label} ${n}: tally ${tallyMs} ms, bare ${bareMs} ms, full scan ${scanMs} ms, 100,000 unread sums folded + read ${foldMs} ms`,
    );
  }
  return out;
}

const results: Awaited<ReturnType<typeof measure>> = [];
try {
  const server = await createBenchDatabase("ydan_bench_tally");
  const db = await openDatabase({ kind: "postgres", url: server.url });
  try {
    results.push(...(await measure("PostgreSQL server", db.prisma, SIZES)));
  } finally {
    await db.close();
    await server.drop();
  }
} catch (e) {
  console.warn(`PostgreSQL skipped: ${(e as Error).message}`);
}
const embeddedSizes = SIZES.filter((n) => n <= EMBEDDED_MAX);
const dir = embeddedSizes.length ? mkdtempSync(path.join(tmpdir(), "ydan-bench-tally-")) : null;
if (dir)
  try {
    const db = await openDatabase({ kind: "embedded", dataDir: path.join(dir, "postgres") });
    try {
      results.push(...(await measure("embedded PostgreSQL", db.prisma, embeddedSizes)));
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

console.table(
  results.map((r) => ({
    database: r.database,
    households: r.households,
    "tally ms": r.tallyMs,
    "bare GROUP BY ms": r.bareGroupByMs,
    ratio: r.ratio,
    "full scan ms": r.scanMs,
    "fold 100k unread ms": r.foldOf100kUnreadMs,
  })),
);
const million = results.find((r) => r.database === "PostgreSQL server" && r.households === 1_000_000);
if (million)
  console.log(
    `Goal (1M on PostgreSQL): ≤ 500 ms → ${million.tallyMs <= 500 ? "met" : "NOT met"}; ≤ 1.5× bare → ${million.ratio <= 1.5 ? "met" : "NOT met"}`,
  );
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  OUT,
  `${JSON.stringify({ date: new Date().toISOString(), machine: "2 cores", server: BENCH_SERVER_URL.replace(/\/\/[^@]*@/, "//"), runs: RUNS, results }, null, 2)}\n`,
);
