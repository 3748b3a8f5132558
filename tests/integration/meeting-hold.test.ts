// Law on Grassroots Democracy 2022 Art 19 k1 b and k3: a household gives its voice at the meeting
// or, failing that, on its one ballot. From the moment it is marked present at a meeting, no other channel takes its
// answer; unmarking releases it; a marking and an answer at the same moment leave one voice.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { loadActor, type HouseholdActor } from "@/server/auth/actor";
import { submitOnlineResponse } from "@/server/responses/online";
import { getResidentConsultation } from "@/server/responses/resident-data";
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
let head: Awaited<ReturnType<typeof createStaff>>;
const now = new Date("2026-12-10T19:30:00+07:00");
const as = () => callerAt(t.db, staffSession(head), { now });

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hood = await createNeighbourhood(t.db, communeId, "Thôn Bắc");
  head = await createStaff(t.db, communeId, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: hood.id });
});
afterAll(() => t.close());

let seq = 0;
async function setup(n: number, voteMode: "SHOW_OF_HANDS" | "SECRET_BALLOT" = "SHOW_OF_HANDS") {
  seq++;
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: `Biểu quyết ${seq}`,
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT", "MEETING"],
      ruleNumerator: 1,
      ruleDenominator: 2,
      ruleInclusive: false,
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
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const households: Awaited<ReturnType<typeof createHousehold>>[] = [];
  for (let i = 0; i < n; i++) {
    const h = await createHousehold(t.db, hood, { code: `MH${seq}-${i}` });
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
  const meeting = await as().meeting.create({
    consultationId: c.id,
    neighbourhoodId: hood.id,
    heldAt: now,
    place: "Nhà văn hóa thôn Bắc",
    chairName: "Nguyễn Văn An",
    secretaryName: "Lê Thị Hà",
    voteMode,
  });
  const q = c.questions[0];
  const vote = (i = 0) => [{ questionId: q.id, optionIds: [q.options[i].id], text: "", comment: "" }];
  const online = async (h: (typeof households)[number]) => {
    const actor = (await loadActor(t.db, householdSession(h))) as HouseholdActor;
    return submitOnlineResponse(t.db, actor, { consultationId: c.id, answers: vote() }, now);
  };
  return { c, households, meeting, vote, online };
}

describe("a household marked present at a meeting gives its voice there (Law Art 19 k1 b, k3)", () => {
  test("an online answer is refused with a message naming the meeting, and nothing is written", async () => {
    const s = await setup(2);
    await as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: [s.households[0].id] });
    // The household's own page says so before it fills anything in.
    const actor = (await loadActor(t.db, householdSession(s.households[0]))) as HouseholdActor;
    const view = await getResidentConsultation(t.db, actor, s.c.id, now);
    expect(view).toMatchObject({ state: "heldAtMeeting", heldBy: { place: "Nhà văn hóa thôn Bắc" } });
    await expect(s.online(s.households[0])).rejects.toMatchObject({
      code: "CONFLICT",
      key: "heldAtMeetingOnline",
      params: { place: "Nhà văn hóa thôn Bắc", time: "19:30", day: "10/12/2026" },
    });
    expect(await t.db.response.count({ where: { consultationId: s.c.id, householdId: s.households[0].id } })).toBe(0);
    // The household not on the list still answers online.
    await expect(s.online(s.households[1])).resolves.toMatchObject({ revision: 1 });
  });

  test("a paper ballot for it is refused too; its show-of-hands vote at that meeting is taken", async () => {
    const s = await setup(1);
    const code = s.households[0].code;
    await as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: [s.households[0].id] });
    const looked = await as().entry.lookup({ consultationId: s.c.id, householdCode: code });
    expect(looked.heldBy).toMatchObject({ place: "Nhà văn hóa thôn Bắc" });
    await expect(
      as().entry.record({ consultationId: s.c.id, householdCode: code, channel: "PAPER_BALLOT", answers: s.vote() }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { key: "heldAtMeeting", params: { place: "Nhà văn hóa thôn Bắc" } },
    });
    await as().entry.record({
      consultationId: s.c.id,
      householdCode: code,
      channel: "MEETING",
      meetingId: s.meeting.id,
      answers: s.vote(),
    });
    expect(
      await t.db.response.findMany({ where: { consultationId: s.c.id }, select: { channel: true, meetingId: true } }),
    ).toEqual([{ channel: "MEETING", meetingId: s.meeting.id }]);
  });

  test("unmarking the household releases it: its online answer is then taken", async () => {
    const s = await setup(1);
    await as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: [s.households[0].id] });
    await expect(s.online(s.households[0])).rejects.toMatchObject({ key: "heldAtMeetingOnline" });
    await as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: [] });
    await expect(s.online(s.households[0])).resolves.toMatchObject({ revision: 1 });
  });

  test("a secret ballot's participation cannot be voided one household at a time (Decree 59/2023 Art 3 k5)", async () => {
    const s = await setup(2, "SECRET_BALLOT");
    await as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: s.households.map((h) => h.id) });
    const option = s.c.questions[0].options[0].id;
    await as().meeting.recordSecretCount({
      meetingId: s.meeting.id,
      issued: 2,
      returned: 2,
      valid: 2,
      invalid: 0,
      counts: [{ optionId: option, count: 2 }],
      committee: ["A", "B", "C"],
      witnesses: ["D", "E"],
    });
    const participation = await t.db.response.findFirstOrThrow({
      where: { consultationId: s.c.id, householdId: s.households[0].id },
    });
    await expect(as().entry.void({ responseId: participation.id, reason: "Thử hủy" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      cause: { key: "secretBallotNoVoid" },
    });
    expect(await t.db.response.count({ where: { consultationId: s.c.id, voidedAt: null } })).toBe(2);
  });

  test("the entry screen's running count follows the count record: ballots returned, not households present", async () => {
    const s = await setup(3, "SECRET_BALLOT");
    await as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: s.households.map((h) => h.id) });
    const option = s.c.questions[0].options[0].id;
    await as().meeting.recordSecretCount({
      meetingId: s.meeting.id,
      issued: 3,
      returned: 2,
      valid: 2,
      invalid: 0,
      counts: [{ optionId: option, count: 2 }],
      committee: ["A", "B", "C"],
      witnesses: ["D", "E"],
    });
    expect(await as().entry.counts({ consultationId: s.c.id })).toMatchObject({
      roll: 3,
      responded: 2,
      channels: { MEETING: 2 },
    });
  });

  test("a household that has answered already cannot be marked present to vote again", async () => {
    const s = await setup(2, "SECRET_BALLOT");
    await s.online(s.households[0]);
    await expect(
      as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: s.households.map((h) => h.id) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { key: "answeredBeforeMeeting", params: { codes: s.households[0].code } },
    });
    expect(await t.db.meetingAttendance.count({ where: { meetingId: s.meeting.id } })).toBe(0);
    expect(await t.db.rollEntry.count({ where: { consultationId: s.c.id, heldByMeetingId: { not: null } } })).toBe(0);
  });

  test("marking and answering at the same moment leave exactly one voice", async () => {
    const s = await setup(24);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (const [i, h] of s.households.entries()) {
      // The answer starts 0–11 ms after the marking, so that on the PostgreSQL server it lands at
      // every point of the marking's transaction (on the embedded database they take turns).
      const mark = as()
        .meeting.setAttendance({ meetingId: s.meeting.id, householdIds: [h.id] })
        .then(
          () => "marked" as const,
          (e) => e,
        );
      const answer = sleep(i % 12)
        .then(() => s.online(h))
        .then(
          () => "answered" as const,
          (e) => e,
        );
      const [marked, answered] = await Promise.all([mark, answer]);
      const present = await t.db.meetingAttendance.count({ where: { meetingId: s.meeting.id, householdId: h.id } });
      const responses = await t.db.response.count({
        where: { consultationId: s.c.id, householdId: h.id, voidedAt: null },
      });
      // One of the two won; the other was refused with its own message.
      expect(present + responses, `household ${i}`).toBe(1);
      expect([marked === "marked", answered === "answered"].filter(Boolean)).toHaveLength(1);
      if (marked !== "marked") expect(marked).toMatchObject({ cause: { key: "answeredBeforeMeeting" } });
      if (answered !== "answered") expect(answered).toMatchObject({ key: "heldAtMeetingOnline" });
      // Clear the list for the next household.
      if (present) await as().meeting.setAttendance({ meetingId: s.meeting.id, householdIds: [] });
    }
  });
});
