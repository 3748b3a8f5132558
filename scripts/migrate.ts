// npm run db:deploy            — apply pending migrations (like `prisma migrate deploy`)
// npm run db:migrate -- <name> — author a migration from schema.prisma changes, then apply it
// Target: DATABASE_URL when set, else the embedded database in EMBEDDED_DB_DIR (default ./.data/postgres).
// The Prisma CLI's migrate needs a native engine these machines cannot download, so this drives
// Prisma's WebAssembly schema engine through a driver adapter instead (same history table).
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { DEFAULT_EMBEDDED_DIR, ensureEmbedded } from "../src/server/db/embedded-server.mjs";
import { PgMigrateFactory } from "./pg-migrate-factory.ts";
import { migrateCreate, migrateDeploy } from "./schema-engine.ts";

const [command, ...rest] = process.argv.slice(2);
const started = performance.now();
let factory: SqlMigrationAwareDriverAdapterFactory;
let close = async () => {};

if (command !== "deploy" && command !== "dev") {
  console.error("Usage: tsx scripts/migrate.ts deploy | dev --name <name>");
  process.exit(2);
}
if (process.env.DATABASE_URL) {
  factory = new PgMigrateFactory(process.env.DATABASE_URL);
  console.log("target: PostgreSQL", process.env.DATABASE_URL.replace(/:[^:@/]+@/, ":***@"));
} else {
  const dir = process.env.EMBEDDED_DB_DIR || DEFAULT_EMBEDDED_DIR;
  const server = await ensureEmbedded(dir);
  factory = new PgMigrateFactory(server.url);
  close = () => server.stop();
  console.log("target: embedded database", dir);
}
try {
  if (command === "dev") {
    const name = rest[rest.indexOf("--name") + 1] ?? rest[0];
    if (!name || !/^[a-z0-9_]+$/.test(name))
      throw new Error("Give the migration a snake_case name: npm run db:migrate -- add_x");
    const created = await migrateCreate(factory, name);
    console.log(created ? `created migration ${created}` : "schema unchanged: no new migration");
  }
  const applied = await migrateDeploy(factory);
  console.log(
    applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations",
    `(${Math.round(performance.now() - started)} ms)`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await close();
}
process.exit(process.exitCode ?? 0);
