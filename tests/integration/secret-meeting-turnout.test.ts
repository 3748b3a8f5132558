// A secret-ballot meeting's turnout is its count record's figures (ballots returned, the invalid among
// them), not the households present, wherever turnout is read: the tally (live and frozen), the
// dashboard, the reconciliation and the meeting's minutes. Through createCaller, on its own data.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import type { RecordDoc } from "@/domain/record-content";
import { storedTally } from "@/server/tallies/compute";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
const clock = { now: new Date("2026-12-10T09:00:00+07:00") };

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** Thôn Đông: 5 on the roll, 4 present at a secret ballot; Thôn Tây: 2 on the roll, 1 written opinion. */
async function scenario() {
  const commune = await createCommune(t.db);
  const east = await createNeighbourhood(t.db, commune.id, "Thôn Đông");
  const west = await createNeighbourhood(t.db, commune.id, "Thôn Tây");
  const official = await createStaff(t.db, commune.id, "OFFICIAL");
  const leader = await createStaff(t.db, commune.id, "LEADER");
  const as = (s: { id: string; communeId: string }) => callerAt(t.db, staffSession(s), clock);
  const c = await t.db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Lấy ý kiến về đóng góp làm đường bê tông",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["MEETING", "WRITTEN"],
      ruleNumerator: 2,
      ruleDenominator: 3,
      ruleInclusive: true,
      ruleAggregation: "PER_NEIGHBOURHOOD",
      publishedAt: new Date(clock.now.getTime() - 10 * DAY_MS),
      opensAt: new Date(clock.now.getTime() - 10 * DAY_MS),
      closesAt: new Date(clock.now.getTime() + 10 * DAY_MS),
      areas: { create: [east, west].map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          {
            position: 0,
            kind: "APPROVAL",
            text: "Đồng ý đóng góp?",
            options: {
              create: [
                ["AGREE", "Đồng ý"],
                ["DISAGREE", "Không đồng ý"],
                ["OTHER", "Ý kiến khác"],
              ].map(([key, label], position) => ({ key, label, position })),
            },
          },
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const [agree, disagree] = c.questions[0].options.map((o) => o.id);
  const eastHouseholds = [];
  for (let i = 0; i < 5; i++) eastHouseholds.push(await createHousehold(t.db, east, { code: `SD${i}` }));
  const westHouseholds = [
    await createHousehold(t.db, west, { code: "ST0" }),
    await createHousehold(t.db, west, { code: "ST1" }),
  ];
  await t.db.rollEntry.createMany({
    data: [...eastHouseholds, ...westHouseholds].map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  await as(official).entry.record({
    consultationId: c.id,
    householdCode: westHouseholds[0].code,
    channel: "WRITTEN",
    answers: [{ questionId: c.questions[0].id, optionIds: [agree], text: "", comment: "" }],
  });
  const { id: meetingId } = await as(official).meeting.create({
    consultationId: c.id,
    neighbourhoodId: east.id,
    heldAt: clock.now,
    place: "Nhà văn hóa thôn Đông",
    chairName: "Nguyễn Văn An",
    secretaryName: "Lê Thị Hà",
    voteMode: "SECRET_BALLOT",
  });
  await as(official).meeting.setAttendance({ meetingId, householdIds: eastHouseholds.slice(0, 4).map((h) => h.id) });
  // 4 present, 4 issued, 3 returned: 2 valid (both agree), 1 invalid.
  await as(official).meeting.recordSecretCount({
    meetingId,
    issued: 4,
    returned: 3,
    valid: 2,
    invalid: 1,
    counts: [
      { optionId: agree, count: 2 },
      { optionId: disagree, count: 0 },
    ],
    committee: ["Huỳnh Văn A", "Lê Thị B", "Võ Văn C"],
    witnesses: ["Trần Văn D", "Phạm Thị E"],
  });
  return { commune, east, west, official, leader, as, c, agree, meetingId };
}

let s: Awaited<ReturnType<typeof scenario>>;
beforeAll(async () => {
  s = await scenario();
});

describe("Decree 59/2023 Art 3 k5: a secret-ballot meeting counts its ballots returned, not the households present", () => {
  test("the live tally: the meeting's returned ballots in the MEETING channel and responded, its invalid ballots in invalid", async () => {
    // The one-voice rule still holds through the participation responses, one per household present.
    expect(await t.db.response.count({ where: { consultationId: s.c.id, secretBallot: true, voidedAt: null } })).toBe(
      4,
    );
    const tally = await s.as(s.official).tally.get({ consultationId: s.c.id });
    const east = tally.units.find((u) => u.neighbourhoodId === s.east.id)!;
    expect(east).toMatchObject({ roll: 5, responded: 3, byChannel: { MEETING: 3 }, invalid: 1, blank: 0 });
    expect(east.options[s.agree]).toBe(2);
    expect(tally).toMatchObject({ roll: 7, responded: 4, byChannel: { MEETING: 3, WRITTEN: 1 }, invalid: 1 });
  });

  test("the dashboard's turnout agrees with the tally", async () => {
    const dashboard = await s.as(s.leader).dashboard.get({ year: 2026 });
    expect(dashboard.rows.find((r) => r.id === s.c.id)).toMatchObject({ roll: 7, responded: 4 });
  });

  test("the reconciliation's MEETING column and responded agree with the tally; attendance stays the households present", async () => {
    const rows = await s.as(s.official).entry.reconciliation({ consultationId: s.c.id });
    expect(rows.find((r) => r.neighbourhoodId === s.east.id)).toMatchObject({
      roll: 5,
      responded: 3,
      channels: { MEETING: 3 },
      attendance: 4,
    });
  });

  test("the frozen tally at closing and the meeting's minutes (Decree 59/2023 form 03) count the same", async () => {
    await s.as(s.official).consultation.close({ id: s.c.id, reason: "Đủ thời gian" });
    const frozen = storedTally((await t.db.consultation.findUniqueOrThrow({ where: { id: s.c.id } })).finalTally);
    expect(frozen).toMatchObject({ responded: 4, byChannel: { MEETING: 3, WRITTEN: 1 }, invalid: 1 });
    const draft = await s
      .as(s.official)
      .record.createDraft({ consultationId: s.c.id, kind: "MEETING_MINUTES", meetingId: s.meetingId });
    const doc = (await s.as(s.official).record.get({ id: draft.id })).content as RecordDoc;
    const table = doc.blocks.find((b) => b.type === "table");
    // Đồng ý: 2 of the 3 ballots returned (66,7%), of the 5 households (40%).
    expect(table && table.type === "table" ? table.rows[0] : null).toEqual(["Đồng ý", "2", "66,7%", "40%"]);
  });
});
