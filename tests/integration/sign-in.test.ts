// Sign-in for staff and households, with failures limited per account and per client address.
// The attempts live in the database, so a second database client (another app instance, or the same
// one after a restart) sees the same counts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signInHousehold, signInStaff } from "@/server/auth/sign-in";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createCommune, createHousehold, createNeighbourhood, createStaff } from "../helpers/factories";

let t: TestDb;
let communeId: string;
let hood: Awaited<ReturnType<typeof createNeighbourhood>>;
const now = new Date("2026-11-25T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await createTestDb();
  communeId = (await createCommune(t.db)).id;
  hood = await createNeighbourhood(t.db, communeId);
});
afterAll(() => t.close());

describe("staff sign-in", () => {
  test("the right password signs in, whatever the case of the username", async () => {
    const staff = await createStaff(t.db, communeId, "OFFICIAL", { username: "congchuc1", password: "Đúng-mật-khẩu" });
    const result = await signInStaff(t.db, {
      username: " CongChuc1 ",
      password: "Đúng-mật-khẩu",
      clientAddress: "10.0.0.1",
      now,
    });
    expect(result).toEqual({ ok: true, actor: { type: "staff", id: staff.id, communeId, sessionVersion: 0 } });
  });

  test("wrong passwords count down, then lock for 15 minutes, and a right password is refused while locked", async () => {
    await createStaff(t.db, communeId, "LEADER", { username: "chutich1", password: "dung" });
    const attempt = (password: string, at: Date) =>
      signInStaff(t.db, { username: "chutich1", password, clientAddress: "10.0.0.2", now: at });
    expect(await attempt("sai", now)).toEqual({ ok: false, reason: "INVALID", remainingAttempts: 4 });
    expect(await attempt("sai", later(1))).toEqual({ ok: false, reason: "INVALID", remainingAttempts: 3 });
    expect(await attempt("sai", later(2))).toEqual({ ok: false, reason: "INVALID", remainingAttempts: 2 });
    expect(await attempt("sai", later(3))).toEqual({ ok: false, reason: "INVALID", remainingAttempts: 1 });
    expect(await attempt("sai", later(4))).toEqual({ ok: false, reason: "LOCKED", retryAfterMinutes: 15 });
    // Locked: the first failure (at 0) leaves the window at 15, so 14 minutes to wait at minute 1… here at 5: 10.
    expect(await attempt("dung", later(5))).toEqual({ ok: false, reason: "LOCKED", retryAfterMinutes: 10 });
    expect(await attempt("dung", later(15))).toMatchObject({ ok: true });
  });

  test("the lock is read from the database: a second client (another instance) sees it", async () => {
    await createStaff(t.db, communeId, "ADMIN", { username: "quantri1", password: "dung" });
    for (let i = 0; i < 5; i++)
      await signInStaff(t.db, { username: "quantri1", password: "sai", clientAddress: "10.0.0.3", now });
    const rows = await t.db.loginAttempt.count({ where: { accountKey: "quantri1", succeeded: false } });
    expect(rows).toBe(5);
    expect(
      await signInStaff(t.db, { username: "quantri1", password: "dung", clientAddress: "10.9.9.9", now: later(1) }),
    ).toEqual({
      ok: false,
      reason: "LOCKED",
      retryAfterMinutes: 14,
    });
  });

  test("a success resets the account's count", async () => {
    await createStaff(t.db, communeId, "OVERSIGHT", { username: "giamsat1", password: "dung" });
    const attempt = (password: string, at: Date) =>
      signInStaff(t.db, { username: "giamsat1", password, clientAddress: "10.0.0.4", now: at });
    for (let i = 0; i < 4; i++) await attempt("sai", later(i / 10));
    expect(await attempt("dung", later(1))).toMatchObject({ ok: true });
    expect(await attempt("sai", later(2))).toEqual({ ok: false, reason: "INVALID", remainingAttempts: 4 });
  });

  test("an unknown username fails like a wrong password (no account enumeration)", async () => {
    expect(await signInStaff(t.db, { username: "khongco", password: "x", clientAddress: "10.0.0.5", now })).toEqual({
      ok: false,
      reason: "INVALID",
      remainingAttempts: 4,
    });
  });

  test("a deactivated account is told so, only after the right password", async () => {
    await createStaff(t.db, communeId, "OFFICIAL", { username: "nghiviec", password: "dung", active: false });
    expect(
      await signInStaff(t.db, { username: "nghiviec", password: "sai", clientAddress: "10.0.0.6", now }),
    ).toMatchObject({ reason: "INVALID" });
    expect(await signInStaff(t.db, { username: "nghiviec", password: "dung", clientAddress: "10.0.0.6", now })).toEqual(
      { ok: false, reason: "INACTIVE" },
    );
  });

  test("one client address guessing across many accounts is locked after 20 failures", async () => {
    for (let i = 0; i < 20; i++) {
      await signInStaff(t.db, { username: `doan${i}`, password: "sai", clientAddress: "10.6.6.6", now: later(i / 60) });
    }
    await createStaff(t.db, communeId, "OFFICIAL", { username: "nannhan", password: "dung" });
    expect(
      await signInStaff(t.db, { username: "nannhan", password: "dung", clientAddress: "10.6.6.6", now: later(1) }),
    ).toMatchObject({
      ok: false,
      reason: "LOCKED",
    });
    expect(
      await signInStaff(t.db, { username: "nannhan", password: "dung", clientAddress: "10.0.0.7", now: later(1) }),
    ).toMatchObject({ ok: true });
  });

  test("concurrent wrong guesses cannot slip past the limit", async () => {
    await createStaff(t.db, communeId, "OFFICIAL", { username: "dongthoi", password: "dung" });
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        signInStaff(t.db, { username: "dongthoi", password: "sai", clientAddress: "10.0.0.8", now }),
      ),
    );
    expect(await t.db.loginAttempt.count({ where: { accountKey: "dongthoi" } })).toBe(5);
    expect(results.filter((r) => !r.ok && r.reason === "LOCKED").length).toBe(4);
  });
});

