// One household added to or corrected in the commune's register by an administrator, without a
// register import: nobody else is touched, bad input names its field and writes nothing, outsiders get
// "not found", and a roll frozen at opening takes a household in only by an amendment with a reason
// (DESIGN: the roll is the denominator; LDCCS Art 21 k1).
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { STAFF_ROLES } from "@/domain/roles";
import { appRouter } from "@/server/api/root";
import { freezeRoll } from "@/server/consultations/roll";
import type { SessionActor } from "@/server/auth/session-actor";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
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
  const admin = await createStaff(t.db, c.id, "ADMIN");
  return { c, east, west, admin, as: callerAs(t.db, staffSession(admin)) };
}

const fields = (neighbourhoodId: string, o: Record<string, unknown> = {}) => ({
  code: "H0100",
  headName: "Phạm Thị Lan",
  address: "Số 12, xóm Giữa",
  members: 3,
  phone: "",
  neighbourhoodId,
  ...o,
});

type Issue = { field: string; key: string; params?: Record<string, unknown> };
const issuesOf = (e: { cause?: { issues?: Issue[] } }) => e.cause?.issues ?? [];

async function snapshot(communeId: string) {
  return t.db.household.findMany({
    where: { communeId },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      headName: true,
      address: true,
      neighbourhoodId: true,
      active: true,
      updatedAt: true,
    },
  });
}

/** A mutation through the HTTP handler, so the message is the one a form shows. */
async function post(path: string, input: unknown, session: SessionActor, locale: "vi" | "en") {
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    }),
    router: appRouter,
    createContext: () => ({ db: t.db, session, locale, now: () => new Date() }),
  });
  return { status: res.status, body: (await res.json()).error?.json };
}

