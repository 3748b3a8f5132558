// Builds one migrated embedded database per `vitest run` and snapshots it; every test file restores
// the snapshot (≈1 s) instead of running initdb and the migrations again (≈3 s).
// With TEST_DATABASE_URL set, test files use a schema each on that PostgreSQL server instead.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations } from "../../src/server/db/migrations";

export const TEMPLATE_PATH = path.resolve(".data/test-template.tar");

export default async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  const pg = await PGlite.create();
  await applyMigrations(pg);
  const blob = await pg.dumpDataDir("none");
  await pg.close();
  mkdirSync(path.dirname(TEMPLATE_PATH), { recursive: true });
  writeFileSync(TEMPLATE_PATH, Buffer.from(await blob.arrayBuffer()));
}