describe("household sign-in", () => {
  test("household code and PIN sign in; the code is case-insensitive", async () => {
    const h = await createHousehold(t.db, hood, { code: "H00042", pin: "246810" });
    expect(
      await signInHousehold(t.db, { communeId, code: "h00042", pin: "246810", clientAddress: "10.1.0.1", now }),
    ).toEqual({
      ok: true,
      actor: { type: "household", id: h.id, communeId, sessionVersion: 0 },
    });
  });

  test("a wrong PIN counts down per household", async () => {
    await createHousehold(t.db, hood, { code: "H00043", pin: "111111" });
    expect(
      await signInHousehold(t.db, { communeId, code: "H00043", pin: "000000", clientAddress: "10.1.0.2", now }),
    ).toEqual({
      ok: false,
      reason: "INVALID",
      remainingAttempts: 4,
    });
  });

  test("five wrong PINs lock the household for 15 minutes, whatever device tries next", async () => {
    await createHousehold(t.db, hood, { code: "H00046", pin: "333333" });
    const attempt = (pin: string, address: string, at: Date) =>
      signInHousehold(t.db, { communeId, code: "H00046", pin, clientAddress: address, now: at });
    for (let i = 0; i < 4; i++) await attempt("000000", `10.1.1.${i}`, later(i));
    expect(await attempt("000000", "10.1.1.9", later(4))).toEqual({
      ok: false,
      reason: "LOCKED",
      retryAfterMinutes: 15,
    });
    expect(await attempt("333333", "10.9.9.9", later(6))).toEqual({
      ok: false,
      reason: "LOCKED",
      retryAfterMinutes: 9,
    });
    expect(await attempt("333333", "10.9.9.9", later(15))).toMatchObject({ ok: true });
  });

  test("a household without an issued PIN cannot sign in", async () => {
    await createHousehold(t.db, hood, { code: "H00044" });
    expect(
      await signInHousehold(t.db, { communeId, code: "H00044", pin: "", clientAddress: "10.1.0.3", now }),
    ).toMatchObject({ ok: false });
  });

  test("a household code is only valid in its own commune", async () => {
    await createHousehold(t.db, hood, { code: "H00045", pin: "222222" });
    const otherCommune = await createCommune(t.db);
    expect(
      await signInHousehold(t.db, {
        communeId: otherCommune.id,
        code: "H00045",
        pin: "222222",
        clientAddress: "10.1.0.4",
        now,
      }),
    ).toMatchObject({ ok: false, reason: "INVALID" });
  });
});

describe("the messages a person sees (the product's own wording)", () => {
  test.each([
    ["vi", "signIn.invalidHousehold", { remaining: 3 }, "Mã hộ hoặc mã PIN không đúng. Bạn còn 3 lần thử."],
    ["vi", "signIn.locked", { minutes: 14 }, "Tạm khóa đăng nhập do nhập sai nhiều lần. Vui lòng thử lại sau 14 phút."],
    [
      "en",
      "signIn.locked",
      { minutes: 14 },
      "Sign-in is locked after too many failed attempts. Try again in 14 minutes.",
    ],
  ] as const)("%s %s", async (locale, key, params, expected) => {
    const { getTranslator } = await import("@/i18n/translate");
    expect(getTranslator(locale)(key, params)).toBe(expected);
  });
});
