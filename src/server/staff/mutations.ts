// Staff accounts, managed by the commune's administrators: create, change role or title, activate
// or deactivate, reset a password; and every staff member changes their own password. All audited
// (never the password itself). An administrator cannot lock the commune out: the last active
// administrator can be neither deactivated nor given another role.
// A password reset or change, a role change and a deactivation raise the account's sessionVersion
// in the same transaction, which ends every session signed in before (session-actor.ts; OWASP ASVS
// 4.0.3 V3.3.3).
import type { PrismaClient } from "@/generated/prisma/client";
import type { CommuneStaffRoleName } from "@/domain/roles";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { hashSecret, verifySecret } from "../auth/secrets";
import { AppError, refuseTaken, type FieldIssue } from "../errors";

export const MIN_PASSWORD = 10;

export function checkPassword(password: string, username: string, field = "password"): FieldIssue[] {
  if (password.length < MIN_PASSWORD)
    return [{ field, key: "staff.errors.passwordShort", params: { min: MIN_PASSWORD } }];
  if (password.toLowerCase().includes(username.toLowerCase()))
    return [{ field, key: "staff.errors.passwordHasUsername" }];
  if (!/[0-9]/.test(password) || !/[^0-9]/.test(password)) return [{ field, key: "staff.errors.passwordMix" }];
  return [];
}

/** A staff username: unique in the whole install (StaffUser.username), lower case, no diacritics. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;

type StaffFields = { fullName: string; title: string; role: CommuneStaffRoleName; neighbourhoodId: string | null };

/** The row's values for the fields: trimmed, no empty title, a neighbourhood only for a head. */
function fieldValues(input: StaffFields) {
  return {
    fullName: input.fullName.trim(),
    title: input.title.trim() || null,
    role: input.role,
    neighbourhoodId: input.role === "NEIGHBOURHOOD_HEAD" ? input.neighbourhoodId : null,
  };
}

async function checkFields(db: PrismaClient, communeId: string, input: StaffFields): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (!input.fullName.trim()) issues.push({ field: "fullName", key: "errors.fieldRequired" });
  if (input.role === "NEIGHBOURHOOD_HEAD") {
    if (!input.neighbourhoodId) issues.push({ field: "neighbourhoodId", key: "staff.errors.headNeedsNeighbourhood" });
    else if (!(await db.neighbourhood.count({ where: { id: input.neighbourhoodId, communeId, active: true } })))
      issues.push({ field: "neighbourhoodId", key: "staff.errors.unknownNeighbourhood" });
  }
  return issues;
}

export async function createStaffAccount(
  db: PrismaClient,
  actor: StaffActor,
  input: StaffFields & { username: string; password: string },
  now: Date,
) {
  const username = input.username.trim().toLowerCase();
  const issues = [
    ...(USERNAME.test(username) ? [] : [{ field: "username", key: "staff.errors.badUsername" }]),
    ...(await checkFields(db, actor.communeId, input)),
    ...checkPassword(input.password, username),
  ];
  if (issues.length) throw AppError.invalid(issues);
  return refuseTaken(
    () =>
      db.$transaction(async (tx) => {
        const s = await tx.staffUser.create({
          data: {
            communeId: actor.communeId,
            username,
            ...fieldValues(input),
            passwordHash: await hashSecret(input.password),
          },
          select: { id: true },
        });
        await appendStaffAudit(tx, actor, {
          action: "staff.created",
          entityType: "StaffUser",
          entityId: s.id,
          data: { username, role: input.role, neighbourhoodId: input.neighbourhoodId },
          now,
        });
        return s;
      }),
    () => [{ field: "username", key: "staff.errors.usernameTaken", params: { username } }],
  );
}

async function staffIn(db: PrismaClient, actor: StaffActor, id: string) {
  const s = await db.staffUser.findFirst({ where: { id, communeId: actor.communeId } });
  if (!s) throw AppError.notFound("staff");
  return s;
}

async function assertNotLastAdmin(db: PrismaClient, communeId: string, staffId: string) {
  const others = await db.staffUser.count({ where: { communeId, role: "ADMIN", active: true, id: { not: staffId } } });
  if (others === 0) throw new AppError("PRECONDITION_FAILED", "lastAdmin");
}

