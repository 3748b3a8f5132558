// Who may call what, through createCaller on a real database: the matrix, re-read roles,
// deactivated accounts, and outsiders from another commune getting "not found".
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { StaffRole } from "@/generated/prisma/enums";
import { appRouter } from "@/server/api/root";
import { STAFF_ROLES } from "@/domain/roles";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createStaff,
  householdSession,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
let commune: Awaited<ReturnType<typeof createCommune>>;
let other: Awaited<ReturnType<typeof createCommune>>;
const staff = {} as Record<StaffRole, Awaited<ReturnType<typeof createStaff>>>;
let household: Awaited<ReturnType<typeof createHousehold>>;
let draft: Awaited<ReturnType<typeof createConsultation>>;
let foreign: Awaited<ReturnType<typeof createConsultation>>;

beforeAll(async () => {
  t = await createTestDb();
  commune = await createCommune(t.db, "Chợ Chùa");
  other = await createCommune(t.db, "Hành Thịnh");
  const hood = await createNeighbourhood(t.db, commune.id, "Tổ dân phố 1");
  for (const role of STAFF_ROLES)
    staff[role] = await createStaff(t.db, commune.id, role, {
      neighbourhoodId: role === "NEIGHBOURHOOD_HEAD" ? hood.id : undefined,
    });
  household = await createHousehold(t.db, hood);
  draft = await createConsultation(t.db, commune.id, { status: "DRAFT", title: "Lấy ý kiến về nhà văn hóa" });
  await createConsultation(t.db, commune.id, { status: "OPEN", neighbourhoodIds: [hood.id] });
  foreign = await createConsultation(t.db, other.id, { status: "OPEN", title: "Lấy ý kiến của xã khác" });
});
afterAll(() => t.close());

const sessions = () => ({
  anonymous: null,
  RESIDENT: householdSession(household),
  ...Object.fromEntries(STAFF_ROLES.map((r) => [r, staffSession(staff[r])])),
});

// Procedure → the callers that succeed. Everyone else gets UNAUTHORIZED (no session) or FORBIDDEN.
const matrix: [string, (c: ReturnType<typeof callerAs>) => Promise<unknown>, string[]][] = [
  ["commune.list", (c) => c.commune.list(), ["anonymous", "RESIDENT", ...STAFF_ROLES]],
  ["commune.bySlug", (c) => c.commune.bySlug({ commune: commune.slug }), ["anonymous", "RESIDENT", ...STAFF_ROLES]],
  [
    "commune.publicConsultations",
    (c) => c.commune.publicConsultations({ commune: commune.slug }),
    ["anonymous", "RESIDENT", ...STAFF_ROLES],
  ],
  ["session.me", (c) => c.session.me(), ["RESIDENT", ...STAFF_ROLES]],
  ["consultation.list", (c) => c.consultation.list(), [...STAFF_ROLES]],
  ["consultation.get", (c) => c.consultation.get({ id: draft.id }), [...STAFF_ROLES]],
  ["consultation.countByStatus", (c) => c.consultation.countByStatus(), [...STAFF_ROLES]],
  ["neighbourhood.list", (c) => c.neighbourhood.list(), [...STAFF_ROLES]],
  ["audit.list", (c) => c.audit.list(), ["OVERSIGHT", "LEADER", "ADMIN"]],
  ["resident.home", (c) => c.resident.home(), ["RESIDENT"]],
];

