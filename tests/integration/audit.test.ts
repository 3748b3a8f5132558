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

describe("audit events are hash-chained per commune", () => {
  test("concurrent appends form one unbroken chain, numbered without gaps", async () => {
    const commune = await createCommune(t.db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.$transaction((tx) =>
          appendAudit(tx, { communeId: commune.id, actor, action: "consultation.created", entityType: "Consultation", entityId: `k${i}`, data: { i } }),
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
      appendAudit(tx, { communeId: commune.id, actor, action: "staff.created", entityType: "StaffUser", entityId: "s" });
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

  test("an edit made directly in the database is detected", async () => {
    const commune = await createCommune(t.db);
    for (let i = 0; i < 3; i++) {
      await t.db.$transaction((tx) => appendAudit(tx, { communeId: commune.id, actor, action: "staff.created", entityType: "StaffUser", entityId: `s${i}` }));
    }
    await t.db.auditEvent.updateMany({ where: { communeId: commune.id, seq: 2 }, data: { actorLabel: "Kẻ sửa" } });
    const events = await t.db.auditEvent.findMany({ where: { communeId: commune.id }, orderBy: { seq: "asc" } });
    expect(findBrokenLink(events)).toBe(1);
  });
});
