// npm run bench:layers — where a resident's submission spends CPU, layer by layer, in this process
// (no HTTP server): the same database work issued bare with `pg`, then through Prisma, our one-
// statement first response, the tRPC caller (zod, session actor, permission) and tRPC's fetch
// handler (a Request in, a Response out, as Next.js hands it over). One call at a time, so the CPU
// per call is the cost of that layer and nothing else. Compared with bench:intake's CPU per
// response of the real server, the difference is what Next.js itself costs per request.
// On a throw-away database (bench-db.ts).
// Writes bench/results/layers.json.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { decode, encode } from "next-auth/jwt";
import pg from "pg";
import { DAY_MS } from "../src/domain/consultation-plan.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { appRouter, createCaller } from "../src/server/api/root.ts";
import { loadActor, type HouseholdActor } from "../src/server/auth/actor.ts";
import { ZSessionActor } from "../src/server/auth/session-actor.ts";
import { ensureAuditHead } from "../src/server/audit/append.ts";
import { openDatabase } from "../src/server/db/client.ts";
import { submitFirstOnline } from "../src/server/responses/first-response.ts";
import { ownCpuMs, postgresCpuMs } from "./bench-cpu.ts";
import { createBenchDatabase } from "./bench-db.ts";

const CALLS = Number(process.env.BENCH_LAYER_CALLS ?? 1_500);
const SECRET = "bench-layers-secret-0123456789abcdef";
const LAYERS = 6;
const HOUSEHOLDS = CALLS * LAYERS + 500;

async function seed(db: PrismaClient) {
  const tag = Date.now().toString(36);
  const province = await db.province.create({ data: { code: `BL${tag}`, name: "Quảng Ngãi" } });
  const commune = await db.commune.create({
    data: { code: `BL-${tag}`, slug: `bl-${tag}`, name: "Xã Đo Lớp", kind: "COMMUNE", provinceId: province.id },
  });
  const now = Date.now();
  const c = await db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Đo từng lớp",
      summary: "",
      matter: "PROJECT_INVESTMENT_POLICY",
      mode: "DECISION",
      status: "OPEN",
      channels: ["ONLINE"],
      publishedAt: new Date(now - 5 * DAY_MS),
      opensAt: new Date(now - 5 * DAY_MS),
      openedAt: new Date(now - 5 * DAY_MS),
      closesAt: new Date(now + 20 * DAY_MS),
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
  await db.$executeRawUnsafe(`INSERT INTO "Neighbourhood" (id, "communeId", code, kind, name)
    SELECT '${tag}n' || g, '${commune.id}', 'T' || g, 'RESIDENTIAL_GROUP', 'Tổ dân phố ' || g FROM generate_series(1, 100) g`);
  await db.$executeRawUnsafe(`INSERT INTO "Household" (id, "communeId", "neighbourhoodId", code, "headName", address, "updatedAt")
    SELECT '${tag}h' || g, '${commune.id}', '${tag}n' || (g % 100 + 1), 'H' || g, 'Hộ ' || g, '', now() FROM generate_series(1, ${HOUSEHOLDS}) g`);
  await db.$executeRawUnsafe(`INSERT INTO "RollEntry" (id, "consultationId", "householdId", "neighbourhoodId", "householdCode", "headName")
    SELECT '${tag}e' || g, '${c.id}', '${tag}h' || g, '${tag}n' || (g % 100 + 1), 'H' || g, 'Hộ ' || g FROM generate_series(1, ${HOUSEHOLDS}) g`);
  await db.$executeRawUnsafe(`ANALYZE`);
  await ensureAuditHead(db, commune.id);
  const households = await db.household.findMany({
    where: { communeId: commune.id },
    select: { id: true, communeId: true },
  });
  return { consultationId: c.id, questionId: q.id, optionIds: q.options.map((o) => o.id), households };
}

type Layer = {
  layer: string;
  calls: number;
  cpuMsPerCall: number;
  postgresCpuMsPerCall: number;
  wallMsPerCall: number;
};

async function measure(layer: string, call: (i: number) => Promise<unknown>): Promise<Layer> {
  for (let i = 0; i < 50; i++) await call(i); // warm: JIT, plans, caches
  const cpu = ownCpuMs();
  const pgCpu = postgresCpuMs();
  const t = performance.now();
  for (let i = 50; i < CALLS + 50; i++) await call(i);
  const r = (n: number) => Math.round((n / CALLS) * 1000) / 1000;
  const out = {
    layer,
    calls: CALLS,
    cpuMsPerCall: r(ownCpuMs() - cpu),
    postgresCpuMsPerCall: r(postgresCpuMs() - pgCpu),
    wallMsPerCall: r(performance.now() - t),
  };
  console.log(
    `  ${layer.padEnd(58)} ${out.cpuMsPerCall.toFixed(3)} ms CPU here, ${out.postgresCpuMsPerCall.toFixed(3)} ms in PostgreSQL, ${out.wallMsPerCall.toFixed(3)} ms wall`,
  );
  return out;
}

