#!/usr/bin/env node
// npm start: the production build, in WEB_CONCURRENCY worker processes on a PostgreSQL server.
//
// One Node.js process renders pages on one core. A province install serves every commune of the
// province from one machine, so it runs a worker per core: Node's cluster module hands every worker
// the same listening socket and spreads the connections between them. Each worker is Next.js's own
// server through its programmatic API (scripts/serve-worker.mjs), which also hands the app the
// client's address from the connection (sign-in limits: TRUSTED_PROXIES); what the workers share
// lives in PostgreSQL (sign-in limits, the audit chains, advisory locks) or in DATA_DIR (the
// first-run setup token), never in one process's memory.
//
// Without DATABASE_URL, this primary starts the embedded PostgreSQL server (src/server/db/
// embedded-server.mjs) before its workers, which connect to it; it starts the server again if it
// stops unexpectedly (kill -9, out of memory: PostgreSQL recovers from its write-ahead log), and on
// SIGTERM or SIGINT it stops the workers first, then the database, cleanly. Even one worker runs
// under this primary, which starts it again if it stops unexpectedly. Beside them it runs the
// outbox's sender (scripts/sender.ts; SENDER=off when `npm run sender` runs elsewhere).
//
//   WEB_CONCURRENCY=2 npm start        two workers      WEB_CONCURRENCY=auto   one per core
//   npm start -- -p 3001               -p PORT, -H HOSTNAME, --keepAliveTimeout MS, as `next start`
import { spawn } from "node:child_process";
import cluster from "node:cluster";
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEFAULT_EMBEDDED_DIR, ensureEmbedded, runningPostmaster } from "../src/server/db/embedded-server.mjs";
import { serveOptions } from "./serve-worker.mjs";

const worker = fileURLToPath(new URL("./serve-worker.mjs", import.meta.url));
const args = process.argv.slice(2);

/** Workers asked for: WEB_CONCURRENCY as a whole number ≥ 1, or "auto" (one per core). */
export function workersWanted(env) {
  const raw = env.WEB_CONCURRENCY?.trim();
  if (!raw) return 1;
  const n = raw.toLowerCase() === "auto" ? availableParallelism() : Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(
      `WEB_CONCURRENCY phải là số nguyên ≥ 1 hoặc "auto" / must be a whole number ≥ 1 or "auto" (got "${raw}")`,
    );
  }
  return n;
}

/**
 * The public pages' cache of each worker drops what another worker's write changed
 * (scripts/serve-worker.mjs relayPublicInvalidations): an invalidation is handed to every other
 * worker, and its sender hears back once all have applied it (or after 2 s, a worker that does not
 * answer being stuck or gone, said in the log), so its answer leaves no worker serving the old data.
 */
export function relayPublicInvalidations(c) {
  let next = 0;
  const pending = new Map();
  c.on("message", (from, msg) => {
    if (msg?.ydan === "public-invalidate") {
      const others = Object.values(c.workers ?? {}).filter((w) => w && w !== from && w.isConnected());
      const done = () => from.isConnected() && from.send({ ydan: "public-invalidated", id: msg.id });
      if (!others.length) return void done();
      const key = ++next;
      const timer = setTimeout(() => {
        pending.delete(key);
        console.error(`[start] a worker did not apply a public cache invalidation within 2 s`);
        done();
      }, 2_000);
      pending.set(key, {
        left: others.length,
        finish() {
          clearTimeout(timer);
          done();
        },
      });
      for (const w of others) w.send({ ydan: "public-invalidate", key, phase: msg.phase, tags: msg.tags });
    } else if (msg?.ydan === "public-applied") {
      const p = pending.get(msg.key);
      if (p && --p.left === 0) {
        pending.delete(msg.key);
        p.finish();
      }
    }
  });
}

/**
 * The embedded database, owned by this primary. Checked every second: a server that died is started
 * again (its crash recovery replays the WAL, so every acknowledged commit is there) while the
 * workers' pools reconnect by themselves.
 */
async function superviseEmbedded(dir, isStopping) {
  let db = await ensureEmbedded(dir);
  if (!db.owned)
    console.log(`[start] the embedded database in ${dir} is already served by another process: connecting to it`);
  let restarting = false;
  const timer = setInterval(async () => {
    if (restarting || isStopping() || !db.owned || runningPostmaster(dir) !== null) return;
    restarting = true;
    console.error(`[start] the embedded database stopped unexpectedly: starting it again (see ${dir}.log)`);
    try {
      db = await ensureEmbedded(dir);
    } catch (e) {
      console.error(`[start] ${e.message}`);
    } finally {
      restarting = false;
    }
  }, 1_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await db.stop();
    },
  };
}

