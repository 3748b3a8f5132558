// The sign-in limit per client address, over HTTP, against the server `npm start` runs
// (scripts/serve.mjs and its worker, on the production build): the address counted is the one the
// TCP connection comes from, or behind TRUSTED_PROXIES=1 the right-most X-Forwarded-For entry
// (the one our proxy appended), never what a client writes into the header itself. An attacker who
// changes X-Forwarded-For every few tries to go on guessing one common PIN across every household
// code is locked after 20 failures like anyone else (OWASP Authentication Cheat Sheet, "Protect
// against automated attacks").
//
// Its own servers, on a database of its own: the embedded one, or with TEST_DATABASE_URL a fresh
// database on that PostgreSQL server. (The suite's shared server would be locked out for 15 minutes.)
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOGIN_THROTTLE } from "../../src/domain/login-throttle";
import { hashPin } from "../../src/server/auth/secrets";
import { openDatabase } from "../../src/server/db/client";
import { applyMigrations } from "../../src/server/db/migrations";

const SLUG = "dia-chi";
const PIN = "424242";
const SECRET = "client-address-test-secret";
const SERVE = path.resolve("scripts/serve.mjs");
const pgServer = process.env.TEST_DATABASE_URL;
const dbName = `ydan_addr_${Date.now()}`;
const dbUrl = pgServer ? Object.assign(new URL(pgServer), { pathname: `/${dbName}` }).toString() : null;
const dataDir = mkdtempSync(path.join(tmpdir(), "ydan-addr-"));
const target = dbUrl
  ? ({ kind: "postgres", url: dbUrl } as const)
  : ({ kind: "embedded", dataDir: path.join(dataDir, "postgres") } as const);

async function seed() {
  if (dbUrl) {
    const admin = new pg.Client({ connectionString: pgServer });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    await applyMigrations(c);
    await c.end();
  }
  const db = await openDatabase(target);
  try {
    const province = await db.prisma.province.create({ data: { code: "ADDR", name: "Quảng Ngãi" } });
    const commune = await db.prisma.commune.create({
      data: { code: "ADDR", slug: SLUG, name: "Địa Chỉ", kind: "COMMUNE", provinceId: province.id },
    });
    const hood = await db.prisma.neighbourhood.create({
      data: { communeId: commune.id, code: "T1", kind: "VILLAGE", name: "Thôn Một" },
    });
    const h = await db.prisma.household.create({
      data: {
        communeId: commune.id,
        neighbourhoodId: hood.id,
        code: "H00001",
        headName: "Nguyễn Văn Một",
        address: "Số 1",
      },
    });
    await db.prisma.householdCredential.create({
      data: { householdId: h.id, activeHouseholdId: h.id, pinHash: await hashPin(PIN) },
    });
  } finally {
    await db.close();
  }
}

/** The addresses the limit counted, as stored (read while no server holds the embedded database). */
async function countedAddresses(): Promise<string[]> {
  const db = await openDatabase(target);
  try {
    const rows = await db.prisma.loginAttempt.findMany({
      where: { kind: "HOUSEHOLD" },
      select: { clientAddress: true },
      distinct: ["clientAddress"],
    });
    return rows.map((r) => r.clientAddress).sort();
  } finally {
    await db.close();
  }
}

let server: ChildProcess | null = null;
let log = "";
let base = "";

