import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appendAudit, type AuditInput } from "@/server/audit/append";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { callerAs, createCommune, createStaff, staffSession } from "../helpers/factories";

let t: TestDb;
let commune: { id: string };
let other: { id: string };
let oversight: ReturnType<typeof callerAs>;
let head: ReturnType<typeof callerAs>;

const staff = (label: string) => ({ type: "STAFF" as const, id: "s", label });
// Partial data on purpose: the log lists and filters events whatever their data holds (older
// events keep the shape they were written with), so these bypass the action's typed shape.
const append = (communeId: string, e: Omit<AuditInput, "communeId" | "data"> & { data?: object }) =>
  t.db.$transaction((tx) => appendAudit(tx, { communeId, ...e, data: e.data ?? {} } as AuditInput));
const seqs = (page: { events: { seq: number }[] }) => page.events.map((e) => e.seq);

beforeAll(async () => {
  t = await createTestDb();
  commune = await createCommune(t.db);
  other = await createCommune(t.db);
  // Vietnam time is UTC+7: 16:59:59Z is 23:59:59 on the 1st there, 17:00Z already the 2nd.
  await append(commune.id, {
    actor: staff("Nguyễn Văn An (canbo1)"),
    action: "consultation.created",
    entityType: "Consultation",
    entityId: "c1",
    data: { title: "Lấy ý kiến về đường" },
    now: new Date("2026-12-01T16:59:59Z"),
  });
  await append(commune.id, {
    actor: { type: "SYSTEM", label: "Đồng hồ hệ thống" },
    action: "consultation.statusChanged",
    entityType: "Consultation",
    entityId: "c1",
    data: { from: "PUBLISHED", to: "OPEN" },
    now: new Date("2026-12-01T17:00:00Z"),
  });
  await append(commune.id, {
    actor: staff("Trần Thị Bình (lanhdao)"),
    action: "record.finalised",
    entityType: "DecisionRecord",
    entityId: "r1",
    data: { number: 1 },
    now: new Date("2026-12-02T16:59:00Z"),
  });
  await append(commune.id, {
    actor: { type: "HOUSEHOLD", id: "h", label: "Hộ H001" },
    action: "response.submitted",
    entityType: "Response",
    entityId: "x1",
    data: { consultationId: "c1" },
    now: new Date("2026-12-03T01:00:00Z"),
  });
  // The other commune: same entity, same actor name, same day.
  await append(other.id, {
    actor: staff("Nguyễn Văn An (canbo1)"),
    action: "consultation.created",
    entityType: "Consultation",
    entityId: "c1",
    now: new Date("2026-12-01T10:00:00Z"),
  });
  oversight = callerAs(t.db, staffSession(await createStaff(t.db, commune.id, "OVERSIGHT")));
  head = callerAs(t.db, staffSession(await createStaff(t.db, commune.id, "NEIGHBOURHOOD_HEAD")));
});
afterAll(() => t.close());

