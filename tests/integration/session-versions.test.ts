// A session does not outlive the credential or the privileges it was signed in with (OWASP ASVS
// 4.0.3 V3.3.3; OWASP Session Management Cheat Sheet): reissuing a household's PIN ends the
// household's sessions; a password reset, a role change or a deactivation ends the staff member's.
// Each session here is the one sign-in gives (signInStaff / signInHousehold), carried through the
// session cookie's own encoder and decoder, then used the way every request uses it (loadActor, the
// routers through createCaller). After each event the old session is refused and a fresh sign-in
// works.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Context } from "@/server/api/context";
import { createCaller } from "@/server/api/root";
import { loadActor, type StaffActor } from "@/server/auth/actor";
import { actorFromToken, sessionCookie } from "@/server/auth/session-cookie";
import type { SessionActor } from "@/server/auth/session-actor";
import { signInHousehold, signInStaff } from "@/server/auth/sign-in";
import { issuePins } from "@/server/credentials/issue";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createHousehold,
  createNeighbourhood,
  createProvinceStaff,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
let commune: Awaited<ReturnType<typeof createCommune>>;
let hood: Awaited<ReturnType<typeof createNeighbourhood>>;
let admin: ReturnType<typeof callerAs>;
let official: StaffActor;
let address = 0;
const PASSWORD = "Mat-khau-cu-2026";

beforeAll(async () => {
  t = await createTestDb();
  commune = await createCommune(t.db);
  hood = await createNeighbourhood(t.db, commune.id);
  admin = callerAs(t.db, staffSession(await createStaff(t.db, commune.id, "ADMIN")));
  official = (await loadActor(t.db, staffSession(await createStaff(t.db, commune.id, "OFFICIAL")))) as StaffActor;
});
afterAll(() => t.close());

/** The session a browser holds after signing in: through the cookie, as every request reads it. */
async function throughCookie(actor: SessionActor): Promise<SessionActor> {
  const read = await actorFromToken((await sessionCookie(actor)).value);
  expect(read).toEqual(actor);
  return read!;
}

async function staffSignIn(username: string, password = PASSWORD) {
  // Another client address each time: this file is not about the sign-in limit.
  const result = await signInStaff(t.db, { username, password, clientAddress: `10.1.0.${++address}` });
  if (!result.ok) throw new Error(`sign-in refused: ${JSON.stringify(result)}`);
  return throughCookie(result.actor);
}

async function householdSignIn(code: string, pin: string) {
  const result = await signInHousehold(t.db, {
    communeId: commune.id,
    code,
    pin,
    clientAddress: `10.2.0.${++address}`,
  });
  if (!result.ok) throw new Error(`sign-in refused: ${JSON.stringify(result)}`);
  return throughCookie(result.actor);
}

/** Signed in as far as the app is concerned: who-am-I answers, and the actor is read. */
async function expectSignedIn(session: SessionActor) {
  await expect(callerAs(t.db, session).session.me()).resolves.toMatchObject({ id: session.id });
  expect(await loadActor(t.db, session)).not.toBeNull();
}

