// The province: its readers see every commune of their province (one at a time, read-only), its
// administrator sets communes up and locks a commune's staff, and another province is "not found".
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  callerViewing,
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createProvinceStaff,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
const now = new Date("2026-12-10T09:00:00+07:00"); // a Thursday
const clock = { now };
const day = (n: number) => new Date(now.getTime() + n * DAY_MS);
let province: { id: string; code: string };
let a: Awaited<ReturnType<typeof createCommune>>;
let b: Awaited<ReturnType<typeof createCommune>>;
let foreign: Awaited<ReturnType<typeof createCommune>>;
let leader: ReturnType<typeof staffSession>;
let oversight: ReturnType<typeof staffSession>;
let admin: ReturnType<typeof staffSession>;
let outsider: ReturnType<typeof staffSession>;
let openA: { id: string };
let lateB: { id: string };

beforeAll(async () => {
  t = await createTestDb();
  a = await createCommune(t.db, "Chợ Chùa");
  // An official-style province code: the province administrator's setup checks it.
  province = await t.db.province.update({
    where: { id: a.provinceId },
    data: { code: "98" },
    select: { id: true, code: true },
  });
  b = await createCommune(t.db, "Nghĩa Hành", { provinceId: a.provinceId });
  foreign = await createCommune(t.db, "Xã tỉnh khác");
  leader = staffSession(await createProvinceStaff(t.db, province.id, "PROVINCE_LEADER"));
  oversight = staffSession(await createProvinceStaff(t.db, province.id, "PROVINCE_OVERSIGHT"));
  admin = staffSession(await createProvinceStaff(t.db, province.id, "PROVINCE_ADMIN"));
  outsider = staffSession(await createProvinceStaff(t.db, foreign.provinceId, "PROVINCE_LEADER"));

  // A: one open consultation, 2 households on the roll, 1 answered (a paper ballot keyed by its official).
  const hood = await createNeighbourhood(t.db, a.id, "Thôn Đông");
  const h1 = await createHousehold(t.db, hood);
  const h2 = await createHousehold(t.db, hood);
  openA = await createConsultation(t.db, a.id, { status: "OPEN", neighbourhoodIds: [hood.id], title: "Chợ mới" });
  await t.db.consultation.update({
    where: { id: openA.id },
    data: { publishedAt: day(-5), opensAt: day(-5), closesAt: day(20) },
  });
  await t.db.rollEntry.createMany({
    data: [h1, h2].map((h) => ({
      consultationId: openA.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  await t.db.response.create({
    data: {
      consultationId: openA.id,
      householdId: h1.id,
      neighbourhoodId: hood.id,
      effectiveHouseholdId: h1.id,
      channel: "PAPER_BALLOT",
      receiptCode: `P-${h1.id}`,
    },
  });
  // B: closed 8 working days ago (Monday 30 Nov, 17:00), results never published; and a finalised record.
  lateB = await createConsultation(t.db, b.id, { status: "CLOSED", title: "Đường liên thôn" });
  await t.db.consultation.update({
    where: { id: lateB.id },
    data: {
      opensAt: day(-40),
      closesAt: new Date("2026-11-30T17:00:00+07:00"),
      closedAt: new Date("2026-11-30T17:00:00+07:00"),
    },
  });
  await t.db.decisionRecord.create({
    data: {
      communeId: b.id,
      consultationId: lateB.id,
      kind: "SUMMARY_REPORT",
      docType: "BC",
      year: 2026,
      number: 1,
      title: "Báo cáo",
      content: {},
      sha256: "b".repeat(64),
      finalisedAt: day(-2),
    },
  });
  // The other province: a consultation that must never show.
  await createConsultation(t.db, foreign.id, { status: "OPEN", title: "Không thuộc tỉnh này" });
});
afterAll(() => t.close());

describe("the province summary", () => {
  test("every commune of the province, with turnout, results waiting and how late, records finalised", async () => {
    const s = await callerAt(t.db, leader, clock).province.summary({ year: 2026 });
    expect(s.communes.map((c) => c.name)).toEqual(["Chợ Chùa", "Nghĩa Hành"]);
    expect(s.communes.find((c) => c.id === a.id)).toMatchObject({
      consultations: 1,
      open: 1,
      roll: 2,
      responded: 1,
      overdue: 0,
      records: 0,
    });
    expect(s.communes.find((c) => c.id === b.id)).toMatchObject({
      consultations: 1,
      awaitingResults: 1,
      overdue: 1,
      records: 1,
    });
    // Closed Monday 30 Nov: Tue 1 – Thu 10 Dec is 8 working days, 3 past the 5 (Law Art 12 k3).
    expect(s.awaitingResults).toEqual([
      expect.objectContaining({ id: lateB.id, results: { state: "overdue", workingDaysLate: 3 } }),
    ]);
    expect(s.consultations.map((c) => c.title).sort()).toEqual(["Chợ mới", "Đường liên thôn"]);
    expect(JSON.stringify(s)).not.toContain("Không thuộc tỉnh này");
    expect(s.summary).toMatchObject({ communes: 2, records: 1 });
  });

  test("the matter filter narrows it; oversight and the administrator read it too", async () => {
    const s = await callerAt(t.db, oversight, clock).province.summary({
      year: 2026,
      matter: "PUBLIC_WORKS_CONTRIBUTION",
    });
    expect(s.consultations).toEqual([]);
    await expect(callerAt(t.db, admin, clock).province.summary({ year: 2026 })).resolves.toMatchObject({
      province: { id: province.id },
    });
  });

  test("a commune's own staff have no province summary", async () => {
    const official = staffSession(await createStaff(t.db, a.id, "OFFICIAL"));
    await expect(callerAt(t.db, official, clock).province.summary({ year: 2026 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("a province reader reads one commune of their province at a time, and writes nothing", () => {
  test("with no commune chosen, a commune's data is not found", async () => {
    await expect(callerAt(t.db, leader, clock).consultation.get({ id: openA.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerAt(t.db, leader, clock).dashboard.get({ year: 2026 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  test("reading A: A's dashboard, consultation and tally; B's consultation stays not found", async () => {
    const asLeader = callerViewing(t.db, leader, a.id, () => now);
    const dash = await asLeader.dashboard.get({ year: 2026 });
    expect(dash.rows.map((r) => r.id)).toEqual([openA.id]);
    await expect(asLeader.consultation.get({ id: openA.id })).resolves.toMatchObject({ id: openA.id });
    await expect(asLeader.tally.get({ consultationId: openA.id })).resolves.toMatchObject({ roll: 2, responded: 1 });
    await expect(asLeader.consultation.get({ id: lateB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("every write is FORBIDDEN and changes nothing", async () => {
    const asLeader = callerViewing(t.db, leader, a.id, () => now);
    const before = await t.db.consultation.findUniqueOrThrow({ where: { id: openA.id } });
    await expect(asLeader.consultation.close({ id: openA.id, reason: "Thử" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(asLeader.consultation.cancel({ id: openA.id, reason: "Thử" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      callerViewing(t.db, oversight, a.id).record.createDraft({
        consultationId: openA.id,
        kind: "SUMMARY_REPORT",
      } as never),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.consultation.findUniqueOrThrow({ where: { id: openA.id } })).toEqual(before);
  });

  test("another province's leader choosing A gets nothing of A's", async () => {
    const asOutsider = callerViewing(t.db, outsider, a.id, () => now);
    await expect(asOutsider.consultation.get({ id: openA.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asOutsider.dashboard.get({ year: 2026 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const theirs = await callerAt(t.db, outsider, clock).province.summary({ year: 2026 });
    expect(theirs.communes.map((c) => c.id)).toEqual([foreign.id]);
  });
});

describe("the province administrator", () => {
  test("sets up a commune in their own province, with its first administrator who can sign in", async () => {
    const result = await callerAt(t.db, admin, clock).province.createCommune({
      communeCode: "99001",
      communeName: "Ba Tơ",
      communeKind: "xa",
      adminUsername: "quantri.bato",
    });
    expect(result).toMatchObject({
      commune: { code: "99001", slug: "ba-to" },
      province: { id: province.id, created: false },
      admin: { username: "quantri.bato" },
    });
    expect(result.generatedPassword).toMatch(/^.{16}$/);
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { communeId: result.commune.id, action: "commune.created" },
    });
    expect(event.actorLabel).toContain("cấp tỉnh");
  });

  test("a refused setup names the field and writes nothing", async () => {
    const before = await t.db.commune.count();
    await expect(
      callerAt(t.db, admin, clock).province.createCommune({
        communeCode: "12",
        communeName: "Sai mã",
        communeKind: "xa",
        adminUsername: "quantri.saima",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ field: "communeCode" })] },
    });
    expect(await t.db.commune.count()).toBe(before);
  });

  test("locks a commune's staff member with a reason (audited on the commune's chain), never another province's", async () => {
    const official = await createStaff(t.db, a.id, "OFFICIAL");
    const asAdmin = callerAt(t.db, admin, clock);
    await expect(
      asAdmin.province.setStaffActive({ staffId: official.id, active: false, reason: " " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await asAdmin.province.setStaffActive({ staffId: official.id, active: false, reason: "Nghỉ việc" });
    expect((await t.db.staffUser.findUniqueOrThrow({ where: { id: official.id } })).active).toBe(false);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { communeId: a.id, entityId: official.id } });
    expect(event).toMatchObject({
      action: "staff.deactivatedByProvince",
      data: expect.objectContaining({ reason: "Nghỉ việc" }),
    });
    const stranger = await createStaff(t.db, foreign.id, "OFFICIAL");
    await expect(
      asAdmin.province.setStaffActive({ staffId: stranger.id, active: false, reason: "Thử" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asAdmin.province.communeStaff({ communeId: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.staffUser.findUniqueOrThrow({ where: { id: stranger.id } })).active).toBe(true);
  });

  test("reads no commune's consultations", async () => {
    await expect(callerViewing(t.db, admin, a.id).consultation.get({ id: openA.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the summary page's figures are shared for a few seconds (SUMMARY_SHARED_MS), then read afresh", () => {
  test("a reader within 10 s gets the same figures and their time; after, a new response shows", async () => {
    const base = new Date(now.getTime() + DAY_MS);
    const at = (ms: number) => ({ now: new Date(base.getTime() + ms) });
    const hood = await createNeighbourhood(t.db, a.id, "Thôn Tây");
    const late = await createHousehold(t.db, hood);
    await t.db.rollEntry.create({
      data: {
        consultationId: openA.id,
        householdId: late.id,
        neighbourhoodId: hood.id,
        householdCode: late.code,
        headName: late.headName,
      },
    });
    const turnoutOfA = (s: { communes: { id: string; roll: number; responded: number }[] }) =>
      s.communes.find((c) => c.id === a.id);

    const first = await callerAt(t.db, leader, at(0)).province.summary({ year: 2026 });
    expect(turnoutOfA(first)).toMatchObject({ roll: 3, responded: 1 });
    expect(first.asOf).toEqual(at(0).now);
    await t.db.response.create({
      data: {
        consultationId: openA.id,
        householdId: late.id,
        neighbourhoodId: hood.id,
        effectiveHouseholdId: late.id,
        channel: "PAPER_BALLOT",
        receiptCode: `P-${late.id}`,
      },
    });

    // Another reader of the province (oversight), 9.9 s later: the same computation.
    const shared = await callerAt(t.db, oversight, at(9_900)).province.summary({ year: 2026 });
    expect(shared.asOf).toEqual(at(0).now);
    expect(turnoutOfA(shared)).toMatchObject({ responded: 1 });
    // Another filter is its own computation, read now.
    expect(
      (await callerAt(t.db, leader, at(9_900)).province.summary({ year: 2026, matter: "PROJECT_INVESTMENT_POLICY" }))
        .asOf,
    ).toEqual(at(9_900).now);

    const fresh = await callerAt(t.db, leader, at(10_000)).province.summary({ year: 2026 });
    expect(fresh.asOf).toEqual(at(10_000).now);
    expect(turnoutOfA(fresh)).toMatchObject({ roll: 3, responded: 2 });
    // Another province's reader at the same moment never gets this province's figures.
    expect(
      (await callerAt(t.db, outsider, at(10_000)).province.summary({ year: 2026 })).communes.map((c) => c.id),
    ).toEqual([foreign.id]);
  });
});
