// The tally by SQL against a straightforward in-memory reference, on random data (fast-check), and
// the outcome and freezing of a real consultation.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { computeTally } from "@/server/tallies/compute";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { callerAt, createCommune, createNeighbourhood, createStaff, staffSession } from "../helpers/factories";

let t: TestDb;
let communeId: string;
let hoods: { id: string; name: string }[];
let official: Awaited<ReturnType<typeof createStaff>>;
const now = new Date("2026-12-10T09:00:00+07:00");

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hoods = [];
  for (const name of ["Thôn Một", "Thôn Hai", "Thôn Ba"]) hoods.push(await createNeighbourhood(t.db, communeId, name));
  official = await createStaff(t.db, communeId, "OFFICIAL");
});
afterAll(() => t.close());

type HouseholdSpec = {
  hood: number;
  onRoll: boolean;
  removed: boolean;
  response: null | { channel: "ONLINE" | "PAPER_BALLOT"; option: number; voided: boolean };
};

/** Builds a consultation exactly as specified, with bulk inserts, and returns what a reference computation needs. */
async function build(
  spec: HouseholdSpec[],
  matter: "PUBLIC_WORKS_CONTRIBUTION" | "ZONING_PLAN" = "ZONING_PLAN",
  secret: { hood: number; option: number; count: number }[] = [],
) {
  const decision = matter === "PUBLIC_WORKS_CONTRIBUTION";
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: "Tally",
      summary: "",
      matter,
      mode: decision ? "DECISION" : "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT", "MEETING"],
      ...(decision
        ? { ruleNumerator: 2, ruleDenominator: 3, ruleInclusive: true, ruleAggregation: "PER_NEIGHBOURHOOD" }
        : {}),
      publishedAt: new Date(now.getTime() - 30 * DAY_MS),
      opensAt: new Date(now.getTime() - 30 * DAY_MS),
      closesAt: new Date(now.getTime() + DAY_MS),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "?",
            options: { create: ["AGREE", "DISAGREE", "OTHER"].map((key, position) => ({ key, position, label: key })) },
          },
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const options = c.questions[0].options.map((o) => o.id);
  const households = spec.map((s) => ({
    id: randomUUID(),
    communeId,
    neighbourhoodId: hoods[s.hood].id,
    code: `T${randomUUID().slice(0, 12)}`,
    headName: "A",
    address: "B",
  }));
  await t.db.household.createMany({ data: households });
  await t.db.rollEntry.createMany({
    data: spec.flatMap((s, i) =>
      s.onRoll
        ? [
            {
              consultationId: c.id,
              householdId: households[i].id,
              neighbourhoodId: households[i].neighbourhoodId,
              householdCode: households[i].code,
              headName: "A",
              removedAt: s.removed ? now : null,
            },
          ]
        : [],
    ),
  });
  const responses = spec.flatMap((s, i) =>
    s.response
      ? [
          {
            id: randomUUID(),
            consultationId: c.id,
            householdId: households[i].id,
            neighbourhoodId: households[i].neighbourhoodId,
            channel: s.response.channel,
            receiptCode: randomUUID(),
            effectiveHouseholdId: s.response.voided ? null : households[i].id,
            voidedAt: s.response.voided ? now : null,
            option: options[s.response.option],
          },
        ]
      : [],
  );
  await t.db.response.createMany({ data: responses.map((r) => ({ ...r, option: undefined })) });
  const answers = responses.map((r) => ({
    id: randomUUID(),
    responseId: r.id,
    questionId: c.questions[0].id,
    option: r.option,
  }));
  await t.db.answer.createMany({ data: answers.map((a) => ({ ...a, option: undefined })) });
  await t.db.answerChoice.createMany({ data: answers.map((a) => ({ answerId: a.id, optionId: a.option })) });
  for (const s of secret) {
    const m = await t.db.meetingRecord.create({
      data: {
        consultationId: c.id,
        neighbourhoodId: hoods[s.hood].id,
        heldAt: now,
        place: "x",
        chairName: "x",
        secretaryName: "x",
        voteMode: "SECRET_BALLOT",
      },
    });
    await t.db.meetingCount.create({
      data: { meetingId: m.id, questionId: c.questions[0].id, optionId: options[s.option], count: s.count },
    });
  }
  return { id: c.id, options };
}

/** The reference: count by hand what the rules say should count. */
function reference(
  spec: HouseholdSpec[],
  options: string[],
  secret: { hood: number; option: number; count: number }[],
) {
  const counted = (s: HouseholdSpec) => s.onRoll && !s.removed;
  return hoods.map((h, hood) => {
    const mine = spec.filter((s) => s.hood === hood && counted(s));
    const responded = mine.filter((s) => s.response && !s.response.voided);
    const byOption: Record<string, number> = {};
    for (const s of responded) byOption[options[s.response!.option]] = (byOption[options[s.response!.option]] ?? 0) + 1;
    for (const x of secret.filter((x) => x.hood === hood))
      byOption[options[x.option]] = (byOption[options[x.option]] ?? 0) + x.count;
    return { neighbourhoodId: h.id, roll: mine.length, responded: responded.length, options: byOption };
  });
}

