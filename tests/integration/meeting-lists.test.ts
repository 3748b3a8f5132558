// meeting.list and meeting.rounds through createCaller: the meetings and ballot rounds of one
// consultation, a neighbourhood head seeing only their own neighbourhood's, another commune nothing.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
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
let consultationId: string;
let east: Awaited<ReturnType<typeof createNeighbourhood>>;
let west: Awaited<ReturnType<typeof createNeighbourhood>>;
const staff = {} as Record<
  "OFFICIAL" | "LEADER" | "OVERSIGHT" | "HEAD_EAST" | "HEAD_WEST" | "OUTSIDER",
  Awaited<ReturnType<typeof createStaff>>
>;
const now = new Date("2026-12-10T09:12:00+07:00");
const clock = { now };
const as = (who: keyof typeof staff) => callerAt(t.db, staffSession(staff[who]), clock);

beforeAll(async () => {
  t = await createTestDb();
  const communeId = (await createCommune(t.db)).id;
  east = await createNeighbourhood(t.db, communeId, "Thôn Đông");
  west = await createNeighbourhood(t.db, communeId, "Thôn Tây");
  staff.OFFICIAL = await createStaff(t.db, communeId, "OFFICIAL");
  staff.LEADER = await createStaff(t.db, communeId, "LEADER");
  staff.OVERSIGHT = await createStaff(t.db, communeId, "OVERSIGHT");
  staff.HEAD_EAST = await createStaff(t.db, communeId, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: east.id });
  staff.HEAD_WEST = await createStaff(t.db, communeId, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: west.id });
  staff.OUTSIDER = await createStaff(t.db, (await createCommune(t.db)).id, "OFFICIAL");
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: "Lấy ý kiến về đóng góp làm đường",
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "OPEN",
      channels: ["MEETING", "PAPER_BALLOT"],
      ruleNumerator: 2,
      ruleDenominator: 3,
      ruleInclusive: true,
      publishedAt: new Date(now.getTime() - 5 * DAY_MS),
      opensAt: new Date(now.getTime() - 5 * DAY_MS),
      closesAt: new Date(now.getTime() + 20 * DAY_MS),
      areas: {
        create: [
          { neighbourhoodId: east.id, neighbourhoodName: east.name },
          { neighbourhoodId: west.id, neighbourhoodName: west.name },
        ],
      },
    },
  });
  consultationId = c.id;
  for (const [who, hood] of [
    ["HEAD_EAST", east],
    ["HEAD_WEST", west],
  ] as const) {
    const h = await createHousehold(t.db, hood);
    await t.db.rollEntry.create({
      data: {
        consultationId,
        householdId: h.id,
        neighbourhoodId: hood.id,
        householdCode: h.code,
        headName: h.headName,
      },
    });
    const { id: meetingId } = await as(who).meeting.create({
      consultationId,
      neighbourhoodId: hood.id,
      heldAt: now,
      place: `Nhà văn hóa ${hood.name}`,
      chairName: "Nguyễn Văn An",
      secretaryName: "Lê Thị Hà",
      voteMode: "SHOW_OF_HANDS",
    });
    await as(who).meeting.setAttendance({ meetingId, householdIds: [h.id] });
    await as(who).meeting.createBallotRound({
      consultationId,
      neighbourhoodId: hood.id,
      team: ["Nguyễn Văn An", "Lê Thị Hà", "Trần Văn Bình"],
      witnesses: [],
      announcedAt: now,
      deliveredFrom: new Date(now.getTime() + 2 * DAY_MS),
      collectBy: new Date(now.getTime() + 5 * DAY_MS),
    });
  }
});
afterAll(() => t.close());

describe("meeting.list and meeting.rounds", () => {
  test.each(["OFFICIAL", "LEADER", "OVERSIGHT"] as const)(
    "%s sees every neighbourhood's meetings and rounds",
    async (who) => {
      const meetings = await as(who).meeting.list({ consultationId });
      expect(meetings.map((m) => m.neighbourhood.name).sort()).toEqual(["Thôn Tây", "Thôn Đông"].sort());
      expect(meetings[0]).toMatchObject({
        voteMode: "SHOW_OF_HANDS",
        chairName: "Nguyễn Văn An",
        _count: { attendance: 1 },
        responses: [],
      });
      const rounds = await as(who).meeting.rounds({ consultationId });
      expect(rounds).toHaveLength(2);
      expect(rounds[0]).toMatchObject({
        team: ["Nguyễn Văn An", "Lê Thị Hà", "Trần Văn Bình"],
        ballotsIssued: null,
        countedAt: null,
      });
    },
  );

  test("a neighbourhood head sees only their own neighbourhood's", async () => {
    for (const [who, hood] of [
      ["HEAD_EAST", east],
      ["HEAD_WEST", west],
    ] as const) {
      const meetings = await as(who).meeting.list({ consultationId });
      expect(meetings.map((m) => m.neighbourhoodId)).toEqual([hood.id]);
      const rounds = await as(who).meeting.rounds({ consultationId });
      expect(rounds.map((r) => r.neighbourhoodId)).toEqual([hood.id]);
    }
  });

  test("a head with no neighbourhood sees nothing", async () => {
    await t.db.staffUser.update({ where: { id: staff.HEAD_WEST.id }, data: { neighbourhoodId: null } });
    try {
      expect(await as("HEAD_WEST").meeting.list({ consultationId })).toEqual([]);
      expect(await as("HEAD_WEST").meeting.rounds({ consultationId })).toEqual([]);
    } finally {
      await t.db.staffUser.update({ where: { id: staff.HEAD_WEST.id }, data: { neighbourhoodId: west.id } });
    }
  });

  test("another commune's staff get NOT_FOUND; so does an unknown consultation", async () => {
    await expect(as("OUTSIDER").meeting.list({ consultationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as("OUTSIDER").meeting.rounds({ consultationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as("OFFICIAL").meeting.list({ consultationId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("a resident may not read them", async () => {
    const h = await createHousehold(t.db, east);
    const resident = callerAt(t.db, householdSession(h), clock);
    await expect(resident.meeting.list({ consultationId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resident.meeting.rounds({ consultationId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