const server = await createBenchDatabase("ydan_bench_layers");
const url = server.url;
const results: Layer[] = [];
try {
  const db = await openDatabase({ kind: "postgres", url: url });
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  try {
    const f = await seed(db.prisma);
    console.log(`layers: ${CALLS} calls each, one at a time, ${f.households.length} households`);
    let next = 0;
    const household = () => f.households[next++];
    const answers = (i: number) => [
      { questionId: f.questionId, optionIds: [f.optionIds[i % 2]], text: "", comment: "" },
    ];
    const actorOf = async (h: { id: string; communeId: string }) =>
      (await loadActor(db.prisma, { type: "household", ...h, sessionVersion: 0 })) as HouseholdActor;

    results.push(await measure("pg: SELECT 1", () => raw.query("SELECT 1")));
    results.push(
      await measure("pg: the response's rows, bare (BEGIN, 3 INSERTs, COMMIT)", async (i) => {
        const h = household();
        const [responseId, answerId] = [randomUUID(), randomUUID()];
        await raw.query("BEGIN");
        await raw.query({
          name: "r",
          text: `INSERT INTO "Response" (id, "consultationId", "householdId", "neighbourhoodId", "effectiveHouseholdId", channel, "receiptCode", "updatedAt") SELECT $1, $2, $3, "neighbourhoodId", $3, 'ONLINE', $4, now() FROM "Household" WHERE id = $3`,
          values: [responseId, f.consultationId, h.id, randomUUID().slice(0, 12)],
        });
        await raw.query({
          name: "a",
          text: `INSERT INTO "Answer" (id, "responseId", "questionId") VALUES ($1, $2, $3)`,
          values: [answerId, responseId, f.questionId],
        });
        await raw.query({
          name: "c",
          text: `INSERT INTO "AnswerChoice" ("answerId", "optionId") VALUES ($1, $2)`,
          values: [answerId, f.optionIds[i % 2]],
        });
        await raw.query("COMMIT");
      }),
    );
    results.push(await measure("Prisma: $queryRaw SELECT 1", () => db.prisma.$queryRaw`SELECT 1`));
    results.push(
      await measure("Prisma: loadActor (the session's household re-read)", () =>
        loadActor(db.prisma, { type: "household", ...f.households[0], sessionVersion: 0 }),
      ),
    );
    const actors = await Promise.all(f.households.slice(next, next + CALLS + 50).map(actorOf));
    next += CALLS + 50;
    results.push(
      await measure("first response, one statement (submitFirstOnline)", async (i) => {
        const r = await submitFirstOnline(db.prisma, actors[i], f.consultationId, answers(i), new Date());
        if (!r) throw new Error("the one-statement path declined a first response");
      }),
    );
    const ctx = (h: { id: string; communeId: string }) => ({
      db: db.prisma,
      session: { type: "household" as const, ...h, sessionVersion: 0 },
      locale: "vi" as const,
      now: () => new Date(),
    });
    results.push(
      await measure("tRPC caller: response.submitOnline (zod, actor, permission)", (i) =>
        createCaller(ctx(household())).response.submitOnline({ consultationId: f.consultationId, answers: answers(i) }),
      ),
    );
    const tokens = await Promise.all(
      f.households.slice(next, next + CALLS + 50).map((h) =>
        encode({
          token: { sub: h.id, actor: { type: "household", ...h, sessionVersion: 0 } },
          secret: SECRET,
          maxAge: 3600,
        }),
      ),
    );
    let tokenAt = 0;
    results.push(
      await measure("tRPC fetch handler + session cookie decode (Request → Response)", async (i) => {
        const token = tokens[tokenAt++];
        next++;
        const req = new Request("http://127.0.0.1/api/trpc/response.submitOnline", {
          method: "POST",
          headers: { "content-type": "application/json", cookie: `next-auth.session-token=${token}` },
          body: JSON.stringify({ json: { consultationId: f.consultationId, answers: answers(i) } }),
        });
        const res = await fetchRequestHandler({
          endpoint: "/api/trpc",
          req,
          router: appRouter,
          createContext: async () => {
            const payload = await decode({ token, secret: SECRET });
            const session = ZSessionActor.parse(payload?.actor);
            return { db: db.prisma, session, locale: "vi" as const, now: () => new Date() };
          },
        });
        if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
        await res.text();
      }),
    );
  } finally {
    await raw.end();
    await db.close();
  }
} finally {
  await server.drop();
}
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/layers.json",
  `${JSON.stringify({ date: new Date().toISOString(), machine: "2 cores", node: process.version, note: "CPU per call in this process, one call at a time; PostgreSQL CPU is every postgres process on the machine", results }, null, 2)}\n`,
);
