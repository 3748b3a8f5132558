// The demo province itself (the one place a test reads demo data: it is what is under test).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { COMMUNE_CODE, PROVINCE_CODE } from "@/domain/communes";
import { STAFF_ROLES } from "@/domain/roles";
import { signInHousehold, signInStaff } from "@/server/auth/sign-in";
import { verifyAuditChain } from "@/server/audit/verify";
import {
  DEMO_CHO_CHUA,
  DEMO_COMMUNES,
  DEMO_KHANH_CUONG,
  DEMO_NGUYEN_NGHIEM,
  DEMO_PROVINCE,
  DEMO_PROVINCE_STAFF,
  type DemoCommune,
} from "@/server/demo/province";
import { isDatabaseEmpty, seedDemoProvince } from "@/server/demo/seed";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
const ids = new Map<string, string>(); // slug → commune id
const idOf = (c: DemoCommune) => ids.get(c.slug)!;

beforeAll(async () => {
  t = await createTestDb();
  expect(await isDatabaseEmpty(t.db)).toBe(true);
  await seedDemoProvince(t.db, new Date("2026-11-25T09:00:00Z"));
  for (const c of await t.db.commune.findMany()) ids.set(c.slug, c.id);
}, 120_000);
afterAll(() => t.close());

describe("demo province Quảng Ngãi", () => {
  test("is one province holding Chợ Chùa and two smaller communes, with official-style codes and unique slugs", async () => {
    const provinces = await t.db.province.findMany({ include: { communes: { orderBy: { createdAt: "asc" } } } });
    expect(provinces).toHaveLength(1);
    const [province] = provinces;
    expect(province).toMatchObject({ code: DEMO_PROVINCE.code, name: "Quảng Ngãi" });
    expect(province.code).toMatch(PROVINCE_CODE);
    expect(province.communes.map((c) => ({ code: c.code, slug: c.slug, name: c.name, kind: c.kind }))).toEqual(
      DEMO_COMMUNES.map((c) => ({ code: c.code, slug: c.slug, name: c.name, kind: c.kind })),
    );
    expect(province.communes[0].name).toBe("Chợ Chùa");
    for (const c of province.communes) {
      expect(c.code, c.name).toMatch(COMMUNE_CODE);
      expect(["COMMUNE", "WARD", "SPECIAL_ZONE"], c.name).toContain(c.kind); // no thị trấn since 1 July 2025
    }
    expect(new Set(province.communes.map((c) => c.code)).size).toBe(3);
    expect(new Set(province.communes.map((c) => c.slug)).size).toBe(3);
  });

  test("Chợ Chùa keeps its 12 residential groups and 2,000+ households with Vietnamese names", async () => {
    const communeId = idOf(DEMO_CHO_CHUA);
    expect(await t.db.neighbourhood.count({ where: { communeId, kind: "RESIDENTIAL_GROUP" } })).toBe(12);
    expect(await t.db.household.count({ where: { communeId } })).toBeGreaterThanOrEqual(2000);
    const h = await t.db.household.findUniqueOrThrow({ where: { communeId_code: { communeId, code: "H00001" } } });
    expect(h.headName).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
    expect(h.address).toContain("Chợ Chùa");
  });

  test("some households have an e-mail (at example.com only) and the answers about messages are a mix, the same every run", async () => {
    const communeId = idOf(DEMO_CHO_CHUA);
    const byConsent = await t.db.household.groupBy({ by: ["contactConsent"], where: { communeId }, _count: true });
    expect(Object.fromEntries(byConsent.map((g) => [g.contactConsent, g._count > 0]))).toEqual({
      UNKNOWN: true,
      GIVEN: true,
      OPTED_OUT: true,
    });
    const emails = await t.db.household.findMany({ where: { email: { not: null } }, select: { email: true } });
    expect(emails.length).toBeGreaterThan(100);
    for (const { email } of emails) expect(email).toMatch(/^[a-z]+\.h\d{5}@example\.com$/);
    // From the household's place in the list: H00001 is the first, with an e-mail and a "yes".
    const first = await t.db.household.findUniqueOrThrow({ where: { communeId_code: { communeId, code: "H00001" } } });
    expect(first).toMatchObject({ contactConsent: "GIVEN", email: expect.stringMatching(/\.h00001@example\.com$/) });
  });

  test("the smaller communes have villages and a few hundred households each, addressed in their own commune", async () => {
    for (const c of [DEMO_NGUYEN_NGHIEM, DEMO_KHANH_CUONG]) {
      const communeId = idOf(c);
      expect(await t.db.neighbourhood.count({ where: { communeId, kind: "VILLAGE" } }), c.name).toBe(
        c.neighbourhoods.names.length,
      );
      const households = await t.db.household.count({ where: { communeId } });
      expect(households, c.name).toBeGreaterThanOrEqual(200);
      expect(households, c.name).toBeLessThan(1000);
      const h = await t.db.household.findUniqueOrThrow({ where: { communeId_code: { communeId, code: "H00001" } } });
      expect(h.address, c.name).toContain(`xã ${c.name}`);
    }
  });

  test("each commune's roll is its own: households, neighbourhoods, rolls and responses never cross communes", async () => {
    const crossing = await t.db.$queryRaw<{ n: number }[]>`SELECT
      (SELECT count(*) FROM "Household" h JOIN "Neighbourhood" n ON n.id = h."neighbourhoodId" WHERE n."communeId" <> h."communeId")
      + (SELECT count(*) FROM "RollEntry" r JOIN "Consultation" c ON c.id = r."consultationId" JOIN "Household" h ON h.id = r."householdId"
          JOIN "Neighbourhood" n ON n.id = r."neighbourhoodId" WHERE h."communeId" <> c."communeId" OR n."communeId" <> c."communeId")
      + (SELECT count(*) FROM "Response" r JOIN "Consultation" c ON c.id = r."consultationId" JOIN "Household" h ON h.id = r."householdId"
          WHERE h."communeId" <> c."communeId")
      + (SELECT count(*) FROM "StaffUser" s JOIN "Neighbourhood" n ON n.id = s."neighbourhoodId" WHERE n."communeId" <> s."communeId")
      AS n`;
    expect(Number(crossing[0].n)).toBe(0);
    for (const c of DEMO_COMMUNES) {
      const communeId = idOf(c);
      const open = await t.db.consultation.findFirstOrThrow({
        where: { communeId, status: "OPEN" },
        include: { _count: { select: { rollEntries: true, responses: true } } },
      });
      expect(open._count.rollEntries, c.name).toBe(await t.db.household.count({ where: { communeId, active: true } }));
      expect(open._count.responses, c.name).toBeGreaterThan(0);
    }
  });

  test("identical household codes in two communes are distinct households, each with its own PIN", async () => {
    const h00001 = await t.db.household.findMany({ where: { code: "H00001" } });
    expect(new Set(h00001.map((h) => h.communeId))).toEqual(new Set(DEMO_COMMUNES.map(idOf)));
    expect(new Set(h00001.map((h) => h.id)).size).toBe(DEMO_COMMUNES.length);
    const shared = DEMO_NGUYEN_NGHIEM.pins.filter((p) =>
      DEMO_CHO_CHUA.pins.some((q) => q.code === p.code && q.pin !== p.pin),
    );
    expect(shared.map((p) => p.code)).toEqual(expect.arrayContaining(["H00001", "H00002"]));

    for (const c of DEMO_COMMUNES) {
      for (const p of c.pins) {
        const result = await signInHousehold(t.db, {
          communeId: idOf(c),
          code: p.code,
          pin: p.pin,
          clientAddress: "127.0.0.1",
        });
        expect(result.ok, `${c.slug} ${p.code}`).toBe(true);
        if (result.ok) expect(result.actor).toMatchObject({ type: "household", communeId: idOf(c) });
      }
    }
    // The same code with the other commune's PIN is refused: the commune is part of the account.
    const other = DEMO_NGUYEN_NGHIEM.pins.find((p) => p.code === "H00001")!;
    const wrong = await signInHousehold(t.db, {
      communeId: idOf(DEMO_CHO_CHUA),
      code: "H00001",
      pin: other.pin,
      clientAddress: "127.0.0.2",
    });
    expect(wrong.ok).toBe(false);
  });

  test("neighbourhood names and codes repeat across communes as separate neighbourhoods", async () => {
    const anHoa = await t.db.neighbourhood.findMany({
      where: { name: "Thôn An Hòa" },
      include: { heads: true, _count: { select: { households: true } } },
    });
    expect(new Set(anHoa.map((n) => n.communeId))).toEqual(new Set([idOf(DEMO_NGUYEN_NGHIEM), idOf(DEMO_KHANH_CUONG)]));
    for (const n of anHoa) {
      expect(n._count.households).toBeGreaterThan(0);
      expect(n.heads.every((s) => s.communeId === n.communeId)).toBe(true);
    }
    const thon01 = await t.db.neighbourhood.findMany({ where: { code: "THON01" } });
    expect(thon01).toHaveLength(2);
  });

  test("staff usernames are unique in the install, and every account signs in into its own commune", async () => {
    const listed = [
      ...DEMO_COMMUNES.flatMap((c) => c.staff.map((s) => s.username)),
      ...DEMO_PROVINCE_STAFF.map((s) => s.username),
    ];
    expect(new Set(listed).size).toBe(listed.length);
    const stored = await t.db.staffUser.findMany();
    expect(stored.map((s) => s.username).sort()).toEqual([...listed].sort());

    for (const c of DEMO_COMMUNES) {
      const roles = new Set(stored.filter((s) => s.communeId === idOf(c)).map((s) => s.role));
      for (const role of ["ADMIN", "OFFICIAL", "LEADER"] as const)
        expect(roles.has(role), `${c.slug} ${role}`).toBe(true);
      for (const s of c.staff) {
        const result = await signInStaff(t.db, {
          username: s.username,
          password: c.password,
          clientAddress: "127.0.0.1",
        });
        expect(result.ok, s.username).toBe(true);
        if (result.ok) expect(result.actor).toMatchObject({ type: "staff", communeId: idOf(c) });
      }
    }
    const provinceId = (await t.db.province.findUniqueOrThrow({ where: { code: DEMO_PROVINCE.code } })).id;
    for (const s of DEMO_PROVINCE_STAFF) {
      const result = await signInStaff(t.db, {
        username: s.username,
        password: DEMO_PROVINCE.password,
        clientAddress: "127.0.0.1",
      });
      expect(result.ok, s.username).toBe(true);
      if (result.ok) expect(result.actor).toMatchObject({ type: "staff", provinceId });
    }
    const choChua = new Set(stored.filter((s) => s.communeId === idOf(DEMO_CHO_CHUA)).map((s) => s.role));
    for (const role of STAFF_ROLES) expect(choChua.has(role), role).toBe(true);
  });

  test("Chợ Chùa's accounts and PINs are the ones README has always listed", () => {
    expect(DEMO_CHO_CHUA.password).toBe("ChoChua@2026");
    expect(DEMO_CHO_CHUA.staff.map((s) => s.username)).toEqual([
      "quantri",
      "congchuc",
      "chutich",
      "phochutich",
      "giamsat",
      "totruong",
    ]);
    expect(DEMO_CHO_CHUA.pins).toEqual([
      { code: "H00001", pin: "246810" },
      { code: "H00002", pin: "135791" },
      { code: "H00003", pin: "864213" },
      { code: "H00200", pin: "572904" },
      { code: "H01000", pin: "318265" },
    ]);
  });

  test("Chợ Chùa has consultations that are draft, open, closed and with results published; each commune has at least one", async () => {
    const statuses = async (c: DemoCommune) =>
      (await t.db.consultation.findMany({ where: { communeId: idOf(c) } })).map((x) => x.status).sort();
    expect(await statuses(DEMO_CHO_CHUA)).toEqual(["CLOSED", "DRAFT", "OPEN", "RESULTS_PUBLISHED"]);
    for (const c of [DEMO_NGUYEN_NGHIEM, DEMO_KHANH_CUONG]) expect(await statuses(c), c.name).toContain("OPEN");
    const dupes = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (
      SELECT "consultationId", "householdId" FROM "Response" WHERE "voidedAt" IS NULL GROUP BY 1, 2 HAVING count(*) > 1) d`;
    expect(dupes[0].n).toBe(0);
  });

  test("each commune's audit chain verifies on its own", async () => {
    for (const c of DEMO_COMMUNES) {
      const report = await verifyAuditChain(t.db, idOf(c));
      expect(report.broken, c.name).toBeNull();
      expect(report.events, c.name).toBe(await t.db.auditEvent.count({ where: { communeId: idOf(c) } }));
      expect(report.events, c.name).toBeGreaterThanOrEqual(3); // seeded, and a consultation created and opened
    }
  });
});

describe("demo results", () => {
  test("every opinion of Chợ Chùa's published consultation sits in a theme with an approved response", async () => {
    const { readinessOf } = await import("@/server/themes/readiness");
    const published = await t.db.consultation.findFirstOrThrow({
      where: { communeId: idOf(DEMO_CHO_CHUA), status: "RESULTS_PUBLISHED" },
    });
    const { themes, readiness } = await readinessOf(t.db, published.id);
    expect(readiness).toEqual({ ready: true, ungrouped: 0, unanswered: 0, unapproved: 0 });
    expect(themes.map((th) => th.responseKind).sort()).toEqual(["EXPLAINED", "FORWARDED", "TAKEN_UP"]);
    expect(themes.every((th) => th.opinions > 0)).toBe(true);
    expect(published.finalTally).toMatchObject({ final: true });
  });
});

describe("demo drafts", () => {
  test("are complete and lawful, so an official can submit them straight away", async () => {
    const { planFromRecord } = await import("@/server/consultations/plan");
    const { validatePlan } = await import("@/domain/consultation-plan");
    const drafts = await t.db.consultation.findMany({
      where: { status: "DRAFT" },
      include: { areas: true, questions: { include: { options: true } } },
    });
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const draft of drafts)
      expect(validatePlan(await planFromRecord(t.db, draft), { complete: true }), draft.title).toEqual([]);
  });
});
