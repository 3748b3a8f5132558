// A throw-away PostgreSQL database for a benchmark: created on BENCH_DATABASE_URL's server (default
// postgres://postgres@127.0.0.1:5432/postgres), migrated with the app's own migrations, dropped after.
import pg from "pg";
import { applyMigrations } from "../src/server/db/migrations.ts";

export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * `template`: copy that (already migrated and seeded) database instead of migrating an empty one —
 * PostgreSQL copies its files, seconds where seeding took minutes.
 */
export async function createBenchDatabase(
  prefix: string,
  template?: string,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(
      template ? `CREATE DATABASE ${name} TEMPLATE ${template} STRATEGY FILE_COPY` : `CREATE DATABASE ${name}`,
    );
  } catch (e) {
    await admin.end();
    throw e;
  }
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  if (template) return { name, url: url.toString(), drop };
  const migrator = new pg.Client({ connectionString: url.toString() });
  try {
    await migrator.connect();
    await applyMigrations(migrator);
  } catch (e) {
    await drop();
    throw e;
  } finally {
    await migrator.end().catch(() => undefined);
  }
  return { name, url: url.toString(), drop };
}

/** Runs `fn` with a connection to the server's maintenance database (for CREATE/DROP DATABASE and the catalogue). */
export async function withBenchServer<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
