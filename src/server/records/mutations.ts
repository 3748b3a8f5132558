// Drafting and finalising decision records. An official drafts (content rebuilt from the data on
// every save); a leader finalises: inside one transaction the yearly number is taken from the
// counter row (locked until commit, so numbers are gapless and never shared), the content is
// rebuilt with the number, date and signature, rendered to PDF and frozen with both digests. After
// that the row cannot change (a database trigger); attempts through the app are refused and audited.
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { awaitsSummaryReport } from "@/domain/consultation-status";
import type { RecordDoc } from "@/domain/record-content";
import { capacityFromTitle, RECORD_TYPES, recordNumberLabel, vietnamDate, type RecordKindName } from "@/domain/records";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { readinessOf } from "../themes/readiness";
import { buildRecordDoc, defaultRecipients, type RecordTarget } from "./build";
import { renderRecordPdf } from "./pdf";
import { printedVerification } from "./verification";

type Tx = Prisma.TransactionClient;

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
export const contentDigest = (doc: unknown) => sha256(canonicalize(doc) ?? "");

const MAX_NOTES = 8_000;
const MAX_RECIPIENT = 300;

function cleanText(input: { notes?: string; recipients?: string[] }) {
  const notes = (input.notes ?? "").normalize("NFC").trim();
  const recipients = (input.recipients ?? []).map((r) => r.normalize("NFC").trim()).filter(Boolean);
  const issues = [];
  if (notes.length > MAX_NOTES)
    issues.push({ field: "notes", key: "records.errors.notesTooLong", params: { max: MAX_NOTES } });
  if (recipients.some((r) => r.length > MAX_RECIPIENT))
    issues.push({ field: "recipients", key: "records.errors.recipientTooLong", params: { max: MAX_RECIPIENT } });
  if (issues.length) throw AppError.invalid(issues);
  return { notes, recipients };
}

/** The reference a correction prints: "Báo cáo Số: 05/BC-UBND ngày 05/01/2027". */
function reference(r: { kind: string; docType: string; number: number | null; finalisedAt: Date | null }) {
  const name =
    {
      SUMMARY_REPORT: "Báo cáo",
      RESULTS_NOTICE: "Thông báo",
      COUNT_RECORD: "Biên bản kiểm phiếu",
      MEETING_MINUTES: "Biên bản cuộc họp",
    }[r.kind] ?? "Văn bản";
  const d = r.finalisedAt ? vietnamDate(r.finalisedAt) : null;
  const date = d ? ` ngày ${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}` : "";
  return `${name} số ${r.number ? recordNumberLabel(r.kind as RecordKindName, r.number, r.docType) : "…"}${date}`;
}

export type CreateRecordInput = {
  consultationId: string;
  kind: RecordKindName;
  neighbourhoodId?: string;
  meetingId?: string;
  amendsId?: string;
};

