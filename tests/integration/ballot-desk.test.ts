// The entry desk: the household look-up shows the response that counts on any channel (online
// included) so an official can void it with a reason; blank and invalid paper ballots are the
// household's voice but count for no option (Decree 59/2023 count record: valid and invalid apart).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { submitOnlineResponse } from "@/server/responses/online";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createStaff,
  householdSession,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
let communeId: string;
let hood: Awaited<ReturnType<typeof createNeighbourhood>>;
let official: Awaited<ReturnType<typeof createStaff>>;
const now = new Date("2026-12-11T08:05:00+07:00");
const as = () => callerAt(t.db, staffSession(official), { now });

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hood = await createNeighbourhood(t.db, communeId, "Tổ dân phố 3");
  official = await createStaff(t.db, communeId, "OFFICIAL");
  await t.db.staffUser.update({ where: { id: official.id }, data: { fullName: "Trần Thị Mai", title: "Công chức" } });
});
afterAll(() => t.close());

let seq = 0;
async function setup(n: number) {
  seq++;
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: `Lấy ý kiến ${seq}`,
      summary: "",
      matter: "PROJECT_INVESTMENT_POLICY",
      mode: "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT", "WRITTEN"],
      publishedAt: new Date(now.getTime() - 5 * DAY_MS),
      opensAt: new Date(now.getTime() - 5 * DAY_MS),
      closesAt: new Date(now.getTime() + 20 * DAY_MS),
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý?",
            options: {
              create: [
                { position: 0, key: "AGREE", label: "Đồng ý" },
                { position: 1, key: "DISAGREE", label: "Không đồng ý" },
              ],
            },
          },
          { position: 1, kind: "FREE_TEXT", text: "Góp ý khác", required: false },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  const households: Awaited<ReturnType<typeof createHousehold>>[] = [];
  for (let i = 0; i < n; i++) {
    const h = await createHousehold(t.db, hood, { code: `BD${seq}-${i}` });
    await t.db.rollEntry.create({
      data: {
        consultationId: c.id,
        householdId: h.id,
        neighbourhoodId: hood.id,
        householdCode: h.code,
        headName: h.headName,
      },
    });
    households.push(h);
  }
  const [approval, free] = c.questions;
  const vote = (i: number, text = "") => [
    { questionId: approval.id, optionIds: [approval.options[i].id], text: "", comment: "" },
    { questionId: free.id, optionIds: [], text, comment: "" },
  ];
  return { c, households, approval, vote };
}

describe("the household look-up shows the response that counts, on any channel", () => {
  test("an online response: channel, time, receipt, answers; an official voids it with a reason, audited, and can key the ballot", async () => {
    const s = await setup(1);
    const h = s.households[0];
    const actor = (await loadActor(t.db, householdSession(h))) as HouseholdActor;
    const receipt = await submitOnlineResponse(
      t.db,
      actor,
      { consultationId: s.c.id, answers: s.vote(1, "Làm đường rộng hơn") },
      new Date(now.getTime() - 3_600_000),
    );
    const looked = await as().entry.lookup({ consultationId: s.c.id, householdCode: h.code.toLowerCase() });
    expect(looked.existing).toMatchObject({ key: "alreadyAnsweredOnline" });
    expect(looked.response).toMatchObject({
      channel: "ONLINE",
      receiptCode: receipt.receiptCode,
      recordedBy: null,
      mark: null,
      answers: expect.arrayContaining([
        expect.objectContaining({ questionId: s.approval.id, options: ["Không đồng ý"] }),
        expect.objectContaining({ text: "Làm đường rộng hơn" }),
      ]),
    });
    // A void needs its reason; a blank one changes nothing.
    await expect(as().entry.void({ responseId: looked.response!.id, reason: "  " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await t.db.response.count({ where: { consultationId: s.c.id, voidedAt: null } })).toBe(1);
    await as().entry.void({ responseId: looked.response!.id, reason: "Hộ báo người khác gửi nhầm" });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "response.voided", entityId: looked.response!.id },
    });
    expect(audit.data).toMatchObject({
      channel: "ONLINE",
      householdCode: h.code,
      reason: "Hộ báo người khác gửi nhầm",
    });
    const after = await as().entry.lookup({ consultationId: s.c.id, householdCode: h.code });
    expect(after).toMatchObject({ existing: null, response: null, onRoll: true });
    await as().entry.record({
      consultationId: s.c.id,
      householdCode: h.code,
      channel: "PAPER_BALLOT",
      answers: s.vote(0),
    });
    expect((await as().entry.lookup({ consultationId: s.c.id, householdCode: h.code })).response).toMatchObject({
      channel: "PAPER_BALLOT",
      recordedBy: "Công chức Trần Thị Mai",
    });
  });
});

describe("blank and invalid paper ballots (Decree 59/2023: valid and invalid ballots counted apart)", () => {
  test("each is the household's one voice, with no answers, counted apart from the options", async () => {
    const s = await setup(4);
    const [a, b, c, d] = s.households;
    await as().entry.record({
      consultationId: s.c.id,
      householdCode: a.code,
      channel: "PAPER_BALLOT",
      answers: [],
      mark: "BLANK",
    });
    // Answers sent with a mark are not stored: the ballot has no usable choice.
    await as().entry.record({
      consultationId: s.c.id,
      householdCode: b.code,
      channel: "PAPER_BALLOT",
      answers: s.vote(0),
      mark: "INVALID",
    });
    await as().entry.record({
      consultationId: s.c.id,
      householdCode: c.code,
      channel: "PAPER_BALLOT",
      answers: s.vote(0),
    });
    const stored = await t.db.response.findMany({
      where: { consultationId: s.c.id },
      include: { answers: true, household: true },
      orderBy: { household: { code: "asc" } },
    });
    expect(stored.map((r) => [r.household.code, r.ballotMark, r.answers.length])).toEqual([
      [a.code, "BLANK", 0],
      [b.code, "INVALID", 0],
      [c.code, null, 1], // the empty free-text answer is not stored
    ]);
    // Still one voice: a second ballot for a blank one is refused.
    await expect(
      as().entry.record({ consultationId: s.c.id, householdCode: a.code, channel: "PAPER_BALLOT", answers: s.vote(0) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const tally = await as().tally.get({ consultationId: s.c.id });
    expect(tally).toMatchObject({ roll: 4, responded: 3, blank: 1, invalid: 1 });
    expect(tally.options[s.approval.options[0].id]).toBe(1);
    expect(tally.units[0]).toMatchObject({ responded: 3, blank: 1, invalid: 1 });
    expect(await as().entry.counts({ consultationId: s.c.id })).toMatchObject({
      responded: 3,
      blank: 1,
      invalid: 1,
      channels: { PAPER_BALLOT: 3 },
    });
    // Only a paper ballot can be blank or invalid; refused, nothing written.
    await expect(
      as().entry.record({
        consultationId: s.c.id,
        householdCode: d.code,
        channel: "WRITTEN",
        answers: [],
        mark: "BLANK",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ field: "mark", key: "errors.markPaperOnly" })] },
    });
    expect(await t.db.response.count({ where: { consultationId: s.c.id, householdId: d.id } })).toBe(0);
    // Voiding a blank ballot takes it out of the count.
    const blank = stored[0];
    await as().entry.void({ responseId: blank.id, reason: "Nhập nhầm hộ" });
    expect(await as().tally.get({ consultationId: s.c.id })).toMatchObject({ responded: 2, blank: 0, invalid: 1 });
  });
});
