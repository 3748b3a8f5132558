// Paper ballots, meetings, written opinions and the suggestion box, through createCaller: one voice
// per household across every channel, voiding, neighbourhood scoping, secret ballots, bad input.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { StaffRole } from "@/generated/prisma/enums";
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
let east: Awaited<ReturnType<typeof createNeighbourhood>>;
let west: Awaited<ReturnType<typeof createNeighbourhood>>;
const staff = {} as Record<"OFFICIAL" | "HEAD_EAST" | "HEAD_WEST" | "LEADER", Awaited<ReturnType<typeof createStaff>>>;
const now = new Date("2026-12-10T09:12:00+07:00");
const clock = { now };
const as = (who: keyof typeof staff) => callerAt(t.db, staffSession(staff[who]), clock);

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  east = await createNeighbourhood(t.db, communeId, "Thôn Đông");
  west = await createNeighbourhood(t.db, communeId, "Thôn Tây");
  staff.OFFICIAL = await createStaff(t.db, communeId, "OFFICIAL");
  staff.LEADER = await createStaff(t.db, communeId, "LEADER");
  staff.HEAD_EAST = await createStaff(t.db, communeId, "NEIGHBOURHOOD_HEAD" as StaffRole, { neighbourhoodId: east.id });
  await t.db.staffUser.update({
    where: { id: staff.HEAD_EAST.id },
    data: { fullName: "Nguyễn Văn An", title: "Tổ trưởng" },
  });
  staff.HEAD_WEST = await createStaff(t.db, communeId, "NEIGHBOURHOOD_HEAD" as StaffRole, { neighbourhoodId: west.id });
});
afterAll(() => t.close());

let seq = 0;
/** An open consultation over both neighbourhoods with one approval question; `n` households each, on the roll. */
async function setup(
  n = 3,
  matter: "PUBLIC_WORKS_CONTRIBUTION" | "PROJECT_INVESTMENT_POLICY" = "PROJECT_INVESTMENT_POLICY",
) {
  seq++;
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: `Lấy ý kiến ${seq}`,
      summary: "",
      matter,
      mode: matter === "PROJECT_INVESTMENT_POLICY" ? "OPINION" : "DECISION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"],
      ruleNumerator: matter === "PROJECT_INVESTMENT_POLICY" ? null : 2,
      ruleDenominator: matter === "PROJECT_INVESTMENT_POLICY" ? null : 3,
      ruleInclusive: matter === "PROJECT_INVESTMENT_POLICY" ? null : true,
      publishedAt: new Date(now.getTime() - 5 * DAY_MS),
      opensAt: new Date(now.getTime() - 5 * DAY_MS),
      closesAt: new Date(now.getTime() + 20 * DAY_MS),
      areas: {
        create: [
          { neighbourhoodId: east.id, neighbourhoodName: east.name },
          { neighbourhoodId: west.id, neighbourhoodName: west.name },
        ],
      },
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
                { position: 2, key: "OTHER", label: "Ý kiến khác" },
              ],
            },
          },
        ],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  const households = {
    east: [] as { id: string; code: string; communeId: string }[],
    west: [] as { id: string; code: string; communeId: string }[],
  };
  for (const [key, hood] of [
    ["east", east],
    ["west", west],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const h = await createHousehold(t.db, hood, { code: `S${seq}${key[0].toUpperCase()}${i}` });
      await t.db.rollEntry.create({
        data: {
          consultationId: c.id,
          householdId: h.id,
          neighbourhoodId: hood.id,
          householdCode: h.code,
          headName: h.headName,
        },
      });
      households[key].push(h);
    }
  }
  const q = c.questions[0];
  const [agree, disagree] = q.options.map((o) => o.id);
  const vote = (optionId: string) => [{ questionId: q.id, optionIds: [optionId], text: "", comment: "" }];
  return { c, q, agree, disagree, vote, households };
}

