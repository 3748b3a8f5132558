// npm run backup [-- --out <file>]  — a backup of the database the app uses, taken while it runs:
//   embedded: a base backup through PostgreSQL's low-level API (src/server/backup/embedded.ts), a
//             .tar.gz with its manifest;
//   DATABASE_URL: pg_dump's custom format (src/server/backup/server.ts).
// npm run restore -- <file>  — puts a backup back. Refuses a backup from a newer schema (its
// migrations are not all this app's: src/domain/backup.ts) before touching anything, an embedded
// database that is running, and, on a server, a target database that is not empty. An older
// backup is migrated forward after the restore. Exits 0, or 1 with the reason in Vietnamese.
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { schemaVerdict } from "../src/domain/backup.ts";
import { getTranslator } from "../src/i18n/translate.ts";
import {
  appliedMigrations,
  backupEmbedded,
  isEmbeddedBackup,
  readEmbeddedManifest,
  restoreEmbedded,
} from "../src/server/backup/embedded.ts";
import { BackupError } from "../src/server/backup/manifest.ts";
import { backupServer, dumpMigrations, restoreServer } from "../src/server/backup/server.ts";
import { openDatabase, targetFromEnv } from "../src/server/db/client.ts";
import { applyMigrations, readMigrations } from "../src/server/db/migrations.ts";

const t = getTranslator(process.env.YDAN_CLI_LANG === "en" ? "en" : "vi");
const [command, ...rest] = process.argv.slice(2);
const started = performance.now();
const ms = () => Math.round(performance.now() - started);
const target = targetFromEnv();
const targetName =
  target.kind === "postgres"
    ? target.url.replace(/:[^:@/]+@/, ":***@")
    : t("setup.backup.embedded", { dir: target.dataDir });

function sizeOf(file: string) {
  const b = statSync(file).size;
  return b > 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(b / 1024)} KB`;
}

async function households(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Household"`)).rows[0].n;
  } finally {
    await c.end();
  }
}

async function backup() {
  const { values } = parseArgs({ args: rest, options: { out: { type: "string" } }, strict: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const out = path.resolve(
    values.out ?? path.join("backups", `ydan-${stamp}.${target.kind === "embedded" ? "tar.gz" : "dump"}`),
  );
  mkdirSync(path.dirname(out), { recursive: true });
  console.log(t("setup.backup.taking", { target: targetName }));
  if (target.kind === "embedded") {
    const m = await backupEmbedded(target.dataDir, out);
    console.log(
      t("setup.backup.done", {
        file: out,
        size: sizeOf(out),
        households: m.households,
        migrations: m.migrations.length,
        ms: ms(),
      }),
    );
  } else {
    backupServer(target.url, out);
    const c = new pg.Client({ connectionString: target.url });
    await c.connect();
    const migrations = await appliedMigrations(c).finally(() => c.end());
    console.log(
      t("setup.backup.done", {
        file: out,
        size: sizeOf(out),
        households: await households(target.url),
        migrations: migrations.length,
        ms: ms(),
      }),
    );
  }
}

function refuseNewer(inBackup: string[]) {
  const verdict = schemaVerdict(
    inBackup,
    readMigrations().map((m) => m.name),
  );
  if (!verdict.ok) {
    throw new BackupError(verdict.kind === "newer" ? "newerSchema" : "divergedSchema", {
      unknown: verdict.unknown.join(", "),
    });
  }
  return verdict;
}

async function restore() {
  const file = rest.find((a) => !a.startsWith("-"));
  if (!file) {
    console.error(t("setup.backup.usage"));
    process.exit(2);
  }
  if (!existsSync(file)) throw new BackupError("missingFile", { file });
  console.log(t("setup.backup.restoring", { file, target: targetName }));
  if (target.kind === "embedded") {
    if (!isEmbeddedBackup(file)) throw new BackupError("notABackup", { file });
    const manifest = await readEmbeddedManifest(file);
    const verdict = refuseNewer(manifest.migrations);
    const previous = await restoreEmbedded(target.dataDir, file, manifest);
    // Opening starts the server (its recovery replays the backup's WAL) and migrates it forward.
    const db = await openDatabase(target);
    try {
      const n = await db.prisma.household.count();
      if (verdict.kind === "older") console.log(t("setup.backup.migrated", { n: verdict.pending.length }));
      console.log(t("setup.backup.restored", { households: n, ms: ms() }));
    } finally {
      await db.close();
    }
    if (previous) console.log(t("setup.backup.kept", { dir: previous }));
  } else {
    if (isEmbeddedBackup(file)) throw new BackupError("notABackup", { file });
    const verdict = refuseNewer(dumpMigrations(file));
    await restoreServer(target.url, file);
    if (verdict.kind === "older") {
      const c = new pg.Client({ connectionString: target.url });
      await c.connect();
      await applyMigrations(c).finally(() => c.end());
      console.log(t("setup.backup.migrated", { n: verdict.pending.length }));
    }
    console.log(t("setup.backup.restored", { households: await households(target.url), ms: ms() }));
  }
}

try {
  if (command === "backup") await backup();
  else if (command === "restore") await restore();
  else {
    console.error(t("setup.backup.usage"));
    process.exit(2);
  }
} catch (e) {
  if (e instanceof BackupError) console.error(t(`setup.backup.errors.${e.key}`, e.values));
  else console.error(t("setup.backup.errors.failed", { message: (e as Error).message }));
  process.exitCode = 1;
}
process.exit(process.exitCode ?? 0);
