import type { PrismaClient } from "@/generated/prisma/client";
import { acceptsPostings } from "@/domain/consultation-status";
import { validatePosting, type Posting } from "@/domain/disclosure";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";

export async function addPosting(
  db: PrismaClient,
  actor: StaffActor,
  input: Posting & { consultationId: string; note: string; photoDocumentId: string | null },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({
      where: { id: input.consultationId, communeId: actor.communeId },
      select: { id: true, status: true, publishedAt: true },
    });
    if (!c) throw AppError.notFound("consultation");
    if (!acceptsPostings(c.status)) throw new AppError("PRECONDITION_FAILED", "postingNotPublished");
    const issues = validatePosting(input, { publishedAt: c.publishedAt, now }).map((i) => ({
      field: i.field,
      key: `plan.${i.code}`,
      params: i.params,
    }));
    if (input.neighbourhoodId) {
      const n = await tx.neighbourhood.count({ where: { id: input.neighbourhoodId, communeId: actor.communeId } });
      if (!n) issues.push({ field: "neighbourhoodId", key: "plan.unknownNeighbourhood", params: undefined });
    }
    if (input.photoDocumentId) {
      const photo = await tx.document.count({
        where: { id: input.photoDocumentId, consultationId: c.id, mimeType: { startsWith: "image/" } },
      });
      if (!photo) issues.push({ field: "photoDocumentId", key: "plan.photoNotImage", params: undefined });
    }
    if (issues.length) throw AppError.invalid(issues);
    const posting = await tx.disclosurePosting.create({
      data: {
        consultationId: c.id,
        place: input.place,
        neighbourhoodId: input.neighbourhoodId,
        postedAt: input.postedAt,
        validUntil: input.validUntil,
        note: input.note || null,
        photoDocumentId: input.photoDocumentId,
        postedById: actor.id,
      },
      select: { id: true },
    });
    await appendStaffAudit(tx, actor, {
      action: "disclosure.added",
      entityType: "DisclosurePosting",
      entityId: posting.id,
      data: { consultationId: c.id, place: input.place, postedAt: input.postedAt.toISOString() },
    });
    return posting;
  });
}

export async function removePosting(db: PrismaClient, actor: StaffActor, input: { id: string; reason: string }) {
  if (!input.reason.trim()) throw AppError.invalid([{ field: "reason", key: "plan.reasonRequired" }]);
  return db.$transaction(async (tx) => {
    const posting = await tx.disclosurePosting.findFirst({
      where: { id: input.id, consultation: { communeId: actor.communeId } },
      select: { id: true, consultationId: true, place: true, postedAt: true },
    });
    if (!posting) throw AppError.notFound("posting");
    await tx.disclosurePosting.delete({ where: { id: posting.id } });
    await appendStaffAudit(tx, actor, {
      action: "disclosure.removed",
      entityType: "DisclosurePosting",
      entityId: posting.id,
      data: {
        consultationId: posting.consultationId,
        place: posting.place,
        postedAt: posting.postedAt.toISOString(),
        reason: input.reason,
      },
    });
    return { id: posting.id };
  });
}
