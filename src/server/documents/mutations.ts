// Documents of a consultation: PDF or images up to 20 MB, identified by their content (not their
// name or declared type), stored with their SHA-256 under a name whose extension is the detected
// type's (src/domain/file-names.ts: a PDF uploaded as "bao-cao.html" is kept as "bao-cao.pdf").
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { PrismaClient } from "@/generated/prisma/client";
import { acceptsDocuments } from "@/domain/consultation-status";
import { cleanFileName, DEFAULT_STEM, fileNameForType } from "@/domain/file-names";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"] as const;

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export type UploadInput = { consultationId: string; title: string; file: File | null };

export type InspectedFile = { bytes: Buffer; mimeType: string; name: string; sha256: string };

/**
 * Checks size and content type before anything is written; returns the bytes, their type, their
 * SHA-256 and the name to store (the uploaded one, cleaned, with the detected type's extension).
 */
export async function inspectFile(file: File | null): Promise<InspectedFile> {
  if (!file) throw AppError.invalid([{ field: "file", key: "plan.fileRequired" }]);
  // As uploaded (cleaned), for the messages that refuse it.
  const name = Array.from(cleanFileName(file.name)).slice(0, 200).join("") || DEFAULT_STEM;
  if (file.size === 0) throw AppError.invalid([{ field: "file", key: "plan.fileEmpty", params: { name } }]);
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw AppError.invalid([
      { field: "file", key: "plan.fileTooLarge", params: { name, size: megabytes(file.size), max: 20 } },
    ]);
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(DOCUMENT_TYPES as readonly string[]).includes(detected.mime)) {
    throw AppError.invalid([{ field: "file", key: "plan.fileType", params: { name } }]);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { bytes, mimeType: detected.mime, name: fileNameForType(file.name, detected.mime), sha256 };
}

/** The Document row for an inspected file, uploaded by the actor into their commune. */
export function documentRow(
  actor: StaffActor,
  file: InspectedFile,
  { consultationId, title }: { consultationId: string | null; title: string },
) {
  return {
    communeId: actor.communeId,
    consultationId,
    title,
    fileName: file.name,
    mimeType: file.mimeType,
    size: file.bytes.length,
    sha256: file.sha256,
    content: new Uint8Array(file.bytes),
    uploadedById: actor.id,
  };
}

export async function uploadDocument(db: PrismaClient, actor: StaffActor, input: UploadInput) {
  const title = input.title.normalize("NFC").trim();
  if (!title) throw AppError.invalid([{ field: "title", key: "plan.documentTitleRequired" }]);
  const consultation = await db.consultation.findFirst({
    where: { id: input.consultationId, communeId: actor.communeId },
    select: { id: true, status: true },
  });
  if (!consultation) throw AppError.notFound("consultation");
  if (!acceptsDocuments(consultation.status)) throw new AppError("PRECONDITION_FAILED", "documentsClosed");
  const file = await inspectFile(input.file);
  return db.$transaction(async (tx) => {
    const doc = await tx.document.create({
      data: documentRow(actor, file, { consultationId: consultation.id, title: title.slice(0, 300) }),
      select: { id: true, title: true, fileName: true, mimeType: true, size: true, sha256: true },
    });
    await appendStaffAudit(tx, actor, {
      action: "document.added",
      entityType: "Document",
      entityId: doc.id,
      data: { consultationId: consultation.id, fileName: file.name, sha256: file.sha256, size: file.bytes.length },
    });
    return doc;
  });
}

/** Only a draft's documents can be removed: once published they are part of the public record. */
export async function removeDocument(db: PrismaClient, actor: StaffActor, id: string) {
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id, communeId: actor.communeId },
      select: { id: true, fileName: true, sha256: true, consultation: { select: { id: true, status: true } } },
    });
    if (!doc) throw AppError.notFound("document");
    if (doc.consultation && doc.consultation.status !== "DRAFT")
      throw new AppError("PRECONDITION_FAILED", "documentLocked");
    await tx.disclosurePosting.updateMany({ where: { photoDocumentId: id }, data: { photoDocumentId: null } });
    await tx.document.delete({ where: { id } });
    await appendStaffAudit(tx, actor, {
      action: "document.removed",
      entityType: "Document",
      entityId: id,
      data: { consultationId: doc.consultation?.id ?? null, fileName: doc.fileName, sha256: doc.sha256 },
    });
    return { id };
  });
}
