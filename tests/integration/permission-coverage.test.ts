import { describe, expect, test } from "vitest";
import { isPermission } from "@/domain/roles";
import { appRouter } from "@/server/api/root";
import { householdProcedure, permittedProcedure, publicProcedure, staffProcedure } from "@/server/api/trpc";

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

describe("a procedure's builder matches who holds its permission (it types ctx.actor)", () => {
  test.each([
    ["staffProcedure", () => staffProcedure("consultation.read"), true],
    ["staffProcedure for a household permission", () => staffProcedure("resident.view"), false],
    ["staffProcedure for one both hold", () => staffProcedure("session.read"), false],
    ["householdProcedure", () => householdProcedure("response.submitOnline"), true],
    ["householdProcedure for a staff permission", () => householdProcedure("consultation.read"), false],
    ["permittedProcedure for one both hold", () => permittedProcedure("session.read"), true],
    ["permittedProcedure for a staff permission", () => permittedProcedure("consultation.read"), false],
    ["permittedProcedure for a public permission", () => permittedProcedure("commune.read"), false],
    ["publicProcedure for a staff permission", () => publicProcedure("consultation.read"), false],
  ] as const)("%s", (_label, build, builds) => {
    if (builds) expect(build).not.toThrow();
    else expect(build).toThrow();
  });
});
