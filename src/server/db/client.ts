// Chooses the database: a PostgreSQL server when DATABASE_URL is set, else the embedded PostgreSQL
// server in ./.data/postgres (./embedded-server.mjs), started on first use and migrated on open.
// Both are real PostgreSQL reached through @prisma/adapter-pg: same schema, migrations and SQL.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_EMBEDDED_DIR, ensureEmbedded } from "./embedded-server.mjs";
import { applyMigrations, countAppliedMigrations } from "./migrations";
import { readRouting, type ReadRouting } from "./replica";
import { hotStatementName } from "./statement-names";

export type DbTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };
export type DbKind = DbTarget["kind"];

export type Database = {
  prisma: PrismaClient;
  /** Reads that may lag: DATABASE_REPLICA_URL's standby, else `prisma` itself (./replica.ts). */
  reads: ReadRouting;
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

/**
 * Named prepared statements for the hot path, unless DATABASE_PREPARED_STATEMENTS=off or the URL
 * says pgbouncer=true: a pooler in transaction mode (PgBouncer before 1.21) hands each transaction
 * any server connection, where a statement prepared on another does not exist (README, "A pooler").
 */
export function preparedStatementsFrom(url: string, env: Record<string, string | undefined> = process.env) {
  const off = /^(off|false|0|no)$/i.test(env.DATABASE_PREPARED_STATEMENTS ?? "");
  let pgbouncer = false;
  try {
    pgbouncer = new URL(url).searchParams.get("pgbouncer") === "true";
  } catch {
    // A key=value connection string: only the setting decides.
  }
  return { url: url.replace(/([?&])pgbouncer=[^&]*&?/, "$1").replace(/[?&]$/, ""), prepared: !(off || pgbouncer) };
}

function client(url: string, max: number): PrismaClient {
  const { url: connectionString, prepared } = preparedStatementsFrom(url);
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString, max },
      { statementNameGenerator: prepared ? hotStatementName : undefined },
    ),
  });
}

function replicas(primaryUrl: string, prisma: PrismaClient, max: number): ReadRouting {
  const urls = (process.env.DATABASE_REPLICA_URL ?? "").split(",").filter(Boolean);
  const { url } = preparedStatementsFrom(primaryUrl);
  // A standby read may fall back to a primary connection: named only when every server allows it.
  const all = [primaryUrl, ...urls].map((u) => preparedStatementsFrom(u));
  return readRouting(
    prisma,
    url,
    all.slice(1).map((u) => u.url),
    { max },
    { statementNameGenerator: all.every((u) => u.prepared) ? hotStatementName : undefined },
    { onFallback: (e) => console.warn(`[db] replica unreachable, reading on the primary: ${(e as Error).message}`) },
  );
}

export async function openDatabase(target: DbTarget = targetFromEnv()): Promise<Database> {
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  if (target.kind === "postgres") {
    const prisma = client(target.url, max);
    const reads = replicas(target.url, prisma, max);
    return {
      prisma,
      reads,
      kind: "postgres",
      url: target.url,
      migrationsApplied: () => countAppliedMigrations(rawRunner(prisma)),
      close: async () => {
        await reads.close();
        await prisma.$disconnect();
      },
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
    reads: readRouting(prisma, server.url, [], {}, {}),
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
