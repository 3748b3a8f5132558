// Setting up a commune with its first administrator (npm run setup, the first-run page): one
// transaction with its audit event; a refusal names its field and writes nothing.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signInStaff } from "@/server/auth/sign-in";
import { verifySecret } from "@/server/auth/secrets";
import { verifyAuditChain } from "@/server/audit/verify";
import { AppError } from "@/server/errors";
import {
  DEFAULT_ADMIN_NAME,
  doesAnyCommuneExist,
  generatePassword,
  setUpCommune,
  type TSetUpCommuneInput,
} from "@/server/setup/create-commune";
import { checkPassword } from "@/server/staff/mutations";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createStaff } from "../helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date("2026-12-01T08:00:00Z");
let n = 0;
/** A valid setup with a commune code and username of its own. */
function setup(overrides: Partial<TSetUpCommuneInput> = {}): TSetUpCommuneInput {
  n += 1;
  return {
    provinceCode: "51",
    provinceName: "Quảng Ngãi",
    communeCode: String(20_000 + n),
    communeName: `Xã thử ${n}`,
    communeKind: "xa",
    adminUsername: `quantri${n}`,
    ...overrides,
  };
}

async function rowCounts() {
  const [provinces, communes, staff, events, heads] = await Promise.all([
    t.db.province.count(),
    t.db.commune.count(),
    t.db.staffUser.count(),
    t.db.auditEvent.count(),
    t.db.auditHead.count(),
  ]);
  return { provinces, communes, staff, events, heads };
}

