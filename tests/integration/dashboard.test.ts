import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DAY_MS } from "@/domain/consultation-plan";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAt,
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
const now = new Date("2026-12-10T09:00:00+07:00");

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("leadership dashboard", () => {
  test("status, days left, turnout and outcome per consultation, and the year's summary; scoped to the commune", async () => {
    const communeId = (await createCommune(t.db)).id;
    const hood = await createNeighbourhood(t.db, communeId);
    const households = [];
    for (let i = 0; i < 4; i++) households.push(await createHousehold(t.db, hood));
    const leader = await createStaff(t.db, communeId, "LEADER");
    const open = await createConsultation(t.db, communeId, {
      status: "OPEN",
      matter: "ZONING_PLAN",
      neighbourhoodIds: [hood.id],
      title: "Quy hoạch",
    });
    await t.db.consultation.update({
      where: { id: open.id },
      data: {
        opensAt: new Date(now.getTime() - 5 * DAY_MS),
        closesAt: new Date(now.getTime() + 2.5 * DAY_MS),
        publishedAt: new Date(now.getTime() - 5 * DAY_MS),
      },
    });
    await t.db.rollEntry.createMany({
      data: households.map((h) => ({
        consultationId: open.id,
        householdId: h.id,
        neighbourhoodId: hood.id,
        householdCode: h.code,
        headName: h.headName,
      })),
    });
    await t.db.response.create({
      data: {
        consultationId: open.id,
        householdId: households[0].id,
        neighbourhoodId: hood.id,
        effectiveHouseholdId: households[0].id,
        channel: "ONLINE",
        receiptCode: `D-${open.id}`,
      },
    });
    const closed = await createConsultation(t.db, communeId, {
      status: "CLOSED",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      title: "Đường",
    });
    await t.db.consultation.update({
      where: { id: closed.id },
      data: {
        opensAt: new Date(now.getTime() - 40 * DAY_MS),
        closesAt: new Date(now.getTime() - 10 * DAY_MS),
        finalTally: { roll: 10, responded: 8, outcome: { overall: "ADOPTED", units: [] } },
      },
    });
    await createConsultation(t.db, (await createCommune(t.db)).id, { status: "OPEN" }); // another commune's

    const dashboard = await callerAt(t.db, staffSession(leader), { now }).dashboard.get({ year: 2026 });
    const byTitle = Object.fromEntries(dashboard.rows.map((r) => [r.title, r]));
    expect(Object.keys(byTitle).sort()).toEqual(["Quy hoạch", "Đường"].sort());
    expect(byTitle["Quy hoạch"]).toMatchObject({
      status: "OPEN",
      daysLeft: 3,
      roll: 4,
      responded: 1,
      outcome: "ADVISORY",
    });
    expect(byTitle["Đường"]).toMatchObject({
      status: "CLOSED",
      daysLeft: null,
      roll: 10,
      responded: 8,
      outcome: "ADOPTED",
    });
    expect(dashboard.summary).toMatchObject({ year: 2026, held: 2, roll: 14, responded: 9 });
    expect(dashboard.summary.byMatter).toEqual(
      expect.arrayContaining([
        { matter: "ZONING_PLAN", held: 1, adopted: 0, notAdopted: 0, perUnit: 0, advisory: 1 },
        { matter: "PUBLIC_WORKS_CONTRIBUTION", held: 1, adopted: 1, notAdopted: 0, perUnit: 0, advisory: 0 },
      ]),
    );
    expect((await callerAt(t.db, staffSession(leader), { now }).dashboard.get({ year: 2025 })).rows).toEqual([]);
  });

  test("a matter decided per neighbourhood (Law Art 21 k1) counts its adopting neighbourhoods, never one verdict for the area", async () => {
    const communeId = (await createCommune(t.db)).id;
    const leader = await createStaff(t.db, communeId, "LEADER");
    const closed = await createConsultation(t.db, communeId, {
      status: "CLOSED",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      title: "Mương",
    });
    const rule = {
      numerator: 2,
      denominator: 3,
      inclusive: true,
      aggregation: "PER_NEIGHBOURHOOD",
      unitShare: null,
      needsRecognition: false,
    };
    // Two of three neighbourhoods adopted; the stored overall verdict says "not adopted".
    const outcome = { overall: "NOT_ADOPTED", adoptedUnits: 2, totalUnits: 3, units: [] };
    await t.db.consultation.update({
      where: { id: closed.id },
      data: {
        opensAt: new Date(now.getTime() - 40 * DAY_MS),
        closesAt: new Date(now.getTime() - 10 * DAY_MS),
        finalTally: { roll: 30, responded: 25, rule, outcome },
      },
    });
    const dashboard = await callerAt(t.db, staffSession(leader), { now }).dashboard.get({ year: 2026 });
    expect(dashboard.rows[0]).toMatchObject({
      title: "Mương",
      outcome: null,
      units: { adopted: 2, total: 3, awaitingRecognition: false },
    });
    expect(dashboard.summary.byMatter).toEqual([
      { matter: "PUBLIC_WORKS_CONTRIBUTION", held: 1, adopted: 0, notAdopted: 0, perUnit: 1, advisory: 0 },
    ]);
  });
});