/**
 * The outbox's sender (scripts/sender.ts), beside the web workers unless SENDER=off (a deployment
 * that runs `npm run sender` elsewhere). Started again if it stops unexpectedly, after a pause that
 * grows while it keeps failing; stopped before the database on shutdown, finishing what it holds.
 */
export function superviseSender(env, isStopping) {
  if (/^(off|false|0|no)$/i.test(env.SENDER ?? "")) return null;
  const script = fileURLToPath(new URL("./sender.ts", import.meta.url));
  let child = null;
  let failures = 0;
  const start = () => {
    const startedAt = Date.now();
    // An IPC channel, so that the sender stops when this process dies, even by kill -9.
    child = spawn(process.execPath, ["--import", "tsx", script], {
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env,
    });
    child.once("exit", (code, signal) => {
      child = null;
      if (isStopping()) return;
      failures = Date.now() - startedAt > 60_000 ? 1 : failures + 1;
      const wait = Math.min(1_000 * 2 ** (failures - 1), 60_000);
      console.error(`[start] the sender stopped (${signal ?? `exit ${code}`}): starting it again in ${wait / 1000} s`);
      setTimeout(() => isStopping() || start(), wait).unref();
    });
  };
  start();
  return {
    stop: () =>
      new Promise((resolve) => {
        if (!child) return resolve();
        const c = child;
        const timer = setTimeout(() => c.kill("SIGKILL"), 15_000);
        c.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        c.kill("SIGTERM");
      }),
  };
}

async function run() {
  const workers = workersWanted(process.env);
  // A wrong argument or TRUSTED_PROXIES is said once here, not by every worker as it dies.
  serveOptions(args, process.env);
  let stopping = false;
  const embedded = process.env.DATABASE_URL
    ? null
    : await superviseEmbedded(process.env.EMBEDDED_DB_DIR || DEFAULT_EMBEDDED_DIR, () => stopping);
  const sender = superviseSender(process.env, () => stopping);
  /** Stops the sender and the database (once the workers are gone), then this process. */
  let exiting = false;
  const exit = async (code) => {
    if (exiting) return;
    exiting = true;
    try {
      await sender?.stop();
      await embedded?.stop();
    } catch (e) {
      console.error(`[start] ${e.message}`);
      code ||= 1;
    }
    process.exit(code);
  };
  if (workers > 1) console.log(`[start] ${workers} workers (WEB_CONCURRENCY), one listening socket`);
  // Rendering a page allocates a lot of short-lived memory: a larger young generation (64 MB
  // semi-spaces instead of 16) means fewer collections, measured at 20–30 % less CPU per page
  // (docs/PERFORMANCE.md). An operator's own --max-semi-space-size in NODE_OPTIONS wins.
  const own = `${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`.includes("--max-semi-space-size");
  cluster.setupPrimary({
    exec: worker,
    args,
    execArgv: [...process.execArgv, ...(own ? [] : ["--max-semi-space-size=64"])],
  });
  /** A worker that dies within its first seconds, again and again, is a broken start: give up. */
  const quickDeaths = [];
  const fork = () =>
    // The workers' count, for the app: Next.js keeps the cache tags it invalidates in one process's
    // memory, so the public pages' cache is off when there are several (src/server/public-cache/tags.ts).
    cluster.fork({ YDAN_WORKERS: String(workers) }).once("online", function () {
      this.startedAt = Date.now();
    });
  for (let i = 0; i < workers; i++) fork();
  relayPublicInvalidations(cluster);

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) void exit(process.exitCode ?? 0);
      return;
    }
    const lived = Date.now() - (worker.startedAt ?? Date.now());
    console.error(
      `[start] worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}) after ${Math.round(lived / 1000)} s`,
    );
    if (lived < 10_000) quickDeaths.push(Date.now());
    while (quickDeaths.length && quickDeaths[0] < Date.now() - 60_000) quickDeaths.shift();
    if (quickDeaths.length >= workers * 2) {
      console.error("[start] workers keep stopping as they start: see the errors above");
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exitCode = typeof code === "number" && code !== 0 ? code : 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) void exit(process.exitCode);
      return;
    }
    fork();
  });

  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
      if (Object.keys(cluster.workers ?? {}).length === 0) void exit(0);
      // A worker that does not stop in 15 s is stopped; the database is still shut down cleanly.
      setTimeout(() => {
        for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
        void exit(1);
      }, 15_000).unref();
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  run().catch((e) => {
    console.error(`[start] ${e.message}`);
    process.exit(1);
  });
}
