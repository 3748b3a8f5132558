// A throw-away PostgreSQL database for a benchmark: created on BENCH_DATABASE_URL's server (default
// postgres://postgres@127.0.0.1:5432/postgres), migrated with the app's own migrations, dropped after.
import pg from "pg";
import { applyMigrations } from "../src/server/db/migrations.ts";

export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export async function createBenchDatabase(prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
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
