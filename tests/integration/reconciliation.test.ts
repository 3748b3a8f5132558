// The reconciliation page's rows and the count record, through createCaller on their own data: a row
// says it matches only when the counts it needs exist and agree; blank and invalid paper ballots are
// keyed apart and compared with the team's count of valid and invalid ballots.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import type { RecordDoc } from "@/domain/record-content";
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
let seq = 0;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** An open contribution vote on paper (and at meetings) in two neighbourhoods of `n` households each. */
async function scenario(n = 4) {
  seq++;
  const commune = await createCommune(t.db);
  const east = await createNeighbourhood(t.db, commune.id, "Thôn Đông");
  const west = await createNeighbourhood(t.db, commune.id, "Thôn Tây");
  const official = await createStaff(t.db, commune.id, "OFFICIAL");
  const as = () => callerAt(t.db, staffSession(official), clock);
  const c = await t.db.consultation.create({
    data: {
      communeId: commune.id,
      title: "Lấy ý kiến về đóng góp làm đường bê tông",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["PAPER_BALLOT", "MEETING"],
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
  const q = c.questions[0];
  const households = { east: [] as { id: string; code: string }[], west: [] as { id: string; code: string }[] };
  for (const [key, hood] of [
    ["east", east],
    ["west", west],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const h = await createHousehold(t.db, hood, { code: `R${seq}${key[0].toUpperCase()}${i}` });
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
  const paper = (code: string, mark: "BLANK" | "INVALID" | null = null) =>
    as().entry.record({
      consultationId: c.id,
      householdCode: code,
      channel: "PAPER_BALLOT",
      mark,
      answers: mark ? [] : [{ questionId: q.id, optionIds: [q.options[0].id], text: "", comment: "" }],
    });
  const round = async (neighbourhoodId: string) =>
    as().meeting.createBallotRound({
      consultationId: c.id,
      neighbourhoodId,
      team: ["Huỳnh Văn A", "Lê Thị B", "Võ Văn C"],
      witnesses: [],
      announcedAt: new Date(clock.now.getTime() - 3 * DAY_MS),
      deliveredFrom: new Date(clock.now.getTime() - DAY_MS),
      collectBy: new Date(clock.now.getTime() + DAY_MS),
    });
  const count = (ballotRoundId: string, issued: number, returned: number, valid: number, invalid: number) =>
    as().meeting.recordRoundCount({
      ballotRoundId,
      issued,
      returned,
      valid,
      invalid,
      witnesses: ["Trần Văn D", "Phạm Thị E"],
    });
  const rows = async () => {
    const all = await as().entry.reconciliation({ consultationId: c.id });
    return {
      east: all.find((r) => r.neighbourhoodId === east.id)!,
      west: all.find((r) => r.neighbourhoodId === west.id)!,
    };
  };
  return { commune, east, west, official, as, c, households, paper, round, count, rows };
}

describe("Decree 59/2023 Art 4 k6: a row matches only when the ballot counts exist and agree", () => {
  test("no round, and a round not yet counted: to check, saying which counts are missing — never a match", async () => {
    const s = await scenario();
    await s.paper(s.households.east[0].code);
    await s.round(s.east.id);
    const { east, west } = await s.rows();
    for (const row of [east, west]) {
      expect(row).toMatchObject({
        verdict: "CHECK",
        missing: ["issued", "returned", "valid", "invalid"],
        mismatches: [],
        ballotsIssued: null,
        ballotsReturned: null,
      });
    }
  });

  test("Decree 59/2023 Art 3 k5: a secret-ballot meeting without its count is to check", async () => {
    const s = await scenario();
    const { id: meetingId } = await s.as().meeting.create({
      consultationId: s.c.id,
      neighbourhoodId: s.west.id,
      heldAt: clock.now,
      place: "Nhà văn hóa",
      chairName: "A",
      secretaryName: "B",
      voteMode: "SECRET_BALLOT",
    });
    await s.as().meeting.setAttendance({ meetingId, householdIds: [s.households.west[0].id] });
    expect((await s.rows()).west.missing).toContain("secretCount");
  });

  test("keyed valid, blank and invalid ballots agree with the count: a match, and the keyed kinds are shown", async () => {
    const s = await scenario();
    const r = await s.round(s.east.id);
    await s.count(r.id, 4, 4, 2, 2);
    const [a, b, c, d] = s.households.east;
    await s.paper(a.code);
    await s.paper(b.code);
    await s.paper(c.code, "BLANK");
    await s.paper(d.code, "INVALID");
    const { east } = await s.rows();
    expect(east).toMatchObject({
      verdict: "MATCH",
      missing: [],
      mismatches: [],
      channels: { PAPER_BALLOT: 4 },
      keyedValid: 2,
      keyedBlank: 1,
      keyedInvalid: 1,
      ballotsIssued: 4,
      ballotsReturned: 4,
      ballotsValid: 2,
      ballotsInvalid: 2,
    });
  });

  test.each([
    ["a blank ballot keyed as a valid one", [null, null, null, "INVALID"], ["enteredVsValid", "enteredVsInvalid"]],
    ["a valid ballot not keyed yet", [null, "BLANK", "INVALID"], ["enteredVsValid"]],
    ["an invalid ballot not keyed yet", [null, null, "BLANK"], ["enteredVsInvalid"]],
    ["an invalid ballot too many", [null, "INVALID", "BLANK", "INVALID"], ["enteredVsValid", "enteredVsInvalid"]],
  ] as const)("each kind of mismatch is said: %s", async (_label, marks, mismatches) => {
    const s = await scenario();
    const r = await s.round(s.east.id);
    await s.count(r.id, 4, 4, 2, 2);
    for (const [i, mark] of marks.entries()) await s.paper(s.households.east[i].code, mark);
    expect((await s.rows()).east).toMatchObject({ verdict: "CHECK", missing: [], mismatches });
  });
});

describe("Decree 59/2023 Art 4 k6 (form 04): the count record shows blank and invalid ballots keyed, against the count", () => {
  test("keyed valid and invalid compared with the team's valid and invalid", async () => {
    const s = await scenario(3);
    const r = await s.round(s.east.id);
    await s.count(r.id, 3, 3, 1, 2);
    await s.paper(s.households.east[0].code);
    await s.paper(s.households.east[1].code, "BLANK");
    await s.paper(s.households.east[2].code);
    await s.as().consultation.close({ id: s.c.id, reason: "Đủ thời gian" });
    const draft = await s
      .as()
      .record.createDraft({ consultationId: s.c.id, kind: "COUNT_RECORD", neighbourhoodId: s.east.id });
    const doc = (await s.as().record.get({ id: draft.id })).content as RecordDoc;
    const table = doc.blocks.find((b) => b.type === "table" && b.head[0] === "Loại phiếu");
    expect(table && table.type === "table" ? table.rows : null).toEqual([
      ["Phiếu hợp lệ", "1", "2", "Chênh lệch 1 phiếu"],
      ["Phiếu không hợp lệ", "2", "1", "Chênh lệch 1 phiếu"],
      ["Trong đó: phiếu trắng", "—", "1", ""],
      ["Trong đó: phiếu không hợp lệ khác", "—", "0", ""],
    ]);
    expect(doc.blocks).toContainEqual(expect.objectContaining({ type: "table", rows: [["3", "3", "1", "2"]] }));
  });
});
