// A household's online response through the server function the tRPC procedure and the no-JS form
// both call: one voice per household, revisions with history, closing time, other channels.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { submitOnlineResponse } from "@/server/responses/online";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  householdSession,
} from "../helpers/factories";

let t: TestDb;
let communeId: string;
let hood: Awaited<ReturnType<typeof createNeighbourhood>>;
let otherHood: Awaited<ReturnType<typeof createNeighbourhood>>;
const now = new Date("2026-12-10T09:12:00+07:00");
const day = (n: number) => new Date(now.getTime() + n * DAY_MS);

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hood = await createNeighbourhood(t.db, communeId, "Tổ dân phố 1");
  otherHood = await createNeighbourhood(t.db, communeId, "Tổ dân phố 2");
});
afterAll(() => t.close());

/** An open consultation with one approval question, and the given households on its roll. */
async function openConsultation(
  households: { id: string; code: string; headName: string; neighbourhoodId: string }[],
  opts: { closesAt?: Date; channels?: ("ONLINE" | "PAPER_BALLOT")[] } = {},
) {
  const c = await createConsultation(t.db, communeId, { status: "OPEN", neighbourhoodIds: [hood.id] });
  await t.db.consultation.update({
    where: { id: c.id },
    data: {
      publishedAt: day(-5),
      opensAt: day(-5),
      closesAt: opts.closesAt ?? day(20),
      channels: opts.channels ?? ["ONLINE", "PAPER_BALLOT"],
    },
  });
  const q = await t.db.question.create({
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
  await t.db.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const [agree, disagree, other] = q.options.map((o) => o.id);
  return { id: c.id, questionId: q.id, agree, disagree, other };
}

async function actorOf(h: { id: string; communeId: string }) {
  return (await loadActor(t.db, householdSession(h))) as HouseholdActor;
}

const answer = (questionId: string, optionId: string, comment = "") => [
  { questionId, optionIds: [optionId], text: "", comment },
];

describe("online responses", () => {
  test("a first response gets a receipt; a second is a revision with the first kept in history", async () => {
    const h = await createHousehold(t.db, hood);
    const c = await openConsultation([h]);
    const actor = await actorOf(h);
    const first = await submitOnlineResponse(
      t.db,
      actor,
      { consultationId: c.id, answers: answer(c.questionId, c.agree) },
      now,
    );
    expect(first).toMatchObject({ receiptCode: expect.stringMatching(/^[2-9A-HJ-NP-Z]{8}$/), revision: 1 });
    const second = await submitOnlineResponse(
      t.db,
      actor,
      { consultationId: c.id, answers: answer(c.questionId, c.other, "Lùi thời gian thi công") },
      new Date(now.getTime() + 3_600_000),
    );
    expect(second).toMatchObject({ receiptCode: first.receiptCode, revision: 2 });
    const responses = await t.db.response.findMany({
      where: { consultationId: c.id },
      include: { answers: { include: { choices: true } }, revisions: true },
    });
    expect(responses).toHaveLength(1);
    expect(responses[0].answers[0]).toMatchObject({
      comment: "Lùi thời gian thi công",
      choices: [{ optionId: c.other }],
    });
    expect(responses[0].revisions).toEqual([
      expect.objectContaining({
        revision: 1,
        answers: [{ questionId: c.questionId, text: null, comment: null, optionIds: [c.agree] }],
      }),
    ]);
    const actions = (
      await t.db.auditEvent.findMany({ where: { entityId: responses[0].id }, orderBy: { seq: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["response.submitted", "response.revised"]);
  });

  test("a household not on the roll (another neighbourhood's consultation) gets NOT_FOUND", async () => {
    const inArea = await createHousehold(t.db, hood);
    const outside = await createHousehold(t.db, otherHood);
    const c = await openConsultation([inArea]);
    await expect(
      submitOnlineResponse(
        t.db,
        await actorOf(outside),
        { consultationId: c.id, answers: answer(c.questionId, c.agree) },
        now,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.response.count({ where: { consultationId: c.id } })).toBe(0);
  });

  test("at or after closing time nothing is accepted, even before anyone closed it", async () => {
    const h = await createHousehold(t.db, hood);
    const c = await openConsultation([h], { closesAt: new Date("2026-12-21T17:00:00+07:00") });
    const err = await submitOnlineResponse(
      t.db,
      await actorOf(h),
      { consultationId: c.id, answers: answer(c.questionId, c.agree) },
      new Date("2026-12-21T17:00:00+07:00"),
    ).catch((e) => e);
    expect(err).toMatchObject({
      code: "PRECONDITION_FAILED",
      key: "consultationClosed",
      params: { time: "17:00", day: "21/12/2026" },
    });
    expect(await t.db.response.count({ where: { consultationId: c.id } })).toBe(0);
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("CLOSED");
  });

  test("a household that answered on paper cannot answer online; the message names the channel and time", async () => {
    const h = await createHousehold(t.db, hood);
    const c = await openConsultation([h]);
    await t.db.response.create({
      data: {
        consultationId: c.id,
        householdId: h.id,
        neighbourhoodId: hood.id,
        effectiveHouseholdId: h.id,
        channel: "PAPER_BALLOT",
        receiptCode: "PAPER0001",
        submittedAt: new Date("2026-12-03T09:12:00+07:00"),
      },
    });
    const err = await submitOnlineResponse(
      t.db,
      await actorOf(h),
      { consultationId: c.id, answers: answer(c.questionId, c.agree) },
      now,
    ).catch((e) => e);
    expect(err).toMatchObject({
      code: "CONFLICT",
      key: "answeredOnOtherChannel",
      params: { channel: "@channelPhrase.PAPER_BALLOT", time: "09:12", day: "03/12/2026" },
    });
    expect(await t.db.response.count({ where: { consultationId: c.id } })).toBe(1);
  });

  test("a consultation without the online channel refuses online answers", async () => {
    const h = await createHousehold(t.db, hood);
    const c = await openConsultation([h], { channels: ["PAPER_BALLOT"] });
    await expect(
      submitOnlineResponse(
        t.db,
        await actorOf(h),
        { consultationId: c.id, answers: answer(c.questionId, c.agree) },
        now,
      ),
    ).rejects.toMatchObject({ key: "onlineNotOffered" });
  });

  test("bad answers are refused with the question named, and nothing is written", async () => {
    const h = await createHousehold(t.db, hood);
    const c = await openConsultation([h]);
    const err = await submitOnlineResponse(
      t.db,
      await actorOf(h),
      { consultationId: c.id, answers: answer(c.questionId, c.other) },
      now,
    ).catch((e) => e);
    expect(err).toMatchObject({
      code: "BAD_REQUEST",
      issues: [{ field: `answers.${c.questionId}.comment`, key: "answer.otherNeedsComment" }],
    });
    expect(await t.db.response.count({ where: { consultationId: c.id } })).toBe(0);
  });
});

describe("two devices of one household racing (one voice per household)", () => {
  test("200 rounds of two simultaneous first submissions: exactly one effective response each time, no error", async () => {
    const rounds = 200;
    const households = [];
    for (let i = 0; i < rounds; i++) households.push(await createHousehold(t.db, hood, { code: `RACE${i}` }));
    const c = await openConsultation(households);
    const actors = await Promise.all(households.map(actorOf));
    for (const actor of actors) {
      const results = await Promise.allSettled([
        submitOnlineResponse(t.db, actor, { consultationId: c.id, answers: answer(c.questionId, c.agree) }, now),
        submitOnlineResponse(t.db, actor, { consultationId: c.id, answers: answer(c.questionId, c.disagree) }, now),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    }
    const counts = await t.db.response.groupBy({
      by: ["householdId"],
      where: { consultationId: c.id, voidedAt: null },
      _count: { _all: true },
    });
    expect(counts).toHaveLength(rounds);
    expect(counts.every((r) => r._count._all === 1)).toBe(true);
  }, 120_000);
});
