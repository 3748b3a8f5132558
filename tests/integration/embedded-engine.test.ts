// The embedded database is a real PostgreSQL server that keeps what it acknowledged: each commit
// waits for its write-ahead log to be on disk (PostgreSQL documentation 28.1 "Reliability"), a
// SIGKILL of the server under load loses no acknowledged commit and doubles none (crash recovery
// replays the WAL), and a server whose owning process was killed is taken over and shut down
// cleanly by the next one that opens it.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { ensureEmbedded, runningPostmaster, type EmbeddedHandle } from "@/server/db/embedded-server.mjs";

const dirs: string[] = [];
const handles: EmbeddedHandle[] = [];
function dataDir() {
  const d = path.join(mkdtempSync(path.join(tmpdir(), "ydan-engine-")), "postgres");
  dirs.push(d);
  return d;
}
async function open(dir: string) {
  const h = await ensureEmbedded(dir, { log: () => {} });
  handles.push(h);
  return h;
}
afterAll(async () => {
  for (const h of handles) await h.stop().catch(() => {});
});
const log = (dir: string) => readFileSync(`${dir}.log`, "utf8");
const strace = (() => {
  try {
    execFileSync("strace", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("durable settings", () => {
  test("fsync, synchronous_commit and full_page_writes are on, and a postgresql.auto.conf cannot turn them off", async () => {
    const dir = dataDir();
    let h = await open(dir);
    const c = new pg.Client({ connectionString: h.url });
    await c.connect();
    await c.query("ALTER SYSTEM SET fsync = off");
    await c.query("ALTER SYSTEM SET synchronous_commit = off");
    await c.end();
    await h.stop();
    h = await open(dir);
    const again = new pg.Client({ connectionString: h.url });
    await again.connect();
    const { rows } = await again.query(
      `SELECT name, setting, source FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method') ORDER BY name`,
    );
    await again.end();
    expect(rows).toEqual([
      { name: "fsync", setting: "on", source: "command line" },
      { name: "full_page_writes", setting: "on", source: "command line" },
      { name: "synchronous_commit", setting: "on", source: "command line" },
      { name: "wal_sync_method", setting: "fdatasync", source: "default" },
    ]);
  }, 60_000);

  // strace is Debian's (installed on CI's machine); without it there is nothing to count with.
  test.skipIf(!strace)(
    "each of 40 commits in a row is followed by an fdatasync of the WAL (counted with strace)",
    async () => {
      const h = await open(dataDir());
      const c = new pg.Client({ connectionString: h.url });
      await c.connect();
      await c.query("CREATE TABLE t (id int PRIMARY KEY)");
      const pid = (await c.query<{ p: number }>("SELECT pg_backend_pid() AS p")).rows[0].p;
      const tracer = spawn("strace", ["-f", "-y", "-e", "trace=fdatasync,fsync", "-p", String(pid)], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      let trace = "";
      tracer.stderr.on("data", (d) => (trace += d));
      await new Promise((r) => setTimeout(r, 500)); // attached
      for (let i = 0; i < 40; i++) await c.query("INSERT INTO t VALUES ($1)", [i]);
      await new Promise((r) => setTimeout(r, 200));
      tracer.kill("SIGINT");
      await new Promise((r) => tracer.once("exit", r));
      await c.end();
      const walSyncs = trace.split("\n").filter((l) => /fdatasync\(\d+<[^>]*pg_wal\//.test(l)).length;
      console.info(`40 commits: ${walSyncs} fdatasync calls on pg_wal`);
      expect(walSyncs).toBeGreaterThanOrEqual(40);
    },
    60_000,
  );
});

describe("crashes", () => {
  test("SIGKILL of the server under load, three times: every acknowledged commit is there once", async () => {
    const dir = dataDir();
    let h = await open(dir);
    const setup = new pg.Client({ connectionString: h.url });
    await setup.connect();
    await setup.query("CREATE TABLE ack (id int PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())");
    await setup.end();
    const acknowledged: number[] = [];
    let next = 0;
    for (let round = 0; round < 3; round++) {
      const pool = new pg.Pool({ connectionString: h.url, max: 8 });
      pool.on("error", () => {});
      let stop = false;
      const writers = Array.from({ length: 8 }, async () => {
        while (!stop) {
          const id = next++;
          try {
            await pool.query("INSERT INTO ack (id) VALUES ($1)", [id]);
            acknowledged.push(id); // COMMIT returned: the server acknowledged it
          } catch {
            return; // the server is gone: this write was not acknowledged
          }
        }
      });
      await new Promise((r) => setTimeout(r, 700 + round * 300));
      const postmaster = runningPostmaster(dir)!;
      process.kill(postmaster, "SIGKILL");
      stop = true;
      await Promise.all(writers);
      await pool.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 300));
      h = await open(dir); // starts it again: crash recovery from the WAL
      expect(log(dir)).toContain("database system was not properly shut down; automatic recovery in progress");
    }
    const c = new pg.Client({ connectionString: h.url });
    await c.connect();
    const { rows } = await c.query<{ id: number }>("SELECT id FROM ack ORDER BY id");
    await c.end();
    const stored = rows.map((r) => r.id);
    console.info(`3 SIGKILLs: ${acknowledged.length} acknowledged, ${stored.length} stored`);
    expect(acknowledged.length).toBeGreaterThan(100);
    expect(new Set(stored).size).toBe(stored.length);
    expect(acknowledged.filter((id) => !stored.includes(id))).toEqual([]);
  }, 120_000);

  test("a server whose owner was killed is taken over by the next process, which shuts it down cleanly", async () => {
    const dir = dataDir();
    const owner = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { ensureEmbedded } from ${JSON.stringify(path.resolve("src/server/db/embedded-server.mjs"))};
         await ensureEmbedded(${JSON.stringify(dir)}, { log: () => {} }); console.log("up"); setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => owner.stdout.on("data", (d) => String(d).includes("up") && resolve()));
    owner.kill("SIGKILL");
    await new Promise((r) => owner.once("exit", r));
    const orphan = runningPostmaster(dir);
    expect(orphan).not.toBeNull(); // its own process group: not killed with its owner

    const h = await ensureEmbedded(dir, { log: () => {} });
    expect(h.owned).toBe(true);
    expect(h.pid).toBe(orphan);
    await h.stop();
    expect(runningPostmaster(dir)).toBeNull();
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    expect(log(dir).trimEnd().split("\n").at(-1)).toMatch(/database system is shut down$/);
  }, 60_000);
});

describe("a data directory of another major version", () => {
  test("is refused with what to do, and left as it is", async () => {
    const dir = dataDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "PG_VERSION"), "16\n");
    await expect(ensureEmbedded(dir, { log: () => {} })).rejects.toThrow(
      /was made by PostgreSQL 16; this version of the app runs PostgreSQL 18\. Restore a backup/,
    );
    expect(readFileSync(path.join(dir, "PG_VERSION"), "utf8")).toBe("16\n");
  });
});
