// The database `npm run setup` and `npm run setup:province` write to: DATABASE_URL (migrated by
// `npm run db:deploy` first), or the embedded database, migrated on open as the app does (a running
// app's embedded server is simply connected to). Says plainly when migrations are missing.
import { getTranslator } from "../src/i18n/translate.ts";
import { openDatabase, type Database } from "../src/server/db/client.ts";
import { readMigrations } from "../src/server/db/migrations.ts";
import { rawSqlState } from "../src/server/errors.ts";

const t = getTranslator("vi");

export async function openTarget(): Promise<Database | null> {
  const db: Database = await openDatabase();
  // Connects (and loads Prisma's query engine) now, so a server that cannot be reached fails here.
  await db.prisma.$queryRaw`SELECT 1`;
  if (db.kind === "postgres") {
    const applied = await db.migrationsApplied().catch((e) => (rawSqlState(e) === "42P01" ? 0 : Promise.reject(e)));
    const total = readMigrations().length;
    if (applied < total) {
      console.error(t("setup.cli.needDeploy", { applied, total }));
      await db.close();
      return null;
    }
  }
  return db;
}
