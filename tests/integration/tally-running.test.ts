// The running sums the database triggers keep (migration tally_deltas) against the scan that defines
// the tally (scanCounts: GROUP BY over roll, responses and choices), after random sequences of every
// change the application makes — and some it does not (deletes, channel and neighbourhood changes) —
// with readings (which fold the sums) in between. Law 2022 on grassroots democracy, Art 28: the
// result must be exactly the opinions of the households on the roll.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { computeTally, runningCounts, scanCounts } from "@/server/tallies/compute";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createNeighbourhood } from "../helpers/factories";

let t: TestDb;
let communeId: string;
let hoods: { id: string; name: string }[];
const now = new Date("2026-12-10T09:00:00+07:00");

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hoods = [];
  for (const name of ["Thôn Một", "Thôn Hai", "Thôn Ba"]) hoods.push(await createNeighbourhood(t.db, communeId, name));
});
afterAll(() => t.close());

const KINDS = [
  "respond",
  "offRollRespond",
  "addToRoll",
  "void",
  "removeFromRoll",
  "restoreToRoll",
  "revise",
  "deleteResponse",
  "deleteRollEntry",
  "changeChannel",
  "moveNeighbourhood",
  "addChoice",
  "deleteChoice",
  "editText",
  "deleteAnswer",
  "read",
] as const;
type Op = { kind: (typeof KINDS)[number]; pick: number; hood: number; option: number };
const arbOp: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(50),
  hood: fc.nat(2),
  option: fc.nat(2),
});

async function consultation() {
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: "Tổng hợp",
      summary: "",
      matter: "ZONING_PLAN",
      mode: "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT"],
      publishedAt: new Date(now.getTime() - 30 * DAY_MS),
      opensAt: new Date(now.getTime() - 30 * DAY_MS),
      closesAt: new Date(now.getTime() + DAY_MS),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          {
            position: 0,
            kind: "MULTIPLE_CHOICE",
            text: "?",
            options: { create: ["A", "B", "C"].map((label, position) => ({ position, label })) },
          },
          { position: 1, kind: "FREE_TEXT", text: "Đề xuất?" },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  return {
    id: c.id,
    questionId: c.questions[0].id,
    freeTextId: c.questions[1].id,
    options: c.questions[0].options.map((o) => o.id),
  };
}

/** A free-text answer with text, blank (whitespace only) or none, by the op's numbers. */
const TEXTS = ["Làm sớm", "  ", null] as const;

