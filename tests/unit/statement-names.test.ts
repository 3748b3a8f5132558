import { describe, expect, test } from "vitest";
import { hotStatementName } from "@/server/db/statement-names";

describe("prepared statements for hot queries only", () => {
  test.each([
    ["marked: named", "/* hot */ SELECT 1", /^hot_[0-9a-f]{24}$/],
    ["unmarked (Prisma's own SQL): unnamed", 'SELECT "id" FROM "Household" WHERE "id" = $1', /^$/],
    ["marker not at the start: unnamed", "SELECT 1 /* hot */", /^$/],
  ])("%s", (_label, sql, expected) => {
    expect(hotStatementName({ sql })).toMatch(expected);
  });

  test("the same SQL always gets the same name, different SQL another", () => {
    const a = hotStatementName({ sql: "/* hot */ SELECT $1" });
    expect(hotStatementName({ sql: "/* hot */ SELECT $1" })).toBe(a);
    expect(hotStatementName({ sql: "/* hot */ SELECT $2" })).not.toBe(a);
  });
});
