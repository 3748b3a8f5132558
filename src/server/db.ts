import type { PrismaClient } from "@/generated/prisma/client";
import { openDatabase, type Database } from "./db/client";

// Not marked "server-only": the resident pages (src/pages, the Pages Router) read the database in
// getServerSideProps, and that marker is refused outside the App Router. It cannot reach a browser
// bundle anyway: ./db/client imports node:fs.
// One database client (and, embedded, one server opened or connected to) per process, opened lazily: importing this module
// never touches ./.data, so `next build` stays away from the data directory.
const state = globalThis as unknown as { __ydanDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error(
      "The database was opened during `next build`. Pages that read the database must be dynamic " +
        "(export const dynamic = 'force-dynamic', or await connection()).",
    );
  }
  state.__ydanDb ??= openDatabase().catch((e) => {
    state.__ydanDb = undefined; // a failed open must not poison every later request
    throw e;
  });
  return state.__ydanDb;
}

export async function getDb(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

/**
 * The client for reads that may be a moment behind the primary (a replica's, when
 * DATABASE_REPLICA_URL names one): public pages, results, dashboards, exports, the audit browse.
 * Never for what a request has just written (receipts, a form's re-read, a record just finalised)
 * nor inside a transaction: those stay on getDb() (src/server/db/replica.ts).
 */
export async function getReadDb(): Promise<PrismaClient> {
  return (await getDatabase()).reads.read();
}