function normal(counts: Awaited<ReturnType<typeof scanCounts>>) {
  const out: Record<string, number> = {};
  const add = (k: string, n: number) => (out[k] = (out[k] ?? 0) + n);
  for (const r of counts.roll) add(`${r.n} roll`, r.k);
  for (const r of counts.responded) add(`${r.n} ch:${r.ch}`, r.k);
  for (const r of counts.choices) add(`${r.n} ${r.o}`, r.k);
  for (const r of counts.answered) add(`${r.n} q:${r.q}`, r.k);
  return Object.fromEntries(
    Object.entries(out)
      .filter(([, n]) => n !== 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

async function apply(c: Awaited<ReturnType<typeof consultation>>, op: Op) {
  const db = t.db;
  const nth = <T>(list: T[]) => (list.length ? list[op.pick % list.length] : null);
  const newHousehold = () =>
    db.household.create({
      data: {
        id: randomUUID(),
        communeId,
        neighbourhoodId: hoods[op.hood].id,
        code: `R${randomUUID().slice(0, 10)}`,
        headName: "Hộ",
        address: "",
      },
    });
  const respond = (householdId: string) =>
    db.response.create({
      data: {
        consultationId: c.id,
        householdId,
        neighbourhoodId: hoods[op.hood].id,
        channel: op.option === 0 ? "ONLINE" : "PAPER_BALLOT",
        receiptCode: randomUUID(),
        effectiveHouseholdId: householdId,
        answers: {
          create: [
            { questionId: c.questionId, choices: { create: [{ optionId: c.options[op.option] }] } },
            ...(op.pick % 3 < 2 ? [{ questionId: c.freeTextId, text: TEXTS[op.pick % 3] }] : []),
          ],
        },
      },
    });
  const responses = () =>
    db.response.findMany({
      where: { consultationId: c.id },
      orderBy: { id: "asc" },
      include: { answers: { include: { choices: true } } },
    });
  const entries = () => db.rollEntry.findMany({ where: { consultationId: c.id }, orderBy: { id: "asc" } });
  switch (op.kind) {
    case "respond": {
      const h = await newHousehold();
      await db.$transaction([
        db.rollEntry.create({
          data: {
            consultationId: c.id,
            householdId: h.id,
            neighbourhoodId: h.neighbourhoodId,
            householdCode: h.code,
            headName: h.headName,
          },
        }),
        respond(h.id),
      ]);
      return;
    }
    case "offRollRespond":
      return void (await respond((await newHousehold()).id));
    case "addToRoll": {
      // A household that answered while off the roll is added later: its answer starts to count.
      const off = nth(await responses());
      if (!off || (await db.rollEntry.count({ where: { consultationId: c.id, householdId: off.householdId } }))) return;
      const h = await db.household.findUniqueOrThrow({ where: { id: off.householdId } });
      return void (await db.rollEntry.create({
        data: {
          consultationId: c.id,
          householdId: h.id,
          neighbourhoodId: hoods[op.hood].id,
          householdCode: h.code,
          headName: h.headName,
        },
      }));
    }
    case "void": {
      const r = nth((await responses()).filter((x) => !x.voidedAt));
      if (r)
        await db.response.update({
          where: { id: r.id },
          data: { voidedAt: now, effectiveHouseholdId: null, voidReason: "Nhập nhầm" },
        });
      return;
    }
    case "removeFromRoll": {
      const e = nth((await entries()).filter((x) => !x.removedAt));
      if (e) await db.rollEntry.update({ where: { id: e.id }, data: { removedAt: now, removedReason: "Chuyển đi" } });
      return;
    }
    case "restoreToRoll": {
      const e = nth((await entries()).filter((x) => x.removedAt));
      if (e) await db.rollEntry.update({ where: { id: e.id }, data: { removedAt: null, removedReason: null } });
      return;
    }
    case "revise": {
      // As online.ts revises: the answers replaced in one transaction.
      const r = nth(await responses());
      if (!r) return;
      await db.$transaction([
        db.answer.deleteMany({ where: { responseId: r.id } }),
        db.answer.create({
          data: {
            responseId: r.id,
            questionId: c.questionId,
            choices: {
              create: [
                { optionId: c.options[op.option] },
                ...(op.pick % 2 ? [{ optionId: c.options[(op.option + 1) % 3] }] : []),
              ],
            },
          },
        }),
        db.answer.createMany({
          data:
            op.option < 2
              ? [{ responseId: r.id, questionId: c.freeTextId, text: TEXTS[(op.pick + op.option) % 3] }]
              : [],
        }),
        db.response.update({ where: { id: r.id }, data: { revision: { increment: 1 } } }),
      ]);
      return;
    }
    case "deleteResponse": {
      const r = nth(await responses());
      if (r) await db.response.delete({ where: { id: r.id } });
      return;
    }
    case "deleteRollEntry": {
      const e = nth(await entries());
      if (e) await db.rollEntry.delete({ where: { id: e.id } });
      return;
    }
    case "changeChannel": {
      const r = nth(await responses());
      if (r)
        await db.response.update({
          where: { id: r.id },
          data: { channel: r.channel === "ONLINE" ? "MEETING" : "ONLINE" },
        });
      return;
    }
    case "moveNeighbourhood": {
      const e = nth(await entries());
      if (e) await db.rollEntry.update({ where: { id: e.id }, data: { neighbourhoodId: hoods[op.hood].id } });
      return;
    }
    case "addChoice": {
      const a = nth((await responses()).flatMap((r) => r.answers));
      if (a && !a.choices.some((x) => x.optionId === c.options[op.option]))
        await db.answerChoice.create({ data: { answerId: a.id, optionId: c.options[op.option] } });
      return;
    }
    case "deleteChoice": {
      const x = nth((await responses()).flatMap((r) => r.answers.flatMap((a) => a.choices)));
      if (x)
        await db.answerChoice.delete({ where: { answerId_optionId: { answerId: x.answerId, optionId: x.optionId } } });
      return;
    }
    case "editText": {
      const a = nth((await responses()).flatMap((r) => r.answers.filter((x) => x.questionId === c.freeTextId)));
      if (a) await db.answer.update({ where: { id: a.id }, data: { text: TEXTS[op.option] } });
      return;
    }
    case "deleteAnswer": {
      const a = nth((await responses()).flatMap((r) => r.answers));
      if (a) await db.answer.delete({ where: { id: a.id } });
      return;
    }
    case "read":
      return void (await runningCounts(db, c.id));
  }
}

describe("running tally sums equal the scan", () => {
  test("after random changes to the roll, responses, answers and choices, with readings between", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 1, maxLength: 30 }), async (ops) => {
        const c = await consultation();
        for (const op of ops) await apply(c, op);
        const scanned = normal(await scanCounts(t.db, c.id));
        expect(normal(await runningCounts(t.db, c.id))).toEqual(scanned);
        // Folded once, read again: the same.
        expect(normal(await runningCounts(t.db, c.id))).toEqual(scanned);
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  test("readings racing writers each see a consistent sum, and nothing is lost by folding", async () => {
    const c = await consultation();
    const writers = Array.from({ length: 40 }, (_, i) =>
      apply(c, { kind: "respond", pick: i, hood: i % 3, option: i % 3 }),
    );
    const readers = Array.from({ length: 10 }, () => computeTally(t.db, c.id, now));
    await Promise.all([...writers, ...readers]);
    const tally = await computeTally(t.db, c.id, now);
    expect({ roll: tally.roll, responded: tally.responded }).toEqual({ roll: 40, responded: 40 });
    expect(normal(await runningCounts(t.db, c.id))).toEqual(normal(await scanCounts(t.db, c.id)));
  }, 60_000);
});
