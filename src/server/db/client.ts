// Chooses the database: a PostgreSQL server when DATABASE_URL is set, else the embedded PostgreSQL
// server in ./.data/postgres (./embedded-server.mjs), started on first use and migrated on open.
// Both are real PostgreSQL reached through @prisma/adapter-pg: same schema, migrations and SQL.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_EMBEDDED_DIR, ensureEmbedded } from "./embedded-server.mjs";
import { applyMigrations, countAppliedMigrations } from "./migrations";
import { hotStatementName } from "./statement-names";

export type DbTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };
export type DbKind = DbTarget["kind"];

export type Database = {
  prisma: PrismaClient;
  kind: DbKind;
  /** The connection string: DATABASE_URL, or the embedded server's socket. */
  url: string;
  migrationsApplied(): Promise<number>;
  close(): Promise<void>;
};

export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "embedded", dataDir: env.EMBEDDED_DB_DIR || DEFAULT_EMBEDDED_DIR };
}

function client(url: string, max: number): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max }, { statementNameGenerator: hotStatementName }),
  });
}

export async function openDatabase(target: DbTarget = targetFromEnv()): Promise<Database> {
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  if (target.kind === "postgres") {
    const prisma = client(target.url, max);
    return {
      prisma,
      kind: "postgres",
      url: target.url,
      migrationsApplied: () => countAppliedMigrations(rawRunner(prisma)),
      close: () => prisma.$disconnect(),
    };
  }
  const server = await ensureEmbedded(target.dataDir);
  try {
    // The embedded database is the app's own: it is migrated whenever it is opened.
    const migrator = new pg.Client({ connectionString: server.url });
    await migrator.connect();
    try {
      const applied = await applyMigrations(migrator);
      if (applied.length) console.log(`[db] embedded database ${target.dataDir}: applied ${applied.join(", ")}`);
    } finally {
      await migrator.end();
    }
  } catch (e) {
    await server.stop();
    throw e;
  }
  const prisma = client(server.url, max);
  return {
    prisma,
    kind: "embedded",
    url: server.url,
    migrationsApplied: () => countAppliedMigrations(rawRunner(prisma)),
    async close() {
      await prisma.$disconnect();
      await server.stop();
    },
  };
}

function rawRunner(prisma: PrismaClient) {
  return {
    query: async (sql: string) => ({ rows: await prisma.$queryRawUnsafe<unknown[]>(sql) }),
  };
}