const arbHousehold: fc.Arbitrary<HouseholdSpec> = fc.record({
  hood: fc.integer({ min: 0, max: 2 }),
  // Weighted without Math.random, so fast-check can replay and shrink a failure.
  onRoll: fc.integer({ min: 0, max: 9 }).map((n) => n < 9),
  removed: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  response: fc.option(
    fc.record({
      channel: fc.constantFrom("ONLINE" as const, "PAPER_BALLOT" as const),
      option: fc.integer({ min: 0, max: 2 }),
      voided: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    }),
    { nil: null },
  ),
});

describe("SQL tally equals an in-memory reference (fast-check)", () => {
  test("random rolls, responses, voids, roll removals and secret-ballot counts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbHousehold, { maxLength: 40 }),
        fc.array(
          fc.record({
            hood: fc.integer({ min: 0, max: 2 }),
            option: fc.integer({ min: 0, max: 2 }),
            count: fc.integer({ min: 0, max: 20 }),
          }),
          { maxLength: 3 },
        ),
        async (spec, secret) => {
          // Households off the roll (never on it, or removed) may have responses: they must not count.
          const { id, options } = await build(spec, "ZONING_PLAN", secret);
          const tally = await computeTally(t.db, id, now);
          const expected = reference(spec, options, secret);
          const byId = (a: { neighbourhoodId: string }, b: { neighbourhoodId: string }) =>
            a.neighbourhoodId.localeCompare(b.neighbourhoodId);
          const nonZero = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, n]) => n > 0));
          expect(
            tally.units
              .map((u) => ({
                neighbourhoodId: u.neighbourhoodId,
                roll: u.roll,
                responded: u.responded,
                options: nonZero(u.options),
              }))
              .sort(byId),
          ).toEqual(expected.map((e) => ({ ...e, options: nonZero(e.options) })).sort(byId));
          expect(tally.outcome).toBeNull(); // advisory
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("outcome and freezing", () => {
  test("per neighbourhood; pending while open; frozen at close so later changes cannot drift it", async () => {
    // Thôn Một: 3 on the roll, 2 agree (2/3 → adopted). Thôn Hai: 3 on the roll, 1 agrees. Thôn Ba: empty.
    const spec: HouseholdSpec[] = [
      { hood: 0, onRoll: true, removed: false, response: { channel: "ONLINE", option: 0, voided: false } },
      { hood: 0, onRoll: true, removed: false, response: { channel: "PAPER_BALLOT", option: 0, voided: false } },
      { hood: 0, onRoll: true, removed: false, response: { channel: "PAPER_BALLOT", option: 1, voided: false } },
      { hood: 1, onRoll: true, removed: false, response: { channel: "ONLINE", option: 0, voided: false } },
      { hood: 1, onRoll: true, removed: false, response: { channel: "ONLINE", option: 2, voided: false } },
      { hood: 1, onRoll: true, removed: false, response: null },
    ];
    const { id } = await build(spec, "PUBLIC_WORKS_CONTRIBUTION");
    const caller = callerAt(t.db, staffSession(official), { now });
    const live = await caller.tally.get({ consultationId: id });
    expect(live.final).toBe(false);
    expect(live.outcome?.overall).toBe("PENDING");
    expect(live.byChannel).toEqual({ ONLINE: 3, PAPER_BALLOT: 2 });

    await t.db.consultation.update({ where: { id }, data: { closesAt: new Date(now.getTime() - 1), status: "OPEN" } });
    const closed = await caller.tally.get({ consultationId: id });
    expect(closed.final).toBe(true);
    const outcomeOf = (i: number) => closed.outcome?.units.find((u) => u.id === hoods[i].id)?.outcome;
    expect([outcomeOf(0), outcomeOf(1), outcomeOf(2)]).toEqual(["ADOPTED", "NOT_ADOPTED", "NOT_ADOPTED"]); // Một 2/3; Hai 1/3; Ba empty
    expect(closed.outcome?.overall).toBe("NOT_ADOPTED");
    const stored = await t.db.consultation.findUniqueOrThrow({ where: { id } });
    expect(stored.finalTally).not.toBeNull();

    // A stray write after closing (it should never happen) does not move the frozen tally.
    await t.db.rollEntry.updateMany({ where: { consultationId: id }, data: { removedAt: now } });
    expect((await caller.tally.get({ consultationId: id })).roll).toBe(6);
  });
});

