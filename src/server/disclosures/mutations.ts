// The disclosure log (niêm yết công khai; docs/LAW.md#r17): recording a posting — what material,
// where, when, until when, by whom, with its photo uploaded in the same step if wanted — taking one
// down when it is no longer in force (it stays in the log), and deleting a mistaken entry.
import type { PrismaClient } from "@/generated/prisma/client";
import { acceptsDocuments, acceptsPostings } from "@/domain/consultation-status";
import { validatePosting } from "@/domain/disclosure";
import { vietnamDay } from "@/domain/audit-sentence";
import { getTranslator } from "@/i18n/translate";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { reachesNeighbourhood } from "../auth/staff-scope";
import { documentRow, inspectFile, type InspectedFile } from "../documents/mutations";
import { AppError, type FieldIssue } from "../errors";
import type { TAddPostingInput, TTakeDownPostingInput } from "./schema";

/** A photo's document title, in the commune's language like every stored text. */
function photoTitle(input: TAddPostingInput) {
  const t = getTranslator("vi");
  const day = vietnamDay(input.postedAt.toISOString()).values?.text ?? "";
  return t("postings.photoTitle", { place: t(`disclosurePlace.${input.place}`), day });
}

async function inspectPhoto(photo: File | null): Promise<InspectedFile | null> {
  if (!photo) return null;
  try {
    const file = await inspectFile(photo);
    if (!file.mimeType.startsWith("image/"))
      throw AppError.invalid([{ field: "photo", key: "postings.photoNotImage" }]);
    return file;
  } catch (e) {
    // The upload's own messages (size, type), shown by the posting form's photo field.
    if (e instanceof AppError && e.issues.length)
      throw AppError.invalid(e.issues.map((i): FieldIssue => ({ ...i, field: "photo" })));
    throw e;
  }
}

export async function addPosting(
  db: PrismaClient,
  actor: StaffActor,
  input: TAddPostingInput & { photo?: File | null },
  now: Date,
) {
  // The file is read and checked before the transaction: nothing is written for a refused one.
  const photo = await inspectPhoto(input.photo ?? null);
  if (photo && input.photoDocumentId) throw AppError.invalid([{ field: "photo", key: "postings.photoTwice" }]);
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({
      where: { id: input.consultationId, communeId: actor.communeId },
      select: { id: true, status: true, publishedAt: true, noticeRevision: true },
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
    // A consultation's file is fixed once closed (acceptsDocuments): a late posting is still
    // recorded, its photo then only from what was uploaded before.
    if (photo && !acceptsDocuments(c.status))
      issues.push({ field: "photo", key: "postings.photoClosed", params: undefined });
    if (issues.length) throw AppError.invalid(issues);
    let photoDocumentId = input.photoDocumentId;
    if (photo) {
      const doc = await tx.document.create({
        data: documentRow(actor, photo, { consultationId: c.id, title: photoTitle(input) }),
        select: { id: true },
      });
      await appendStaffAudit(tx, actor, {
        action: "document.added",
        entityType: "Document",
        entityId: doc.id,
        data: { consultationId: c.id, fileName: photo.name, sha256: photo.sha256, size: photo.bytes.length },
      });
      photoDocumentId = doc.id;
    }
    const posting = await tx.disclosurePosting.create({
      data: {
        consultationId: c.id,
        place: input.place,
        neighbourhoodId: input.neighbourhoodId,
        postedAt: input.postedAt,
        validUntil: input.validUntil,
        material: input.material,
        note: input.note || null,
        photoDocumentId,
        postedById: actor.id,
        // What the posted notice says is the consultation's current revision (src/domain/publicity.ts).
        noticeRevision: c.noticeRevision,
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

/**
 * Records that a posting was taken down (gỡ xuống): when (default now, never ahead, not before it was
 * posted) and an optional note. The posting stays in the log, shown as taken down; a second take-down
 * is refused. A head reaches only their own neighbourhood's postings; any other is "not found".
 */
export async function takeDownPosting(db: PrismaClient, actor: StaffActor, input: TTakeDownPostingInput, now: Date) {
  const at = input.takenDownAt ?? now;
  return db.$transaction(async (tx) => {
    const posting = await tx.disclosurePosting.findFirst({
      where: { id: input.id, consultation: { communeId: actor.communeId } },
      select: {
        id: true,
        consultationId: true,
        place: true,
        postedAt: true,
        neighbourhoodId: true,
        takenDownAt: true,
      },
    });
    if (!posting || !reachesNeighbourhood(actor, posting.neighbourhoodId)) throw AppError.notFound("posting");
    if (posting.takenDownAt) throw new AppError("PRECONDITION_FAILED", "postingTakenDown");
    const issues: FieldIssue[] = [];
    if (at > now) issues.push({ field: "takenDownAt", key: "postings.takeDown.inFuture" });
    if (at < posting.postedAt) issues.push({ field: "takenDownAt", key: "postings.takeDown.beforePosted" });
    if (issues.length) throw AppError.invalid(issues);
    const note = input.note.normalize("NFC").trim();
    // Guarded: of two take-downs at once, the second writes nothing and is refused.
    const { count } = await tx.disclosurePosting.updateMany({
      where: { id: posting.id, takenDownAt: null },
      data: { takenDownAt: at, takenDownById: actor.id, takenDownNote: note || null },
    });
    if (count !== 1) throw new AppError("PRECONDITION_FAILED", "postingTakenDown");
    await appendStaffAudit(tx, actor, {
      action: "disclosure.takenDown",
      entityType: "DisclosurePosting",
      entityId: posting.id,
      data: {
        consultationId: posting.consultationId,
        place: posting.place,
        postedAt: posting.postedAt.toISOString(),
        takenDownAt: at.toISOString(),
        neighbourhoodId: posting.neighbourhoodId,
        ...(note ? { note } : {}),
      },
      now,
    });
    return { id: posting.id, takenDownAt: at };
  });
}