describe("role matrix through createCaller", () => {
  const callers = ["anonymous", "RESIDENT", ...STAFF_ROLES];
  test.each(
    matrix.flatMap(([name, call, allowed]) => callers.map((who) => [name, who, allowed.includes(who), call] as const)),
  )("%s as %s → allowed: %s", async (_name, who, allowed, call) => {
    const caller = callerAs(t.db, sessions()[who as keyof ReturnType<typeof sessions>]);
    if (allowed) await expect(call(caller)).resolves.toBeDefined();
    else await expect(call(caller)).rejects.toMatchObject({ code: who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN" });
  });
});

describe("scoping to the actor's commune", () => {
  test("an official of another commune gets NOT_FOUND, and the row is unchanged", async () => {
    const outsider = await createStaff(t.db, other.id, "OFFICIAL");
    const before = await t.db.consultation.findUniqueOrThrow({ where: { id: draft.id } });
    await expect(callerAs(t.db, staffSession(outsider)).consultation.get({ id: draft.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.consultation.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
  });

  test("lists never include another commune's consultations", async () => {
    const list = await callerAs(t.db, staffSession(staff.OFFICIAL)).consultation.list();
    expect(list.length).toBe(2);
    expect(list.map((c) => c.id)).not.toContain(foreign.id);
  });

  test("a session claiming another commune is not signed in", async () => {
    const forged = { ...staffSession(staff.ADMIN), communeId: other.id };
    await expect(callerAs(t.db, forged).consultation.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  test("the public list shows no drafts", async () => {
    const list = await callerAs(t.db, null).commune.publicConsultations({ commune: commune.slug });
    expect(list.map((c) => c.status)).not.toContain("DRAFT");
  });
});

describe("the role is re-read from the database on every call", () => {
  test("a demoted leader loses audit access at once, though the session is unchanged", async () => {
    const leader = await createStaff(t.db, commune.id, "LEADER");
    const caller = callerAs(t.db, staffSession(leader));
    await expect(caller.audit.list()).resolves.toBeDefined();
    await t.db.staffUser.update({ where: { id: leader.id }, data: { role: "OFFICIAL" } });
    await expect(caller.audit.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  test("a deactivated account is signed out", async () => {
    const official = await createStaff(t.db, commune.id, "OFFICIAL");
    const caller = callerAs(t.db, staffSession(official));
    await expect(caller.consultation.list()).resolves.toBeDefined();
    await t.db.staffUser.update({ where: { id: official.id }, data: { active: false } });
    await expect(caller.consultation.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("errors are translated and say what to fix (through the HTTP handler)", () => {
  async function get(
    path: string,
    input: unknown,
    session: ReturnType<typeof staffSession> | null,
    locale: "vi" | "en",
  ) {
    const url = `http://localhost/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(url),
      router: appRouter,
      createContext: () => ({ db: t.db, session, locale, now: () => new Date() }),
    });
    return { status: res.status, body: (await res.json()).error.json }; // superjson envelope
  }

  test("bad input: 400 with a Vietnamese message and the field named", async () => {
    const { status, body } = await get("audit.list", { limit: 0 }, staffSession(staff.OVERSIGHT), "vi");
    expect(status).toBe(400);
    expect(body.message).toMatch(/^Dữ liệu nhập chưa hợp lệ\. Vui lòng kiểm tra các ô được đánh dấu\. limit: /);
    expect(body.data.issues).toEqual([{ path: "limit", message: expect.stringMatching(/quá nhỏ|1/) }]);
  });

  test("not found: 404 in Vietnamese, or in English when asked", async () => {
    const vi = await get("consultation.get", { id: "missing" }, staffSession(staff.OFFICIAL), "vi");
    expect(vi).toMatchObject({ status: 404, body: { message: "Không tìm thấy dữ liệu yêu cầu." } });
    const en = await get("consultation.get", { id: "missing" }, staffSession(staff.OFFICIAL), "en");
    expect(en).toMatchObject({ status: 404, body: { message: "The requested item was not found." } });
  });

  test("not signed in: 401 with a message saying to sign in", async () => {
    const { status, body } = await get("consultation.list", {}, null, "vi");
    expect(status).toBe(401);
    expect(body.message).toBe("Vui lòng đăng nhập để tiếp tục.");
  });

  test("forbidden: 403 and no stack trace leaks", async () => {
    const { status, body } = await get("audit.list", {}, staffSession(staff.OFFICIAL), "en");
    expect(status).toBe(403);
    expect(body.message).toBe("You are not allowed to do this.");
    expect(body.data.stack).toBeUndefined();
  });
});
