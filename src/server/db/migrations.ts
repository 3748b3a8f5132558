// Applies prisma/migrations/*/migration.sql in order and records them in Prisma's own
// _prisma_migrations table (same DDL, sha256 checksum), so scripts/migrate.ts (Prisma's schema
// engine) and this runner share one history. Used at run time on the embedded database and by tests.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A pg.Client fits: multi-statement SQL without parameters uses the simple protocol. */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  exec?: (sql: string) => Promise<unknown>;
}

const HISTORY_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

export function migrationsDir(): string {
  return process.env.MIGRATIONS_DIR ?? path.join(process.cwd(), "prisma", "migrations");
}

export function readMigrations(dir = migrationsDir()): { name: string; sql: string }[] {
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      sql: readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8"),
    }));
}

export async function countAppliedMigrations(db: SqlRunner): Promise<number> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return (rows[0] as { n: number }).n;
}

/** Any number, the same for every migrator: PostgreSQL's advisory locks are keyed by it. */
const MIGRATION_LOCK = 7_265_636_001;

/**
 * Returns the names of the migrations it applied, each in its own transaction. Processes that open
 * the same database at once (the workers of `npm start`) take turns on a session advisory lock, so
 * each migration is applied once.
 */
export async function applyMigrations(db: SqlRunner, dir = migrationsDir()): Promise<string[]> {
  await db.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    return await applyPending(db, dir);
  } finally {
    await db.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}

async function applyPending(db: SqlRunner, dir: string): Promise<string[]> {
  const run = (sql: string) => (db.exec ? db.exec(sql) : db.query(sql));
  await run(HISTORY_DDL);
  const { rows } = await db.query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set((rows as { migration_name: string }[]).map((r) => r.migration_name));
  const applied: string[] = [];
  for (const { name, sql } of readMigrations(dir)) {
    if (done.has(name)) continue;
    const checksum = createHash("sha256").update(sql).digest("hex");
    await run("BEGIN");
    try {
      await run(sql);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), checksum, name],
      );
      await run("COMMIT");
    } catch (e) {
      await run("ROLLBACK");
      throw new Error(`Migration ${name} failed: ${(e as Error).message}`);
    }
    applied.push(name);
  }
  return applied;
}