describe("free-text questions: households that answered", () => {
  test("counted per neighbourhood from the running sums: text only, on the roll, not voided; live and once frozen", async () => {
    const c = await t.db.consultation.create({
      data: {
        communeId,
        title: "Ý kiến tự do",
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
              kind: "SINGLE_CHOICE",
              text: "Chọn?",
              options: { create: [{ position: 0, label: "A", key: "OTHER" }] },
            },
            { position: 1, kind: "FREE_TEXT", text: "Đề xuất?" },
          ],
        },
      },
      include: { questions: { orderBy: { position: "asc" }, include: { options: true } } },
    });
    const [choice, free] = c.questions;
    // Một: an answer, a choice only, an "other" explained on the choice question (not a free-text answer).
    // Hai: an answer, a voided answer, an answer of a household removed from the roll. Ba: off the roll.
    const specs: {
      hood: number;
      text: string | null;
      onRoll?: boolean;
      voided?: boolean;
      removed?: boolean;
      choiceText?: string;
    }[] = [
      { hood: 0, text: "Mở rộng đường" },
      { hood: 0, text: null },
      { hood: 0, text: null, choiceText: "Làm cầu" },
      { hood: 1, text: "Thêm đèn" },
      { hood: 1, text: "Đã hủy", voided: true },
      { hood: 1, text: "Chuyển đi", removed: true },
      { hood: 2, text: "Không có tên", onRoll: false },
    ];
    for (const sp of specs) {
      const h = await t.db.household.create({
        data: {
          id: randomUUID(),
          communeId,
          neighbourhoodId: hoods[sp.hood].id,
          code: `F${randomUUID().slice(0, 10)}`,
          headName: "A",
          address: "B",
        },
      });
      if (sp.onRoll !== false)
        await t.db.rollEntry.create({
          data: {
            consultationId: c.id,
            householdId: h.id,
            neighbourhoodId: h.neighbourhoodId,
            householdCode: h.code,
            headName: "A",
          },
        });
      await t.db.response.create({
        data: {
          consultationId: c.id,
          householdId: h.id,
          neighbourhoodId: h.neighbourhoodId,
          channel: "ONLINE",
          receiptCode: randomUUID(),
          effectiveHouseholdId: sp.voided ? null : h.id,
          voidedAt: sp.voided ? now : null,
          answers: {
            create: [
              {
                questionId: choice.id,
                text: sp.choiceText ?? null,
                choices: { create: [{ optionId: choice.options[0].id }] },
              },
              ...(sp.text ? [{ questionId: free.id, text: sp.text }] : []),
            ],
          },
        },
      });
      if (sp.removed)
        await t.db.rollEntry.updateMany({
          where: { consultationId: c.id, householdId: h.id },
          data: { removedAt: now, removedReason: "Chuyển đi" },
        });
    }
    const caller = callerAt(t.db, staffSession(official), { now });
    const answeredOf = (tally: Awaited<ReturnType<typeof caller.tally.get>>) => [
      tally.answered,
      ...hoods.map((h) => tally.units.find((u) => u.neighbourhoodId === h.id)!.answered),
    ];
    const live = await caller.tally.get({ consultationId: c.id });
    expect(answeredOf(live)).toEqual([{ [free.id]: 2 }, { [free.id]: 1 }, { [free.id]: 1 }, { [free.id]: 0 }]);
    expect(live.responded).toBe(4);

    // A revised answer that clears its text no longer counts.
    const first = await t.db.answer.findFirstOrThrow({ where: { questionId: free.id, text: "Mở rộng đường" } });
    await t.db.answer.update({ where: { id: first.id }, data: { text: null } });
    expect((await caller.tally.get({ consultationId: c.id })).answered).toEqual({ [free.id]: 1 });

    await t.db.consultation.update({ where: { id: c.id }, data: { closesAt: new Date(now.getTime() - 1) } });
    const frozen = await caller.tally.get({ consultationId: c.id });
    expect(frozen.final).toBe(true);
    expect(answeredOf(frozen)).toEqual([{ [free.id]: 1 }, { [free.id]: 0 }, { [free.id]: 1 }, { [free.id]: 0 }]);
  });

  test("a tally frozen before answers were counted reads back with no figure (unknown, not zero)", async () => {
    const { id } = await build([
      { hood: 0, onRoll: true, removed: false, response: { channel: "ONLINE", option: 0, voided: false } },
    ]);
    // As an older version stored it: without the fields added since.
    const old: Record<string, unknown> = structuredClone(await computeTally(t.db, id, now));
    for (const x of [old, ...(old.units as Record<string, unknown>[])])
      for (const k of ["answered", "blank", "invalid"]) delete x[k];
    await t.db.consultation.update({
      where: { id },
      data: { status: "CLOSED", closedAt: now, finalTally: old as never },
    });
    const read = await callerAt(t.db, staffSession(official), { now }).tally.get({ consultationId: id });
    expect([read.answered, read.blank, read.invalid]).toEqual([{}, 0, 0]);
    expect(read.units.map((u) => [u.answered, u.blank, u.invalid])).toEqual(hoods.map(() => [{}, 0, 0]));
  });
});
