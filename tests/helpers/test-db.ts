// A fresh, migrated database per test file: a restored PGlite snapshot by default, or a throw-away
// schema on the PostgreSQL server named by TEST_DATABASE_URL (CI runs both: PGlite is PostgreSQL 18,
// production servers may be 15).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/server/db/migrations";
import { hotStatementName } from "@/server/db/statement-names";

export type TestDb = { db: PrismaClient; kind: "embedded" | "postgres"; close(): Promise<void> };

export async function createTestDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
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
      kind: "postgres",
      async close() {
        await db.$disconnect();
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
        await admin.end();
      },
    };
  }
  const snapshot = readFileSync(path.resolve(".data/test-template.tar"));
  const client = await PGlite.create({ loadDataDir: new Blob([snapshot]) });
  const db = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    db,
    kind: "embedded",
    async close() {
      await db.$disconnect();
      await client.close();
    },
  };
}
