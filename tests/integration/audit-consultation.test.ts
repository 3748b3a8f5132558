// The audit log narrowed to one consultation: the events about it, those whose data carries its id,
// and those about its meetings, ballot rounds, themes and records, which carry only their own id.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appendAudit, type AuditInput } from "@/server/audit/append";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
let oversight: ReturnType<typeof callerAs>;
let road: { id: string };
let school: { id: string };
let elsewhere: { id: string };
/** seq of each event, by a name the expectations use. */
const seq: Record<string, number> = {};

const staff = { type: "STAFF" as const, id: "s", label: "Nguyễn Văn An" };
// Partial data on purpose: the filter reads only what ties an event to a consultation.
async function append(
  name: string,
  communeId: string,
  e: Omit<AuditInput, "communeId" | "actor" | "data"> & { data?: object },
) {
  const event = await t.db.$transaction((tx) =>
    appendAudit(tx, { communeId, actor: staff, ...e, data: e.data ?? {} } as AuditInput),
  );
  seq[name] = event.seq;
}
const seqs = (page: { events: { seq: number }[] }) => page.events.map((e) => e.seq);
const expected = (...names: string[]) => names.map((n) => seq[n]).sort((a, b) => b - a);

beforeAll(async () => {
  t = await createTestDb();
  const commune = await createCommune(t.db);
  const other = await createCommune(t.db);
  const hood = await createNeighbourhood(t.db, commune.id);
  road = await createConsultation(t.db, commune.id, { title: "Lấy ý kiến về làm đường thôn" });
  school = await createConsultation(t.db, commune.id, { title: "Lấy ý kiến về sửa trường học" });
  elsewhere = await createConsultation(t.db, other.id, { title: "Lấy ý kiến ở xã khác" });
  await t.db.consultation.update({ where: { id: road.id }, data: { createdAt: new Date("2026-10-01T00:00:00Z") } });
  await t.db.consultation.update({ where: { id: school.id }, data: { createdAt: new Date("2026-11-01T00:00:00Z") } });
  const meeting = await t.db.meetingRecord.create({
    data: {
      consultationId: road.id,
      neighbourhoodId: hood.id,
      heldAt: new Date(),
      place: "Nhà văn hóa thôn",
      chairName: "Lê Văn Cường",
      secretaryName: "Phạm Thị Dung",
      voteMode: "SHOW_OF_HANDS",
    },
  });
  const round = await t.db.ballotRound.create({
    data: {
      consultationId: school.id,
      neighbourhoodId: hood.id,
      team: ["A", "B", "C"],
      witnesses: ["D", "E"],
      announcedAt: new Date(),
      deliveredFrom: new Date(),
      collectBy: new Date(),
    },
  });
  const record = await t.db.decisionRecord.create({
    data: {
      communeId: commune.id,
      consultationId: road.id,
      kind: "SUMMARY_REPORT",
      docType: "BC",
      title: "Báo cáo tổng hợp",
      content: {},
    },
  });
  const theme = await t.db.opinionTheme.create({ data: { consultationId: school.id, title: "Sân trường" } });

  const c = commune.id;
  await append("roadCreated", c, { action: "consultation.created", entityType: "Consultation", entityId: road.id });
  await append("schoolCreated", c, { action: "consultation.created", entityType: "Consultation", entityId: school.id });
  await append("roadResponse", c, {
    action: "response.submitted",
    entityType: "Response",
    entityId: "resp1",
    data: { consultationId: road.id },
  });
  await append("meetingRecorded", c, {
    action: "meeting.recorded",
    entityType: "MeetingRecord",
    entityId: meeting.id,
    data: { consultationId: road.id },
  });
  await append("attendance", c, {
    action: "meeting.attendance",
    entityType: "MeetingRecord",
    entityId: meeting.id,
    data: { present: 3 },
  });
  await append("roundCounted", c, {
    action: "ballotRound.counted",
    entityType: "BallotRound",
    entityId: round.id,
    data: { issued: 3, returned: 3, valid: 3, invalid: 0 },
  });
  await append("recordUpdated", c, {
    action: "record.updated",
    entityType: "DecisionRecord",
    entityId: record.id,
    data: { notes: "", recipients: [] },
  });
  await append("themeRenamed", c, {
    action: "theme.renamed",
    entityType: "OpinionTheme",
    entityId: theme.id,
    data: { from: "Sân", to: "Sân trường" },
  });
  await append("ungrouped", c, {
    action: "theme.opinionsUngrouped",
    entityType: "Consultation",
    entityId: school.id,
    data: { themes: [theme.id], answers: 1, suggestions: 0 },
  });
  // A draft deleted since: no row left, but the event that made it named the consultation.
  await append("draftMade", c, {
    action: "record.drafted",
    entityType: "DecisionRecord",
    entityId: "gone-draft",
    data: { consultationId: road.id, kind: "COUNT_RECORD", amendsId: null },
  });
  await append("draftDeleted", c, {
    action: "record.draftDeleted",
    entityType: "DecisionRecord",
    entityId: "gone-draft",
    data: { kind: "COUNT_RECORD", title: "Biên bản kiểm phiếu" },
  });
  // Unrelated: an account, a household, a record of no consultation, an id of one used as another type.
  await append("password", c, { action: "staff.passwordChanged", entityType: "StaffUser", entityId: "s" });
  await append("household", c, { action: "household.created", entityType: "Household", entityId: "h1" });
  await append("looseRecord", c, { action: "record.updated", entityType: "DecisionRecord", entityId: "r-other" });
  await append("sameIdOtherType", c, { action: "household.updated", entityType: "Household", entityId: meeting.id });
  // The other commune's log, even naming this commune's consultation.
  await append("otherCommune", other.id, {
    action: "response.submitted",
    entityType: "Response",
    entityId: "resp9",
    data: { consultationId: road.id },
  });
  await append("otherOwn", other.id, {
    action: "consultation.created",
    entityType: "Consultation",
    entityId: elsewhere.id,
  });

  oversight = callerAs(t.db, staffSession(await createStaff(t.db, commune.id, "OVERSIGHT")));
});
afterAll(() => t.close());

