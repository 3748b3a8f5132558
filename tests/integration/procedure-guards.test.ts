// Procedure guards that docs/LAW.md lists as enforced: each refusal with its field or reason, and
// nothing written. A ballot round issues no more ballots than the roll has households (Law Art 19
// k3: one per household) and collects after it delivers; a meeting record names its place, chair and
// secretary (Law Art 20 k2); a channel the consultation does not offer takes no entry (Art 17); a
// posting cannot predate the publication it announces (Art 12–13); the roll is amended only while the
// consultation is open; a secret count is refused while a listed household has answered elsewhere.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
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
let communeId: string;
let hood: Awaited<ReturnType<typeof createNeighbourhood>>;
let official: Awaited<ReturnType<typeof createStaff>>;
const now = new Date("2026-12-14T10:00:00+07:00");
const as = () => callerAt(t.db, staffSession(official), { now });

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hood = await createNeighbourhood(t.db, communeId, "Thôn Nam");
  official = await createStaff(t.db, communeId, "OFFICIAL");
});
afterAll(() => t.close());

let seq = 0;
async function setup(
  opts: {
    channels?: ("ONLINE" | "PAPER_BALLOT" | "MEETING" | "WRITTEN")[];
    status?: "OPEN" | "CLOSED";
    households?: number;
  } = {},
) {
  seq++;
  const c = await t.db.consultation.create({
    data: {
      communeId,
      title: `Lấy ý kiến ${seq}`,
      summary: "",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: opts.status ?? "OPEN",
      channels: opts.channels ?? ["ONLINE", "PAPER_BALLOT", "MEETING"],
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
  for (let i = 0; i < (opts.households ?? 2); i++) {
    const h = await createHousehold(t.db, hood, { code: `PG${seq}-${i}` });
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
  const vote = [{ questionId: c.questions[0].id, optionIds: [c.questions[0].options[0].id], text: "", comment: "" }];
  return { c, households, vote };
}

const round = (consultationId: string, collectBy = new Date(now.getTime() + DAY_MS)) =>
  as().meeting.createBallotRound({
    consultationId,
    neighbourhoodId: hood.id,
    team: ["Lê Văn A", "Trần Thị B", "Phạm Văn C"],
    witnesses: [],
    announcedAt: new Date(now.getTime() - 3 * DAY_MS),
    deliveredFrom: new Date(now.getTime() - DAY_MS),
    collectBy,
  });

describe("ballot rounds (Law Art 19 k2–k3; Decree 59/2023 Art 4)", () => {
  test("a round cannot issue more ballots than the roll has households: one ballot per household", async () => {
    const s = await setup({ households: 2 });
    const r = await round(s.c.id);
    const err = await as()
      .meeting.recordRoundCount({
        ballotRoundId: r.id,
        issued: 3,
        returned: 2,
        valid: 2,
        invalid: 0,
        witnesses: ["D", "E"],
      })
      .catch((e) => e);
    expect(err.cause.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: "issued", key: "count.issuedOverRoll" })]),
    );
    expect(await t.db.ballotRound.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      ballotsIssued: null,
      countedAt: null,
    });
  });

  test("ballots are collected after they are delivered", async () => {
    const s = await setup();
    const err = await round(s.c.id, new Date(now.getTime() - 2 * DAY_MS)).catch((e) => e);
    expect(err.cause.issues).toEqual([
      expect.objectContaining({ field: "collectBy", key: "count.collectBeforeDelivery" }),
    ]);
    expect(await t.db.ballotRound.count({ where: { consultationId: s.c.id } })).toBe(0);
  });
});

