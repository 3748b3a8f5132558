// The signed paper minutes of a meeting, photographed or scanned, kept with the meeting record.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { appendAudit } from "../audit/append";
import { staffAuditActor } from "../audit/actor";
import type { StaffActor } from "../auth/actor";
import { inspectFile } from "../documents/mutations";
import { AppError } from "../errors";

export async function attachMinutes(
  db: PrismaClient,
  actor: StaffActor,
  input: { meetingId: string; file: File | null },
  now: Date,
) {
  const m = await db.meetingRecord.findFirst({
    where: { id: input.meetingId, consultation: { communeId: actor.communeId } },
    select: {
      id: true,
      consultationId: true,
      neighbourhoodId: true,
      heldAt: true,
      neighbourhood: { select: { name: true } },
    },
  });
  if (!m || (actor.role === "NEIGHBOURHOOD_HEAD" && actor.neighbourhoodId !== m.neighbourhoodId))
    throw AppError.notFound("meeting");
  const { bytes, mimeType, name } = await inspectFile(input.file);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const doc = await tx.document.create({
      data: {
        communeId: actor.communeId,
        // Not a consultation document: signed minutes are for staff and oversight, not the public page.
        consultationId: null,
        title: `Biên bản cuộc họp — ${m.neighbourhood.name}`,
        fileName: name,
        mimeType,
        size: bytes.length,
        sha256,
        content: new Uint8Array(bytes),
        uploadedById: actor.id,
      },
      select: { id: true, fileName: true, sha256: true },
    });
    await tx.meetingRecord.update({ where: { id: m.id }, data: { minutesDocumentId: doc.id } });
    await appendAudit(tx, {
      communeId: actor.communeId,
      actor: staffAuditActor(actor),
      action: "meeting.minutesAttached",
      entityType: "MeetingRecord",
      entityId: m.id,
      data: { documentId: doc.id, fileName: name, sha256 },
      now,
    });
    return doc;
  });
}
