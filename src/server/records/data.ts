// Reading records: the list per consultation, one record with its content (the preview), its PDF,
// and the public verification of a copy by its SHA-256 digest.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { RecordDoc } from "@/domain/record-content";
import { recordAlterations, type RecordAlteration } from "@/domain/record-integrity";
import { digestMatches, normaliseDigest, parseRecordNumber } from "@/domain/record-verification";
import { recordNumberLabel, type RecordKindName } from "@/domain/records";
import { finalisationEntry } from "../audit/verify";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { MAX_DOCUMENT_BYTES } from "../documents/mutations";
import { communeFullName } from "./build";
import { contentDigest, sha256 } from "./mutations";

/** What names a record: its kind and document type, year and number, and title. */
const RECORD_NAME = {
  id: true,
  kind: true,
  docType: true,
  year: true,
  number: true,
  title: true,
} as const;

const SUMMARY = {
  ...RECORD_NAME,
  neighbourhoodId: true,
  meetingId: true,
  sha256: true,
  finalisedAt: true,
  amendsId: true,
  version: true,
  createdAt: true,
} as const;

const label = (r: { kind: string; number: number | null; docType: string }) =>
  r.number ? recordNumberLabel(r.kind as RecordKindName, r.number, r.docType) : null;

/** Who finalised a record, as the record shows them (no one for a draft). */
function finaliserOf(db: PrismaClient, finalisedById: string | null) {
  return finalisedById
    ? db.staffUser.findUnique({ where: { id: finalisedById }, select: { fullName: true, title: true } })
    : null;
}

