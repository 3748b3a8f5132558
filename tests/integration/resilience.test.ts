// Resilience: 1,000 households each answering from two devices at the same moment, 64
// requests in flight at a time, through the tRPC procedure a resident's phone calls — exactly 1,000
// effective responses, every request answered without a server error, none lost, none doubled.
// And a database that fails in the middle of a response: a clear error and nothing half-written.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
  createNeighbourhood,
  householdSession,
} from "../helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date();

async function openConsultation(db: PrismaClient, households: number) {
  const communeId = (await createCommune(db)).id;
  const hood = await createNeighbourhood(db, communeId, "Tổ dân phố 1");
  await db.household.createMany({
    data: Array.from({ length: households }, (_, i) => ({
      communeId,
      neighbourhoodId: hood.id,
      code: `R${String(i).padStart(5, "0")}`,
      headName: `Hộ ${i}`,
      address: "",
    })),
  });
  const list = await db.household.findMany({ where: { communeId }, orderBy: { code: "asc" } });
  const c = await createConsultation(db, communeId, { status: "OPEN", neighbourhoodIds: [hood.id] });
  await db.consultation.update({
    where: { id: c.id },
    data: {
      publishedAt: new Date(now.getTime() - 5 * DAY_MS),
      opensAt: new Date(now.getTime() - 5 * DAY_MS),
      closesAt: new Date(now.getTime() + 20 * DAY_MS),
      channels: ["ONLINE"],
    },
  });
  const q = await db.question.create({
    data: {
      consultationId: c.id,
      position: 0,
      kind: "APPROVAL",
      text: "Đồng ý không?",
      options: {
        create: [
          { position: 0, key: "AGREE", label: "Đồng ý" },
          { position: 1, key: "DISAGREE", label: "Không đồng ý" },
          { position: 2, key: "OTHER", label: "Ý kiến khác" },
        ],
      },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
  await db.rollEntry.createMany({
    data: list.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  return { consultationId: c.id, questionId: q.id, options: q.options.map((o) => o.id), households: list };
}

/** Runs the tasks with at most `width` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]().then(
          (value) => ({ status: "fulfilled", value }) as const,
          (reason) => ({ status: "rejected", reason }) as const,
        );
      }
    }),
  );
  return results;
}

describe("two devices per household, 1,000 households, concurrency 64", () => {
  test("exactly 1,000 effective responses; both devices of every household get an answer, never an error", async () => {
    const c = await openConsultation(t.db, 1_000);
    const tasks = c.households.flatMap((h, i) =>
      [0, 1].map(
        (device) => () =>
          callerAs(t.db, householdSession(h)).response.submitOnline({
            consultationId: c.consultationId,
            answers: [{ questionId: c.questionId, optionIds: [c.options[(i + device) % 2]], text: "", comment: "" }],
          }),
      ),
    );
    const results = await pool(tasks, 64);
    const failures = results
      .filter((r) => r.status === "rejected")
      .map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200));
    expect(failures).toEqual([]);
    const effective = await t.db.response.count({
      where: { consultationId: c.consultationId, effectiveHouseholdId: { not: null } },
    });
    expect(effective).toBe(1_000);
    const perHousehold = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Response" WHERE "consultationId" = ${c.consultationId} GROUP BY "householdId" HAVING count(*) <> 1`;
    expect(perHousehold).toEqual([]);
    // Every effective response has its answer: nothing half-written.
    const answers = await t.db.answer.count({ where: { response: { consultationId: c.consultationId } } });
    expect(answers).toBe(1_000);
  }, 300_000);
});

describe("the database failing in the middle of a response", () => {
  test("the error is clear and nothing of the response is written", async () => {
    const c = await openConsultation(t.db, 1);
    const h = c.households[0];
    // Make the answer insert fail after the response row is written, inside the same transaction.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_answer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END; $$;
      `);
    await t.db.$executeRawUnsafe(
      `CREATE TRIGGER answer_fails BEFORE INSERT ON "Answer" FOR EACH ROW EXECUTE FUNCTION fail_answer()`,
    );
    try {
      const err = await callerAs(t.db, householdSession(h))
        .response.submitOnline({
          consultationId: c.consultationId,
          answers: [{ questionId: c.questionId, optionIds: [c.options[0]], text: "", comment: "" }],
        })
        .catch((e) => e);
      expect(err.code).toBe("INTERNAL_SERVER_ERROR");
      expect(await t.db.response.count({ where: { consultationId: c.consultationId } })).toBe(0);
      expect(await t.db.answer.count({ where: { response: { consultationId: c.consultationId } } })).toBe(0);
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER answer_fails ON "Answer"`);
      await t.db.$executeRawUnsafe(`DROP FUNCTION fail_answer()`);
    }
    // And once the database is well again, the same household answers normally.
    await callerAs(t.db, householdSession(h)).response.submitOnline({
      consultationId: c.consultationId,
      answers: [{ questionId: c.questionId, optionIds: [c.options[0]], text: "", comment: "" }],
    });
    expect(await t.db.response.count({ where: { consultationId: c.consultationId } })).toBe(1);
  });
});
