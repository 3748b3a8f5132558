// Backup and restore on a PostgreSQL server (DATABASE_URL): pg_dump's custom format and
// pg_restore, the tools made for it (PostgreSQL documentation 25.1 "SQL Dump"). They come with the
// server's client package (Debian: postgresql-client); pg_dump must be as new as the server.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { BackupError } from "./manifest";

function tool(name: "pg_dump" | "pg_restore", args: string[]) {
  const bin = process.env.PG_BIN_DIR ? `${process.env.PG_BIN_DIR}/${name}` : name;
  const r = spawnSync(bin, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT")
    throw new BackupError("noPgDump", { tool: name });
  if (r.status !== 0) throw new Error(`${name}: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout;
}

export function backupServer(url: string, outFile: string) {
  tool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${outFile}`, `--dbname=${url}`]);
}

/** The migrations recorded in a dump: the rows of its _prisma_migrations table, read by pg_restore. */
export function dumpMigrations(file: string): string[] {
  const sql = tool("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file]);
  const copy = /^COPY \S*_prisma_migrations \(([^)]*)\) FROM stdin;\n([\s\S]*?)^\\\.$/m.exec(sql);
  if (!copy) return [];
  const columns = copy[1].split(",").map((c) => c.trim().replaceAll('"', ""));
  const name = columns.indexOf("migration_name");
  const finished = columns.indexOf("finished_at");
  const rolledBack = columns.indexOf("rolled_back_at");
  return copy[2]
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split("\t"))
    .filter((f) => f[finished] !== "\\N" && f[rolledBack] === "\\N")
    .map((f) => f[name])
    .sort();
}

/** Restores into an empty database only: merging a dump into live data would double or mix it. */
export async function restoreServer(url: string, file: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname = current_schema()`,
    );
    if (rows[0].n > 0) throw new BackupError("notEmpty", { tables: rows[0].n });
  } finally {
    await client.end();
  }
  tool("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    `--dbname=${url}`,
    file,
  ]);
}
