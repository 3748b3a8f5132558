// Power-cut simulation of the embedded database (run it with `bash scripts/power-cut/run.sh`, as root).
//
// What it does, each round:
//   1. mounts cachefs (scripts/power-cut/cachefs.c: a FUSE file system that keeps written data in
//      its own memory until the file is fsync'ed, and writes a random part of that cache back at
//      random, as a disk's volatile write cache may) over an empty backing directory;
//   2. initdb onto the mount as the user "postgres", starts postgres with the app's own settings
//      (DURABLE_SETTINGS, imported from src/server/db/embedded-server.mjs), creates the table and
//      the amcheck extension, stops it cleanly;
//   3. starts it again with the round's settings (MODES below): "durable" = the app's settings, and
//      two controls, fsync=off and synchronous_commit=off, to show that the check can fail;
//   4. CONNECTIONS clients commit single-row inserts one by one (BEGIN; INSERT; COMMIT), each id
//      recorded as acknowledged only once COMMIT has returned;
//   5. after a random number of acknowledged commits plus a random delay, while the load runs:
//      the power cut = SIGKILL of the FUSE daemon (its cache is gone) and of postgres's whole
//      process group, then a lazy unmount (fusermount3 -uz);
//   6. starts postgres on the backing directory itself (no FUSE: what reached "the disk"), times
//      its crash recovery, and checks: every acknowledged id present exactly once (counted by a
//      sequential scan, not through the index), count(*) by a sequential and an index-only scan,
//      amcheck's bt_index_check(heapallindexed) on the primary key and verify_heapam on the table.
// Then it counts, with strace, the fsync/fdatasync calls on pg_wal during 100 sequential commits of
// a durable server on a plain directory. Results: bench/results/power-cut.json; reading them:
// docs/DURABILITY.md.
//
// Options (environment): ROUNDS (10 of each mode), COMMITS (300 per round), CONNECTIONS (4),
// CACHEFS_EVICT_MS (20) and CACHEFS_EVICT_PCT (10): every 20 ms, each cached page has a 10 % chance
// of being written back; CACHEFS (the built daemon, given by run.sh), OUT (the JSON file).
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { DURABLE_SETTINGS, embeddedBinaries, postgresVersion } from "../../src/server/db/embedded-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const COMMITS = Number(process.env.COMMITS ?? 300);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 4);
const EVICT_MS = process.env.CACHEFS_EVICT_MS ?? "20";
const EVICT_PCT = process.env.CACHEFS_EVICT_PCT ?? "10";
const CACHEFS = process.env.CACHEFS;
const OUT = process.env.OUT ?? path.join(root, "bench/results/power-cut.json");
const STRACE_COMMITS = 100;
/**
 * The server settings of each kind of round. "durable" is the app's. Two controls show the test
 * can fail: fsync=off (no write is ever asked to reach the disk: what PGlite amounted to) should
 * lose everything or not start; synchronous_commit=off (COMMIT returns before its WAL is flushed;
 * the WAL writer flushes within 3 × wal_writer_delay, PostgreSQL docs 28.4 "Asynchronous Commit")
 * should start and lose the acknowledged commits whose WAL had not been flushed. With the default
 * wal_writer_delay (200 ms) the WAL writer, woken by every filled WAL page, flushed before nearly
 * every cut here (a first run lost nothing): its flush interval is set to 10 s (and
 * wal_writer_flush_after out of the way) so that the window of loss covers the load.
 */
const MODES = {
  durable: DURABLE_SETTINGS,
  "control-fsync-off": { ...DURABLE_SETTINGS, fsync: "off" },
  "control-async-commit": {
    ...DURABLE_SETTINGS,
    synchronous_commit: "off",
    wal_writer_delay: "10s",
    wal_writer_flush_after: "1GB",
  },
};

if (!CACHEFS) throw new Error("CACHEFS is not set: run bash scripts/power-cut/run.sh");
if (process.getuid() !== 0) throw new Error("run as root: FUSE mounts with allow_other, postgres runs as its own user");

const bin = await embeddedBinaries();
const ids = (() => {
  const id = (flag) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g") };
})();
if (!Number.isInteger(ids.uid) || ids.uid <= 0)
  throw new Error('the OS user "postgres" is missing (useradd --system postgres)');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const work = mkdtempSync(path.join(tmpdir(), "ydan-power-cut-"));