describe("audit.list filters narrow the commune's log", () => {
  test("unfiltered: this commune's events, newest first, never another commune's", async () => {
    const page = await oversight.audit.list();
    expect(seqs(page)).toEqual([4, 3, 2, 1]);
    expect(page.nextBeforeSeq).toBeNull();
    expect(page.events[0]).toMatchObject({ action: "response.submitted", data: { consultationId: "c1" } });
  });

  test.each([
    ["action", { action: "consultation.created" as const }, [1]],
    ["entity type", { entityType: "Consultation" }, [2, 1]],
    ["entity id, exact", { entityId: "c1" }, [2, 1]],
    ["entity id, a prefix is not a match", { entityId: "c" }, []],
    ["actor, part of the label in another case", { actor: "CANBO1" }, [1]],
    ["actor, with diacritics in another case", { actor: "THỊ BÌNH" }, [3]],
    ["one Vietnam-time day, both ends inclusive", { from: "2026-12-02", to: "2026-12-02" }, [3, 2]],
    ["the day before, up to its last second", { from: "2026-12-01", to: "2026-12-01" }, [1]],
    ["from a day on", { from: "2026-12-03" }, [4]],
    ["up to a day", { to: "2026-12-01" }, [1]],
    ["filters combine", { entityType: "Consultation", from: "2026-12-02" }, [2]],
  ])("%s", async (_label, filter, expected) => {
    expect(seqs(await oversight.audit.list(filter))).toEqual(expected);
  });

  test("the other commune sees only its own event for the same filter", async () => {
    const theirs = callerAs(t.db, staffSession(await createStaff(t.db, other.id, "OVERSIGHT")));
    const page = await theirs.audit.list({ entityId: "c1" });
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({ seq: 1, action: "consultation.created" });
  });

  test("pages to older events with beforeSeq, within the filter", async () => {
    const first = await oversight.audit.list({ limit: 3 });
    expect(seqs(first)).toEqual([4, 3, 2]);
    expect(first.nextBeforeSeq).toBe(2);
    const second = await oversight.audit.list({ limit: 3, beforeSeq: first.nextBeforeSeq! });
    expect(seqs(second)).toEqual([1]);
    expect(second.nextBeforeSeq).toBeNull();
    expect(seqs(await oversight.audit.list({ entityType: "Consultation", limit: 1, beforeSeq: 2 }))).toEqual([1]);
  });

  test.each([
    ["an unknown action", { action: "record.burned" }],
    ["a date that is not a day", { from: "2026-13-01" }],
    ["an end before the start", { from: "2026-12-03", to: "2026-12-01" }],
    ["an entity id too long", { entityId: "x".repeat(65) }],
    ["a limit over 200", { limit: 201 }],
  ])("refuses %s", async (_label, input) => {
    await expect(oversight.audit.list(input as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  test("a neighbourhood head may not read the log or its chain", async () => {
    await expect(head.audit.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(head.audit.chainStatus()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("audit.chainStatus walks the commune's chain", () => {
  test("an intact chain is ok, counting only this commune's events", async () => {
    expect(await oversight.audit.chainStatus()).toEqual({ events: 4, ok: true, brokenAt: null });
  });

  test("an edit forced past the database names the broken event; a deleted tail is caught by the head", async () => {
    const tampered = await createCommune(t.db);
    for (let i = 1; i <= 5; i++) {
      await append(tampered.id, {
        actor: staff("Lê Văn Cường"),
        action: "theme.created",
        entityType: "OpinionTheme",
        entityId: `th${i}`,
        data: { name: `Nhóm ${i}` },
      });
    }
    const caller = callerAs(t.db, staffSession(await createStaff(t.db, tampered.id, "LEADER")));
    expect(await caller.audit.chainStatus()).toMatchObject({ events: 5, ok: true });

    await t.db.$transaction([
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`),
      t.db.auditEvent.deleteMany({ where: { communeId: tampered.id, seq: 5 } }),
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`),
    ]);
    expect(await caller.audit.chainStatus()).toEqual({
      events: 4,
      ok: false,
      brokenAt: { seq: 5, action: null, entityType: null, entityId: null },
    });

    await t.db.$transaction([
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`),
      t.db.auditEvent.updateMany({
        where: { communeId: tampered.id, seq: 3 },
        data: { data: { name: "Nhóm đã sửa" } },
      }),
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`),
    ]);
    expect(await caller.audit.chainStatus()).toEqual({
      events: 2,
      ok: false,
      brokenAt: { seq: 3, action: "theme.created", entityType: "OpinionTheme", entityId: "th3" },
    });
    // Another commune's chain is untouched.
    expect(await oversight.audit.chainStatus()).toMatchObject({ ok: true, events: 4 });
  });
});

describe("audit.list's person filter", () => {
  test("finds a staff member by username as well as by name, within the commune", async () => {
    const mine = await createCommune(t.db);
    const theirs = await createCommune(t.db);
    const clerk = await createStaff(t.db, mine.id, "OFFICIAL", { username: "nguoi-ghi-so" });
    const namesake = await createStaff(t.db, theirs.id, "OFFICIAL", { username: "nguoi-ghi-so-2" });
    const event = (communeId: string, id: string) =>
      append(communeId, {
        actor: { type: "STAFF", id, label: "Lê Văn Dũng" },
        action: "consultation.created",
        entityType: "Consultation",
        entityId: "c9",
      });
    await event(mine.id, clerk.id);
    await event(theirs.id, namesake.id);
    const reader = callerAs(t.db, staffSession(await createStaff(t.db, mine.id, "OVERSIGHT")));

    expect(seqs(await reader.audit.list({ actor: "NGUOI-GHI" }))).toEqual([1]);
    expect(seqs(await reader.audit.list({ actor: "văn dũng" }))).toEqual([1]);
    expect(seqs(await reader.audit.list({ actor: "nguoi-khac" }))).toEqual([]);
  });
});
