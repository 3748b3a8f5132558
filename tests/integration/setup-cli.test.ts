// `npm run setup` as an operator runs it: a child process on a fresh embedded database (migrated on
// open, as the app does), and on a fresh PostgreSQL database when TEST_DATABASE_URL names a server.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signInStaff } from "@/server/auth/sign-in";
import { openDatabase } from "@/server/db/client";

const run = promisify(execFile);
type Outcome = { code: number; stdout: string; stderr: string };

async function setup(args: string[], env: Record<string, string>): Promise<Outcome> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/setup.ts", ...args], {
      env: { ...base, ...env },
      timeout: 90_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

const flags = (overrides: Record<string, string> = {}) =>
  Object.entries({
    "province-code": "51",
    "province-name": "Quảng Ngãi",
    "commune-code": "21100",
    "commune-name": "Tịnh Khê",
    "commune-kind": "xa",
    "admin-username": "quantri",
    ...overrides,
  }).flatMap(([k, v]) => [`--${k}`, v]);

const generatedPassword = (stdout: string) =>
  /Mật khẩu \(chỉ hiện một lần này, hãy ghi lại ngay\): (\S+)/.exec(stdout)?.[1];
const elapsedMs = (stdout: string) => Number(/Thời gian thiết lập: (\d+) ms/.exec(stdout)?.[1]);

describe("npm run setup on a fresh embedded database", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ydan-setup-cli-"));
  const env = { EMBEDDED_DB_DIR: path.join(dir, "postgres"), DATA_DIR: dir };

  test("sets up the commune, prints its address, the administrator and the password once; exits 0", async () => {
    writeFileSync(path.join(dir, "setup-token"), "0".repeat(32)); // left by a server start: no use afterwards
    const out = await setup(flags(), env);
    expect(out.stderr).not.toContain("✗");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Đã thiết lập Xã Tịnh Khê (mã 21100) thuộc Quảng Ngãi (51).");
    expect(out.stdout).toContain("Địa chỉ trang của đơn vị: /tinh-khe");
    expect(out.stdout).toContain("Tên đăng nhập quản trị: quantri");
    const password = generatedPassword(out.stdout);
    expect(password).toMatch(/^\S{16}$/);
    expect(out.stdout.split(password!).length - 1).toBe(1);
    console.info(`npm run setup (embedded): ${elapsedMs(out.stdout)} ms`);
    expect(elapsedMs(out.stdout)).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, "setup-token"))).toBe(false);

    const db = await openDatabase({ kind: "embedded", dataDir: env.EMBEDDED_DB_DIR });
    try {
      const signIn = await signInStaff(db.prisma, {
        username: "quantri",
        password: password!,
        clientAddress: "cli-test",
      });
      expect(signIn.ok).toBe(true);
    } finally {
      await db.close();
    }
  }, 120_000);

  test("the same commune code again is refused, naming the field and its flag; exits 1", async () => {
    const out = await setup(flags({ "admin-username": "quantri2", "commune-name": "Tịnh Khê Mới" }), env);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("Chưa thiết lập được:");
    expect(out.stderr).toContain("Mã xã, phường, đặc khu (--commune-code): Đơn vị mã 21100 đã có trong hệ thống.");
    expect(out.stdout).not.toContain("Đã thiết lập");
  }, 60_000);

  test("every bad value is listed at once, in Vietnamese; a chosen password is not printed", async () => {
    const out = await setup(
      flags({
        "province-code": "5",
        "commune-code": "21101",
        "commune-kind": "huyen",
        "admin-username": "quantri",
        "admin-password": "ngan",
      }),
      env,
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("Mã tỉnh, thành phố (--province-code): Mã tỉnh, thành phố gồm đúng 2 chữ số");
    expect(out.stderr).toContain("Loại đơn vị (--commune-kind): Loại đơn vị phải là xã, phường hoặc đặc khu");
    expect(out.stderr).toContain(
      "Tên đăng nhập của quản trị viên (--admin-username): Tên đăng nhập “quantri” đã có người dùng.",
    );
    expect(out.stderr).toContain("Mật khẩu của quản trị viên (--admin-password): Mật khẩu phải có ít nhất 10 ký tự.");
    expect(out.stderr).not.toContain("ngan\n");
  }, 60_000);

  test("an unknown flag prints the usage and exits 1", async () => {
    const out = await setup(["--commune", "x"], env);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("--commune-code");
  }, 60_000);

  test("while a running app holds the embedded database open, setup connects to it and the app sees the commune at once", async () => {
    // The embedded server is PostgreSQL: the app (here, this process) owns it, setup only connects.
    const app = await openDatabase({ kind: "embedded", dataDir: env.EMBEDDED_DB_DIR });
    try {
      const out = await setup(flags({ "commune-code": "21102", "admin-username": "quantri3" }), env);
      expect(out.stderr).not.toContain("✗");
      expect(out.code).toBe(0);
      expect(await app.prisma.commune.count({ where: { code: "21102" } })).toBe(1);
      expect(await app.prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]); // still serving after setup left
    } finally {
      await app.close();
    }
  }, 90_000);
});

// Skipped without a server: it needs a PostgreSQL server on which it may create and drop a database.
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "npm run setup on a new PostgreSQL database (needs TEST_DATABASE_URL)",
  () => {
    const name = `ydan_setup_${Date.now()}`;
    const url = new URL(process.env.TEST_DATABASE_URL ?? "postgres://localhost/none");
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString(), DATA_DIR: mkdtempSync(path.join(tmpdir(), "ydan-setup-pg-")) };
    let admin: import("pg").Client;

    beforeAll(async () => {
      const pg = (await import("pg")).default;
      admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
    });
    afterAll(async () => {
      await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin?.end();
    });

    test("before the migrations it says to run npm run db:deploy, and writes nothing", async () => {
      const out = await setup(flags(), env);
      expect(out.code).toBe(1);
      expect(out.stderr).toContain("npm run db:deploy");
    }, 60_000);

    test("after db:deploy it sets up the commune; the generated password signs in", async () => {
      await run(process.execPath, ["--import", "tsx", "scripts/migrate.ts", "deploy"], {
        env: { ...process.env, ...env },
      });
      const out = await setup(flags({ "commune-kind": "phuong" }), env);
      expect(out.stderr).not.toContain("✗");
      expect(out.code).toBe(0);
      expect(out.stdout).toContain("Đã thiết lập Phường Tịnh Khê (mã 21100)");
      console.info(`npm run setup (PostgreSQL): ${elapsedMs(out.stdout)} ms`);
      const db = await openDatabase({ kind: "postgres", url: env.DATABASE_URL });
      try {
        const signIn = await signInStaff(db.prisma, {
          username: "quantri",
          password: generatedPassword(out.stdout)!,
          clientAddress: "cli-test",
        });
        expect(signIn.ok).toBe(true);
      } finally {
        await db.close();
      }
    }, 120_000);
  },
);