chmodSync(work, 0o711); // postgres passes through to its own folders

function ownedDir(dir, mode = 0o700) {
  mkdirSync(dir, { recursive: true });
  chownSync(dir, ids.uid, ids.gid);
  chmodSync(dir, mode);
}

function isMounted(dir) {
  return readFileSync("/proc/mounts", "utf8")
    .split("\n")
    .some((l) => l.split(" ")[1] === dir);
}

async function mountCachefs(backing, mnt, evict = true) {
  mkdirSync(backing, { recursive: true });
  mkdirSync(mnt, { recursive: true });
  chmodSync(backing, 0o755);
  const log = openSync(`${mnt}.cachefs.log`, "a");
  const child = spawn(CACHEFS, [backing, mnt, "-f", "-o", "allow_other,default_permissions,fsname=cachefs"], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      CACHEFS_EVICT_MS: evict ? EVICT_MS : "0",
      CACHEFS_EVICT_PCT: evict ? EVICT_PCT : "0",
      CACHEFS_STATS: `${mnt}.stats.json`,
    },
  });
  for (let i = 0; i < 100 && !isMounted(mnt); i++) await sleep(50);
  if (!isMounted(mnt)) throw new Error(`cachefs did not mount ${mnt}: ${readFileSync(`${mnt}.cachefs.log`, "utf8")}`);
  return child;
}

