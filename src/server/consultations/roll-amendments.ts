// Changing the roll after opening: one household added or removed, with a reason, audited. Removed
// entries stay (with who, when and why), so the roll's history can always be read back.
import type { PrismaClient } from "@/generated/prisma/client";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError, type FieldIssue } from "../errors";

/** Amendments after opening: add or remove one household, with a reason, audited. */
export async function amendRoll(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; householdCode: string; change: "add" | "remove"; reason: string },
  now: Date,
) {
  const reason = input.reason.normalize("NFC").trim();
  const code = input.householdCode.normalize("NFC").trim().toUpperCase();
  const issues: FieldIssue[] = [];
  if (!code) issues.push({ field: "householdCode", key: "plan.householdCodeRequired" });
  if (!reason) issues.push({ field: "reason", key: "plan.reasonRequired" });
  if (issues.length) throw AppError.invalid(issues);
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({
      where: { id: input.consultationId, communeId: actor.communeId },
      select: { id: true, status: true, areas: { select: { neighbourhoodId: true } } },
    });
    if (!c) throw AppError.notFound("consultation");
    if (c.status !== "OPEN") throw new AppError("PRECONDITION_FAILED", "rollNotOpen");
    const household = await tx.household.findFirst({
      where: { communeId: actor.communeId, code, neighbourhoodId: { in: c.areas.map((a) => a.neighbourhoodId) } },
      select: { id: true, code: true, headName: true, neighbourhoodId: true, active: true },
    });
    const entry =
      household &&
      (await tx.rollEntry.findUnique({
        where: { consultationId_householdId: { consultationId: c.id, householdId: household.id } },
      }));
    if (input.change === "add") {
      if (!household?.active)
        throw AppError.invalid([{ field: "householdCode", key: "errors.householdNotInArea", params: { code } }]);
      if (entry && !entry.removedAt) throw new AppError("CONFLICT", "alreadyOnRoll", { code });
      const data = {
        addedAt: now,
        addedReason: reason,
        addedById: actor.id,
        removedAt: null,
        removedReason: null,
        removedById: null,
      };
      if (entry) await tx.rollEntry.update({ where: { id: entry.id }, data });
      else {
        await tx.rollEntry.create({
          data: {
            consultationId: c.id,
            householdId: household.id,
            neighbourhoodId: household.neighbourhoodId,
            householdCode: household.code,
            headName: household.headName,
            ...data,
          },
        });
      }
    } else {
      if (!household || !entry || entry.removedAt) throw new AppError("NOT_FOUND", "notOnRoll");
      await tx.rollEntry.update({
        where: { id: entry.id },
        data: { removedAt: now, removedReason: reason, removedById: actor.id },
      });
    }
    await appendStaffAudit(tx, actor, {
      action: "roll.amended",
      entityType: "Consultation",
      entityId: c.id,
      data: { change: input.change, householdCode: code, reason },
      now,
    });
    return { consultationId: c.id, householdCode: code, change: input.change };
  });
}
