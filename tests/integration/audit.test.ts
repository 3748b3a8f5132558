import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findBrokenLink } from "@/domain/audit-chain";
import { appendAudit } from "@/server/audit/append";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune } from "../helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const actor = { type: "SYSTEM" as const, label: "Kiểm thử" };
const staffData = { username: "s", role: "OFFICIAL" as const, neighbourhoodId: null };

describe("audit events are hash-chained per commune", () => {
  test("concurrent appends form one unbroken chain, numbered without gaps", async () => {
    const commune = await createCommune(t.db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.$transaction((tx) =>
          appendAudit(tx, {
            communeId: commune.id,
            actor,
            action: "consultation.created",
            entityType: "Consultation",
            entityId: `k${i}`,
            data: { title: `k${i}`, matter: "OTHER_OPINION" },
          }),
        ),
      ),
    );
    const events = await t.db.auditEvent.findMany({ where: { communeId: commune.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(findBrokenLink(events)).toBeNull();
  });

  test("a rolled-back transaction leaves no event and no gap", async () => {
    const commune = await createCommune(t.db);
    const append = (tx: Parameters<Parameters<typeof t.db.$transaction>[0]>[0]) =>
      appendAudit(tx, {
        communeId: commune.id,
        actor,
        action: "staff.created",
        entityType: "StaffUser",
        entityId: "s",
        data: staffData,
      });
    await t.db.$transaction(append);
    await expect(
      t.db.$transaction(async (tx) => {
        await append(tx);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await t.db.$transaction(append);
    const events = await t.db.auditEvent.findMany({ where: { communeId: commune.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    expect(findBrokenLink(events)).toBeNull();
  });

  test("an audit event cannot be edited or deleted; an edit forced past the database is detected", async () => {
    const commune = await createCommune(t.db);
    for (let i = 0; i < 3; i++) {
      await t.db.$transaction((tx) =>
        appendAudit(tx, {
          communeId: commune.id,
          actor,
          action: "staff.created",
          entityType: "StaffUser",
          entityId: `s${i}`,
          data: staffData,
        }),
      );
    }
    // The database refuses the edit outright…
    await expect(
      t.db.auditEvent.updateMany({ where: { communeId: commune.id, seq: 2 }, data: { actorLabel: "Kẻ sửa" } }),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.auditEvent.deleteMany({ where: { communeId: commune.id, seq: 3 } })).rejects.toThrow(
      /append-only/,
    );
    // …so only someone who can switch the trigger off (a database owner) can make it, and the chain shows it.
    await t.db.$transaction([
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`),
      t.db.auditEvent.updateMany({ where: { communeId: commune.id, seq: 2 }, data: { actorLabel: "Kẻ sửa" } }),
      t.db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`),
    ]);
    const events = await t.db.auditEvent.findMany({ where: { communeId: commune.id }, orderBy: { seq: "asc" } });
    expect(findBrokenLink(events)).toBe(1);
  });
});