function initdb(dataDir) {
  const r = spawnSync(
    bin.initdb,
    ["--pgdata", dataDir, "--username=postgres", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-instructions"],
    { ...ids, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr || r.stdout}`);
}

/** postgres in its own process group (a power cut kills the group), socket outside the data dir. */
async function startPostgres(dataDir, sock, settings, logPath, timeoutMs = 300_000) {
  const all = { listen_addresses: "", unix_socket_directories: sock, port: "5432", ...settings };
  const args = ["-D", dataDir, ...Object.entries(all).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
  const fd = openSync(logPath, "a");
  const t0 = performance.now();
  const child = spawn(bin.postgres, args, { ...ids, detached: true, stdio: ["ignore", fd, fd] });
  let exited = null;
  child.once("exit", (code, signal) => (exited = signal ?? code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) return { child: null, exited, ms: performance.now() - t0 };
    const c = new pg.Client({ host: sock, user: "postgres", database: "postgres", connectionTimeoutMillis: 2000 });
    c.on("error", () => {});
    try {
      await c.connect();
      await c.end();
      return { child, exited: null, ms: performance.now() - t0, hasExited: () => exited !== null };
    } catch {
      await c.end().catch(() => {});
    }
    await sleep(20);
  }
  throw new Error(`postgres did not start within ${timeoutMs} ms: ${logPath}`);
}

async function stopPostgres(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  process.kill(child.pid, "SIGINT"); // "fast" shutdown: a checkpoint, then exit (PostgreSQL docs 18.5)
  await done;
}

async function client(sock, database = "postgres") {
  const c = new pg.Client({ host: sock, user: "postgres", database });
  c.on("error", () => {});
  await c.connect();
  return c;
}

/** The load: CONNECTIONS clients, each committing one row at a time until its connection dies. */
async function load(sock, onAck) {
  let next = 1;
  const acked = [];
  const inDoubt = []; // COMMIT (or the INSERT) was sent, no answer came: either outcome is correct
  const errors = new Map();
  const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => client(sock)));
  await Promise.all(
    clients.map(async (c, conn) => {
      for (;;) {
        const id = next++;
        if (id > COMMITS) break;
        let stage = "begin";
        try {
          await c.query("BEGIN");
          stage = "insert";
          await c.query("INSERT INTO acks (id, conn) VALUES ($1, $2)", [id, conn]);
          stage = "commit";
          await c.query("COMMIT");
        } catch (e) {
          if (stage !== "begin") inDoubt.push(id);
          errors.set(e.message, (errors.get(e.message) ?? 0) + 1);
          break;
        }
        acked.push(id); // only now: COMMIT returned
        onAck(acked.length);
      }
    }),
  );
  for (const c of clients) await c.end().catch(() => {});
  return { acked, inDoubt, attempted: Math.min(next - 1, COMMITS), errors: Object.fromEntries(errors) };
}

/**
 * The postmaster's children. Each calls setsid() when forked (InitPostmasterChild), so a signal to
 * the postmaster's process group does not reach them: they are found by their parent pid.
 */
function children(pid) {
  const out = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function kill9(pid) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function powerCut(fuse, pg, mnt) {
  const procs = children(pg.pid);
  const t = performance.now();
  // The disk's cache first, then every postgres process: nothing either held is kept. A postgres
  // process that runs on for a moment can no longer write anything anywhere.
  kill9(fuse.pid);
  kill9(pg.pid);
  for (const p of procs) kill9(p);
  const ms = performance.now() - t;
  spawnSync("fusermount3", ["-uz", mnt]);
  return { ms, processesKilled: procs.length + 1, pids: procs };
}

/** Until every killed process is gone or a zombie: none of them may still hold the shared memory. */
async function waitGone(pids) {
  for (let i = 0; i < 200; i++) {
    const alive = pids.filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
      } catch {
        return false;
      }
    });
    if (!alive.length) return;
    await sleep(25);
  }
  throw new Error("postgres processes survived SIGKILL");
}

async function waitExit(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((r) => child.once("exit", r));
}

async function check(sock, acked, inDoubt) {
  const c = await client(sock);
  const out = {};
  try {
    out.count = Number((await c.query("SELECT count(*) AS n FROM acks")).rows[0].n);
    // The ids as the heap holds them (sequential scan only), so that a doubled row cannot hide
    // behind the unique index.
    await c.query("SET enable_indexscan = off; SET enable_indexonlyscan = off; SET enable_bitmapscan = off");
    const rows = (await c.query("SELECT id, count(*)::int AS n FROM acks GROUP BY id")).rows;
    const seen = new Map(rows.map((r) => [r.id, r.n]));
    out.seqScanCount = rows.reduce((s, r) => s + r.n, 0);
    out.lost = acked.filter((id) => !seen.has(id)).length;
    out.lostIds = acked.filter((id) => !seen.has(id)).slice(0, 20);
    out.doubled = rows.filter((r) => r.n > 1).length;
    const ack = new Set(acked);
    const doubt = new Set(inDoubt);
    out.inDoubtPresent = rows.filter((r) => doubt.has(r.id)).length;
    out.neverAcknowledgedPresent = rows.filter((r) => !ack.has(r.id) && !doubt.has(r.id)).length;
    await c.query("RESET ALL; SET enable_seqscan = off; SET enable_bitmapscan = off");
    const plan = (await c.query("EXPLAIN SELECT count(*) FROM acks WHERE id > 0")).rows.map((r) => r["QUERY PLAN"]);
    out.indexOnlyScanCount = Number((await c.query("SELECT count(*) AS n FROM acks WHERE id > 0")).rows[0].n);
    out.indexOnlyPlan = plan.some((l) => l.includes("Index Only Scan"));
    await c.query("RESET ALL");
    await c.query("SELECT bt_index_check('acks_pkey'::regclass, true)");
    out.btIndexCheck = "ok";
    out.verifyHeapamProblems = Number((await c.query("SELECT count(*) AS n FROM verify_heapam('acks')")).rows[0].n);
  } catch (e) {
    out.error = e.message;
  } finally {
    await c.end().catch(() => {});
  }
  return out;
}

function readStats(mnt) {
  try {
    return JSON.parse(readFileSync(`${mnt}.stats.json`, "utf8"));
  } catch {
    return null;
  }
}

/**
 * The model itself, before any round: unsynced data must vanish with the daemon, fsynced data
 * must stay, closing a file must not make it durable, metadata is immediate.
 */
async function selfTest() {
  const dir = path.join(work, "self-test");
  const backing = path.join(dir, "backing");
  const mnt = path.join(dir, "mnt");
  const fuse = await mountCachefs(backing, mnt, false);
  const { closeSync, fsyncSync, fdatasyncSync, writeSync, renameSync } = await import("node:fs");
  const w = (name, bytes, sync) => {
    const fd = openSync(path.join(mnt, name), "w");
    writeSync(fd, Buffer.alloc(bytes, 0x61));
    if (sync === "fsync") fsyncSync(fd);
    if (sync === "fdatasync") fdatasyncSync(fd);
    closeSync(fd);
  };
  w("closed-only", 10000);
  w("fsynced", 10000, "fsync");
  w("fdatasynced", 10000, "fdatasync");
  const fd = openSync(path.join(mnt, "half"), "w");
  writeSync(fd, Buffer.alloc(8192, 0x62));
  fdatasyncSync(fd);
  writeSync(fd, Buffer.alloc(8192, 0x63), 0, 8192, 4096); // rewrites the second page, adds a third
  closeSync(fd);
  renameSync(path.join(mnt, "fsynced"), path.join(mnt, "renamed"));
  const seen = {
    closedOnlyBeforeCut: readFileSync(path.join(mnt, "closed-only")).length,
    halfBeforeCut: readFileSync(path.join(mnt, "half")).length,
  };
  kill9(fuse.pid);
  await waitExit(fuse);
  spawnSync("fusermount3", ["-uz", mnt]);
  const size = (name) => {
    try {
      return readFileSync(path.join(backing, name)).length;
    } catch {
      return null;
    }
  };
  const half = readFileSync(path.join(backing, "half"));
  const result = {
    ...seen,
    closedOnlyAfterCut: size("closed-only"),
    fsyncedRenamedAfterCut: size("renamed"),
    fdatasyncedAfterCut: size("fdatasynced"),
    halfAfterCut: half.length,
    halfSecondPageKeptOld: half.length === 8192 && half[5000] === 0x62,
  };
  result.ok =
    result.closedOnlyBeforeCut === 10000 &&
    result.halfBeforeCut === 12288 &&
    result.closedOnlyAfterCut === 0 &&
    result.fsyncedRenamedAfterCut === 10000 &&
    result.fdatasyncedAfterCut === 10000 &&
    result.halfSecondPageKeptOld;
  rmSync(dir, { recursive: true, force: true });
  if (!result.ok) throw new Error(`cachefs does not behave as its model says: ${JSON.stringify(result)}`);
  return result;
}

function tail(file, lines = 12) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines);
  } catch {
    return [];
  }
}

async function round(mode, i) {
  const dir = path.join(work, `${mode}-${i}`);
  const backing = path.join(dir, "backing");
  const mnt = path.join(dir, "mnt");
  const sock = path.join(dir, "sock");
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o711);
  ownedDir(sock);
  const logPath = path.join(dir, "postgres.log");
  writeFileSync(logPath, "");
  chownSync(logPath, ids.uid, ids.gid);

  let fuse = await mountCachefs(backing, mnt);
  const dataDir = path.join(mnt, "pgdata");
  ownedDir(dataDir);
  initdb(dataDir);
  // Setup with the durable settings and a clean stop, the same for both modes: the rounds differ
  // only in the load.
  let s = await startPostgres(dataDir, sock, DURABLE_SETTINGS, logPath);
  if (!s.child) throw new Error(`postgres did not start on cachefs: ${tail(logPath).join("\n")}`);
  let c = await client(sock);
  await c.query("CREATE TABLE acks (id int PRIMARY KEY, conn int NOT NULL, at timestamptz NOT NULL DEFAULT now())");
  await c.query("CREATE EXTENSION amcheck");
  await c.end();
  await stopPostgres(s.child);

  const settings = MODES[mode];
  s = await startPostgres(dataDir, sock, settings, logPath);
  if (!s.child) throw new Error(`postgres did not restart on cachefs: ${tail(logPath).join("\n")}`);
  const postmaster = s.child;

  const target = Math.floor(COMMITS * (0.2 + 0.6 * Math.random()));
  // A checkpoint before the cut, so that the pages changed after it are written whole into the WAL
  // (full_page_writes) and may reach the backing directory torn, half old and half new, by the
  // cache's random write-back: recovery must repair them.
  const checkpointAt = Math.floor(target * (0.2 + 0.6 * Math.random()));
  const cp = await client(sock);
  let checkpoint = null;
  const delayMs = Math.floor(Math.random() * 20);
  let cutAt = null;
  let cutMs = null;
  let acks = 0;
  const loadStart = performance.now();
  const result = await load(sock, (n) => {
    acks = n;
    if (n === checkpointAt && checkpoint === null) {
      const t = performance.now();
      // and a new WAL segment first (created, zero-filled, fsynced and renamed into place)
      checkpoint = cp
        .query("SELECT pg_switch_wal()")
        .then(() => cp.query("CHECKPOINT"))
        .then(
          () => ({ afterAcks: checkpointAt, ms: Math.round(performance.now() - t) }),
          (e) => ({ afterAcks: checkpointAt, error: e.message }),
        );
    }
    if (n === target && cutAt === null) {
      cutAt = "pending";
      setTimeout(() => {
        cutAt = { ackedBefore: acks, msIntoLoad: Math.round(performance.now() - loadStart) };
        cutMs = powerCut(fuse, postmaster, mnt);
      }, delayMs);
    }
  });
  const loadMs = performance.now() - loadStart;
  checkpoint = await checkpoint;
  await cp.end().catch(() => {});
  if (cutAt === null || cutAt === "pending") {
    // the load ended before the cut (it should not, the target is at most 80 % of it): cut now
    cutMs = powerCut(fuse, postmaster, mnt);
    cutAt = { afterLoad: true };
  }
  await waitExit(fuse);
  await waitExit(postmaster);
  await waitGone(cutMs.pids);
  const cacheAtCut = readStats(mnt);

  // What reached "the disk": the backing directory, without FUSE.
  const recoveryLog = path.join(dir, "recovery.log");
  writeFileSync(recoveryLog, "");
  chownSync(recoveryLog, ids.uid, ids.gid);
  let r = await startPostgres(path.join(backing, "pgdata"), sock, DURABLE_SETTINGS, recoveryLog, 120_000);
  let startRefused = null;
  if (!r.child && /lock file "postmaster.pid" is empty/.test(readFileSync(recoveryLog, "utf8"))) {
    // PostgreSQL will not start on an empty lock file (a file created but whose contents never
    // reached the disk) until someone deletes it: do that step by hand, as an administrator
    // would, to see what data survived, and report the refusal.
    startRefused = tail(recoveryLog, 2);
    rmSync(path.join(backing, "pgdata", "postmaster.pid"));
    r = await startPostgres(path.join(backing, "pgdata"), sock, DURABLE_SETTINGS, recoveryLog, 120_000);
  }
  const row = {
    mode,
    round: i + 1,
    attempted: result.attempted,
    acknowledged: result.acked.length,
    inDoubt: result.inDoubt.length,
    cutAfterAcks: target,
    ackedWhenCut: cutAt.ackedBefore ?? null,
    cutDelayMs: delayMs,
    cutMsIntoLoad: cutAt.msIntoLoad ?? null,
    // every commit of the round was acknowledged before the cut: it came as the load ended
    cutAfterLastCommit: result.acked.length === COMMITS,
    loadMs: Math.round(loadMs),
    killMs: Math.round(cutMs.ms * 10) / 10,
    processesKilled: cutMs.processesKilled,
    cacheAtCut,
    checkpoint,
    cutDuringCheckpoint: Boolean(checkpoint?.error),
    clientErrors: result.errors,
  };
  row.startRefusedUntilLockFileRemoved = startRefused;
  if (!r.child) {
    row.serverStarted = false;
    // why: the PANIC, else the last FATAL that is not a client turned away while it started
    const why = readFileSync(recoveryLog, "utf8")
      .split("\n")
      .filter((l) => /(PANIC|FATAL): /.test(l) && !/is starting up|in recovery mode/.test(l));
    row.startFailure = (why.find((l) => l.includes("PANIC:")) ?? why.at(-1) ?? "").replace(
      /^.*?(PANIC|FATAL): +/,
      "$1: ",
    );
    row.present = 0;
    row.lost = result.acked.length;
    row.recoveryLog = tail(recoveryLog);
  } else {
    row.serverStarted = true;
    row.recoveryMs = Math.round(r.ms);
    const log = readFileSync(recoveryLog, "utf8");
    row.crashRecovery = /database system was (interrupted|not properly shut down)/.test(log);
    row.redo = (log.match(/redo done at [^\n]*/) ?? [null])[0];
    // from the server's first log line to "ready to accept connections": recovery itself
    const stamp = (re) => {
      const m = log.match(new RegExp(`^(\\S+ \\S+) UTC \\[\\d+\\] LOG:  ${re}`, "m"));
      return m ? Date.parse(`${m[1].replace(" ", "T")}Z`) : NaN;
    };
    row.recoveryLogMs = stamp("starting PostgreSQL")
      ? stamp("database system is ready") - stamp("starting PostgreSQL")
      : null;
    const k = await check(sock, result.acked, result.inDoubt);
    Object.assign(row, k);
    row.present = k.error ? null : result.acked.length - k.lost;
    if (k.error) {
      row.lost = result.acked.length;
      row.recoveryLog = tail(recoveryLog);
    }
    await stopPostgres(r.child);
  }
  row.ok =
    row.serverStarted &&
    !startRefused &&
    !row.error &&
    row.lost === 0 &&
    row.doubled === 0 &&
    row.count === row.seqScanCount &&
    row.count === row.indexOnlyScanCount &&
    row.verifyHeapamProblems === 0;
  if (row.ok || process.env.KEEP !== "1") rmSync(dir, { recursive: true, force: true });
  return row;
}

/** fsync/fdatasync calls per commit, counted by strace on a durable server on a plain directory. */
async function straceCount() {
  const dir = path.join(work, "strace");
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o711);
  const dataDir = path.join(dir, "pgdata");
  const sock = path.join(dir, "sock");
  ownedDir(dataDir);
  ownedDir(sock);
  const logPath = path.join(dir, "postgres.log");
  writeFileSync(logPath, "");
  chownSync(logPath, ids.uid, ids.gid);
  initdb(dataDir);
  const s = await startPostgres(dataDir, sock, DURABLE_SETTINGS, logPath);
  let c = await client(sock);
  await c.query("CREATE TABLE acks (id int PRIMARY KEY, conn int NOT NULL, at timestamptz NOT NULL DEFAULT now())");
  await c.query("CHECKPOINT");
  await c.end();
  // Every process of the server: the postmaster (and, with -f, the backend it forks for the
  // client below) and the auxiliary processes already running (WAL writer, checkpointer, …).
  const pids = [s.child.pid, ...children(s.child.pid)].map(String);
  const out = path.join(dir, "strace.txt");
  const st = spawn(
    "strace",
    ["-f", "-y", "-e", "trace=fsync,fdatasync", "-o", out, ...pids.flatMap((p) => ["-p", p])],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let err = "";
  st.stderr.on("data", (d) => (err += d));
  for (let i = 0; i < 100 && !err.includes(`Process ${pids.at(-1)} attached`); i++) await sleep(50);
  await sleep(300);
  c = await client(sock);
  const backend = (await c.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
  await sleep(200);
  const before = readFileSync(out, "utf8").split("\n").filter(Boolean).length;
  const t0 = performance.now();
  for (let id = 1; id <= STRACE_COMMITS; id++) {
    await c.query("BEGIN");
    await c.query("INSERT INTO acks (id, conn) VALUES ($1, 0)", [id]);
    await c.query("COMMIT");
  }
  const ms = performance.now() - t0;
  await sleep(300);
  const lines = readFileSync(out, "utf8").split("\n").filter(Boolean).slice(before);
  // who the other processes are, by the title postgres gives them ("postgres: walwriter")
  const title = (pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
    } catch {
      return "gone";
    }
  };
  const titles = Object.fromEntries(lines.map((l) => l.split(/\s+/)[0]).map((p) => [p, title(p)]));
  await c.end();
  process.kill(st.pid, "SIGINT");
  await new Promise((r) => st.once("exit", r));
  await stopPostgres(s.child);
  const calls = lines.filter((l) => /\b(fsync|fdatasync)\(/.test(l) && !l.includes("resumed>"));
  const resumed = lines.filter((l) => /<\.\.\. (fsync|fdatasync) resumed>/.test(l));
  const wal = calls.filter((l) => l.includes("/pg_wal/"));
  const byCall = {};
  for (const l of wal) {
    const name = l.match(/\b(fsync|fdatasync)\(/)[1];
    byCall[name] = (byCall[name] ?? 0) + 1;
  }
  const byPid = {};
  for (const l of wal) {
    const pid = l.split(/\s+/)[0];
    const who = Number(pid) === backend ? "committing backend" : titles[pid];
    byPid[who] = (byPid[who] ?? 0) + 1;
  }
  const result = {
    commits: STRACE_COMMITS,
    pgWalSyncsBy: byPid,
    durationMs: Math.round(ms),
    processesTraced: pids.length + 1, // and the client's backend, forked while traced (-f)
    syncCallsTotal: calls.length,
    syncCallsOnPgWal: wal.length,
    syncCallsOnPgWalByName: byCall,
    pgWalSyncsPerCommit: wal.length / STRACE_COMMITS,
    unfinishedCallsResumed: resumed.length,
    sample: wal.slice(0, 3),
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const rows = [];
const started = new Date().toISOString();
try {
  const modelCheck = await selfTest();
  console.log(`cachefs self-test: ${JSON.stringify(modelCheck)}`);
  for (let i = 0; i < ROUNDS; i++) {
    for (const mode of Object.keys(MODES)) {
      const row = await round(mode, i);
      rows.push(row);
      console.log(
        `${mode.padEnd(20)} round ${i + 1}: acknowledged ${row.acknowledged}, present ${row.present}, lost ${row.lost}, ` +
          `doubled ${row.doubled ?? "-"}, cached pages at cut ${row.cacheAtCut?.cachedPages ?? "?"}, in doubt ${row.inDoubt} (present ${row.inDoubtPresent ?? "-"}), ` +
          `server started ${row.serverStarted}${row.startRefusedUntilLockFileRemoved ? " (after removing an empty postmaster.pid)" : ""}, recovery ${row.recoveryMs ?? "-"} ms, ok ${row.ok}` +
          (row.error ? `, error: ${row.error}` : ""),
      );
    }
  }
  const strace = await straceCount();
  console.log(
    `strace: ${strace.syncCallsOnPgWal} fsync/fdatasync on pg_wal for ${strace.commits} commits ` +
      `(${strace.pgWalSyncsPerCommit} per commit), ${strace.syncCallsTotal} sync calls in all`,
  );
  const summary = (mode) => {
    const r = rows.filter((x) => x.mode === mode);
    return {
      rounds: r.length,
      roundsOk: r.filter((x) => x.ok).length,
      acknowledged: r.reduce((s, x) => s + x.acknowledged, 0),
      cutDuringCheckpoint: r.filter((x) => x.cutDuringCheckpoint).length,
      recoveryMs: r.filter((x) => x.recoveryMs !== undefined).map((x) => x.recoveryMs),
      lost: r.reduce((s, x) => s + (x.lost ?? 0), 0),
      doubled: r.reduce((s, x) => s + (x.doubled ?? 0), 0),
      serverDidNotStart: r.filter((x) => !x.serverStarted).length,
      startRefusedUntilLockFileRemoved: r.filter((x) => x.startRefusedUntilLockFileRemoved).length,
      roundsLosingAcknowledged: r.filter((x) => (x.lost ?? 0) > 0).length,
      unreadable: r.filter((x) => x.error).length,
    };
  };
  const report = {
    what: "Power-cut simulation of the embedded PostgreSQL: scripts/power-cut/run.mjs, read with docs/DURABILITY.md",
    started,
    finished: new Date().toISOString(),
    postgres: postgresVersion(bin),
    settings: MODES,
    cachefs: {
      selfTest: modelCheck,
      pageBytes: 4096,
      evictEveryMs: Number(EVICT_MS),
      evictPercentPerTick: Number(EVICT_PCT),
    },
    load: { commitsPerRound: COMMITS, connections: CONNECTIONS, statement: "BEGIN; INSERT one row; COMMIT" },
    machine: "2 shared cores: durations are noisy, compare within this run only",
    summary: Object.fromEntries(Object.keys(MODES).map((m) => [m, summary(m)])),
    rounds: rows,
    strace,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2) + "\n");
  console.log(`written: ${path.relative(root, OUT)}`);
  const d = report.summary.durable;
  if (d.roundsOk !== d.rounds) {
    console.log("FAIL: the durable server lost or damaged acknowledged commits");
    process.exitCode = 1;
  }
  for (const m of Object.keys(MODES).filter((x) => x !== "durable")) {
    if (report.summary[m].roundsOk === report.summary[m].rounds) {
      console.log(`NOTE: the control ${m} lost nothing in any round: the simulation did not show it can fail`);
      process.exitCode = 1;
    }
  }
} finally {
  if (process.env.KEEP !== "1") rmSync(work, { recursive: true, force: true });
  else console.log(`kept: ${work}`);
}
