// Bulk inserts for the demo seed. Prisma's createMany binds every value as its own parameter; on the
// embedded database 2,264 households took 1.3–1.7 s that way against 0.15–0.3 s as one array per
// column unpacked by unnest(), as the register import does. (One JSON parameter through
// jsonb_populate_recordset was as fast warm, but took about 1 s against 0.3–0.7 s for the first
// insert into a fresh database.) Statement-level triggers (the running tally) see the rows exactly
// as they would after createMany.
import { Prisma } from "@/generated/prisma/client";

type Sql = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

/** The tables the seed fills in bulk, with the columns that have no database default made required. */
export type BulkRows = {
  Household: Prisma.HouseholdCreateManyInput & { id: string; updatedAt: Date };
  RollEntry: Prisma.RollEntryCreateManyInput & { id: string };
  Response: Prisma.ResponseCreateManyInput & { id: string; updatedAt: Date };
  Answer: Prisma.AnswerCreateManyInput & { id: string };
  AnswerChoice: Prisma.AnswerChoiceCreateManyInput;
};

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

function quoted(name: string) {
  if (!IDENTIFIER.test(name)) throw new Error(`insertMany: not an identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
}

/** Each column's SQL type as the database has it ("text", "integer", "\"Channel\"", "timestamp(3) without time zone"). */
async function columnTypes(db: Sql, table: string): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ name: string; type: string }[]>`
    SELECT attname AS name, format_type(atttypid, atttypmod) AS type
      FROM pg_attribute WHERE attrelid = ${`"${table}"`}::regclass AND attnum > 0 AND NOT attisdropped`;
  return new Map(rows.map((r) => [r.name, r.type]));
}

/**
 * Inserts the rows in one statement. The columns are every key any row has (a key a row lacks is
 * NULL for it); columns no row names keep their database defaults. Dates travel as ISO strings in
 * UTC, as Prisma stores them.
 */
export async function insertMany<T extends keyof BulkRows>(db: Sql, table: T, rows: BulkRows[T][]): Promise<void> {
  if (rows.length === 0) return;
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const types = await columnTypes(db, table);
  const columns = [...keys];
  const arrays = columns.map((column) => {
    const type = types.get(column);
    if (!type) throw new Error(`insertMany: ${table} has no column ${column}`);
    const values = rows.map((row) => {
      const value = (row as Record<string, unknown>)[column];
      return value instanceof Date ? value.toISOString() : (value ?? null);
    });
    // Sent as text[] (what the driver can bind whatever the column), then cast to the column's type.
    return Prisma.sql`${values}::text[]::${Prisma.raw(type)}[]`;
  });
  const names = Prisma.join(columns.map(quoted));
  await db.$executeRaw`INSERT INTO ${quoted(table)} (${names}) SELECT * FROM unnest(${Prisma.join(arrays)})`;
}
