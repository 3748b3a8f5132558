// Households: edit and deactivate (administrators), audited. A household is never deleted: past
// rolls and responses refer to it.
import type { PrismaClient } from "@/generated/prisma/client";
import { normalisePhone } from "@/domain/register-import";
import { appendAudit } from "../audit/append";
import { staffAuditActor } from "../audit/actor";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";

export async function updateHousehold(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; headName: string; address: string; members: number; phone: string; neighbourhoodId: string },
  now: Date,
) {
  const h = await db.household.findFirst({ where: { id: input.id, communeId: actor.communeId } });
  if (!h) throw AppError.notFound("household");
  const headName = input.headName.normalize("NFC").replace(/\s+/g, " ").trim();
  const phone = normalisePhone(input.phone);
  const issues = [
    ...(headName ? [] : [{ field: "headName", key: "register.issue.emptyName" }]),
    ...(phone === "bad" ? [{ field: "phone", key: "register.issue.badPhone", params: { value: input.phone } }] : []),
  ];
  if (!(await db.neighbourhood.count({ where: { id: input.neighbourhoodId, communeId: actor.communeId, active: true } }))) issues.push({ field: "neighbourhoodId", key: "staff.errors.unknownNeighbourhood" });
  if (issues.length) throw AppError.invalid(issues);
  const data = { headName, address: input.address.normalize("NFC").trim(), members: input.members, phone: phone as string | null, neighbourhoodId: input.neighbourhoodId };
  return db.$transaction(async (tx) => {
    await tx.household.update({ where: { id: h.id }, data: { ...data, updatedAt: now } });
    await appendAudit(tx, {
      communeId: actor.communeId,
      actor: staffAuditActor(actor),
      action: "household.updated",
      entityType: "Household",
      entityId: h.id,
      data: { code: h.code, before: { headName: h.headName, address: h.address, members: h.members, phone: h.phone, neighbourhoodId: h.neighbourhoodId }, after: data },
      now,
    });
    return { id: h.id };
  });
}

export async function setHouseholdActive(db: PrismaClient, actor: StaffActor, input: { id: string; active: boolean; reason: string }, now: Date) {
  const reason = input.reason.normalize("NFC").trim();
  if (!reason) throw AppError.invalid([{ field: "reason", key: "plan.reasonRequired" }]);
  const h = await db.household.findFirst({ where: { id: input.id, communeId: actor.communeId } });
  if (!h) throw AppError.notFound("household");
  if (h.active === input.active) return { id: h.id, active: h.active };
  return db.$transaction(async (tx) => {
    await tx.household.update({ where: { id: h.id }, data: { active: input.active, updatedAt: now } });
    await appendAudit(tx, { communeId: actor.communeId, actor: staffAuditActor(actor), action: input.active ? "household.updated" : "household.deactivated", entityType: "Household", entityId: h.id, data: { code: h.code, active: input.active, reason }, now });
    return { id: h.id, active: input.active };
  });
}
