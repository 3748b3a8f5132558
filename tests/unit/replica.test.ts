// Which failures of a standby send its reads to the primary, and which settings turn the hot path's
// named statements off (src/server/db/replica.ts, src/server/db/client.ts).
import { describe, expect, test } from "vitest";
import { preparedStatementsFrom } from "@/server/db/client";
import { isConnectionError } from "@/server/db/replica";

describe("isConnectionError", () => {
  test.each([
    [{ code: "ECONNREFUSED" }, true],
    [{ code: "57P01", message: "terminating connection due to administrator command" }, true],
    [{ code: "57P03", message: "the database system is starting up" }, true],
    [{ code: "08006" }, true],
    [{ message: "Connection terminated unexpectedly" }, true],
    [{ message: "timeout exceeded when trying to connect" }, true],
    // A query's own errors are the query's: never retried elsewhere.
    [{ code: "42P01", message: 'relation "x" does not exist' }, false],
    [{ code: "25006", message: "cannot execute INSERT in a read-only transaction" }, false],
    [{ code: "40001" }, false],
    [null, false],
  ])("%j → %s", (e, expected) => expect(isConnectionError(e)).toBe(expected));
});

describe("preparedStatementsFrom", () => {
  const url = "postgres://app@db.internal:6432/ydan";
  test("on by default", () => expect(preparedStatementsFrom(url, {})).toEqual({ url, prepared: true }));
  test.each(["off", "OFF", "false", "0", "no"])("DATABASE_PREPARED_STATEMENTS=%s turns them off", (v) =>
    expect(preparedStatementsFrom(url, { DATABASE_PREPARED_STATEMENTS: v }).prepared).toBe(false),
  );
  test("pgbouncer=true turns them off and is not passed on to the driver", () => {
    expect(preparedStatementsFrom(`${url}?pgbouncer=true`, {})).toEqual({ url, prepared: false });
    expect(preparedStatementsFrom(`${url}?sslmode=require&pgbouncer=true`, {})).toEqual({
      url: `${url}?sslmode=require`,
      prepared: false,
    });
  });
});
