// The first-run page's server function: only while the install has no commune, only with the
// one-time token from DATA_DIR/setup-token, and wrong tokens are limited per client address like
// failed sign-ins (5 in 15 minutes).
import { mkdtempSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppError } from "@/server/errors";
import { doesAnyCommuneExist } from "@/server/setup/create-commune";
import { setUpFromSetupPage, type TSetupPageInput } from "@/server/setup/first-run";
import { ensureSetupToken, isSetupToken, readSetupToken, setupTokenFile } from "@/server/setup/token";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "ydan-setup-")) };
const start = new Date("2026-12-01T08:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const fields: Omit<TSetupPageInput, "token"> = {
  provinceCode: "51",
  provinceName: "Quảng Ngãi",
  communeCode: "21100",
  communeName: "Tịnh Khê",
  communeKind: "xa",
  adminUsername: "quantri",
};

async function refusal(
  token: string,
  clientAddress: string,
  now: Date,
  overrides: Partial<TSetupPageInput> = {},
): Promise<AppError> {
  const e = await setUpFromSetupPage(t.db, { ...fields, ...overrides, token }, { clientAddress, now, env }).catch(
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}
const setupFailures = (clientAddress?: string) =>
  t.db.loginAttempt.count({ where: { kind: "SETUP", succeeded: false, clientAddress } });

describe("the setup token", () => {
  test("compares whatever the case and surrounding spaces, and never matches another value", () => {
    expect(isSetupToken(" ABCDEF0123 ", "abcdef0123")).toBe(true);
    expect(isSetupToken("abcdef012", "abcdef0123")).toBe(false);
    expect(isSetupToken("", "abcdef0123")).toBe(false);
  });

  test("is made once into DATA_DIR/setup-token (owner-only), and read back by every later start", () => {
    const dir = { DATA_DIR: mkdtempSync(path.join(tmpdir(), "ydan-token-")) };
    const first = ensureSetupToken(dir);
    expect(first).toMatchObject({ created: true, file: setupTokenFile(dir) });
    expect(first.token).toMatch(/^[0-9a-f]{32}$/);
    expect(statSync(first.file).mode & 0o777).toBe(0o600);
    expect(ensureSetupToken(dir)).toEqual({ ...first, created: false });
    expect(readSetupToken(dir)).toBe(first.token);
  });
});

describe("setUpFromSetupPage", () => {
  let token: string;

  test("without a token file the page cannot be used, and nothing is counted", async () => {
    const e = await refusal("anything", "10.1.0.1", at(0));
    expect(e.issues).toEqual([{ field: "token", key: "setup.errors.noToken" }]);
    expect(await setupFailures()).toBe(0);
    token = ensureSetupToken(env).token;
  });

  test("an empty token is asked for, not counted", async () => {
    const e = await refusal("  ", "10.1.0.1", at(0));
    expect(e.issues).toEqual([{ field: "token", key: "setup.errors.tokenRequired" }]);
    expect(await setupFailures()).toBe(0);
  });

  test("wrong tokens are refused and counted; the fifth from one address locks it for 15 minutes, even for the right token", async () => {
    for (let i = 1; i <= 4; i++) {
      const e = await refusal("0".repeat(32), "10.1.0.1", at(i));
      expect(e.issues).toEqual([{ field: "token", key: "setup.errors.wrongToken", params: { remaining: 5 - i } }]);
    }
    expect(await setupFailures("10.1.0.1")).toBe(4);
    const fifth = await refusal("1".repeat(32), "10.1.0.1", at(5));
    expect(fifth).toMatchObject({ code: "TOO_MANY_REQUESTS", params: { minutes: 15 } });
    expect(await setupFailures("10.1.0.1")).toBe(5);

    // Locked: the right token is not even compared, and nothing more is counted.
    const locked = await refusal(token, "10.1.0.1", at(6));
    expect(locked).toMatchObject({ code: "TOO_MANY_REQUESTS", params: { minutes: 10 } });
    expect(await setupFailures("10.1.0.1")).toBe(5);
    expect(await doesAnyCommuneExist(t.db)).toBe(false);
  });

  test("the right token with a bad field names the field, writes nothing and keeps the token", async () => {
    const e = await refusal(token, "10.1.0.2", at(7), { communeCode: "211", adminPassword: "ngan" });
    expect(e.issues.map((i) => i.field)).toEqual(["communeCode", "adminPassword"]);
    expect(await doesAnyCommuneExist(t.db)).toBe(false);
    expect(await t.db.staffUser.count()).toBe(0);
    expect(readSetupToken(env)).toBe(token);
    expect(await setupFailures("10.1.0.2")).toBe(0);
  });

  test("the right token from another address sets up the commune and removes the token file", async () => {
    const result = await setUpFromSetupPage(
      t.db,
      { ...fields, token: token.toUpperCase() },
      { clientAddress: "10.1.0.2", now: at(8), env },
    );
    expect(result.commune).toMatchObject({ code: "21100", slug: "tinh-khe", kind: "COMMUNE" });
    expect(result.admin.username).toBe("quantri");
    expect(result.generatedPassword).toHaveLength(16);
    expect(existsSync(setupTokenFile(env))).toBe(false);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { communeId: result.commune.id } });
    expect(event).toMatchObject({ action: "commune.created", actorType: "SYSTEM" });
    expect(event.data).toMatchObject({ via: "web" });
  });

  test("once a commune exists the page is not found, whatever the token", async () => {
    writeFileSync(setupTokenFile(env), "f".repeat(32));
    const before = await t.db.commune.count();
    const e = await refusal("f".repeat(32), "10.1.0.3", at(9), { communeCode: "21101", adminUsername: "quantri2" });
    expect(e.code).toBe("NOT_FOUND");
    expect(await t.db.commune.count()).toBe(before);
    expect(await setupFailures("10.1.0.3")).toBe(0);
  });
});