describe("each channel records a response", () => {
  test.each(["PAPER_BALLOT", "WRITTEN"] as const)("%s by the official", async (channel) => {
    const s = await setup(1);
    const result = await as("OFFICIAL").entry.record({
      consultationId: s.c.id,
      householdCode: s.households.east[0].code.toLowerCase(),
      channel,
      answers: s.vote(s.agree),
    });
    expect(result.household.code).toBe(s.households.east[0].code);
    const r = await t.db.response.findFirstOrThrow({
      where: { consultationId: s.c.id },
      include: { answers: { include: { choices: true } } },
    });
    expect(r).toMatchObject({
      channel,
      recordedById: staff.OFFICIAL.id,
      effectiveHouseholdId: s.households.east[0].id,
    });
    expect(r.answers[0].choices).toEqual([expect.objectContaining({ optionId: s.agree })]);
    expect(await t.db.auditEvent.count({ where: { action: "response.recorded", entityId: r.id } })).toBe(1);
  });

  test("a show-of-hands vote at a meeting, for a household present", async () => {
    const s = await setup(2);
    const { id: meetingId } = await as("HEAD_EAST").meeting.create({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      heldAt: now,
      place: "Nhà văn hóa thôn Đông",
      chairName: "Nguyễn Văn An",
      secretaryName: "Lê Thị Hà",
      voteMode: "SHOW_OF_HANDS",
    });
    await as("HEAD_EAST").meeting.setAttendance({ meetingId, householdIds: [s.households.east[0].id] });
    await as("HEAD_EAST").entry.record({
      consultationId: s.c.id,
      householdCode: s.households.east[0].code,
      channel: "MEETING",
      meetingId,
      answers: s.vote(s.agree),
    });
    const absent = await as("HEAD_EAST")
      .entry.record({
        consultationId: s.c.id,
        householdCode: s.households.east[1].code,
        channel: "MEETING",
        meetingId,
        answers: s.vote(s.agree),
      })
      .catch((e) => e);
    expect(absent.cause.issues[0]).toMatchObject({ key: "errors.notAtMeeting" });
  });

  test("a suggestion-box opinion is kept, and is no household's voice", async () => {
    const s = await setup(1);
    await as("OFFICIAL").entry.suggest({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      text: "Đề nghị làm đèn đường.",
      receivedAt: now,
    });
    expect(await t.db.suggestionOpinion.count({ where: { consultationId: s.c.id } })).toBe(1);
    expect(await t.db.response.count({ where: { consultationId: s.c.id } })).toBe(0);
  });
});