describe("adding one household", () => {
  test("it joins the register with its code in upper case, audited; every other household stays as it was", async () => {
    const s = await commune();
    const e1 = await createHousehold(t.db, s.east, { code: "H0001" });
    await createHousehold(t.db, s.east, { code: "H0002" });
    await createHousehold(t.db, s.west, { code: "H0003" });
    const before = await snapshot(s.c.id);

    const made = await s.as.household.create(
      fields(s.east.id, { code: "  h-0100 ", headName: "  Phạm   Thị Lan ", phone: "+84 912 345 678" }),
    );
    expect(made).toMatchObject({ code: "H-0100", rollsWithout: [] });
    expect(await t.db.household.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      communeId: s.c.id,
      neighbourhoodId: s.east.id,
      code: "H-0100",
      headName: "Phạm Thị Lan",
      address: "Số 12, xóm Giữa",
      members: 3,
      phone: "0912345678",
      active: true,
    });
    // Not an import: nobody is "missing", nobody deactivated or rewritten.
    expect((await snapshot(s.c.id)).filter((h) => h.id !== made.id)).toEqual(before);
    expect(await t.db.household.count({ where: { communeId: s.c.id, active: true } })).toBe(4);
    const events = await t.db.auditEvent.findMany({ where: { communeId: s.c.id, action: "household.created" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "Household",
      entityId: made.id,
      actorId: s.admin.id,
      data: { code: "H-0100", headName: "Phạm Thị Lan", neighbourhoodId: s.east.id },
    });
    expect(e1.id).not.toBe(made.id);
  });

  test.each([
    ["an active household", true, "households.errors.codeTaken"],
    ["an inactive one (reactivate it instead)", false, "households.errors.codeTakenInactive"],
  ])(
    "a code already used by %s is refused on the code field, in any case, and nothing is written",
    async (_label, active, key) => {
      const s = await commune();
      await createHousehold(t.db, s.west, { code: "H0100", headName: "Lê Văn Tư", active });
      const before = await snapshot(s.c.id);
      const err = await s.as.household.create(fields(s.east.id, { code: "h0100" })).catch((e) => e);
      expect(err.code).toBe("BAD_REQUEST");
      expect(issuesOf(err)).toEqual([{ field: "code", key, params: { code: "H0100", headName: "Lê Văn Tư" } }]);
      expect(await snapshot(s.c.id)).toEqual(before);
      expect(await t.db.auditEvent.count({ where: { communeId: s.c.id, action: "household.created" } })).toBe(0);
    },
  );

  test("the same code in another commune is no clash: codes are unique within a commune only", async () => {
    const s = await commune();
    const other = await commune();
    await createHousehold(t.db, other.east, { code: "H0100" });
    await expect(s.as.household.create(fields(s.east.id))).resolves.toMatchObject({ code: "H0100" });
  });

  test("bad fields: every problem names its field, and nothing is written", async () => {
    const s = await commune();
    const other = await commune();
    const err = await s.as.household
      .create(
        fields(other.east.id, { code: "H 01", headName: "  ", address: "x".repeat(301), members: 0, phone: "123" }),
      )
      .catch((e) => e);
    expect(err.code).toBe("BAD_REQUEST");
    expect(issuesOf(err).map((i) => [i.field, i.key])).toEqual([
      ["code", "households.errors.codeInvalid"],
      ["headName", "households.errors.headNameRequired"],
      ["address", "households.errors.addressTooLong"],
      ["members", "households.errors.membersInvalid"],
      ["phone", "households.errors.phoneInvalid"],
      // Another commune's neighbourhood is not one of this commune's.
      ["neighbourhoodId", "households.errors.neighbourhoodUnknown"],
    ]);
    expect(await t.db.household.count({ where: { communeId: { in: [s.c.id, other.c.id] } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { communeId: { in: [s.c.id, other.c.id] } } })).toBe(0);
  });

  test("the form's message is translated and names the field (vi first, en when asked)", async () => {
    const s = await commune();
    await createHousehold(t.db, s.east, { code: "H0100", headName: "Lê Văn Tư" });
    const vi = await post("household.create", fields(s.east.id), staffSession(s.admin), "vi");
    expect(vi.status).toBe(400);
    expect(vi.body.data.issues).toEqual([
      {
        path: "code",
        message:
          "Mã hộ “H0100” đã có trong sổ hộ của xã (chủ hộ Lê Văn Tư). Hãy kiểm tra lại mã, hoặc sửa thông tin hộ đó.",
      },
    ]);
    const en = await post(
      "household.create",
      fields(s.east.id, { code: "H0101", headName: "" }),
      staffSession(s.admin),
      "en",
    );
    expect(en.body.message).toBe("Enter the head of household's name.");
    expect(en.body.data.issues).toEqual([{ path: "headName", message: "Enter the head of household's name." }]);
    // The transport's own bounds speak the same language.
    const long = await post(
      "household.create",
      fields(s.east.id, { code: "H".repeat(41) }),
      staffSession(s.admin),
      "vi",
    );
    expect(long.body.data.issues).toEqual([{ path: "code", message: "Mã hộ quá dài: tối đa 32 ký tự." }]);
  });

  test.each(STAFF_ROLES.filter((r) => r !== "ADMIN"))("%s may not add or edit a household", async (role) => {
    const s = await commune();
    const h = await createHousehold(t.db, s.east, { code: "H0001" });
    const as = callerAs(
      t.db,
      staffSession(
        await createStaff(t.db, s.c.id, role, {
          neighbourhoodId: role === "NEIGHBOURHOOD_HEAD" ? s.east.id : undefined,
        }),
      ),
    );
    await expect(as.household.create(fields(s.east.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as.household.update({ id: h.id, headName: "X", address: "", members: 1, phone: "", neighbourhoodId: s.east.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await snapshot(s.c.id)).map((x) => x.headName)).toEqual(["Nguyễn Văn An"]);
  });

  test("a resident and an anonymous visitor are refused", async () => {
    const s = await commune();
    const h = await createHousehold(t.db, s.east);
    await expect(callerAs(t.db, householdSession(h)).household.create(fields(s.east.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerAs(t.db, null).household.create(fields(s.east.id))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await t.db.household.count({ where: { communeId: s.c.id } })).toBe(1);
  });
});

describe("editing one household", () => {
  test("its details change, audited with before and after; its code stays", async () => {
    const s = await commune();
    const h = await createHousehold(t.db, s.east, { code: "H0007" });
    const other = await createHousehold(t.db, s.east, { code: "H0008" });
    const out = await s.as.household.update({
      id: h.id,
      headName: "Trần  Văn Bảy",
      address: " Số 7 ",
      members: 6,
      phone: "0912 345 678",
      neighbourhoodId: s.west.id,
    });
    expect(out).toMatchObject({ id: h.id, code: "H0007", rollsWithout: [] });
    expect(await t.db.household.findUniqueOrThrow({ where: { id: h.id } })).toMatchObject({
      code: "H0007",
      headName: "Trần Văn Bảy",
      address: "Số 7",
      members: 6,
      phone: "0912345678",
      neighbourhoodId: s.west.id,
    });
    expect(await t.db.household.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: h.id, action: "household.updated" } });
    expect(event.data).toMatchObject({
      code: "H0007",
      before: { headName: "Nguyễn Văn An", neighbourhoodId: s.east.id },
      after: { headName: "Trần Văn Bảy", neighbourhoodId: s.west.id },
    });
  });

  test("bad fields name their field and change nothing", async () => {
    const s = await commune();
    const h = await createHousehold(t.db, s.east);
    const err = await s.as.household
      .update({ id: h.id, headName: "x".repeat(121), address: "", members: 2.5, phone: "", neighbourhoodId: "no-such" })
      .catch((e) => e);
    expect(issuesOf(err).map((i) => i.field)).toEqual(["headName", "members", "neighbourhoodId"]);
    expect(await t.db.household.findUniqueOrThrow({ where: { id: h.id } })).toEqual(h);
  });

  test("another commune's household is not found, and stays as it was", async () => {
    const s = await commune();
    const other = await commune();
    const theirs = await createHousehold(t.db, other.east, { code: "H0009" });
    await expect(
      s.as.household.update({
        id: theirs.id,
        headName: "Kẻ Lạ",
        address: "",
        members: 1,
        phone: "",
        neighbourhoodId: s.east.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      s.as.household.update({
        id: theirs.id,
        headName: "Kẻ Lạ",
        address: "",
        members: 1,
        phone: "",
        neighbourhoodId: other.east.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(s.as.household.get({ id: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.household.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
    expect(await t.db.auditEvent.count({ where: { entityId: theirs.id } })).toBe(0);
  });
});

describe("a roll frozen at opening", () => {
  test("adding a household to the register does not put it on the roll; the amendment with a reason does", async () => {
    const s = await commune();
    const opened = new Date("2026-12-01T08:00:00+07:00");
    await createHousehold(t.db, s.east, { code: "H0001" });
    await createHousehold(t.db, s.east, { code: "H0002" });
    const open = await createConsultation(t.db, s.c.id, {
      status: "OPEN",
      neighbourhoodIds: [s.east.id],
      title: "Lấy ý kiến về đường thôn Đông",
    });
    const elsewhere = await createConsultation(t.db, s.c.id, {
      status: "OPEN",
      neighbourhoodIds: [s.west.id],
      title: "Lấy ý kiến ở thôn Tây",
    });
    const upcoming = await createConsultation(t.db, s.c.id, { status: "PUBLISHED", neighbourhoodIds: [s.east.id] });
    await t.db.$transaction((tx) => freezeRoll(tx, open, opened));
    const official = callerAs(t.db, staffSession(await createStaff(t.db, s.c.id, "OFFICIAL")));
    const roll = () => official.roll.list({ consultationId: open.id });
    expect((await roll()).total).toBe(2);

    const made = await s.as.household.create(fields(s.east.id, { code: "H0003" }));
    // The administrator is told which frozen rolls lack it — only those covering its neighbourhood.
    expect(made.rollsWithout).toEqual([{ id: open.id, title: "Lấy ý kiến về đường thôn Đông" }]);
    expect((await roll()).total).toBe(2);
    expect(await t.db.rollEntry.count({ where: { householdId: made.id } })).toBe(0);
    expect(await t.db.rollEntry.count({ where: { consultationId: { in: [elsewhere.id, upcoming.id] } } })).toBe(0);

    // The administrator cannot amend the roll; the official does, with a reason, audited.
    await expect(
      s.as.roll.add({ consultationId: open.id, householdCode: "H0003", reason: "Hộ mới tách" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const noReason = await official.roll
      .add({ consultationId: open.id, householdCode: "h0003", reason: " " })
      .catch((e) => e);
    expect(issuesOf(noReason).map((i) => i.field)).toEqual(["reason"]);
    await official.roll.add({
      consultationId: open.id,
      householdCode: "h0003",
      reason: "Hộ mới tách hộ ngày 02/12/2026",
    });
    expect((await roll()).total).toBe(3);
    expect(await t.db.rollEntry.findFirstOrThrow({ where: { householdId: made.id } })).toMatchObject({
      consultationId: open.id,
      householdCode: "H0003",
      addedReason: "Hộ mới tách hộ ngày 02/12/2026",
    });
    expect(await t.db.auditEvent.count({ where: { entityId: open.id, action: "roll.amended" } })).toBe(1);

    // Once on the roll, an edit no longer reports that roll.
    const edited = await s.as.household.update({
      id: made.id,
      headName: "Phạm Thị Lan",
      address: "",
      members: 2,
      phone: "",
      neighbourhoodId: s.east.id,
    });
    expect(edited.rollsWithout).toEqual([]);
  });
});