async function start(env: Record<string, string>) {
  const port = 4300 + Math.floor(Math.random() * 500);
  base = `http://127.0.0.1:${port}`;
  log = "";
  // As `npm start` runs it, without the prestart step (the build is there already).
  server = spawn(process.execPath, [SERVE, "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl ?? "",
      EMBEDDED_DB_DIR: dbUrl ? "" : path.join(dataDir, "postgres"),
      DATA_DIR: dataDir,
      DEMO_SEED: "0",
      AUTH_SECRET: SECRET,
      NEXTAUTH_URL: base,
      COMMUNE_HOSTS: "",
      WEB_CONCURRENCY: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped (${server.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer /api/health within 90 s:\n${log}`);
}

async function stop() {
  if (!server || server.exitCode !== null) return;
  const s = server;
  const exited = new Promise((r) => s.once("exit", r));
  process.kill(-s.pid!, "SIGTERM");
  await exited;
  server = null;
}

/**
 * A household sign-in through next-auth's credentials endpoint, as the sign-in form posts it. Returns
 * what the form would show: "INVALID:n" (n attempts left), "LOCKED:m" (minutes), or "OK".
 */
async function signIn(code: string, pin: string, forwardedFor?: string): Promise<string> {
  const extra: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: extra });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/household`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base, ...extra },
    body: new URLSearchParams({ csrfToken, commune: SLUG, code, pin, json: "true" }),
  });
  const body = (await res.json()) as { url: string };
  const error = new URL(body.url, base).searchParams.get("error");
  if (error) return error;
  expect(res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
  return "OK";
}

const LIMIT = LOGIN_THROTTLE.maxFailuresPerAddress;
/** One common PIN against household after household: a new code every try, so no account locks first. */
let nextCode = 100;
const guess = (forwardedFor?: string) => signIn(`H${String(nextCode++).padStart(5, "0")}`, "123456", forwardedFor);
let spoofed = 0;
const spoof = () => `198.51.100.${++spoofed % 250}, 192.0.2.${spoofed % 250}`;

beforeAll(seed, 120_000);
afterAll(async () => {
  await stop().catch(() => undefined);
  if (dbUrl) {
    const admin = new pg.Client({ connectionString: pgServer });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`the sign-in limit per client address over HTTP (${dbUrl ? "PostgreSQL" : "embedded database"})`, () => {
  test("with no trusted proxies: the connection's address, whatever X-Forwarded-For says", async () => {
    await start({ TRUSTED_PROXIES: "0" });
    try {
      const answers: string[] = [];
      // A new X-Forwarded-For on every try: were it believed, each would be a new address.
      for (let i = 0; i < LIMIT; i++) answers.push(await guess(spoof()));
      expect(answers.slice(0, LIMIT - 1).every((a) => a.startsWith("INVALID:"))).toBe(true);
      expect(answers[LIMIT - 1]).toMatch(/^LOCKED:/);
      // Another header, another code, no header at all, even the right PIN: the address is locked.
      expect(await guess(spoof())).toMatch(/^LOCKED:/);
      expect(await guess("203.0.113.50")).toMatch(/^LOCKED:/);
      expect(await guess()).toMatch(/^LOCKED:/);
      expect(await signIn("H00001", PIN, "203.0.113.51")).toMatch(/^LOCKED:/);
    } finally {
      await stop();
    }
    // Every failure was counted against the one address the connections came from.
    expect(await countedAddresses()).toEqual(["127.0.0.1"]);
  });

  test("behind one trusted proxy: the right-most X-Forwarded-For address, which the proxy appended", async () => {
    await start({ TRUSTED_PROXIES: "1" });
    try {
      const client = "203.0.113.9";
      const answers: string[] = [];
      // The client's own entries to the left change on every try; the proxy's does not.
      for (let i = 0; i < LIMIT; i++) answers.push(await guess(`${spoof()}, ${client}`));
      expect(answers.slice(0, LIMIT - 1).every((a) => a.startsWith("INVALID:"))).toBe(true);
      expect(answers[LIMIT - 1]).toMatch(/^LOCKED:/);
      expect(await guess(`10.9.9.9, ${client}`)).toMatch(/^LOCKED:/);
      // Another client behind the same proxy is not locked, although every connection comes from
      // 127.0.0.1, the address locked in the test before: the socket is the proxy, not the client.
      expect(await guess(`${client}, 203.0.113.10`)).toMatch(/^INVALID:/);
      expect(await signIn("H00001", PIN, "203.0.113.11")).toBe("OK");
    } finally {
      await stop();
    }
    expect(await countedAddresses()).toEqual(["127.0.0.1", "203.0.113.10", "203.0.113.11", "203.0.113.9"]);
  });
});
