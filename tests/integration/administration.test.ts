// Administration (docs/LAW.md#r3, #r22): staff accounts managed by administrators only (every
// role tried), own password changes, neighbourhoods renamed and merged with past rolls intact,
// households edited and deactivated — never deleted — and all of it audited.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { STAFF_ROLES } from "@/domain/roles";
import { signInStaff } from "@/server/auth/sign-in";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createStaff,
  householdSession,
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
  const west = await createNeighbourhood(t.db, c.id, "Thôn Tây");
  const admin = await createStaff(t.db, c.id, "ADMIN", { username: `qt${c.id.slice(-8)}` });
  return { c, east, west, admin, as: callerAs(t.db, staffSession(admin)) };
}

const newAccount = (overrides: Record<string, unknown> = {}) => ({
  username: `cb${Math.random().toString(36).slice(2, 10)}`,
  password: "Mat-khau-2026",
  fullName: "Lê Văn Cán Bộ",
  title: "Công chức Văn phòng - Thống kê",
  role: "OFFICIAL" as const,
  neighbourhoodId: null,
  ...overrides,
});

describe("staff accounts: administrators only", () => {
  test.each(STAFF_ROLES.filter((r) => r !== "ADMIN"))(
    "%s may not list, create, change, deactivate or reset",
    async (role) => {
      const s = await commune();
      const staff = await createStaff(t.db, s.c.id, role, {
        neighbourhoodId: role === "NEIGHBOURHOOD_HEAD" ? s.east.id : undefined,
      });
      const as = callerAs(t.db, staffSession(staff));
      await expect(as.staff.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(as.staff.create(newAccount())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        as.staff.update({ id: s.admin.id, fullName: "x", title: "", role: "OFFICIAL", neighbourhoodId: null }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(as.staff.setActive({ id: s.admin.id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(as.staff.resetPassword({ id: s.admin.id, password: "Mat-khau-moi-2026" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    },
  );

  test("a household and an anonymous visitor are refused too", async () => {
    const s = await commune();
    const h = await createHousehold(t.db, s.east);
    await expect(callerAs(t.db, householdSession(h)).staff.create(newAccount())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerAs(t.db, null).staff.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  test("create, change role to head of a neighbourhood, reset password, deactivate: each audited, sign-in follows", async () => {
    const s = await commune();
    const input = newAccount();
    const { id } = await s.as.staff.create(input);
    expect(
      await signInStaff(t.db, { username: input.username, password: input.password, clientAddress: "127.0.0.1" }),
    ).toMatchObject({ ok: true });
    await s.as.staff.update({
      id,
      fullName: "Lê Văn Tổ Trưởng",
      title: "Tổ trưởng",
      role: "NEIGHBOURHOOD_HEAD",
      neighbourhoodId: s.east.id,
    });
    expect(await t.db.staffUser.findUniqueOrThrow({ where: { id } })).toMatchObject({
      role: "NEIGHBOURHOOD_HEAD",
      neighbourhoodId: s.east.id,
    });
    await s.as.staff.resetPassword({ id, password: "Mat-khau-moi-2026" });
    expect(
      await signInStaff(t.db, { username: input.username, password: "Mat-khau-moi-2026", clientAddress: "127.0.0.1" }),
    ).toMatchObject({ ok: true });
    await s.as.staff.setActive({ id, active: false });
    expect(
      await signInStaff(t.db, { username: input.username, password: "Mat-khau-moi-2026", clientAddress: "127.0.0.1" }),
    ).toMatchObject({ ok: false });
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["staff.created", "staff.updated", "staff.passwordReset", "staff.updated"]);
    // The password itself never reaches the audit log.
    expect(JSON.stringify(await t.db.auditEvent.findMany({ where: { entityId: id } }))).not.toContain("Mat-khau");
  });

  test.each([
    ["a short password", { password: "abc123" }, "password", "staff.errors.passwordShort"],
    ["a password without digits", { password: "chi-co-chu-thoi" }, "password", "staff.errors.passwordMix"],
    ["a username with accents", { username: "cán-bộ" }, "username", "staff.errors.badUsername"],
    [
      "a head without a neighbourhood",
      { role: "NEIGHBOURHOOD_HEAD" },
      "neighbourhoodId",
      "staff.errors.headNeedsNeighbourhood",
    ],
    ["no name", { fullName: "  " }, "fullName", "errors.fieldRequired"],
  ])("bad input is refused naming the field, nothing written: %s", async (_label, overrides, field, key) => {
    const s = await commune();
    const before = await t.db.staffUser.count();
    const err = await s.as.staff.create(newAccount(overrides)).catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause.issues.find((i: { field: string }) => i.field === field)?.key).toBe(key);
    expect(await t.db.staffUser.count()).toBe(before);
  });

  test("a taken username is a field error, not a server error", async () => {
    const s = await commune();
    const input = newAccount();
    await s.as.staff.create(input);
    const err = await s.as.staff.create({ ...input, fullName: "Người khác" }).catch((e) => e);
    expect(err.cause.issues).toEqual([
      { field: "username", key: "staff.errors.usernameTaken", params: { username: input.username } },
    ]);
  });

  test("the last active administrator can be neither deactivated nor demoted; nobody deactivates themselves", async () => {
    const s = await commune();
    const err = await s.as.staff.setActive({ id: s.admin.id, active: false }).catch((e) => e);
    expect(err.cause.key).toBe("cannotDeactivateSelf");
    const demote = await s.as.staff
      .update({ id: s.admin.id, fullName: "Quản trị", title: "", role: "OFFICIAL", neighbourhoodId: null })
      .catch((e) => e);
    expect(demote.cause.key).toBe("lastAdmin");
    const second = await createStaff(t.db, s.c.id, "ADMIN");
    await s.as.staff.update({
      id: second.id,
      fullName: "Quản trị hai",
      title: "",
      role: "OFFICIAL",
      neighbourhoodId: null,
    });
  });

  test("another commune's account is 'not found'", async () => {
    const s = await commune();
    const other = await commune();
    await expect(s.as.staff.resetPassword({ id: other.admin.id, password: "Mat-khau-moi-2026" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    expect((await s.as.staff.list()).map((x) => x.id)).not.toContain(other.admin.id);
  });

  test("every staff member changes their own password, knowing the current one", async () => {
    const s = await commune();
    const leader = await createStaff(t.db, s.c.id, "LEADER", { password: "mat-khau-dung-1" });
    const as = callerAs(t.db, staffSession(leader));
    const wrong = await as.staff.changeOwnPassword({ current: "sai", next: "Mat-khau-moi-2026" }).catch((e) => e);
    expect(wrong.cause.issues).toEqual([{ field: "current", key: "staff.errors.wrongPassword" }]);
    await as.staff.changeOwnPassword({ current: "mat-khau-dung-1", next: "Mat-khau-moi-2026" });
    expect(
      await signInStaff(t.db, { username: leader.username, password: "Mat-khau-moi-2026", clientAddress: "127.0.0.1" }),
    ).toMatchObject({ ok: true });
    expect(await t.db.auditEvent.count({ where: { entityId: leader.id, action: "staff.passwordChanged" } })).toBe(1);
  });
});

describe("neighbourhoods", () => {
  test("create, rename with an effective date (history kept), and merge: old rolls and area names stay as they were", async () => {
    const s = await commune();
    const made = await s.as.neighbourhood.create({
      code: "tdp7",
      name: "Tổ dân phố 7",
      kind: "RESIDENTIAL_GROUP",
      validFrom: new Date("2025-07-01"),
    });
    const dup = await s.as.neighbourhood
      .create({ code: "TDP7", name: "Trùng", kind: "RESIDENTIAL_GROUP", validFrom: new Date() })
      .catch((e) => e);
    expect(dup.cause.issues).toEqual([
      { field: "code", key: "neighbourhoods.errors.codeTaken", params: { code: "TDP7" } },
    ]);

    const h1 = await createHousehold(t.db, s.east, { code: "E1" });
    const h2 = await createHousehold(t.db, s.east, { code: "E2" });
    const head = await createStaff(t.db, s.c.id, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: s.east.id });
    const past = await t.db.consultation.create({
      data: {
        communeId: s.c.id,
        title: "Đã xong",
        summary: "",
        matter: "PROJECT_INVESTMENT_POLICY",
        mode: "OPINION",
        status: "CLOSED",
        channels: ["ONLINE"],
        areas: { create: [{ neighbourhoodId: s.east.id, neighbourhoodName: "Thôn Đông" }] },
      },
    });
    await t.db.rollEntry.createMany({
      data: [h1, h2].map((h) => ({
        consultationId: past.id,
        householdId: h.id,
        neighbourhoodId: s.east.id,
        householdCode: h.code,
        headName: h.headName,
      })),
    });

    await s.as.neighbourhood.rename({
      id: s.east.id,
      name: "Thôn Đông Hòa",
      effectiveFrom: new Date("2026-01-01T00:00:00+07:00"),
    });
    const names = await t.db.neighbourhoodName.findMany({
      where: { neighbourhoodId: s.east.id },
      orderBy: { validFrom: "asc" },
    });
    expect(names.at(-1)).toMatchObject({ name: "Thôn Đông Hòa", validTo: null });

    const merged = await s.as.neighbourhood.merge({
      sourceId: s.east.id,
      targetId: made.id,
      effectiveFrom: new Date("2026-02-01T00:00:00+07:00"),
    });
    expect(merged.households).toBe(2);
    expect(await t.db.neighbourhood.findUniqueOrThrow({ where: { id: s.east.id } })).toMatchObject({
      active: false,
      mergedIntoId: made.id,
    });
    expect(
      (await t.db.household.findMany({ where: { id: { in: [h1.id, h2.id] } } })).map((h) => h.neighbourhoodId),
    ).toEqual([made.id, made.id]);
    expect((await t.db.staffUser.findUniqueOrThrow({ where: { id: head.id } })).neighbourhoodId).toBe(made.id);
    // The past consultation keeps its roll and its area's name.
    expect(
      (await t.db.rollEntry.findMany({ where: { consultationId: past.id } })).map((r) => r.neighbourhoodId),
    ).toEqual([s.east.id, s.east.id]);
    expect(await t.db.consultationArea.findFirstOrThrow({ where: { consultationId: past.id } })).toMatchObject({
      neighbourhoodName: "Thôn Đông",
    });
    expect(
      await t.db.auditEvent.count({
        where: { entityId: s.east.id, action: { in: ["neighbourhood.renamed", "neighbourhood.merged"] } },
      }),
    ).toBe(2);
  });

  test("no merge while a consultation that is not closed covers the neighbourhood", async () => {
    const s = await commune();
    await t.db.consultation.create({
      data: {
        communeId: s.c.id,
        title: "Đang lấy ý kiến",
        summary: "",
        matter: "PROJECT_INVESTMENT_POLICY",
        mode: "OPINION",
        status: "OPEN",
        channels: ["ONLINE"],
        areas: { create: [{ neighbourhoodId: s.west.id, neighbourhoodName: "Thôn Tây" }] },
      },
    });
    const err = await s.as.neighbourhood
      .merge({ sourceId: s.west.id, targetId: s.east.id, effectiveFrom: new Date() })
      .catch((e) => e);
    expect(err.cause).toMatchObject({ key: "neighbourhoodInLiveConsultation", params: { title: "Đang lấy ý kiến" } });
    expect((await t.db.neighbourhood.findUniqueOrThrow({ where: { id: s.west.id } })).active).toBe(true);
  });

  test("only administrators change neighbourhoods", async () => {
    const s = await commune();
    const official = await createStaff(t.db, s.c.id, "OFFICIAL");
    await expect(
      callerAs(t.db, staffSession(official)).neighbourhood.rename({
        id: s.east.id,
        name: "X",
        effectiveFrom: new Date(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("households", () => {
  test("search by code, name or address; a head sees only their neighbourhood; edit and deactivate audited, never deleted", async () => {
    const s = await commune();
    await createHousehold(t.db, s.east, { code: "E100", headName: "Nguyễn Thị Hoa" });
    const w = await createHousehold(t.db, s.west, { code: "W100", headName: "Nguyễn Văn Hùng" });
    const found = await s.as.household.search({ q: "nguyễn" });
    expect(found.items.map((h) => h.code)).toEqual(["E100", "W100"]);
    expect((await s.as.household.search({ q: "w1" })).items.map((h) => h.code)).toEqual(["W100"]);
    const head = await createStaff(t.db, s.c.id, "NEIGHBOURHOOD_HEAD", { neighbourhoodId: s.east.id });
    const asHead = callerAs(t.db, staffSession(head));
    expect(
      (await asHead.household.search({ q: "nguyễn", neighbourhoodId: s.west.id })).items.map((h) => h.code),
    ).toEqual(["E100"]);
    await expect(asHead.household.get({ id: w.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      asHead.household.update({
        id: w.id,
        headName: "X",
        address: "",
        members: 1,
        phone: "",
        neighbourhoodId: s.west.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    await s.as.household.update({
      id: w.id,
      headName: "Nguyễn Văn Hùng",
      address: "Số 9",
      members: 5,
      phone: "+84 912 345 678",
      neighbourhoodId: s.east.id,
    });
    expect(await t.db.household.findUniqueOrThrow({ where: { id: w.id } })).toMatchObject({
      address: "Số 9",
      members: 5,
      phone: "0912345678",
      neighbourhoodId: s.east.id,
    });
    const bad = await s.as.household
      .update({ id: w.id, headName: " ", address: "", members: 1, phone: "123", neighbourhoodId: s.east.id })
      .catch((e) => e);
    expect(bad.cause.issues.map((i: { field: string }) => i.field)).toEqual(["headName", "phone"]);
    const noReason = await s.as.household.setActive({ id: w.id, active: false, reason: " " }).catch((e) => e);
    expect(noReason.code).toBe("BAD_REQUEST");
    await s.as.household.setActive({ id: w.id, active: false, reason: "Chuyển đi nơi khác" });
    expect(await t.db.household.findUniqueOrThrow({ where: { id: w.id } })).toMatchObject({ active: false });
    expect(
      (await t.db.auditEvent.findMany({ where: { entityId: w.id }, orderBy: { seq: "asc" } })).map((e) => e.action),
    ).toEqual(["household.updated", "household.deactivated"]);
  });
});
