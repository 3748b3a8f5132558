// Backup and restore of the embedded database: a physical base backup through PostgreSQL's
// low-level API (PostgreSQL documentation 25.3.4, "Making a Base Backup Using the Low Level API"),
// taken while the app runs. The embedded packages ship no pg_dump, and a pg_dump older than the
// server refuses to dump it; this needs only the server itself.
//   pg_backup_start → copy the data directory (without what the documentation says to leave out)
//   → pg_backup_stop → copy the WAL written meanwhile (kept by wal_keep_size) → backup_label.
// Restoring puts the copy in place of the data directory, and PostgreSQL's own recovery replays
// that WAL to a consistent state when it starts.
import {
  chmodSync,
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  lchownSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import pg from "pg";
import * as tar from "tar";
import {
  embeddedBinaries,
  ensureEmbedded,
  postgresVersion,
  runningPostmaster,
  serverUser,
} from "../db/embedded-server.mjs";
import { BackupError, MANIFEST, type Manifest } from "./manifest";

/** Left out of a base backup (PostgreSQL documentation 25.3.4, as pg_basebackup does): rebuilt or runtime-only. */
const EMPTY_DIRS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "backup_manifest"]);
const WAL_FILE = /^[0-9A-F]{24}$/;

function keep(dataDir: string, src: string): boolean {
  const rel = path.relative(dataDir, src);
  if (!rel) return true;
  const parts = rel.split(path.sep);
  const base = parts.at(-1)!;
  if (parts.length === 1 && SKIP_FILES.has(base)) return false;
  if (base.startsWith(".s.PGSQL.") || base.startsWith("pgsql_tmp")) return false;
  return !(parts.length > 1 && EMPTY_DIRS.has(parts[0]));
}

export async function backupEmbedded(dataDir: string, outFile: string): Promise<Manifest> {
  dataDir = path.resolve(dataDir);
  const server = await ensureEmbedded(dataDir, { log: () => {} });
  const client = new pg.Client({ connectionString: server.url });
  const stage = mkdtempSync(path.join(path.dirname(path.resolve(outFile)), ".ydan-backup-"));
  try {
    await client.connect();
    const migrations = await appliedMigrations(client);
    const counts = await householdCount(client);
    // A session-bound ("non-exclusive") backup: if this process dies, the server ends it itself.
    await client.query("SELECT pg_backup_start($1, true)", [`ydan ${new Date().toISOString()}`]);
    const copy = path.join(stage, "data");
    cpSync(dataDir, copy, { recursive: true, filter: (src) => keep(dataDir, src) });
    for (const dir of EMPTY_DIRS) mkdirSync(path.join(copy, dir), { recursive: true });
    const { rows } = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)",
    );
    const stop = rows[0];
    const startWal = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)?.[1];
    const stopWal = (await client.query<{ f: string }>("SELECT pg_walfile_name($1::pg_lsn) AS f", [stop.lsn])).rows[0]
      .f;
    if (!startWal) throw new Error(`unexpected backup label: ${stop.labelfile}`);
    const wal = readdirSync(path.join(dataDir, "pg_wal")).filter(
      (f) => WAL_FILE.test(f) && f >= startWal && f <= stopWal,
    );
    if (!wal.includes(startWal)) {
      throw new Error(`the WAL file ${startWal} the backup starts from was already recycled: run the backup again`);
    }
    for (const f of wal) copyFileSync(path.join(dataDir, "pg_wal", f), path.join(copy, "pg_wal", f));
    writeFileSync(path.join(copy, "backup_label"), stop.labelfile);
    if (stop.spcmapfile) writeFileSync(path.join(copy, "tablespace_map"), stop.spcmapfile);
    const manifest: Manifest = {
      format: "ydan-embedded-base-backup",
      version: 1,
      createdAt: new Date().toISOString(),
      postgres: postgresVersion(await embeddedBinaries()),
      migrations,
      households: counts,
      walFiles: wal.length,
    };
    writeFileSync(path.join(stage, MANIFEST), JSON.stringify(manifest, null, 2));
    await tar.create({ gzip: true, file: outFile, cwd: stage, portable: true }, [MANIFEST, "data"]);
    return manifest;
  } finally {
    await client.end().catch(() => {});
    rmSync(stage, { recursive: true, force: true });
    await server.stop();
  }
}

export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
  );
  return rows.map((r) => r.migration_name);
}

async function householdCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Household"`);
  return rows[0].n;
}

/** The manifest alone, read from the archive before anything is touched. */
export async function readEmbeddedManifest(file: string): Promise<Manifest> {
  let text: string | null = null;
  await tar.list({
    file,
    filter: (p) => p === MANIFEST,
    onReadEntry: (entry) => {
      const chunks: Buffer[] = [];
      entry.on("data", (c: Buffer) => chunks.push(c));
      entry.on("end", () => (text = Buffer.concat(chunks).toString("utf8")));
    },
  });
  if (text === null) throw new BackupError("notABackup", { file });
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== "ydan-embedded-base-backup") throw new BackupError("notABackup", { file });
  return manifest;
}

function chownTree(dir: string, uid: number, gid: number) {
  lchownSync(dir, uid, gid);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chownTree(p, uid, gid);
    else lchownSync(p, uid, gid);
  }
}

/**
 * Puts the backup in place of the data directory, which must not be in use. The directory it
 * replaces is kept beside it (<dir>.before-restore-<time>), never deleted. Returns that path.
 */
export async function restoreEmbedded(dataDir: string, file: string, manifest: Manifest): Promise<string | null> {
  dataDir = path.resolve(dataDir);
  if (runningPostmaster(dataDir) !== null) throw new BackupError("inUse", { dir: dataDir });
  const major = (v: string) => v.split(".")[0];
  const here = postgresVersion(await embeddedBinaries());
  if (major(here) !== major(manifest.postgres)) {
    throw new BackupError("otherMajor", { backup: manifest.postgres, here });
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const stage = mkdtempSync(path.join(path.dirname(dataDir), ".ydan-restore-"));
  try {
    await tar.extract({ file, cwd: stage, filter: (p) => p === "data" || p.startsWith("data/") });
    const copy = path.join(stage, "data");
    if (!existsSync(path.join(copy, "PG_VERSION"))) throw new BackupError("notABackup", { file });
    chmodSync(copy, 0o700);
    const ids = serverUser();
    if (ids.uid !== undefined) chownTree(copy, ids.uid, ids.gid!);
    let previous: string | null = null;
    if (existsSync(dataDir)) {
      previous = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(dataDir, previous);
    }
    renameSync(copy, dataDir);
    return previous;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** gzip's magic number: the embedded backup is a .tar.gz; pg_dump's custom format starts "PGDMP". */
export function isEmbeddedBackup(file: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 2, 0);
  } finally {
    closeSync(fd);
  }
  return head[0] === 0x1f && head[1] === 0x8b;
}