export async function createRecordDraft(db: PrismaClient, actor: StaffActor, input: CreateRecordInput, now: Date) {
  const type = RECORD_TYPES[input.kind];
  if (type.perNeighbourhood && input.kind === "COUNT_RECORD" && !input.neighbourhoodId)
    throw AppError.invalid([{ field: "neighbourhoodId", key: "records.errors.neighbourhoodRequired" }]);
  if (input.kind === "MEETING_MINUTES" && !input.meetingId)
    throw AppError.invalid([{ field: "meetingId", key: "records.errors.meetingRequired" }]);
  return db.$transaction(async (tx) => {
    const commune = await tx.commune.findUniqueOrThrow({
      where: { id: actor.communeId },
      select: { name: true, kind: true },
    });
    let amends: { id: string; ref: string } | null = null;
    if (input.amendsId) {
      const original = await tx.decisionRecord.findFirst({
        where: {
          id: input.amendsId,
          communeId: actor.communeId,
          consultationId: input.consultationId,
          kind: input.kind,
        },
      });
      if (!original) throw AppError.notFound("record");
      if (!original.finalisedAt) throw new AppError("PRECONDITION_FAILED", "amendDraft");
      amends = { id: original.id, ref: reference(original) };
    }
    let neighbourhoodId = input.kind === "COUNT_RECORD" ? (input.neighbourhoodId ?? null) : null;
    if (input.kind === "MEETING_MINUTES") {
      const m = await tx.meetingRecord.findFirst({
        where: { id: input.meetingId, consultation: { id: input.consultationId, communeId: actor.communeId } },
        select: { neighbourhoodId: true },
      });
      if (!m) throw AppError.notFound("meeting");
      neighbourhoodId = m.neighbourhoodId;
    }
    const target: RecordTarget = {
      kind: input.kind,
      consultationId: input.consultationId,
      neighbourhoodId,
      meetingId: input.meetingId ?? null,
    };
    const text = { notes: "", recipients: type.byCommittee ? defaultRecipients(commune) : [] };
    const { doc, title } = await buildRecordDoc(tx, actor.communeId, target, text, amends?.ref ?? null, now, null);
    const record = await tx.decisionRecord.create({
      data: {
        communeId: actor.communeId,
        consultationId: input.consultationId,
        neighbourhoodId,
        meetingId: target.meetingId,
        kind: input.kind,
        docType: type.docType,
        title,
        recipients: text.recipients,
        content: doc as unknown as Prisma.InputJsonObject,
        amendsId: amends?.id,
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await appendStaffAudit(tx, actor, {
      action: "record.drafted",
      entityType: "DecisionRecord",
      entityId: record.id,
      data: { consultationId: input.consultationId, kind: input.kind, amendsId: amends?.id ?? null },
      now,
    });
    return record;
  });
}

/**
 * Any change to a finalised record is refused, and the attempt is written to the audit log in a
 * transaction of its own (the refused one rolls back).
 */
async function refuseFinalised(
  db: PrismaClient,
  actor: StaffActor,
  record: { id: string },
  attempted: string,
  now: Date,
): Promise<never> {
  await db.$transaction((tx) =>
    appendStaffAudit(tx, actor, {
      action: "record.changeRefused",
      entityType: "DecisionRecord",
      entityId: record.id,
      data: { attempted },
      now,
    }),
  );
  throw new AppError("CONFLICT", "recordFinalised");
}

async function draftFor(db: PrismaClient, actor: StaffActor, id: string) {
  const r = await db.decisionRecord.findFirst({ where: { id, communeId: actor.communeId } });
  if (!r) throw AppError.notFound("record");
  return r;
}

const targetOf = (r: {
  kind: RecordKindName;
  consultationId: string | null;
  neighbourhoodId: string | null;
  meetingId: string | null;
}): RecordTarget => ({
  kind: r.kind,
  consultationId: r.consultationId ?? "",
  neighbourhoodId: r.neighbourhoodId,
  meetingId: r.meetingId,
});

export async function updateRecordDraft(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; version: number; notes?: string; recipients?: string[] },
  now: Date,
) {
  const text = cleanText(input);
  const r = await draftFor(db, actor, input.id);
  if (r.finalisedAt) return refuseFinalised(db, actor, r, "update", now);
  return db.$transaction(async (tx) => {
    const amends = r.amendsId ? await tx.decisionRecord.findUnique({ where: { id: r.amendsId } }) : null;
    const { doc, title } = await buildRecordDoc(
      tx,
      actor.communeId,
      targetOf(r),
      text,
      amends ? reference(amends) : null,
      now,
      null,
    );
    const { count } = await tx.decisionRecord.updateMany({
      where: { id: r.id, version: input.version, finalisedAt: null },
      data: {
        notes: text.notes,
        recipients: text.recipients,
        title,
        content: doc as unknown as Prisma.InputJsonObject,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", "staleRecord");
    await appendStaffAudit(tx, actor, {
      action: "record.updated",
      entityType: "DecisionRecord",
      entityId: r.id,
      data: { notes: text.notes, recipients: text.recipients },
      now,
    });
    return { id: r.id, version: input.version + 1 };
  });
}

export async function deleteRecordDraft(db: PrismaClient, actor: StaffActor, input: { id: string }, now: Date) {
  const r = await draftFor(db, actor, input.id);
  if (r.finalisedAt) return refuseFinalised(db, actor, r, "delete", now);
  return db.$transaction(async (tx) => {
    const { count } = await tx.decisionRecord.deleteMany({ where: { id: r.id, finalisedAt: null } });
    if (count !== 1) throw new AppError("CONFLICT", "staleRecord");
    await appendStaffAudit(tx, actor, {
      action: "record.draftDeleted",
      entityType: "DecisionRecord",
      entityId: r.id,
      data: { kind: r.kind, title: r.title },
      now,
    });
    return { id: r.id };
  });
}

/** The next number of the commune's series for the year: locked until commit, so gapless. */
async function takeNumber(tx: Tx, communeId: string, year: number, docType: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    INSERT INTO "RecordCounter" ("communeId", year, "docType", "lastNumber") VALUES (${communeId}, ${year}, ${docType}, 1)
    ON CONFLICT ("communeId", year, "docType") DO UPDATE SET "lastNumber" = "RecordCounter"."lastNumber" + 1
    RETURNING "lastNumber" AS n`;
  return row.n;
}

export async function finaliseRecord(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; version: number },
  now: Date,
) {
  const r = await draftFor(db, actor, input.id);
  if (r.finalisedAt) return refuseFinalised(db, actor, r, "finalise", now);
  const signer = await db.staffUser.findUniqueOrThrow({
    where: { id: actor.id },
    select: { fullName: true, title: true },
  });
  return db.$transaction(
    async (tx) => {
      // Lock the draft first: two leaders finalising the same draft take turns, the second is refused.
      const [locked] = await tx.$queryRaw<{ version: number; finalisedAt: Date | null }[]>`
        SELECT version, "finalisedAt" FROM "DecisionRecord" WHERE id = ${r.id} FOR UPDATE`;
      if (!locked || locked.finalisedAt) throw new AppError("CONFLICT", "recordFinalised");
      if (locked.version !== input.version) throw new AppError("CONFLICT", "staleRecord");
      if (r.kind === "SUMMARY_REPORT" && r.consultationId) {
        // The report states the responses to every opinion (Art 26 k2): all must be approved first.
        const { readiness } = await readinessOf(tx, r.consultationId);
        if (!readiness.ready)
          throw new AppError("PRECONDITION_FAILED", "reportNotReady", {
            ungrouped: readiness.ungrouped,
            unanswered: readiness.unanswered,
            unapproved: readiness.unapproved,
          });
      }
      const year = vietnamDate(now).year;
      const number = await takeNumber(tx, actor.communeId, year, r.docType);
      const amends = r.amendsId ? await tx.decisionRecord.findUnique({ where: { id: r.amendsId } }) : null;
      const { doc, title } = await buildRecordDoc(
        tx,
        actor.communeId,
        targetOf(r),
        { notes: r.notes, recipients: r.recipients },
        amends ? reference(amends) : null,
        now,
        {
          number,
          at: now,
          signer: { capacity: capacityFromTitle(signer.title), name: signer.fullName },
        },
      );
      // The copy's way back to the register: the commune's verification address, this number and
      // the content digest (the PDF cannot carry its own digest), as a line and a QR code.
      const contentSha256 = contentDigest(doc);
      const { slug } = await tx.commune.findUniqueOrThrow({ where: { id: actor.communeId }, select: { slug: true } });
      const numberLabel = recordNumberLabel(r.kind, number, r.docType);
      const verification = printedVerification(slug, { numberLabel, year, contentSha256 });
      const pdf = await renderRecordPdf(doc, { title, at: now, verification });
      const digest = sha256(pdf);
      await tx.decisionRecord.update({
        where: { id: r.id },
        data: {
          year,
          number,
          title,
          content: doc as unknown as Prisma.InputJsonObject,
          contentSha256,
          pdf: new Uint8Array(pdf),
          sha256: digest,
          finalisedAt: now,
          finalisedById: actor.id,
          version: { increment: 1 },
        },
      });
      if (r.kind === "SUMMARY_REPORT" && r.consultationId) {
        // A closed consultation is RECORDED once its summary report is finalised (a status of the
        // project's lifecycle, src/domain/consultation-status.ts; no article names it).
        const c = await tx.consultation.findUniqueOrThrow({
          where: { id: r.consultationId },
          select: { status: true },
        });
        if (awaitsSummaryReport(c.status)) {
          await tx.consultation.update({ where: { id: r.consultationId }, data: { status: "RECORDED" } });
          await appendStaffAudit(tx, actor, {
            action: "consultation.statusChanged",
            entityType: "Consultation",
            entityId: r.consultationId,
            data: { from: c.status, to: "RECORDED", action: "recordFinalised", recordId: r.id },
            now,
          });
        }
      }
      await appendStaffAudit(tx, actor, {
        action: "record.finalised",
        entityType: "DecisionRecord",
        entityId: r.id,
        data: {
          kind: r.kind,
          year,
          docType: r.docType,
          number,
          sha256: digest,
          contentSha256,
          consultationId: r.consultationId,
        },
        now,
      });
      return { id: r.id, year, number, sha256: digest, numberLabel };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

export type { RecordDoc };