describe("meetings (Law Art 20 k2)", () => {
  test("a meeting record names its place, its chair and its secretary", async () => {
    const s = await setup();
    const err = await as()
      .meeting.create({
        consultationId: s.c.id,
        neighbourhoodId: hood.id,
        heldAt: now,
        place: " ",
        chairName: "",
        secretaryName: "  ",
        voteMode: "SHOW_OF_HANDS",
      })
      .catch((e) => e);
    expect(err.cause.issues.map((i: { field: string; key: string }) => [i.field, i.key])).toEqual([
      ["place", "errors.fieldRequired"],
      ["chairName", "errors.fieldRequired"],
      ["secretaryName", "errors.fieldRequired"],
    ]);
    expect(await t.db.meetingRecord.count({ where: { consultationId: s.c.id } })).toBe(0);
  });

  test("a secret count is refused while a listed household has a voice on another channel, and writes nothing", async () => {
    const s = await setup({ households: 2 });
    const { id: meetingId } = await as().meeting.create({
      consultationId: s.c.id,
      neighbourhoodId: hood.id,
      heldAt: now,
      place: "Nhà văn hóa",
      chairName: "A",
      secretaryName: "B",
      voteMode: "SECRET_BALLOT",
    });
    await as().meeting.setAttendance({ meetingId, householdIds: s.households.map((h) => h.id) });
    // A voice recorded by another way than the app's own (an older install's data): the count must not add a second one.
    const h = s.households[0];
    await t.db.response.create({
      data: {
        consultationId: s.c.id,
        householdId: h.id,
        neighbourhoodId: hood.id,
        effectiveHouseholdId: h.id,
        channel: "PAPER_BALLOT",
        receiptCode: `PG-${s.c.id}`,
      },
    });
    const err = await as()
      .meeting.recordSecretCount({
        meetingId,
        issued: 2,
        returned: 2,
        valid: 2,
        invalid: 0,
        counts: [{ optionId: s.c.questions[0].options[0].id, count: 2 }],
        committee: ["A", "B", "C"],
        witnesses: ["D", "E"],
      })
      .catch((e) => e);
    expect(err).toMatchObject({ code: "CONFLICT", cause: { key: "secretBallotConflict", params: { codes: h.code } } });
    expect(await t.db.meetingCount.count({ where: { meetingId } })).toBe(0);
    expect(await t.db.response.count({ where: { consultationId: s.c.id } })).toBe(1);
  });
});

describe("channels and the roll", () => {
  test("Law Art 17: a channel the consultation does not offer takes no entry", async () => {
    const s = await setup({ channels: ["ONLINE", "PAPER_BALLOT"] });
    const err = await as()
      .entry.record({
        consultationId: s.c.id,
        householdCode: s.households[0].code,
        channel: "WRITTEN",
        answers: s.vote,
      })
      .catch((e) => e);
    expect(err).toMatchObject({
      code: "PRECONDITION_FAILED",
      cause: { key: "channelNotOffered", params: { channel: "@channelPhrase.WRITTEN" } },
    });
    expect(await t.db.response.count({ where: { consultationId: s.c.id } })).toBe(0);
  });

  test("the roll is amended only while the consultation is open", async () => {
    const s = await setup({ status: "CLOSED" });
    const extra = await createHousehold(t.db, hood, { code: `PG${seq}-X` });
    await expect(
      as().roll.add({ consultationId: s.c.id, householdCode: extra.code, reason: "Hộ mới tách" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", cause: { key: "rollNotOpen" } });
    await expect(
      as().roll.remove({ consultationId: s.c.id, householdCode: s.households[0].code, reason: "Chuyển đi" }),
    ).rejects.toMatchObject({ cause: { key: "rollNotOpen" } });
    expect(await t.db.rollEntry.count({ where: { consultationId: s.c.id, removedAt: null } })).toBe(2);
  });
});

describe("disclosure postings (Law Art 12–13)", () => {
  test("a posting cannot be dated more than a day before the consultation was published", async () => {
    const s = await setup();
    const err = await as()
      .disclosure.add({
        consultationId: s.c.id,
        place: "COMMUNE_OFFICE",
        postedAt: new Date(now.getTime() - 7 * DAY_MS),
        validUntil: null,
        note: "",
      })
      .catch((e) => e);
    expect(err.cause.issues).toEqual([
      expect.objectContaining({ field: "postedAt", key: "plan.postedBeforePublication" }),
    ]);
    expect(await t.db.disclosurePosting.count({ where: { consultationId: s.c.id } })).toBe(0);
    // A day before publication is still the same notice (it is often put up the evening before).
    await as().disclosure.add({
      consultationId: s.c.id,
      place: "COMMUNE_OFFICE",
      postedAt: new Date(now.getTime() - 5.5 * DAY_MS),
      validUntil: null,
      note: "",
    });
    expect(await t.db.disclosurePosting.count({ where: { consultationId: s.c.id } })).toBe(1);
  });
});
