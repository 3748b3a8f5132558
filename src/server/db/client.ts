// Chooses the database: a PostgreSQL server when DATABASE_URL is set, else embedded PostgreSQL
// (PGlite) in ./.data/pglite, migrated on open. Same schema and migrations for both.
import { mkdirSync } from "node:fs";
import { PrismaClient } from "@/generated/prisma/client";
import { lockDataDir } from "./data-dir-lock";
import { applyMigrations, countAppliedMigrations } from "./migrations";
import { hotStatementName } from "./statement-names";

export type DbTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };
export type DbKind = DbTarget["kind"];

export type Database = {
  prisma: PrismaClient;
  kind: DbKind;
  migrationsApplied(): Promise<number>;
  close(): Promise<void>;
};

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "embedded", dataDir: env.PGLITE_DIR ?? "./.data/pglite" };
}

export async function openDatabase(target: DbTarget = targetFromEnv()): Promise<Database> {
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const prisma = new PrismaClient({
      adapter: new PrismaPg(
        { connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) },
        { statementNameGenerator: hotStatementName },
      ),
    });
    return {
      prisma,
      kind: "postgres",
      async migrationsApplied() {
        const rows = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
        return rows[0]?.n ?? 0;
      },
      close: () => prisma.$disconnect(),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  mkdirSync(/*turbopackIgnore: true*/ target.dataDir, { recursive: true });
  const release = lockDataDir(target.dataDir);
  try {
    const pg = await PGlite.create(target.dataDir);
    const applied = await applyMigrations(pg);
    if (applied.length) console.log(`[db] embedded database ${target.dataDir}: applied ${applied.join(", ")}`);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pg) });
    return {
      prisma,
      kind: "embedded",
      migrationsApplied: () => countAppliedMigrations(pg),
      async close() {
        await prisma.$disconnect();
        await pg.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
