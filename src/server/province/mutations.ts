// What a province's administrator does to its communes: set up a new commune with its first
// administrator (the same rules as `npm run setup`, inside their own province only), and
// deactivate or reactivate a commune's staff. Each change is an audit event on the commune's own
// chain, naming the province's administrator.
import type { PrismaClient } from "@/generated/prisma/client";
import { STAFF_ROLES, type CommuneStaffRoleName } from "@/domain/roles";
import type { StaffActor } from "../auth/actor";
import { appendAudit } from "../audit/append";
import { AppError } from "../errors";
import { setUpCommune, type TSetUpCommuneInput } from "../setup/create-commune";
import { provinceOf } from "./summary";

const audited = (actor: StaffActor) => ({
  type: "STAFF" as const,
  id: actor.id,
  label: `${actor.fullName} (cấp tỉnh)`,
});

/** A commune of the actor's province, or "not found": another province's communes do not exist here. */
async function communeInProvince(db: PrismaClient, actor: StaffActor, communeId: string) {
  const province = await provinceOf(db, actor);
  const commune = await db.commune.findFirst({
    where: { id: communeId, provinceId: province.id },
    select: { id: true, name: true, kind: true, slug: true },
  });
  if (!commune) throw AppError.notFound("commune");
  return commune;
}

export async function createCommuneInProvince(
  db: PrismaClient,
  actor: StaffActor,
  input: Omit<TSetUpCommuneInput, "provinceCode" | "provinceName">,
  now: Date,
) {
  const province = await provinceOf(db, actor);
  const result = await setUpCommune(db, { ...input, provinceCode: province.code }, now, {
    via: "province",
    by: audited(actor),
  });
  return result;
}

export async function listCommuneStaff(db: PrismaClient, actor: StaffActor, communeId: string) {
  const commune = await communeInProvince(db, actor, communeId);
  const staff = await db.staffUser.findMany({
    where: { communeId: commune.id },
    orderBy: [{ active: "desc" }, { role: "asc" }, { username: "asc" }],
    select: { id: true, username: true, fullName: true, title: true, role: true, active: true },
  });
  return { commune, staff: staff.map((s) => ({ ...s, role: s.role as CommuneStaffRoleName })) };
}

/**
 * A province administrator may deactivate any of a commune's staff — the commune's last
 * administrator too, when that account is the problem — and must say why; reactivating undoes it.
 */
export async function setCommuneStaffActive(
  db: PrismaClient,
  actor: StaffActor,
  input: { staffId: string; active: boolean; reason: string },
  now: Date,
) {
  const province = await provinceOf(db, actor);
  const s = await db.staffUser.findFirst({
    where: { id: input.staffId, commune: { provinceId: province.id } },
    select: { id: true, communeId: true, username: true, role: true, active: true },
  });
  if (!s || !s.communeId || !(STAFF_ROLES as readonly string[]).includes(s.role)) throw AppError.notFound("staff");
  const reason = input.reason.trim();
  if (!reason) throw AppError.invalid([{ field: "reason", key: "province.errors.reasonRequired" }]);
  if (s.active === input.active) return { id: s.id, active: s.active };
  const communeId = s.communeId;
  return db.$transaction(async (tx) => {
    // Deactivating ends the account's sessions for good (session-actor.ts): reactivating later
    // does not bring them back.
    await tx.staffUser.update({
      where: { id: s.id },
      data: { active: input.active, ...(input.active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    await appendAudit(tx, {
      communeId,
      actor: audited(actor),
      action: input.active ? "staff.reactivatedByProvince" : "staff.deactivatedByProvince",
      entityType: "StaffUser",
      entityId: s.id,
      data: { username: s.username, role: s.role, active: input.active, reason },
      now,
    });
    return { id: s.id, active: input.active };
  });
}
