// The demo commune itself (the one place a test reads demo data: it is what is under test).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { STAFF_ROLES } from "@/domain/roles";
import { signInHousehold, signInStaff } from "@/server/auth/sign-in";
import { DEMO_PASSWORD, DEMO_PINS, DEMO_STAFF, isDatabaseEmpty, seedDemoCommune } from "@/server/demo/seed";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  expect(await isDatabaseEmpty(t.db)).toBe(true);
  await seedDemoCommune(t.db, new Date("2026-11-25T09:00:00Z"));
}, 120_000);
afterAll(() => t.close());

describe("demo commune Chợ Chùa", () => {
  test("has at least 10 residential groups and 2,000 households with Vietnamese names", async () => {
    const commune = await t.db.commune.findFirstOrThrow({ include: { province: true } });
    expect(commune.name).toBe("Chợ Chùa");
    expect(commune.province.name).toBe("Quảng Ngãi");
    expect(await t.db.neighbourhood.count()).toBeGreaterThanOrEqual(10);
    expect(await t.db.household.count()).toBeGreaterThanOrEqual(2000);
    const h = await t.db.household.findFirstOrThrow({ where: { code: "H00001" } });
    expect(h.headName).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
    expect(h.address).toContain("Chợ Chùa");
  });

  test("has one account per staff role, each signing in with the demo password", async () => {
    const roles = new Set((await t.db.staffUser.findMany()).map((s) => s.role));
    for (const role of STAFF_ROLES) expect(roles.has(role), role).toBe(true);
    for (const s of DEMO_STAFF) {
      const result = await signInStaff(t.db, { username: s.username, password: DEMO_PASSWORD, clientAddress: "127.0.0.1" });
      expect(result.ok, s.username).toBe(true);
    }
  });

  test("the README's household PINs sign in", async () => {
    const commune = await t.db.commune.findFirstOrThrow();
    for (const p of DEMO_PINS) {
      const result = await signInHousehold(t.db, { communeId: commune.id, code: p.code, pin: p.pin, clientAddress: "127.0.0.1" });
      expect(result.ok, p.code).toBe(true);
    }
  });

  test("has consultations that are draft, open, closed and with results published, with one effective response per household", async () => {
    const statuses = (await t.db.consultation.findMany()).map((c) => c.status).sort();
    expect(statuses).toEqual(["CLOSED", "DRAFT", "OPEN", "RESULTS_PUBLISHED"]);
    const open = await t.db.consultation.findFirstOrThrow({ where: { status: "OPEN" }, include: { _count: { select: { rollEntries: true, responses: true } } } });
    expect(open._count.rollEntries).toBeGreaterThanOrEqual(2000);
    expect(open._count.responses).toBeGreaterThan(0);
    const dupes = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (
      SELECT "consultationId", "householdId" FROM "Response" WHERE "voidedAt" IS NULL GROUP BY 1, 2 HAVING count(*) > 1) d`;
    expect(dupes[0].n).toBe(0);
  });

  test("the seed's audit chain holds", async () => {
    const { findBrokenLink } = await import("@/domain/audit-chain");
    const events = await t.db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(findBrokenLink(events)).toBeNull();
  });
});

describe("demo results", () => {
  test("every opinion of the published consultation sits in a theme with an approved response", async () => {
    const { readinessOf } = await import("@/server/themes/data");
    const published = await t.db.consultation.findFirstOrThrow({ where: { status: "RESULTS_PUBLISHED" } });
    const { themes, readiness } = await readinessOf(t.db, published.id);
    expect(readiness).toEqual({ ready: true, ungrouped: 0, unanswered: 0, unapproved: 0 });
    expect(themes.map((th) => th.responseKind).sort()).toEqual(["EXPLAINED", "FORWARDED", "TAKEN_UP"]);
    expect(themes.every((th) => th.opinions > 0)).toBe(true);
    expect(published.finalTally).toMatchObject({ final: true });
  });
});

describe("demo draft", () => {
  test("is complete and lawful, so an official can submit it straight away", async () => {
    const { planFromRecord } = await import("@/server/consultations/plan");
    const { validatePlan } = await import("@/domain/consultation-plan");
    const draft = await t.db.consultation.findFirstOrThrow({ where: { status: "DRAFT" }, include: { areas: true, questions: { include: { options: true } } } });
    expect(validatePlan(await planFromRecord(t.db, draft), { complete: true })).toEqual([]);
  });
});
