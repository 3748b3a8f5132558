import type { PrismaClient } from "@/generated/prisma/client";
import { fileNameForType } from "@/domain/file-names";
import type { SessionActor } from "../auth/session-actor";
import { publicWhere } from "../consultations/data";

/**
 * A document's bytes for download: anyone may fetch those of a published consultation; staff of
 * the commune may fetch the rest. Everyone else gets null ("not found"). The name is served with
 * the extension of the stored type, also for documents stored before names were corrected on upload.
 */
export async function getDocumentForDownload(db: PrismaClient, session: SessionActor | null, id: string, now: Date) {
  const doc = await db.document.findUnique({
    where: { id },
    select: {
      communeId: true,
      fileName: true,
      mimeType: true,
      size: true,
      sha256: true,
      content: true,
      consultationId: true,
    },
  });
  if (!doc?.content) return null;
  const served = { ...doc, fileName: fileNameForType(doc.fileName, doc.mimeType) };
  const isStaffOfCommune =
    session?.type === "staff" &&
    "communeId" in session &&
    session.communeId === doc.communeId &&
    (await db.staffUser.count({ where: { id: session.id, communeId: doc.communeId, active: true } })) === 1;
  if (isStaffOfCommune) return served;
  if (!doc.consultationId) return null;
  const visible = await db.consultation.count({
    where: { ...publicWhere(doc.communeId, now), id: doc.consultationId },
  });
  return visible ? served : null;
}