async function refusal(input: TSetUpCommuneInput): Promise<AppError> {
  const e = await setUpCommune(t.db, input, now).catch((err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("setUpCommune", () => {
  test("creates the province, the commune, its administrator and the audit event", async () => {
    expect(await doesAnyCommuneExist(t.db)).toBe(false);
    const result = await setUpCommune(
      t.db,
      {
        provinceCode: "51",
        provinceName: "Quảng Ngãi",
        communeCode: "21100",
        communeName: " Tịnh  Khê ",
        communeKind: "xa",
        adminUsername: " QuanTri ",
      },
      now,
    );
    expect(await doesAnyCommuneExist(t.db)).toBe(true);
    expect(result.province).toMatchObject({ code: "51", name: "Quảng Ngãi", created: true });
    expect(result.commune).toMatchObject({ code: "21100", name: "Tịnh Khê", kind: "COMMUNE", slug: "tinh-khe" });
    expect(result.admin).toMatchObject({ username: "quantri", fullName: DEFAULT_ADMIN_NAME });

    const admin = await t.db.staffUser.findUniqueOrThrow({ where: { id: result.admin.id } });
    expect(admin).toMatchObject({ communeId: result.commune.id, role: "ADMIN", active: true });
    expect(result.generatedPassword).toHaveLength(16);
    expect(checkPassword(result.generatedPassword!, "quantri")).toEqual([]);
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifySecret(admin.passwordHash, result.generatedPassword!)).toBe(true);

    const events = await t.db.auditEvent.findMany({ where: { communeId: result.commune.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      seq: 1,
      action: "commune.created",
      actorType: "SYSTEM",
      entityType: "Commune",
      entityId: result.commune.id,
    });
    expect(events[0].data).toMatchObject({
      code: "21100",
      slug: "tinh-khe",
      province: { code: "51", created: true },
      admin: { username: "quantri" },
    });
    expect(JSON.stringify(events[0].data)).not.toContain(result.generatedPassword!);
    expect((await verifyAuditChain(t.db, result.commune.id)).broken).toBeNull();
  });

  test("the generated password signs the administrator in", async () => {
    const result = await setUpCommune(t.db, setup(), now);
    const signIn = await signInStaff(t.db, {
      username: result.admin.username,
      password: result.generatedPassword!,
      clientAddress: "10.9.0.1",
      now,
    });
    expect(signIn).toEqual({
      ok: true,
      actor: { type: "staff", id: result.admin.id, communeId: result.commune.id, sessionVersion: 0 },
    });
  });

  test("a chosen password is kept and not returned; an existing province is used as it is", async () => {
    const before = await t.db.province.count();
    const result = await setUpCommune(
      t.db,
      setup({ provinceName: "", adminPassword: "Mat-khau-2026", adminName: "Phạm Thị Lan", communeKind: "phuong" }),
      now,
    );
    expect(await t.db.province.count()).toBe(before);
    expect(result.province).toMatchObject({ code: "51", name: "Quảng Ngãi", created: false });
    expect(result.commune.kind).toBe("WARD");
    expect(result.admin.fullName).toBe("Phạm Thị Lan");
    expect(result.generatedPassword).toBeNull();
    const signIn = await signInStaff(t.db, {
      username: result.admin.username,
      password: "Mat-khau-2026",
      clientAddress: "10.9.0.2",
      now,
    });
    expect(signIn.ok).toBe(true);
  });

  test("a second run with the same commune code is refused and writes nothing", async () => {
    const first = setup();
    await setUpCommune(t.db, first, now);
    const before = await rowCounts();
    const e = await refusal({ ...first, adminUsername: "someone-else", provinceCode: "52", provinceName: "Gia Lai" });
    expect(e.issues).toEqual([
      { field: "communeCode", key: "setup.errors.communeCodeTaken", params: { code: first.communeCode } },
    ]);
    expect(await rowCounts()).toEqual(before);
    expect(await t.db.province.count({ where: { code: "52" } })).toBe(0);
  });

  describe("each bad field gets its own message naming it, and nothing is written", () => {
    beforeAll(async () => {
      const commune = await t.db.commune.findFirstOrThrow();
      await createStaff(t.db, commune.id, "OFFICIAL", { username: "congchuc" });
    });

    test.each([
      ["no province code", { provinceCode: "" }, "provinceCode", "setup.errors.provinceCodeRequired"],
      ["a malformed province code", { provinceCode: "5" }, "provinceCode", "setup.errors.provinceCodeFormat"],
      [
        "a new province without a name",
        { provinceCode: "99", provinceName: "  " },
        "provinceName",
        "setup.errors.provinceNameRequired",
      ],
      ["a malformed commune code", { communeCode: "2110A" }, "communeCode", "setup.errors.communeCodeFormat"],
      ["the code of an existing commune", { communeCode: "21100" }, "communeCode", "setup.errors.communeCodeTaken"],
      ["no commune name", { communeName: "" }, "communeName", "setup.errors.communeNameRequired"],
      ["an unknown kind", { communeKind: "huyen" }, "communeKind", "setup.errors.communeKindUnknown"],
      ["a username with diacritics", { adminUsername: "quảntrị" }, "adminUsername", "staff.errors.badUsername"],
      ["no username", { adminUsername: "" }, "adminUsername", "staff.errors.badUsername"],
      [
        "a username another commune's staff has",
        { adminUsername: "CongChuc" },
        "adminUsername",
        "staff.errors.usernameTaken",
      ],
      ["a short password", { adminPassword: "abc123" }, "adminPassword", "staff.errors.passwordShort"],
      ["a password without digits", { adminPassword: "matkhaukhongso" }, "adminPassword", "staff.errors.passwordMix"],
      [
        "a password holding the username",
        { adminUsername: "lan.pham", adminPassword: "lan.pham-2026" },
        "adminPassword",
        "staff.errors.passwordHasUsername",
      ],
      ["an administrator's name too long", { adminName: "x".repeat(101) }, "adminName", "setup.errors.nameTooLong"],
    ] as const)("%s → %s", async (_label, overrides, field, key) => {
      const before = await rowCounts();
      const e = await refusal(setup(overrides));
      expect(e.code).toBe("BAD_REQUEST");
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]).toMatchObject({ field, key });
      expect(await rowCounts()).toEqual(before);
    });

    test("several problems are reported together", async () => {
      const before = await rowCounts();
      const e = await refusal(
        setup({
          provinceCode: "5",
          communeName: "",
          communeKind: "",
          adminUsername: "congchuc",
          adminPassword: "ngan",
        }),
      );
      expect(e.issues.map((i) => i.field)).toEqual([
        "provinceCode",
        "communeName",
        "communeKind",
        "adminUsername",
        "adminPassword",
      ]);
      expect(await rowCounts()).toEqual(before);
    });
  });

  test("a name another commune has gets a distinct slug: with the province's code, then its own", async () => {
    const a = await setUpCommune(t.db, setup({ communeName: "An Phú" }), now);
    const b = await setUpCommune(t.db, setup({ communeName: "An Phú", communeKind: "phuong" }), now);
    const c = await setUpCommune(t.db, setup({ communeName: "An Phú" }), now);
    expect([a.commune.slug, b.commune.slug, c.commune.slug]).toEqual([
      "an-phu",
      "an-phu-51",
      `an-phu-${c.commune.code}`,
    ]);
  });

  test("a name that is one of the app's own paths never becomes the slug", async () => {
    const result = await setUpCommune(t.db, setup({ communeName: "Setup" }), now);
    expect(result.commune.slug).toBe("setup-51");
  });

  test("two setups racing for one commune code: one wins, the other gets the same 'taken' message", async () => {
    const input = setup();
    const before = await rowCounts();
    const outcomes = await Promise.allSettled([
      setUpCommune(t.db, input, now),
      setUpCommune(t.db, { ...input, adminUsername: `${input.adminUsername}b` }, now),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(AppError);
    expect((lost.reason as AppError).issues).toEqual([
      { field: "communeCode", key: "setup.errors.communeCodeTaken", params: { code: input.communeCode } },
    ]);
    const after = await rowCounts();
    expect(after).toEqual({
      ...before,
      communes: before.communes + 1,
      staff: before.staff + 1,
      events: before.events + 1,
      heads: before.heads + 1,
    });
  });

  test("generated passwords differ and always pass the staff password rule", () => {
    const passwords = Array.from({ length: 200 }, () => generatePassword("quantri"));
    expect(new Set(passwords).size).toBe(200);
    for (const p of passwords) expect(checkPassword(p, "quantri")).toEqual([]);
  });
});
