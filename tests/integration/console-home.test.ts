// The console's home: a neighbourhood head's figures are their own thôn/tổ's (src/domain/staff-scope.ts),
// named as such; every other role, and a province reader who chose the commune, reads the commune's.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
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
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function commune() {
  const c = await createCommune(t.db);
  const east = await createNeighbourhood(t.db, c.id, "Thôn Đông");
  const west = await createNeighbourhood(t.db, c.id, "Tổ dân phố Tây");
  for (let i = 0; i < 3; i++) await createHousehold(t.db, east);
  await createHousehold(t.db, east, { active: false });
  for (let i = 0; i < 5; i++) await createHousehold(t.db, west);
  await createConsultation(t.db, c.id, { status: "OPEN", neighbourhoodIds: [east.id] });
  await createConsultation(t.db, c.id, { status: "OPEN", neighbourhoodIds: [east.id, west.id] });
  await createConsultation(t.db, c.id, { status: "OPEN", neighbourhoodIds: [west.id] });
  await createConsultation(t.db, c.id, { status: "DRAFT", neighbourhoodIds: [west.id] });
  // Another commune's figures never count.
  const other = await createCommune(t.db);
  const theirs = await createNeighbourhood(t.db, other.id);
  await createHousehold(t.db, theirs);
  await createConsultation(t.db, other.id, { status: "OPEN", neighbourhoodIds: [theirs.id] });
  return { c, east, west };
}

describe("console home", () => {
  test("a neighbourhood head sees their own neighbourhood's households and consultations, named", async () => {
    const s = await commune();
    const head = await createStaff(t.db, s.c.id, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: s.east.id });
    expect(await callerAs(t.db, staffSession(head)).dashboard.home()).toEqual({
      neighbourhood: { id: s.east.id, name: "Thôn Đông", kind: "VILLAGE" },
      neighbourhoods: 1,
      households: 3,
      byStatus: { OPEN: 2 },
    });
    const westHead = await createStaff(t.db, s.c.id, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: s.west.id });
    expect(await callerAs(t.db, staffSession(westHead)).dashboard.home()).toMatchObject({
      neighbourhood: { name: "Tổ dân phố Tây" },
      households: 5,
      byStatus: { OPEN: 2, DRAFT: 1 },
    });
  });

  test.each(["OFFICIAL", "LEADER", "OVERSIGHT", "ADMIN"] as const)("%s still sees the commune's", async (role) => {
    const s = await commune();
    const staff = await createStaff(t.db, s.c.id, role);
    expect(await callerAs(t.db, staffSession(staff)).dashboard.home()).toEqual({
      neighbourhood: null,
      neighbourhoods: 2,
      households: 8,
      byStatus: { OPEN: 3, DRAFT: 1 },
    });
  });

  test("a province reader who chose the commune sees the commune's", async () => {
    const s = await commune();
    const reader = await createProvinceStaff(t.db, s.c.provinceId, "PROVINCE_LEADER");
    expect(await callerViewing(t.db, staffSession(reader), s.c.id).dashboard.home()).toMatchObject({
      neighbourhood: null,
      households: 8,
    });
  });

  test("a head with no neighbourhood assigned sees nothing rather than the commune", async () => {
    const s = await commune();
    const head = await createStaff(t.db, s.c.id, "NEIGHBOURHOOD_HEAD");
    expect(await callerAs(t.db, staffSession(head)).dashboard.home()).toEqual({
      neighbourhood: { id: null, name: null, kind: null },
      neighbourhoods: 0,
      households: 0,
      byStatus: {},
    });
  });

  test("a head whose neighbourhood id points outside the commune sees nothing of it", async () => {
    const s = await commune();
    const stranger = await createNeighbourhood(t.db, (await createCommune(t.db)).id);
    await createHousehold(t.db, stranger);
    const head = await createStaff(t.db, s.c.id, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: stranger.id });
    expect(await callerAs(t.db, staffSession(head)).dashboard.home()).toMatchObject({
      neighbourhood: { id: null },
      households: 0,
    });
  });
});
