import { describe, expect, test } from "vitest";
import { isPermission } from "@/domain/roles";
import { appRouter } from "@/server/api/root";

type ProcedureDef = { _def: { meta?: { permission?: string } } };

describe("every tRPC procedure is covered by the permission matrix", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>);

  test("the router has procedures to check", () => {
    expect(procedures.length).toBeGreaterThan(5);
  });

  test.each(procedures.map(([path, p]) => [path, p._def.meta?.permission] as const))(
    "%s names a permission from src/domain/roles.ts (%s)",
    (_path, permission) => {
      expect(permission).toBeTypeOf("string");
      expect(isPermission(permission!)).toBe(true);
    },
  );
});