describe("audit.list narrowed to a consultation", () => {
  test("the road: its own events, its data, its meeting and record — reached by their ids alone", async () => {
    expect(seqs(await oversight.audit.list({ consultationId: road.id }))).toEqual(
      expected(
        "roadCreated",
        "roadResponse",
        "meetingRecorded",
        "attendance",
        "recordUpdated",
        "draftMade",
        "draftDeleted",
      ),
    );
  });

  test("the school: its ballot round's count, its theme, the ungrouping", async () => {
    expect(seqs(await oversight.audit.list({ consultationId: school.id }))).toEqual(
      expected("schoolCreated", "roundCounted", "themeRenamed", "ungrouped"),
    );
  });

  test("combines with the other filters and pages within them", async () => {
    expect(seqs(await oversight.audit.list({ consultationId: road.id, action: "meeting.attendance" }))).toEqual(
      expected("attendance"),
    );
    const first = await oversight.audit.list({ consultationId: road.id, limit: 2 });
    const rest = await oversight.audit.list({ consultationId: road.id, limit: 10, beforeSeq: first.nextBeforeSeq! });
    expect([...seqs(first), ...seqs(rest)]).toEqual(
      expected(
        "roadCreated",
        "roadResponse",
        "meetingRecorded",
        "attendance",
        "recordUpdated",
        "draftMade",
        "draftDeleted",
      ),
    );
  });

  test.each([
    ["another commune's consultation", () => elsewhere.id],
    ["an id that is no consultation", () => "khong-co-dot-nay"],
  ])("%s matches nothing", async (_label, id) => {
    expect(await oversight.audit.list({ consultationId: id() })).toEqual({ events: [], nextBeforeSeq: null });
  });

  test.each([
    ["an empty id", ""],
    ["an id too long", "x".repeat(65)],
  ])("refuses %s", async (_label, consultationId) => {
    await expect(oversight.audit.list({ consultationId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("audit.consultations", () => {
  test("lists the commune's consultations by title, newest first, never another commune's", async () => {
    const both = [
      { id: school.id, title: "Lấy ý kiến về sửa trường học" },
      { id: road.id, title: "Lấy ý kiến về làm đường thôn" },
    ];
    expect(await oversight.audit.consultations({})).toEqual(both);
    // Naming one already listed, or another commune's, changes nothing.
    expect(await oversight.audit.consultations({ include: road.id })).toEqual(both);
    expect(await oversight.audit.consultations({ include: elsewhere.id })).toEqual(both);
  });

  test("the one the filter names is listed even when 500 newer ones push it off the list", async () => {
    // Copies of an existing row, with new ids and later creation times.
    const template: Record<string, unknown> = {
      ...(await t.db.consultation.findUniqueOrThrow({ where: { id: school.id } })),
    };
    for (const key of ["id", "createdAt", "updatedAt"]) delete template[key];
    const later = Date.now() + 60_000;
    await t.db.consultation.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({
        ...template,
        title: `Đợt mới ${i + 1}`,
        createdAt: new Date(later + i * 1000),
      })) as never,
    });
    const listed = await oversight.audit.consultations({ include: road.id });
    expect(listed).toHaveLength(501);
    expect(listed.at(-1)).toEqual({ id: road.id, title: "Lấy ý kiến về làm đường thôn" });
    expect((await oversight.audit.consultations({})).some((c) => c.id === road.id)).toBe(false);
  });
});