export async function listRecords(db: PrismaClient, actor: StaffActor, consultationId: string) {
  const c = await db.consultation.findFirst({
    where: { id: consultationId, communeId: actor.communeId },
    select: { id: true },
  });
  if (!c) throw AppError.notFound("consultation");
  const rows = await db.decisionRecord.findMany({
    where: { consultationId: c.id, communeId: actor.communeId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SUMMARY,
  });
  const amendedBy = new Map<string, string>();
  for (const r of rows) if (r.amendsId) amendedBy.set(r.amendsId, r.id);
  return rows.map((r) => ({ ...r, numberLabel: label(r), amendedById: amendedBy.get(r.id) ?? null }));
}

export async function getRecord(db: PrismaClient, actor: StaffActor, id: string) {
  const r = await db.decisionRecord.findFirst({
    where: { id, communeId: actor.communeId },
    select: {
      ...RECORD_NAME,
      notes: true,
      recipients: true,
      content: true,
      sha256: true,
      contentSha256: true,
      finalisedAt: true,
      finalisedById: true,
      amendsId: true,
      version: true,
      consultationId: true,
      consultation: { select: { title: true, status: true } },
      commune: { select: { slug: true } },
      amendedBy: { select: { id: true, number: true, docType: true, kind: true, finalisedAt: true } },
      amends: { select: { id: true, number: true, docType: true, kind: true } },
    },
  });
  if (!r) throw AppError.notFound("record");
  const finaliser = await finaliserOf(db, r.finalisedById);
  return {
    ...r,
    content: r.content as unknown as RecordDoc,
    numberLabel: label(r),
    finaliser,
    amends: r.amends ? { ...r.amends, numberLabel: label(r.amends) } : null,
    amendedBy: r.amendedBy.map((a) => ({ ...a, numberLabel: label(a) })),
  };
}

/** The stored PDF of a finalised record (staff of its commune). */
export async function recordPdf(db: PrismaClient, communeId: string, id: string) {
  const r = await db.decisionRecord.findFirst({
    where: { id, communeId, finalisedAt: { not: null } },
    select: { pdf: true, title: true, number: true, docType: true, kind: true, year: true },
  });
  if (!r?.pdf) throw AppError.notFound("record");
  return {
    bytes: Buffer.from(r.pdf),
    fileName: `${r.kind === "SUMMARY_REPORT" ? "bao-cao" : r.kind === "RESULTS_NOTICE" ? "thong-bao" : "bien-ban"}-${r.number}-${r.year}.pdf`,
  };
}

export type Verification =
  | {
      found: false;
      /** The digest looked for, or the number (with its year) when a copy was looked up by its number. */
      sha256: string | null;
      number: { label: string; year: number } | null;
    }
  | {
      found: true;
      sha256: string;
      /** Nothing in `altered`: the stored record is the one that was finalised. */
      intact: boolean;
      /** What of the stored record no longer matches what was frozen and witnessed at finalisation. */
      altered: RecordAlteration[];
      kind: RecordKindName;
      numberLabel: string | null;
      year: number | null;
      title: string;
      commune: string;
      finalisedAt: Date;
      finalisedBy: { name: string; title: string | null } | null;
      consultationTitle: string | null;
      amendedBy: { numberLabel: string | null; finalisedAt: Date | null }[];
      /**
       * Looked up by number with the code printed on the copy (or carried by its QR code): does that
       * code belong to this record? Null when no code was given.
       */
      printedCode: { code: string; matches: boolean } | null;
      /** Found by its number rather than by a digest: the visitor should compare it with the copy. */
      byNumber: boolean;
    };

const VERIFIED = {
  ...RECORD_NAME,
  communeId: true,
  pdf: true,
  sha256: true,
  content: true,
  contentSha256: true,
  finalisedAt: true,
  finalisedById: true,
  commune: { select: { name: true, kind: true } },
  consultation: { select: { title: true } },
  amendedBy: {
    where: { finalisedAt: { not: null } },
    select: { number: true, docType: true, kind: true, finalisedAt: true },
  },
} as const;

async function verificationOf(
  db: PrismaClient,
  where: Prisma.DecisionRecordWhereInput,
  printed: string | null,
  byNumber: boolean,
): Promise<Extract<Verification, { found: true }> | null> {
  const r = await db.decisionRecord.findFirst({ where: { ...where, finalisedAt: { not: null } }, select: VERIFIED });
  if (!r) return null;
  const finaliser = await finaliserOf(db, r.finalisedById);
  // Not only the PDF: the stored content and the audit chain's finalisation entry too, the same
  // checks as `npm run audit:verify` (src/domain/record-integrity.ts).
  const altered = recordAlterations({
    pdfDigest: r.pdf ? sha256(r.pdf) : null,
    contentDigest: contentDigest(r.content),
    recorded: { sha256: r.sha256, contentSha256: r.contentSha256 },
    entry: await finalisationEntry(db, r.communeId, r.id),
  });
  return {
    found: true,
    sha256: r.sha256 ?? "",
    intact: altered.length === 0,
    altered,
    kind: r.kind,
    numberLabel: label(r),
    year: r.year,
    title: r.title,
    commune: communeFullName(r.commune),
    finalisedAt: r.finalisedAt!,
    finalisedBy: finaliser ? { name: finaliser.fullName, title: finaliser.title } : null,
    consultationTitle: r.consultation?.title ?? null,
    amendedBy: r.amendedBy.map((a) => ({ numberLabel: label(a), finalisedAt: a.finalisedAt })),
    printedCode: printed === null ? null : { code: printed, matches: digestMatches(printed, r.contentSha256) },
    byNumber,
  };
}

const inCommune = (communeSlug?: string) => (communeSlug ? { commune: { slug: communeSlug.toLowerCase() } } : {});

/** Public: is this digest a finalised record, and which? Any commune's: a copy may come from anywhere. */
/** With a commune's slug, only that commune's records are found (its own verification page). */
export async function verifyDigest(db: PrismaClient, digest: string, communeSlug?: string): Promise<Verification> {
  const hex = digest.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw AppError.invalid([{ field: "sha256", key: "records.errors.badDigest" }]);
  const found = await verificationOf(db, { sha256: hex, ...inCommune(communeSlug) }, null, false);
  return found ?? { found: false, sha256: hex, number: null };
}

/**
 * Public: the record a paper copy names — its number ("01/BC-UBND"), year and commune, as printed
 * at its foot or carried by its QR code — and, with the printed code, whether the copy is that record.
 * A number is unique per commune, year and type (Decree 30 Appendix I §II 3).
 */
export async function verifyNumber(
  db: PrismaClient,
  input: { commune: string; year: string; number: string; code?: string },
): Promise<Verification> {
  const parsed = parseRecordNumber(input.number);
  const year = /^\d{4}$/.test(input.year.trim()) ? Number(input.year.trim()) : null;
  const issues: { field: string; key: string }[] = [];
  if (!parsed) issues.push({ field: "number", key: "records.errors.badNumber" });
  if (year === null || year < 2000 || year > 2100) issues.push({ field: "year", key: "records.errors.badYear" });
  const code = input.code?.trim() ? normaliseDigest(input.code) : null;
  if (input.code?.trim() && !code) issues.push({ field: "code", key: "records.errors.badCode" });
  if (!parsed || year === null || issues.length) throw AppError.invalid(issues);
  const found = await verificationOf(
    db,
    { ...inCommune(input.commune), year, docType: parsed.docType, number: parsed.number },
    code,
    true,
  );
  return found ?? { found: false, sha256: null, number: { label: input.number.trim(), year } };
}

export async function verifyFile(db: PrismaClient, file: File | null) {
  if (!file || file.size === 0) throw AppError.invalid([{ field: "file", key: "records.errors.fileRequired" }]);
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw AppError.invalid([
      {
        field: "file",
        key: "plan.fileTooLarge",
        params: { name: file.name, size: (file.size / 1024 / 1024).toFixed(1), max: 20 },
      },
    ]);
  }
  return verifyDigest(db, sha256(new Uint8Array(await file.arrayBuffer())));
}
