// Reading the audit log: a filtered, paged list for oversight, and a walk of the commune's chain.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { DAY_MS } from "@/domain/consultation-plan";
import { verifyAuditChain } from "./verify";
import type { AuditAction } from "./actions";
import { resolveAuditNames } from "./names";

export type TAuditFilter = {
  action?: AuditAction;
  entityType?: string;
  entityId?: string;
  /** Part of the actor's name (the label stored with the event) or of a staff account's username, any case. */
  actor?: string;
  /** Vietnam-time calendar days "YYYY-MM-DD", both inclusive. */
  from?: string;
  to?: string;
  /** Events that concern this consultation of the commune (consultationScope). */
  consultationId?: string;
};

/** The instant a Vietnam-time (UTC+7, no daylight saving) day starts. */
const startOfVietnamDay = (day: string) => new Date(`${day}T00:00:00+07:00`);

function auditWhere(
  communeId: string,
  f: TAuditFilter,
  beforeSeq: number | undefined,
  actorIds: string[],
  consultation: Prisma.AuditEventWhereInput[] | undefined,
): Prisma.AuditEventWhereInput {
  const actor = f.actor?.normalize("NFC");
  const any: Prisma.AuditEventWhereInput[] = [];
  // An event stores its actor's name; the username, which oversight also knows people by, is the account's.
  if (actor)
    any.push({
      OR: [
        { actorLabel: { contains: actor, mode: "insensitive" } },
        ...(actorIds.length ? [{ actorId: { in: actorIds } }] : []),
      ],
    });
  if (consultation) any.push({ OR: consultation });
  return {
    communeId,
    seq: beforeSeq ? { lt: beforeSeq } : undefined,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    AND: any.length ? any : undefined,
    createdAt:
      f.from || f.to
        ? {
            gte: f.from ? startOfVietnamDay(f.from) : undefined,
            lt: f.to ? new Date(startOfVietnamDay(f.to).getTime() + DAY_MS) : undefined,
          }
        : undefined,
  };
}

/** The commune's staff (and its province's) whose username contains the text. */
async function staffIdsByUsername(db: PrismaClient, communeId: string, text: string | undefined) {
  if (!text?.trim()) return [];
  const commune = await db.commune.findUnique({ where: { id: communeId }, select: { provinceId: true } });
  const staff = await db.staffUser.findMany({
    where: {
      username: { contains: text.trim(), mode: "insensitive" },
      OR: [{ communeId }, ...(commune ? [{ provinceId: commune.provinceId }] : [])],
    },
    select: { id: true },
    take: 100,
  });
  return staff.map((s) => s.id);
}

/** The parts of a consultation whose events name only themselves (a meeting's attendance, a round's count, a record's edit). */
const CONSULTATION_PARTS = ["MeetingRecord", "BallotRound", "OpinionTheme", "DecisionRecord"] as const;

/**
 * Which events concern the commune's consultation: those about the consultation itself, those whose
 * data carries its id, and those about one of its meetings, ballot rounds, themes or records. A part
 * since deleted (a draft record, a theme) is found through the event that made it, which carries the
 * consultation's id. Null when the commune has no such consultation: the filter then matches nothing.
 */
async function consultationScope(
  db: PrismaClient,
  communeId: string,
  consultationId: string | undefined,
): Promise<Prisma.AuditEventWhereInput[] | null | undefined> {
  if (!consultationId) return undefined;
  const c = await db.consultation.findFirst({
    where: { id: consultationId, communeId },
    select: {
      id: true,
      meetings: { select: { id: true } },
      ballotRounds: { select: { id: true } },
      themes: { select: { id: true } },
      records: { select: { id: true } },
    },
  });
  if (!c) return null;
  const carriesId: Prisma.AuditEventWhereInput = { data: { path: ["consultationId"], equals: c.id } };
  const made = await db.auditEvent.findMany({
    where: { communeId, entityType: { in: [...CONSULTATION_PARTS] }, ...carriesId },
    select: { entityType: true, entityId: true },
    distinct: ["entityType", "entityId"],
  });
  const parts: Record<(typeof CONSULTATION_PARTS)[number], string[]> = {
    MeetingRecord: c.meetings.map((m) => m.id),
    BallotRound: c.ballotRounds.map((r) => r.id),
    OpinionTheme: c.themes.map((th) => th.id),
    DecisionRecord: c.records.map((r) => r.id),
  };
  for (const e of made) parts[e.entityType as keyof typeof parts]?.push(e.entityId);
  return [
    { entityType: "Consultation", entityId: c.id },
    carriesId,
    ...Object.entries(parts)
      .filter(([, ids]) => ids.length)
      .map(([entityType, ids]) => ({ entityType, entityId: { in: [...new Set(ids)] } })),
  ];
}

/** The commune's consultations for the log's filter, newest first. */
/**
 * The newest 500, and the one the filter names when it is older than those (still the commune's:
 * another commune's id adds nothing, so the select says it matches nothing here).
 */
export async function listAuditConsultations(db: PrismaClient, communeId: string, include?: string) {
  const newest = await db.consultation.findMany({
    where: { communeId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true },
    take: 500,
  });
  if (!include || newest.some((c) => c.id === include)) return newest;
  const chosen = await db.consultation.findFirst({
    where: { id: include, communeId },
    select: { id: true, title: true },
  });
  return chosen ? [...newest, chosen] : newest;
}

/**
 * Newest first, each with the names its sentence speaks of (names.ts); `nextBeforeSeq` pages to
 * older events, null on the last page.
 */
export async function listAuditEvents(
  db: PrismaClient,
  communeId: string,
  input: TAuditFilter & { limit: number; beforeSeq?: number },
) {
  const [actorIds, consultation] = await Promise.all([
    staffIdsByUsername(db, communeId, input.actor),
    consultationScope(db, communeId, input.consultationId),
  ]);
  if (consultation === null) return { events: [], nextBeforeSeq: null };
  const rows = await db.auditEvent.findMany({
    where: auditWhere(communeId, input, input.beforeSeq, actorIds, consultation),
    orderBy: { seq: "desc" },
    take: input.limit + 1,
    select: {
      seq: true,
      createdAt: true,
      actorType: true,
      actorId: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      hash: true,
    },
  });
  const page = rows.slice(0, input.limit);
  const names = await resolveAuditNames(db, communeId, page);
  const events = page.map((e, i) => ({ ...e, names: names[i] }));
  return { events, nextBeforeSeq: rows.length > input.limit ? page[page.length - 1].seq : null };
}

export type TChainStatus = {
  /** Events checked before the walk stopped (all of them when the chain holds). */
  events: number;
  ok: boolean;
  /** The first event that fails its link or hash; for a deleted tail, the first missing seq (no event). */
  brokenAt: { seq: number; action: string | null; entityType: string | null; entityId: string | null } | null;
};

/** The chain's state for the audit page: the same walk as `npm run audit:verify`. */
export async function getAuditChainStatus(db: PrismaClient, communeId: string): Promise<TChainStatus> {
  const report = await verifyAuditChain(db, communeId);
  const b = report.broken;
  if (!b) return { events: report.events, ok: true, brokenAt: null };
  // A deleted tail is found at the head: the first missing seq, with no event to name.
  if (b.entityType === "AuditHead")
    return {
      events: report.events,
      ok: false,
      brokenAt: { seq: report.events + 1, action: null, entityType: null, entityId: null },
    };
  return {
    events: report.events,
    ok: false,
    brokenAt: { seq: b.seq, action: b.action, entityType: b.entityType, entityId: b.entityId },
  };
}
