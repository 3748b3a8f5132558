// Deny by default, generated: every tRPC procedure × every kind of caller. A caller whose
// role the permission matrix does not list is refused before the input is even read (UNAUTHORIZED
// when anonymous, FORBIDDEN otherwise); a listed one is never refused on role and never gets a server
// error. Then every procedure's input is fuzzed from its zod schema's shape: no input is a 500.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isPublic, PERMISSIONS, type Permission, type Role } from "@/domain/roles";
import { appRouter } from "@/server/api/root";
import type { SessionActor } from "@/server/auth/session-actor";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createProvinceStaff,
  createStaff,
  householdSession,
  staffSession,
} from "../helpers/factories";

type ProcedureDef = { _def: { meta?: { permission?: Permission }; type: "query" | "mutation"; inputs: unknown[] } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureDef>);

type Caller = { label: string; role: Role | null; session: () => SessionActor | null; viewCommuneId?: string };

let t: TestDb;
let callers: Caller[];

beforeAll(async () => {
  t = await createTestDb();
  const home = await createCommune(t.db);
  const other = await createCommune(t.db);
  const hood = await createNeighbourhood(t.db, home.id);
  const otherHood = await createNeighbourhood(t.db, other.id);
  const household = await createHousehold(t.db, hood);
  const stranger = await createHousehold(t.db, otherHood);
  const staff = async (role: "NEIGHBOURHOOD_HEAD" | "OFFICIAL" | "LEADER" | "OVERSIGHT" | "ADMIN") =>
    staffSession(
      await createStaff(t.db, home.id, role, { neighbourhoodId: role === "NEIGHBOURHOOD_HEAD" ? hood.id : undefined }),
    );
  const foreignProvince = await t.db.province.create({ data: { code: `FP-${home.id.slice(-6)}`, name: "Tỉnh khác" } });
  const province = {
    admin: staffSession(await createProvinceStaff(t.db, home.provinceId, "PROVINCE_ADMIN")),
    leader: staffSession(await createProvinceStaff(t.db, home.provinceId, "PROVINCE_LEADER")),
    oversight: staffSession(await createProvinceStaff(t.db, home.provinceId, "PROVINCE_OVERSIGHT")),
    foreign: staffSession(await createProvinceStaff(t.db, foreignProvince.id, "PROVINCE_LEADER")),
  };
  const sessions = {
    head: await staff("NEIGHBOURHOOD_HEAD"),
    official: await staff("OFFICIAL"),
    leader: await staff("LEADER"),
    oversight: await staff("OVERSIGHT"),
    admin: await staff("ADMIN"),
  };
  callers = [
    { label: "anonymous", role: null, session: () => null },
    { label: "resident of this commune", role: "RESIDENT", session: () => householdSession(household) },
    { label: "resident of another commune", role: "RESIDENT", session: () => householdSession(stranger) },
    // Province callers first: the fuzzing below picks the last caller a permission admits, so the
    // commune's own staff reach each procedure's code, and the province's reach province.*.
    { label: "province administrator", role: "PROVINCE_ADMIN", session: () => province.admin },
    { label: "province leader, no commune chosen", role: "PROVINCE_LEADER", session: () => province.leader },
    {
      label: "province leader reading this commune",
      role: "PROVINCE_LEADER",
      session: () => province.leader,
      viewCommuneId: home.id,
    },
    {
      label: "province oversight reading this commune",
      role: "PROVINCE_OVERSIGHT",
      session: () => province.oversight,
      viewCommuneId: home.id,
    },
    {
      label: "another province's leader choosing this commune",
      role: "PROVINCE_LEADER",
      session: () => province.foreign,
      viewCommuneId: home.id,
    },
    { label: "neighbourhood head", role: "NEIGHBOURHOOD_HEAD", session: () => sessions.head },
    { label: "official", role: "OFFICIAL", session: () => sessions.official },
    { label: "leader", role: "LEADER", session: () => sessions.leader },
    { label: "oversight", role: "OVERSIGHT", session: () => sessions.oversight },
    { label: "administrator", role: "ADMIN", session: () => sessions.admin },
  ];
});
afterAll(() => t.close());

function call(session: SessionActor | null, path: string, input: unknown, viewCommuneId?: string): Promise<unknown> {
  const caller = callerAs(t.db, session, "vi", undefined, viewCommuneId) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [router, name] = path.split(".");
  return caller[router][name](input);
}

const allowed = (permission: Permission, role: Role | null) =>
  isPublic(permission) || (role !== null && (PERMISSIONS[permission] as readonly Role[]).includes(role));

describe("every procedure × every caller", () => {
  test("the matrix covers every procedure", () => {
    expect(procedures.length).toBeGreaterThan(60);
  });

  test.each(procedures.map(([path, p]) => [path, p._def.meta!.permission!] as const))(
    "%s (%s)",
    async (path, permission) => {
      for (const c of callers) {
        const outcome = await call(c.session(), path, {}, c.viewCommuneId).then(
          () => "ok",
          (e: { code?: string }) => e.code ?? "THROWN",
        );
        if (!allowed(permission, c.role)) {
          expect(outcome, `${c.label} on ${path}`).toBe(c.role === null ? "UNAUTHORIZED" : "FORBIDDEN");
        } else {
          expect(
            ["UNAUTHORIZED", "FORBIDDEN", "INTERNAL_SERVER_ERROR", "THROWN"],
            `${c.label} on ${path}: ${outcome}`,
          ).not.toContain(outcome);
        }
      }
    },
  );
});

/** Values of every JSON kind, plus the ones zod coerces or that break naive code. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  fc.constantFrom(
    "",
    " ",
    "x".repeat(70),
    "0".repeat(64),
    '\'; DROP TABLE "Household"; --',
    "\u0000",
    "Đ̛̣",
    "9".repeat(30),
    "-1",
    "NaN",
    "__proto__",
  ),
  fc.anything({ maxDepth: 2 }),
);

/** Objects with the keys the procedure's input schema names (top level), and anything at all. */
function inputsFor(def: ProcedureDef["_def"]) {
  const shape = (def.inputs[0] as { shape?: Record<string, unknown> } | undefined)?.shape;
  const keys = shape ? Object.keys(shape) : [];
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(shaped, shaped, anyValue);
}

describe("fuzzing every procedure's input: never a server error", () => {
  test.each(procedures.map(([path, p]) => [path, p] as const))("%s", async (path, p) => {
    const permission = p._def.meta!.permission!;
    // The most privileged caller the procedure admits, so the input reaches the procedure's code.
    const c = [...callers].reverse().find((x) => allowed(permission, x.role))!;
    await fc.assert(
      fc.asyncProperty(inputsFor(p._def), async (input) => {
        const outcome = await call(c.session(), path, input, c.viewCommuneId).then(
          () => "ok",
          (e: { code?: string; message?: string }) => e.code ?? `THROWN ${e.message}`,
        );
        expect(outcome, `${path} with ${JSON.stringify(input)?.slice(0, 200)}`).not.toMatch(
          /INTERNAL_SERVER_ERROR|THROWN/,
        );
      }),
      { numRuns: 25, seed: 20261126 },
    );
  });
});