/** Signed out: every procedure refuses it as anonymous, and pages read no actor. */
async function expectSignedOut(session: SessionActor) {
  await expect(callerAs(t.db, session).session.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  expect(await loadActor(t.db, session)).toBeNull();
}

describe("a household's sessions", () => {
  test("end when its PIN is reissued on an invitation slip; the new PIN signs in", async () => {
    const h = await createHousehold(t.db, hood, { code: "SV01", pin: "135790" });
    await createHousehold(t.db, await createNeighbourhood(t.db, commune.id), { code: "SV02", pin: "246801" });
    const before = await householdSignIn("SV01", "135790");
    const elsewhere = await householdSignIn("SV02", "246801");
    await expectSignedIn(before);
    await expect(callerAs(t.db, before).resident.home()).resolves.toBeDefined();

    const { slips } = await issuePins(t.db, official, { neighbourhoodId: hood.id });
    await expectSignedOut(before);
    await expect(callerAs(t.db, before).resident.home()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // A household of another neighbourhood, whose PIN was not reissued, stays signed in.
    await expectSignedIn(elsewhere);

    const pin = slips.find((s) => s.householdId === h.id)!.pin;
    expect(
      await signInHousehold(t.db, { communeId: commune.id, code: "SV01", pin: "135790", clientAddress: "10.2.9.1" }),
    ).toMatchObject({ ok: false });
    await expectSignedIn(await householdSignIn("SV01", pin));
  });

  test("end when it is deactivated, and stay ended when it is reactivated", async () => {
    await createHousehold(t.db, hood, { code: "SV03", pin: "112233" });
    const before = await householdSignIn("SV03", "112233");
    await expectSignedIn(before);
    await admin.household.setActive({ id: before.id, active: false, reason: "Hộ chuyển đi" });
    await expectSignedOut(before);
    await admin.household.setActive({ id: before.id, active: true, reason: "Hộ trở về" });
    await expectSignedOut(before);
    await expectSignedIn(await householdSignIn("SV03", "112233"));
  });
});

describe("a staff member's sessions", () => {
  const newStaff = (role: "OFFICIAL" | "LEADER" | "ADMIN" = "OFFICIAL") =>
    createStaff(t.db, commune.id, role, { password: PASSWORD });

  test("end when an administrator resets the password; the new password signs in", async () => {
    const s = await newStaff();
    const before = await staffSignIn(s.username);
    await expectSignedIn(before);
    await admin.staff.resetPassword({ id: s.id, password: "Mat-khau-moi-2026" });
    await expectSignedOut(before);
    await expectSignedIn(await staffSignIn(s.username, "Mat-khau-moi-2026"));
  });

  test("end when the role changes, not when only the title does", async () => {
    const s = await newStaff();
    const before = await staffSignIn(s.username);
    await admin.staff.update({
      id: s.id,
      fullName: s.fullName,
      title: "Công chức Văn phòng",
      role: "OFFICIAL",
      neighbourhoodId: null,
    });
    await expectSignedIn(before);
    await admin.staff.update({
      id: s.id,
      fullName: s.fullName,
      title: "Công chức Văn phòng",
      role: "LEADER",
      neighbourhoodId: null,
    });
    await expectSignedOut(before);
    const after = await staffSignIn(s.username);
    await expectSignedIn(after);
    expect(await loadActor(t.db, after)).toMatchObject({ role: "LEADER" });
  });

  test("end when the account is deactivated, and stay ended when it is reactivated", async () => {
    const s = await newStaff();
    const before = await staffSignIn(s.username);
    await admin.staff.setActive({ id: s.id, active: false });
    await expectSignedOut(before);
    await admin.staff.setActive({ id: s.id, active: true });
    await expectSignedOut(before);
    await expectSignedIn(await staffSignIn(s.username));
  });

  test("end when the province's administrator deactivates the account", async () => {
    const provinceAdmin = await createProvinceStaff(t.db, commune.provinceId, "PROVINCE_ADMIN");
    const s = await newStaff("LEADER");
    const before = await staffSignIn(s.username);
    const asProvince = callerAs(t.db, staffSession(provinceAdmin));
    await asProvince.province.setStaffActive({ staffId: s.id, active: false, reason: "Nghỉ việc" });
    await expectSignedOut(before);
    await asProvince.province.setStaffActive({ staffId: s.id, active: true, reason: "Trở lại làm việc" });
    await expectSignedOut(before);
    await expectSignedIn(await staffSignIn(s.username));
  });

  test("a province account changing its own password ends its other sessions, and keeps this one", async () => {
    const leader = await createProvinceStaff(t.db, commune.provinceId, "PROVINCE_LEADER", { password: PASSWORD });
    const [here, there] = [await staffSignIn(leader.username), await staffSignIn(leader.username)];
    const renewed: SessionActor[] = [];
    const ctx: Context = {
      db: t.db,
      session: here,
      locale: "vi",
      now: () => new Date(),
      renewSession: async (s) => void renewed.push(await throughCookie(s)),
    };
    await createCaller(ctx).staff.changeOwnPassword({ current: PASSWORD, next: "Mat-khau-moi-2026" });
    await expectSignedOut(there);
    expect(renewed).toHaveLength(1);
    await expectSignedIn(renewed[0]);
  });

  test("changing one's own password ends the other sessions and keeps the one that changed it (with a fresh cookie)", async () => {
    const s = await newStaff();
    const here = await staffSignIn(s.username);
    const there = await staffSignIn(s.username);
    await expectSignedIn(there);
    const renewed: SessionActor[] = [];
    const ctx: Context = {
      db: t.db,
      session: here,
      locale: "vi",
      now: () => new Date(),
      actorOnce: new Map(),
      renewSession: async (next) => void renewed.push(await throughCookie(next)),
    };
    await expect(
      createCaller(ctx).staff.changeOwnPassword({ current: PASSWORD, next: "Mat-khau-moi-2026" }),
    ).resolves.toEqual({ id: s.id });
    // The other browser is signed out; this one carries on with the cookie it was given.
    await expectSignedOut(there);
    expect(renewed).toHaveLength(1);
    await expectSignedIn(renewed[0]);
    await expect(callerAs(t.db, renewed[0]).consultation.list({})).resolves.toBeDefined();
    // The token this browser held before the change is no longer good either: its cookie was replaced.
    await expectSignedOut(here);
    await expectSignedIn(await staffSignIn(s.username, "Mat-khau-moi-2026"));
  });

  test("a token signed before sessions carried a version counts as signed out", async () => {
    const s = await newStaff();
    const legacy = { type: "staff", id: s.id, communeId: commune.id };
    const { encode } = await import("next-auth/jwt");
    const { getAuthSecret } = await import("@/server/auth/auth-secret");
    expect(
      await actorFromToken(await encode({ token: { sub: s.id, actor: legacy }, secret: getAuthSecret(), maxAge: 600 })),
    ).toBeNull();
  });
});
