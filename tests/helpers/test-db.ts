// A fresh, migrated database per test file: a throw-away schema on the PostgreSQL server named by
// TEST_DATABASE_URL, which is the embedded server tests/helpers/global-setup.ts starts unless the
// run names one (CI runs both: the embedded server is PostgreSQL 18, production servers may be 15).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/server/db/migrations";
import { hotStatementName } from "@/server/db/statement-names";

export type TestDb = {
  db: PrismaClient;
  kind: "embedded" | "postgres";
  /** The file's schema, for clients of its own on the same data (a replica, a pooler). */
  schema: string;
  close(): Promise<void>;
};

export async function createTestDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error("TEST_DATABASE_URL is not set: run the tests with `npm test` (tests/helpers/global-setup.ts)");
  const schema = `test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
  await applyMigrations(admin);
  // The adapter's {schema} qualifies Prisma's own SQL only; raw queries need the search_path too.
  const db = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: url, options: `-c search_path=${schema}` },
      { schema, statementNameGenerator: hotStatementName },
    ),
  });
  return {
    db,
    schema,
    kind: process.env.TEST_DATABASE_KIND === "embedded" ? "embedded" : "postgres",
    async close() {
      await db.$disconnect();
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.end();
    },
  };
}
