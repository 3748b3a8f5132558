// No notice that is no longer in force stays posted (Law on Grassroots Democracy Art 12–13; Decree
// 61/2023 Art 9; docs/LAW.md#r17): rescheduling and cancelling raise the notice revision, postings
// carry the revision they were posted at, the list to take down or replace is grouped by
// neighbourhood, and taking one down is recorded, audited and scoped.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  createCommune,
  createConsultation,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";
import { formData, TINY_PNG, tinyPdf } from "../helpers/files";

let t: TestDb;
let communeId: string;
let hoodA: { id: string; name: string };
let hoodB: { id: string; name: string };
type Staff = Awaited<ReturnType<typeof createStaff>>;
let official: Staff;
let leader: Staff;
let headA: Staff;
let outsider: Staff;
const clock = { now: new Date("2026-12-10T08:00:00+07:00") };
const day = (n: number) => new Date(clock.now.getTime() + n * DAY_MS);
const as = (s: Staff) => callerAt(t.db, staffSession(s), clock);

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hoodA = await createNeighbourhood(t.db, communeId, "Thôn An Hòa");
  hoodB = await createNeighbourhood(t.db, communeId, "Thôn Bình Minh");
  official = await createStaff(t.db, communeId, "OFFICIAL");
  await t.db.staffUser.update({ where: { id: official.id }, data: { fullName: "Lê Văn Công" } });
  leader = await createStaff(t.db, communeId, "LEADER");
  headA = await createStaff(t.db, communeId, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: hoodA.id });
  outsider = await createStaff(t.db, (await createCommune(t.db)).id, "OFFICIAL");
});
afterAll(() => t.close());

/** Published five days ago, open, closing in twenty days: the Art 28 k2 period holds. */
async function openConsultation(title = "Lấy ý kiến về dự án đường thôn") {
  const c = await createConsultation(t.db, communeId, {
    status: "OPEN",
    title,
    neighbourhoodIds: [hoodA.id, hoodB.id],
  });
  await t.db.consultation.update({
    where: { id: c.id },
    data: { publishedAt: day(-5), opensAt: day(-5), closesAt: day(20) },
  });
  return c;
}

async function post(consultationId: string, extra: Record<string, unknown> = {}) {
  return as(official).disclosure.add({
    consultationId,
    place: "CULTURAL_HOUSE",
    neighbourhoodId: hoodA.id,
    postedAt: day(-4),
    material: "NOTICE",
    ...extra,
  });
}

const stateOf = async (consultationId: string, postingId: string) => {
  const c = await as(official).consultation.get({ id: consultationId });
  return c.postings.find((p) => p.id === postingId)!.state;
};

const toAct = async (s: Staff = official) => (await as(s).postings.toAct()).groups.flatMap((g) => g.postings);

