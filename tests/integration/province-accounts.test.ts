// A province's own accounts, as its IT department makes them with `npm run setup:province`.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signInStaff } from "@/server/auth/sign-in";
import { createProvinceAccount } from "@/server/province/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { callerAs, createCommune, createStaff, staffSession } from "../helpers/factories";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("createProvinceAccount", () => {
  test("a new province with its leader: the generated password signs in, and the session carries the province", async () => {
    const r = await createProvinceAccount(t.db, {
      provinceCode: "97",
      provinceName: "Tỉnh Thử",
      role: "leader",
      username: "Tinh.LanhDao",
      fullName: "Phạm Minh Quang",
    });
    expect(r).toMatchObject({
      province: { code: "97", name: "Tỉnh Thử", created: true },
      account: { username: "tinh.lanhdao", role: "PROVINCE_LEADER" },
    });
    const signedIn = await signInStaff(t.db, {
      username: "tinh.lanhdao",
      password: r.generatedPassword!,
      clientAddress: "10.9.0.1",
    });
    expect(signedIn).toMatchObject({ ok: true, actor: { type: "staff", provinceId: r.province.id } });
    // An existing province is reused; it needs no name.
    const again = await createProvinceAccount(t.db, {
      provinceCode: "97",
      role: "oversight",
      username: "tinh.giamsat",
      password: "Giam-sat-2026",
    });
    expect(again).toMatchObject({ province: { id: r.province.id, created: false }, generatedPassword: null });
    const summary = await callerAs(t.db, {
      type: "staff",
      id: again.account.id,
      provinceId: r.province.id,
      sessionVersion: 0,
    }).province.summary({ year: 2026 });
    expect(summary.province.code).toBe("97");
    // A province account changes its own password like any staff member; nothing is written to a commune's chain.
    const asLeader = callerAs(t.db, { type: "staff", id: r.account.id, provinceId: r.province.id, sessionVersion: 0 });
    const events = await t.db.auditEvent.count();
    await expect(
      asLeader.staff.changeOwnPassword({ current: "sai-mat-khau-1", next: "Moi-mat-khau-2026" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await asLeader.staff.changeOwnPassword({ current: r.generatedPassword!, next: "Moi-mat-khau-2026" });
    await expect(
      signInStaff(t.db, { username: "tinh.lanhdao", password: "Moi-mat-khau-2026", clientAddress: "10.9.0.2" }),
    ).resolves.toMatchObject({ ok: true });
    expect(await t.db.auditEvent.count()).toBe(events);
  });

  test.each([
    [
      "a malformed province code",
      { provinceCode: "5", provinceName: "X", role: "admin", username: "tinh.a" },
      "provinceCode",
    ],
    ["a new province without its name", { provinceCode: "96", role: "admin", username: "tinh.b" }, "provinceName"],
    ["an unknown role", { provinceCode: "97", role: "chairman", username: "tinh.c" }, "role"],
    ["a malformed username", { provinceCode: "97", role: "admin", username: "a b" }, "username"],
    ["a weak password", { provinceCode: "97", role: "admin", username: "tinh.d", password: "12345678" }, "password"],
  ])("%s is refused, naming %s… and writes nothing", async (_label, input, field) => {
    const before = [await t.db.staffUser.count(), await t.db.province.count()];
    await expect(createProvinceAccount(t.db, input)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      issues: [expect.objectContaining({ field })],
    });
    expect([await t.db.staffUser.count(), await t.db.province.count()]).toEqual(before);
  });

  test("a username a commune's staff member already has is refused", async () => {
    const commune = await createCommune(t.db);
    const official = await createStaff(t.db, commune.id, "OFFICIAL", { username: "trung.ten" });
    expect(staffSession(official)).toMatchObject({ communeId: commune.id });
    await expect(
      createProvinceAccount(t.db, { provinceCode: "97", role: "admin", username: "trung.ten" }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: "username", key: "staff.errors.usernameTaken" })],
    });
  });
});

describe("npm run setup:province", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ydan-setup-province-"));
  const run = (args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DB_DIR: path.join(dir, "postgres"), DATA_DIR: dir };
    delete env.DATABASE_URL;
    return promisify(execFile)("npx", ["tsx", "scripts/setup-province.ts", ...args], { env, timeout: 90_000 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({
        code: e.code ?? -1,
        stdout: e.stdout ?? "",
        stderr: e.stderr ?? "",
      }),
    );
  };

  test("creates the province and its administrator on a fresh embedded database; a second run for the username is refused", async () => {
    const ok = await run([
      "--province-code",
      "51",
      "--province-name",
      "Quảng Ngãi",
      "--role",
      "admin",
      "--username",
      "tinh.quantri",
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Đã tạo tài khoản Quản trị cấp tỉnh của Quảng Ngãi (51): tinh.quantri.");
    expect(ok.stdout).toMatch(/Mật khẩu \(chỉ hiển thị một lần, hãy ghi lại\): \S{16}/);
    const again = await run(["--province-code", "51", "--role", "admin", "--username", "tinh.quantri"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--username");
  }, 180_000);
});
