// The signed paper minutes of a meeting, photographed or scanned, kept with the meeting record.
import type { PrismaClient } from "@/generated/prisma/client";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { reachesNeighbourhood } from "../auth/staff-scope";
import { documentRow, inspectFile } from "../documents/mutations";
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
  if (!m || !reachesNeighbourhood(actor, m.neighbourhoodId)) throw AppError.notFound("meeting");
  const file = await inspectFile(input.file);
  return db.$transaction(async (tx) => {
    const doc = await tx.document.create({
      // Not a consultation document: signed minutes are for staff and oversight, not the public page.
      data: documentRow(actor, file, { consultationId: null, title: `Biên bản cuộc họp — ${m.neighbourhood.name}` }),
      select: { id: true, fileName: true, sha256: true },
    });
    await tx.meetingRecord.update({ where: { id: m.id }, data: { minutesDocumentId: doc.id } });
    await appendStaffAudit(tx, actor, {
      action: "meeting.minutesAttached",
      entityType: "MeetingRecord",
      entityId: m.id,
      data: { documentId: doc.id, fileName: file.name, sha256: file.sha256 },
      now,
    });
    return doc;
  });
}