describe("rescheduling raises the notice revision (docs/LAW.md#r17)", () => {
  test("a new closing date, audited with its reason, makes the earlier posting outdated: replace it", async () => {
    const c = await openConsultation();
    const posting = await post(c.id);
    expect(await stateOf(c.id, posting.id)).toEqual({ state: "current" });
    const result = await as(official).consultation.reschedule({
      id: c.id,
      closesAt: day(27),
      meetingPlace: "Nhà văn hóa thôn An Hòa",
      reason: "Mưa bão, kéo dài thời gian lấy ý kiến",
    });
    expect(result.noticeRevision).toBe(2);
    const stored = await t.db.consultation.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored).toMatchObject({ noticeRevision: 2, closesAt: day(27), meetingPlace: "Nhà văn hóa thôn An Hòa" });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "consultation.rescheduled", entityId: c.id },
    });
    expect(audit.data).toMatchObject({
      after: { closesAt: day(27).toISOString() },
      noticeRevision: 2,
      reason: "Mưa bão, kéo dài thời gian lấy ý kiến",
    });
    expect(await stateOf(c.id, posting.id)).toEqual({ state: "mustAct", reason: "outdated", action: "replace" });
    expect((await toAct()).find((p) => p.id === posting.id)).toMatchObject({
      reason: "outdated",
      action: "replace",
      material: "NOTICE",
      postedByName: "Lê Văn Công",
    });
    // The new notice, posted after the change, carries the new revision and is current.
    const fresh = await post(c.id);
    expect(await t.db.disclosurePosting.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({
      noticeRevision: 2,
    });
    expect(await stateOf(c.id, fresh.id)).toEqual({ state: "current" });
  });

  test.each([
    [
      "a closing that cuts the 20-day period from publication (Art 28 k2)",
      { closesAt: day(10) },
      "plan.minOpinionPeriod",
    ],
    ["a closing in the past", { closesAt: day(-1) }, "postings.reschedule.errors.closesInPast"],
    [
      "moving the opening of an open consultation",
      { closesAt: day(25), opensAt: day(1) },
      "postings.reschedule.errors.opensWhileOpen",
    ],
    ["nothing changed", { closesAt: day(20) }, "postings.reschedule.errors.nothingChanged"],
  ] as const)("refused with nothing written: %s", async (_label, change, key) => {
    const c = await openConsultation();
    await expect(
      as(official).consultation.reschedule({ id: c.id, reason: "Điều chỉnh", ...change }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: expect.arrayContaining([expect.objectContaining({ key })]) },
    });
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).noticeRevision).toBe(1);
  });

  test("a reason is required; a draft is not rescheduled; only an official; another commune's is not found", async () => {
    const c = await openConsultation();
    await expect(
      as(official).consultation.reschedule({ id: c.id, closesAt: day(25), reason: " " }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ key: "plan.reasonRequired" })] },
    });
    const draft = await createConsultation(t.db, communeId);
    await expect(
      as(official).consultation.reschedule({ id: draft.id, closesAt: day(25), reason: "x" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(
      as(leader).consultation.reschedule({ id: c.id, closesAt: day(25), reason: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as(outsider).consultation.reschedule({ id: c.id, closesAt: day(25), reason: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("a published consultation not yet open can move its opening too", async () => {
    const c = await createConsultation(t.db, communeId, { status: "PUBLISHED", neighbourhoodIds: [hoodA.id] });
    await t.db.consultation.update({
      where: { id: c.id },
      data: { publishedAt: day(-1), opensAt: day(2), closesAt: day(25) },
    });
    await as(official).consultation.reschedule({ id: c.id, opensAt: day(4), closesAt: day(26), reason: "Lùi ngày" });
    expect(await t.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      opensAt: day(4),
      closesAt: day(26),
      noticeRevision: 2,
    });
  });
});

describe("postings that must come down (Law on Grassroots Democracy Art 12–13; Decree 61/2023 Art 9)", () => {
  test("cancelling raises the revision and flags the postings as cancelled: take down", async () => {
    const c = await openConsultation();
    const posting = await post(c.id);
    await as(leader).consultation.cancel({ id: c.id, reason: "Dự án dừng" });
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).noticeRevision).toBe(2);
    expect(await stateOf(c.id, posting.id)).toEqual({ state: "mustAct", reason: "cancelled", action: "takeDown" });
    expect((await toAct()).find((p) => p.id === posting.id)).toMatchObject({ reason: "cancelled", action: "takeDown" });
  });

  test("taking the approval back (a draft again) raises the revision: the notice comes down", async () => {
    const c = await createConsultation(t.db, communeId, { status: "PUBLISHED", neighbourhoodIds: [hoodA.id] });
    await t.db.consultation.update({
      where: { id: c.id },
      data: { publishedAt: day(-1), opensAt: day(2), closesAt: day(25) },
    });
    const posting = await post(c.id, { postedAt: day(-1) });
    await as(leader).consultation.unpublish({ id: c.id, reason: "Ngày công bố sai" });
    expect((await t.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).noticeRevision).toBe(2);
    expect(await stateOf(c.id, posting.id)).toEqual({ state: "mustAct", reason: "withdrawn", action: "takeDown" });
  });

  test("once the closing time has passed, the notice must come down (results are published separately)", async () => {
    const c = await openConsultation();
    const posting = await post(c.id);
    const later = { now: day(21) };
    const rows = (await callerAt(t.db, staffSession(official), later).postings.toAct()).groups.flatMap(
      (g) => g.postings,
    );
    expect(rows.find((p) => p.id === posting.id)).toMatchObject({ reason: "closingPassed", action: "takeDown" });
  });

  test("a posting past its own end must come down, while the consultation is still open", async () => {
    const c = await openConsultation();
    const posting = await post(c.id, {
      place: "LOUDSPEAKER",
      neighbourhoodId: null,
      postedAt: day(-4),
      validUntil: day(-1),
    });
    expect(await stateOf(c.id, posting.id)).toEqual({ state: "mustAct", reason: "expired", action: "takeDown" });
  });

  test("the list groups per neighbourhood, the commune's own places under one group; a head sees only theirs", async () => {
    const c = await openConsultation("Lấy ý kiến về chợ xã");
    const a = await post(c.id, { neighbourhoodId: hoodA.id });
    const b = await post(c.id, { neighbourhoodId: hoodB.id });
    const office = await post(c.id, { place: "COMMUNE_OFFICE", neighbourhoodId: null });
    await as(leader).consultation.cancel({ id: c.id, reason: "Đổi địa điểm chợ" });
    const { groups } = await as(official).postings.toAct();
    const ofThis = groups
      .map((g) => ({ g, ids: g.postings.filter((p) => p.consultationId === c.id).map((p) => p.id) }))
      .filter((x) => x.ids.length);
    expect(ofThis.map((x) => [x.g.neighbourhoodId, x.g.neighbourhoodName, x.ids])).toEqual([
      [null, null, [office.id]],
      [hoodA.id, "Thôn An Hòa", [a.id]],
      [hoodB.id, "Thôn Bình Minh", [b.id]],
    ]);
    const headRows = await toAct(headA);
    expect(headRows.every((p) => p.neighbourhoodId === hoodA.id)).toBe(true);
    expect(headRows.map((p) => p.id)).toContain(a.id);
    expect(headRows.map((p) => p.id)).not.toContain(b.id);
    // Another commune's list does not hold any of these.
    expect(await as(outsider).postings.toAct()).toEqual({ groups: [], total: 0 });
  });
});

describe("taking a posting down (docs/LAW.md#r17)", () => {
  test("recorded with who and when, audited, still in the log as taken down, refused twice", async () => {
    const c = await openConsultation();
    const posting = await post(c.id);
    await as(leader).consultation.cancel({ id: c.id, reason: "Dự án dừng" });
    await as(headA).disclosure.takeDown({ id: posting.id, takenDownAt: day(-1), note: "Đã gỡ ở bảng tin" });
    const row = await t.db.disclosurePosting.findUniqueOrThrow({ where: { id: posting.id } });
    expect(row).toMatchObject({ takenDownAt: day(-1), takenDownById: headA.id, takenDownNote: "Đã gỡ ở bảng tin" });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "disclosure.takenDown", entityId: posting.id },
    });
    expect(audit).toMatchObject({
      actorId: headA.id,
      data: expect.objectContaining({ takenDownAt: day(-1).toISOString() }),
    });
    const view = (await as(official).consultation.get({ id: c.id })).postings.find((p) => p.id === posting.id)!;
    expect(view).toMatchObject({ state: { state: "takenDown" }, takenDownByName: "Trần Thị Bình" });
    expect((await toAct()).map((p) => p.id)).not.toContain(posting.id);
    await expect(as(official).disclosure.takeDown({ id: posting.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    expect(await t.db.auditEvent.count({ where: { action: "disclosure.takenDown", entityId: posting.id } })).toBe(1);
  });

  test("the date taken down defaults to now and is never in the future; the public page shows it ended", async () => {
    const c = await openConsultation();
    const posting = await post(c.id);
    await expect(as(official).disclosure.takeDown({ id: posting.id, takenDownAt: day(1) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ key: "postings.takeDown.inFuture" })] },
    });
    await as(official).disclosure.takeDown({ id: posting.id });
    expect((await t.db.disclosurePosting.findUniqueOrThrow({ where: { id: posting.id } })).takenDownAt).toEqual(
      clock.now,
    );
    // The public page no longer shows it as current.
    const { slug } = await t.db.commune.findUniqueOrThrow({ where: { id: communeId } });
    const page = await callerAt(t.db, null, clock).commune.publicConsultation({ commune: slug, id: c.id });
    expect(page.postings.find((p) => p.id === posting.id)).toMatchObject({ expired: true });
  });

  test("a head cannot take down another neighbourhood's posting, nor the commune's own; an outsider neither (not found)", async () => {
    const c = await openConsultation();
    const b = await post(c.id, { neighbourhoodId: hoodB.id });
    const office = await post(c.id, { place: "PORTAL", neighbourhoodId: null });
    for (const id of [b.id, office.id])
      await expect(as(headA).disclosure.takeDown({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(outsider).disclosure.takeDown({ id: b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(as(leader).disclosure.takeDown({ id: b.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await t.db.disclosurePosting.count({ where: { id: { in: [b.id, office.id] }, takenDownAt: { not: null } } }),
    ).toBe(0);
  });
});

describe("the posting form records its material and uploads its photo in one step", () => {
  test("a photo sent with the posting becomes the consultation's image document, linked to it", async () => {
    const c = await openConsultation();
    const posting = await as(official).disclosure.add(
      formData(
        {
          consultationId: c.id,
          place: "CULTURAL_HOUSE",
          neighbourhoodId: hoodA.id,
          postedAt: day(-2).toISOString(),
          validUntil: "",
          material: "NOTICE_LARGE",
          note: "",
        },
        { bytes: TINY_PNG, name: "bang-tin.png", type: "image/png", field: "photo" },
      ),
    );
    const row = await t.db.disclosurePosting.findUniqueOrThrow({ where: { id: posting.id }, include: { photo: true } });
    expect(row).toMatchObject({ material: "NOTICE_LARGE", noticeRevision: 1 });
    expect(row.photo).toMatchObject({ consultationId: c.id, mimeType: "image/png" });
    expect(row.photo!.title).toBe("Ảnh chụp niêm yết — Nhà văn hóa thôn, tổ dân phố, ngày 08/12/2026");
  });

  test("a PDF as the photo is refused at the photo field, and nothing is written", async () => {
    const c = await openConsultation();
    const before = await t.db.document.count();
    await expect(
      as(official).disclosure.add(
        formData(
          { consultationId: c.id, place: "COMMUNE_OFFICE", postedAt: day(-2).toISOString() },
          { bytes: tinyPdf(), name: "a.pdf", type: "application/pdf", field: "photo" },
        ),
      ),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ field: "photo", key: "postings.photoNotImage" })] },
    });
    expect(await t.db.document.count()).toBe(before);
    expect(await t.db.disclosurePosting.count({ where: { consultationId: c.id } })).toBe(0);
  });
});