export async function updateStaffAccount(
  db: PrismaClient,
  actor: StaffActor,
  input: StaffFields & { id: string },
  now: Date,
) {
  const s = await staffIn(db, actor, input.id);
  const issues = await checkFields(db, actor.communeId, input);
  if (issues.length) throw AppError.invalid(issues);
  if (s.role === "ADMIN" && input.role !== "ADMIN" && s.active) await assertNotLastAdmin(db, actor.communeId, s.id);
  return db.$transaction(async (tx) => {
    const data = fieldValues(input);
    // A new role is a new set of permissions: sessions signed in under the old one end.
    await tx.staffUser.update({
      where: { id: s.id },
      data: { ...data, ...(s.role === input.role ? {} : { sessionVersion: { increment: 1 } }) },
    });
    await appendStaffAudit(tx, actor, {
      action: "staff.updated",
      entityType: "StaffUser",
      entityId: s.id,
      data: {
        before: { fullName: s.fullName, title: s.title, role: s.role, neighbourhoodId: s.neighbourhoodId },
        after: data,
      },
      now,
    });
    return { id: s.id };
  });
}

export async function setStaffActive(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; active: boolean },
  now: Date,
) {
  const s = await staffIn(db, actor, input.id);
  if (s.active === input.active) return { id: s.id, active: s.active };
  if (!input.active && s.id === actor.id) throw new AppError("PRECONDITION_FAILED", "cannotDeactivateSelf");
  if (!input.active && s.role === "ADMIN") await assertNotLastAdmin(db, actor.communeId, s.id);
  return db.$transaction(async (tx) => {
    // Deactivating ends the sessions for good: reactivating later does not bring them back.
    await tx.staffUser.update({
      where: { id: s.id },
      data: { active: input.active, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    await appendStaffAudit(tx, actor, {
      action: "staff.updated",
      entityType: "StaffUser",
      entityId: s.id,
      data: { active: input.active },
      now,
    });
    return { id: s.id, active: input.active };
  });
}

export async function resetStaffPassword(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; password: string },
  now: Date,
) {
  const s = await staffIn(db, actor, input.id);
  const issues = checkPassword(input.password, s.username);
  if (issues.length) throw AppError.invalid(issues);
  const passwordHash = await hashSecret(input.password);
  return db.$transaction(async (tx) => {
    // A reset is for an account whose password is lost or known to someone else: every session
    // of it ends, whoever holds it.
    await tx.staffUser.update({ where: { id: s.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await appendStaffAudit(tx, actor, {
      action: "staff.passwordReset",
      entityType: "StaffUser",
      entityId: s.id,
      data: { username: s.username },
      now,
    });
    return { id: s.id };
  });
}

/**
 * Everyone changes their own password. A commune's staff change is audited on the commune's chain; a
 * province's staff belong to no commune, so theirs is kept only as the row's own updatedAt.
 * It ends every other session of the account (a browser left signed in elsewhere, or whoever knew
 * the old password) and keeps this one: the new session version is returned, and the caller's
 * request is given a fresh session cookie that carries it (the current password was just checked,
 * as at sign-in).
 */
export async function changeOwnPassword(
  db: PrismaClient,
  actor: StaffActor,
  input: { current: string; next: string },
  now: Date,
) {
  const s = actor.provinceId
    ? await db.staffUser.findFirst({ where: { id: actor.id, provinceId: actor.provinceId } })
    : await staffIn(db, actor, actor.id);
  if (!s) throw AppError.notFound("staff");
  if (!(await verifySecret(s.passwordHash, input.current)))
    throw AppError.invalid([{ field: "current", key: "staff.errors.wrongPassword" }]);
  const issues = checkPassword(input.next, s.username, "next");
  if (input.next === input.current) issues.push({ field: "next", key: "staff.errors.samePassword" });
  if (issues.length) throw AppError.invalid(issues);
  const passwordHash = await hashSecret(input.next);
  return db.$transaction(async (tx) => {
    const { sessionVersion } = await tx.staffUser.update({
      where: { id: s.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    if (!actor.provinceId) {
      await appendStaffAudit(tx, actor, {
        action: "staff.passwordChanged",
        entityType: "StaffUser",
        entityId: s.id,
        data: {},
        now,
      });
    }
    return { id: s.id, sessionVersion };
  });
}

export async function listStaff(db: PrismaClient, actor: StaffActor) {
  const rows = await db.staffUser.findMany({
    where: { communeId: actor.communeId },
    orderBy: [{ active: "desc" }, { role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      fullName: true,
      title: true,
      role: true,
      active: true,
      neighbourhoodId: true,
      neighbourhood: { select: { name: true } },
      createdAt: true,
    },
  });
  // A commune's rows hold commune roles only (the StaffUser_scope_check constraint).
  return rows.map(({ neighbourhood, ...r }) => ({
    ...r,
    role: r.role as CommuneStaffRoleName,
    neighbourhoodName: neighbourhood?.name ?? null,
  }));
}