describe("one voice per household across channels", () => {
  test("a second entry on any channel is refused, naming who recorded the first, when and how", async () => {
    const s = await setup(1);
    const code = s.households.east[0].code;
    await as("HEAD_EAST").entry.record({
      consultationId: s.c.id,
      householdCode: code,
      channel: "PAPER_BALLOT",
      answers: s.vote(s.agree),
    });
    const err = await as("OFFICIAL")
      .entry.record({ consultationId: s.c.id, householdCode: code, channel: "WRITTEN", answers: s.vote(s.disagree) })
      .catch((e) => e);
    expect(err.code).toBe("CONFLICT");
    const { getTranslator } = await import("@/i18n/translate");
    const tr = getTranslator("vi");
    expect(err.cause.params.channel).toBe("@channelPhrase.PAPER_BALLOT");
    const params = { ...err.cause.params, channel: tr("channelPhrase.PAPER_BALLOT") };
    expect(tr(`errors.${err.cause.key}` as never, params as never)).toMatch(
      /^Hộ này đã có ý kiến bằng phiếu lấy ý kiến, do Tổ trưởng Nguyễn Văn An ghi nhận lúc 09:12 ngày 10\/12\/2026/,
    );
    expect(await t.db.response.count({ where: { consultationId: s.c.id } })).toBe(1);
  });

  test("a household that answered online cannot be keyed in on paper", async () => {
    const s = await setup(1);
    const household = s.households.west[0];
    const actor = (await loadActor(t.db, householdSession(household))) as HouseholdActor;
    await submitOnlineResponse(t.db, actor, { consultationId: s.c.id, answers: s.vote(s.agree) }, now);
    await expect(
      as("HEAD_WEST").entry.record({
        consultationId: s.c.id,
        householdCode: household.code,
        channel: "PAPER_BALLOT",
        answers: s.vote(s.agree),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { key: "alreadyAnsweredOnline" },
    });
  });

  test("a wrong entry is voided with a reason (audited) and entered again; the voided one stays", async () => {
    const s = await setup(1);
    const code = s.households.east[0].code;
    const first = await as("HEAD_EAST").entry.record({
      consultationId: s.c.id,
      householdCode: code,
      channel: "PAPER_BALLOT",
      answers: s.vote(s.disagree),
    });
    await expect(as("HEAD_EAST").entry.void({ responseId: first.responseId, reason: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await as("HEAD_EAST").entry.void({ responseId: first.responseId, reason: "Nhập nhầm phương án" });
    await as("HEAD_EAST").entry.record({
      consultationId: s.c.id,
      householdCode: code,
      channel: "PAPER_BALLOT",
      answers: s.vote(s.agree),
    });
    const all = await t.db.response.findMany({ where: { consultationId: s.c.id } });
    expect(all.map((r) => [r.voidReason, r.effectiveHouseholdId !== null]).sort((a) => (a[0] ? -1 : 1))).toEqual([
      ["Nhập nhầm phương án", false],
      [null, true],
    ]);
    expect(await t.db.auditEvent.count({ where: { action: "response.voided", entityId: first.responseId } })).toBe(1);
    await expect(as("HEAD_EAST").entry.void({ responseId: first.responseId, reason: "lần hai" })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
  });
});

describe("a neighbourhood head works on their own neighbourhood only", () => {
  test("entering, looking up or voiding for another neighbourhood is NOT_FOUND, and nothing changes", async () => {
    const s = await setup(1);
    const westCode = s.households.west[0].code;
    await expect(
      as("HEAD_EAST").entry.record({
        consultationId: s.c.id,
        householdCode: westCode,
        channel: "PAPER_BALLOT",
        answers: s.vote(s.agree),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      as("HEAD_EAST").entry.lookup({ consultationId: s.c.id, householdCode: westCode }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const r = await as("HEAD_WEST").entry.record({
      consultationId: s.c.id,
      householdCode: westCode,
      channel: "PAPER_BALLOT",
      answers: s.vote(s.agree),
    });
    await expect(as("HEAD_EAST").entry.void({ responseId: r.responseId, reason: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await t.db.response.findUniqueOrThrow({ where: { id: r.responseId } })).voidedAt).toBeNull();
    await expect(
      as("HEAD_EAST").meeting.create({
        consultationId: s.c.id,
        neighbourhoodId: west.id,
        heldAt: now,
        place: "x",
        chairName: "x",
        secretaryName: "x",
        voteMode: "SHOW_OF_HANDS",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("a leader reads counts but cannot enter ballots", async () => {
    const s = await setup(1);
    await expect(
      as("LEADER").entry.record({
        consultationId: s.c.id,
        householdCode: s.households.east[0].code,
        channel: "PAPER_BALLOT",
        answers: s.vote(s.agree),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("LEADER").entry.counts({ consultationId: s.c.id })).resolves.toMatchObject({
      roll: 2,
      responded: 0,
    });
  });
});

describe("bad input is refused with a clear error and nothing written", () => {
  test.each([
    ["an unknown household code", "KHONGCO", "errors.unknownHousehold"],
    ["a household not on the roll", "NOT-ON-ROLL", "errors.householdNotOnRoll"],
  ])("%s", async (_label, code, key) => {
    const s = await setup(1);
    if (code === "NOT-ON-ROLL") await createHousehold(t.db, east, { code: `NR${seq}` });
    const householdCode = code === "NOT-ON-ROLL" ? `NR${seq}` : code;
    const err = await as("OFFICIAL")
      .entry.record({ consultationId: s.c.id, householdCode, channel: "PAPER_BALLOT", answers: s.vote(s.agree) })
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues[0]).toMatchObject({ field: "householdCode", key });
    expect(await t.db.response.count({ where: { consultationId: s.c.id } })).toBe(0);
  });

  test("a ballot round announced less than 2 days ahead, with a team of 2 (Decree 59 Art 4 k4; Law Art 19 k2)", async () => {
    const s = await setup(1);
    const err = await as("OFFICIAL")
      .meeting.createBallotRound({
        consultationId: s.c.id,
        neighbourhoodId: east.id,
        team: ["A", "B"],
        witnesses: [],
        announcedAt: now,
        deliveredFrom: new Date(now.getTime() + DAY_MS),
        collectBy: new Date(now.getTime() + 5 * DAY_MS),
      })
      .catch((e) => e);
    expect(err.cause.issues.map((i: { key: string }) => i.key)).toEqual(["count.teamSize", "count.noticeTooShort"]);
    expect(await t.db.ballotRound.count({ where: { consultationId: s.c.id } })).toBe(0);
  });

  test("a round counted with one witness is refused under Decree 59 Art 4 k6, not a meeting's Art 3 k5", async () => {
    const s = await setup(1);
    const round = await as("OFFICIAL").meeting.createBallotRound({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      team: ["A", "B", "C"],
      witnesses: [],
      announcedAt: new Date(now.getTime() - 3 * DAY_MS),
      deliveredFrom: new Date(now.getTime() - DAY_MS),
      collectBy: new Date(now.getTime() + DAY_MS),
    });
    const err = await as("OFFICIAL")
      .meeting.recordRoundCount({
        ballotRoundId: round.id,
        issued: 1,
        returned: 1,
        valid: 1,
        invalid: 0,
        witnesses: ["D"],
      })
      .catch((e) => e);
    expect(err.cause.issues.map((i: { key: string }) => i.key)).toEqual(["count.roundWitnesses"]);
  });
});

describe("secret ballot at a meeting", () => {
  test("counts are stored with no household, participation with no choice; counts must add up", async () => {
    const s = await setup(3, "PUBLIC_WORKS_CONTRIBUTION");
    const { id: meetingId } = await as("HEAD_EAST").meeting.create({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      heldAt: now,
      place: "Nhà văn hóa",
      chairName: "Nguyễn Văn An",
      secretaryName: "Lê Thị Hà",
      voteMode: "SECRET_BALLOT",
    });
    await as("HEAD_EAST").meeting.setAttendance({ meetingId, householdIds: s.households.east.map((h) => h.id) });
    const meeting = await as("HEAD_EAST").meeting.get({ meetingId });
    expect(meeting.quorum).toMatchObject({ present: 3, roll: 3, fallbackToBallots: false });
    const base = {
      meetingId,
      issued: 3,
      returned: 3,
      committee: ["Huỳnh Văn A", "Lê Thị B", "Võ Văn C"],
      witnesses: ["Trần Văn D", "Phạm Thị E"],
    };
    const bad = await as("HEAD_EAST")
      .meeting.recordSecretCount({ ...base, valid: 3, invalid: 1, counts: [{ optionId: s.agree, count: 2 }] })
      .catch((e) => e);
    expect(bad.cause.issues[0]).toMatchObject({ field: "invalid", key: "count.validPlusInvalid" });
    expect(await t.db.meetingCount.count({ where: { meetingId } })).toBe(0);
    await as("HEAD_EAST").meeting.recordSecretCount({
      ...base,
      valid: 3,
      invalid: 0,
      counts: [
        { optionId: s.agree, count: 2 },
        { optionId: s.disagree, count: 1 },
      ],
    });
    const counts = await t.db.meetingCount.findMany({ where: { meetingId }, orderBy: { count: "desc" } });
    expect(counts.map((c) => [c.optionId, c.count]).filter(([, n]) => n)).toEqual([
      [s.agree, 2],
      [s.disagree, 1],
    ]);
    expect(Object.keys(counts[0]).sort()).toEqual(["count", "meetingId", "optionId", "questionId"]); // no household column
    const participation = await t.db.response.findMany({
      where: { consultationId: s.c.id },
      include: { answers: true },
    });
    expect(participation).toHaveLength(3);
    expect(participation.every((r) => r.secretBallot && r.answers.length === 0)).toBe(true);
    // And nothing else links a household to an option.
    expect(await t.db.answerChoice.count({ where: { answer: { response: { consultationId: s.c.id } } } })).toBe(0);
  });

  test("Law Art 19 k1 b: too few present to reach two-thirds of all households → fall back to ballots", async () => {
    const s = await setup(3, "PUBLIC_WORKS_CONTRIBUTION");
    const { id: meetingId } = await as("HEAD_EAST").meeting.create({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      heldAt: now,
      place: "Nhà văn hóa",
      chairName: "A",
      secretaryName: "B",
      voteMode: "SHOW_OF_HANDS",
    });
    await as("HEAD_EAST").meeting.setAttendance({ meetingId, householdIds: [s.households.east[0].id] });
    expect((await as("HEAD_EAST").meeting.get({ meetingId })).quorum).toMatchObject({
      present: 1,
      roll: 3,
      fallbackToBallots: true,
    });
  });
});

describe("reconciliation", () => {
  test("per neighbourhood: roll, responses by channel, voided; entered ballots against the round's valid count", async () => {
    const s = await setup(2);
    const round = await as("OFFICIAL").meeting.createBallotRound({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      team: ["A", "B", "C"],
      witnesses: [],
      announcedAt: new Date(now.getTime() - 3 * DAY_MS),
      deliveredFrom: new Date(now.getTime() - DAY_MS),
      collectBy: new Date(now.getTime() + DAY_MS),
    });
    await as("OFFICIAL").meeting.recordRoundCount({
      ballotRoundId: round.id,
      issued: 2,
      returned: 2,
      valid: 2,
      invalid: 0,
      witnesses: ["D", "E"],
    });
    await as("OFFICIAL").entry.record({
      consultationId: s.c.id,
      householdCode: s.households.east[0].code,
      channel: "PAPER_BALLOT",
      ballotRoundId: round.id,
      answers: s.vote(s.agree),
    });
    const rows = await as("OFFICIAL").entry.reconciliation({ consultationId: s.c.id });
    const eastRow = rows.find((r) => r.neighbourhoodId === east.id)!;
    expect(eastRow).toMatchObject({
      roll: 2,
      responded: 1,
      channels: { PAPER_BALLOT: 1 },
      ballotsIssued: 2,
      ballotsValid: 2,
      mismatches: ["enteredVsValid"],
    });
    const headRows = await as("HEAD_WEST").entry.reconciliation({ consultationId: s.c.id });
    expect(headRows.map((r) => r.neighbourhoodId)).toEqual([west.id]);
  });
});

describe("the attendance list stays consistent with the votes", () => {
  test("a household that voted by show of hands cannot leave the list; after a secret count the list is fixed", async () => {
    const s = await setup(2, "PUBLIC_WORKS_CONTRIBUTION");
    const [a, b] = s.households.east;
    const hands = await as("HEAD_EAST").meeting.create({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      heldAt: now,
      place: "Nhà văn hóa",
      chairName: "A",
      secretaryName: "B",
      voteMode: "SHOW_OF_HANDS",
    });
    await as("HEAD_EAST").meeting.setAttendance({ meetingId: hands.id, householdIds: [a.id, b.id] });
    await as("HEAD_EAST").entry.record({
      consultationId: s.c.id,
      householdCode: a.code,
      channel: "MEETING",
      meetingId: hands.id,
      answers: s.vote(s.agree),
    });
    await expect(
      as("HEAD_EAST").meeting.setAttendance({ meetingId: hands.id, householdIds: [b.id] }),
    ).rejects.toMatchObject({ code: "CONFLICT", cause: { key: "votedAtMeeting", params: { codes: a.code } } });
    expect(await t.db.meetingAttendance.count({ where: { meetingId: hands.id } })).toBe(2);

    const w = await setup(2, "PUBLIC_WORKS_CONTRIBUTION");
    const secret = await as("HEAD_EAST").meeting.create({
      consultationId: w.c.id,
      neighbourhoodId: east.id,
      heldAt: now,
      place: "Nhà văn hóa",
      chairName: "A",
      secretaryName: "B",
      voteMode: "SECRET_BALLOT",
    });
    await as("HEAD_EAST").meeting.setAttendance({
      meetingId: secret.id,
      householdIds: w.households.east.map((h) => h.id),
    });
    const base = {
      meetingId: secret.id,
      returned: 2,
      valid: 2,
      invalid: 0,
      counts: [{ optionId: w.agree, count: 2 }],
      committee: ["A", "B", "C"],
      witnesses: ["D", "E"],
    };
    await expect(as("HEAD_EAST").meeting.recordSecretCount({ ...base, issued: 3 })).rejects.toMatchObject({
      cause: { issues: [expect.objectContaining({ field: "issued", key: "count.issuedOverPresent" })] },
    });
    await as("HEAD_EAST").meeting.recordSecretCount({ ...base, issued: 2 });
    await expect(
      as("HEAD_EAST").meeting.setAttendance({ meetingId: secret.id, householdIds: [] }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "attendanceLocked" } });
  });
});

describe("meeting minutes", () => {
  test("a scan of the signed minutes is kept with the meeting, for staff, not on the public page", async () => {
    const { formData, tinyPdf } = await import("../helpers/files");
    const { getDocumentForDownload } = await import("@/server/documents/data");
    const s = await setup(1);
    const m = await as("HEAD_EAST").meeting.create({
      consultationId: s.c.id,
      neighbourhoodId: east.id,
      heldAt: now,
      place: "Nhà văn hóa",
      chairName: "A",
      secretaryName: "B",
      voteMode: "SHOW_OF_HANDS",
    });
    const doc = await as("HEAD_EAST").meeting.attachMinutes(
      formData({ meetingId: m.id }, { bytes: tinyPdf("Biên bản"), name: "bien-ban.pdf", type: "application/pdf" }),
    );
    expect((await as("OFFICIAL").meeting.get({ meetingId: m.id })).meeting.minutesDocument).toEqual({
      id: doc.id,
      fileName: "bien-ban.pdf",
    });
    expect(await getDocumentForDownload(t.db, null, doc.id, now)).toBeNull();
    expect(await getDocumentForDownload(t.db, staffSession(staff.LEADER), doc.id, now)).not.toBeNull();
    await expect(
      as("HEAD_WEST").meeting.attachMinutes(
        formData({ meetingId: m.id }, { bytes: tinyPdf(), name: "x.pdf", type: "application/pdf" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
