import { sortByName } from "@/domain/vietnamese";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ConsultationStatus } from "@/generated/prisma/enums";
import { PUBLIC_STATUSES } from "@/domain/consultation-status";
import {
  actionNotBefore,
  approvalDeadline,
  availableActions,
  decidePublishNow,
  type LifecycleAction,
} from "@/domain/lifecycle";
import { MATTER_PRESETS } from "@/domain/matters";
import type { Role } from "@/domain/roles";
import type { HouseholdActor } from "../auth/actor";
import { AppError, type FieldIssue } from "../errors";
import { toFieldIssues } from "./plan";
import { withPostingStates } from "../postings/data";
import { applyDueTransitions } from "./schedule";
import type { TConsultationFilter } from "./schema";
import { CONSULTATION_HEADING, QUESTIONS_WITH_OPTIONS } from "./selects";

/** Published means approved and past its publication time. */
export function publicWhere(communeId: string, now: Date): Prisma.ConsultationWhereInput {
  return { communeId, status: { in: [...PUBLIC_STATUSES] }, publishedAt: { lte: now } };
}

/** Published, and consulting the household's own neighbourhood. */
export function publicToHousehold(actor: HouseholdActor, now: Date): Prisma.ConsultationWhereInput {
  return { ...publicWhere(actor.communeId, now), areas: { some: { neighbourhoodId: actor.neighbourhoodId } } };
}

const LIST_SELECT = {
  ...CONSULTATION_HEADING,
  publishedAt: true,
  opensAt: true,
  closesAt: true,
  channels: true,
} as const;

export async function listPublicConsultations(db: PrismaClient, communeId: string, now: Date) {
  await applyDueTransitions(db, communeId, now);
  return db.consultation.findMany({
    where: publicWhere(communeId, now),
    orderBy: [{ closesAt: "desc" }, { createdAt: "desc" }],
    select: LIST_SELECT,
  });
}

function yearRange(year: number) {
  // Years as people in Vietnam count them (UTC+7).
  return { gte: new Date(`${year}-01-01T00:00:00+07:00`), lt: new Date(`${year + 1}-01-01T00:00:00+07:00`) };
}

export async function listConsultations(db: PrismaClient, communeId: string, filter: TConsultationFilter, now: Date) {
  await applyDueTransitions(db, communeId, now);
  const where: Prisma.ConsultationWhereInput = {
    communeId,
    status: filter.status,
    matter: filter.matter,
    areas: filter.neighbourhoodId ? { some: { neighbourhoodId: filter.neighbourhoodId } } : undefined,
  };
  if (filter.year) {
    where.OR = [{ publishAt: yearRange(filter.year) }, { publishAt: null, createdAt: yearRange(filter.year) }];
  }
  return db.consultation.findMany({
    where,
    orderBy: [{ createdAt: "desc" }],
    select: { ...LIST_SELECT, createdAt: true, publishAt: true, _count: { select: { areas: true } } },
  });
}

const DETAIL_INCLUDE = {
  areas: { orderBy: { neighbourhoodName: "asc" } },
  questions: QUESTIONS_WITH_OPTIONS,
  documents: {
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true },
  },
  postings: {
    orderBy: { postedAt: "asc" },
    select: {
      id: true,
      place: true,
      postedAt: true,
      validUntil: true,
      note: true,
      photoDocumentId: true,
      takenDownAt: true,
      neighbourhood: { select: { name: true } },
    },
  },
} satisfies Prisma.ConsultationInclude;

/** Staff read more of each posting than the public: its material, revision, who posted and took it down. */
const STAFF_INCLUDE = {
  ...DETAIL_INCLUDE,
  postings: {
    ...DETAIL_INCLUDE.postings,
    select: {
      ...DETAIL_INCLUDE.postings.select,
      neighbourhoodId: true,
      material: true,
      noticeRevision: true,
      postedById: true,
      takenDownById: true,
      takenDownNote: true,
    },
  },
} satisfies Prisma.ConsultationInclude;

/** Staff view. Scoped in the query itself: another commune's consultation is simply "not found". */
export async function getConsultation(db: PrismaClient, communeId: string, id: string, role: Role, now: Date) {
  await applyDueTransitions(db, communeId, now, id);
  const c = await db.consultation.findFirst({ where: { id, communeId }, include: STAFF_INCLUDE });
  if (!c) throw AppError.notFound("consultation");
  // Each posting's state: up, taken down, or to take down or replace (docs/LAW.md#r17).
  const postings = await withPostingStates(db, communeId, c, c.postings, now);
  const roll = await db.rollEntry.groupBy({
    by: ["neighbourhoodId"],
    where: { consultationId: id, removedAt: null },
    _count: { _all: true },
  });
  const rollByNeighbourhood = Object.fromEntries(roll.map((r) => [r.neighbourhoodId, r._count._all]));
  // "Publish now" is offered only while the publication is still ahead; refused by the law's periods,
  // it shows disabled with why.
  const publishNow = decidePublishNow({ role, status: c.status, publishedAt: c.publishedAt, schedule: c, now });
  const actions = availableActions(c.status, role).filter(
    (action) => action !== "publishNow" || publishNow.ok || publishNow.reason === "tooLate",
  );
  const actionsRefused: Partial<Record<LifecycleAction, FieldIssue[]>> =
    !publishNow.ok && publishNow.reason === "tooLate" ? { publishNow: toFieldIssues(publishNow.issues) } : {};
  const deadline = actions.includes("submit") ? approvalDeadline(c, now) : null;
  return {
    ...c,
    postings,
    areas: sortByName(c.areas, (a) => a.neighbourhoodName),
    rollSize: roll.reduce((sum, r) => sum + r._count._all, 0),
    rollByNeighbourhood,
    actions,
    // ISO strings: the client panel formats them in the commune's time zone.
    actionsNotBefore: Object.fromEntries(
      actions.flatMap((action) => {
        const at = actionNotBefore(
          action,
          { publishedAt: c.publishedAt, minDaysFromPublication: MATTER_PRESETS[c.matter].minOpenDaysFromPublication },
          now,
        );
        return at ? [[action, at.toISOString()]] : [];
      }),
    ) as Partial<Record<LifecycleAction, string>>,
    actionsRefused,
    /** Shown at submission: approval after this moment would publish too late (Art 28 k2). */
    submitWarning: deadline ? { ...deadline, latestApproval: deadline.latestApproval.toISOString() } : null,
  };
}

/** Public view: only published consultations; postings past their end are marked expired. */
export async function getPublicConsultation(db: PrismaClient, communeId: string, id: string, now: Date) {
  await applyDueTransitions(db, communeId, now, id);
  const c = await db.consultation.findFirst({
    where: { ...publicWhere(communeId, now), id },
    select: {
      ...LIST_SELECT,
      legalBasis: true,
      meetingAt: true,
      openedAt: true,
      closedAt: true,
      ruleNumerator: true,
      ruleDenominator: true,
      ruleInclusive: true,
      ruleAggregation: true,
      areas: DETAIL_INCLUDE.areas,
      questions: DETAIL_INCLUDE.questions,
      documents: DETAIL_INCLUDE.documents,
      postings: DETAIL_INCLUDE.postings,
    },
  });
  if (!c) throw AppError.notFound("consultation");
  return {
    ...c,
    areas: sortByName(c.areas, (a) => a.neighbourhoodName),
    // A posting taken down is over too, whatever end it was given (docs/LAW.md#r17).
    postings: c.postings.map((p) => ({
      ...p,
      expired: (p.validUntil !== null && p.validUntil < now) || (p.takenDownAt !== null && p.takenDownAt <= now),
    })),
  };
}

export async function countConsultationsByStatus(db: PrismaClient, communeId: string, now: Date) {
  await applyDueTransitions(db, communeId, now);
  const rows = await db.consultation.groupBy({ by: ["status"], where: { communeId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<Record<ConsultationStatus, number>>;
}

/** Open consultations whose area includes the neighbourhood (the resident's home page). */
export async function listOpenForNeighbourhood(
  db: PrismaClient,
  communeId: string,
  neighbourhoodId: string,
  now: Date,
) {
  await applyDueTransitions(db, communeId, now);
  return db.consultation.findMany({
    where: { communeId, status: "OPEN", areas: { some: { neighbourhoodId } } },
    orderBy: { closesAt: "asc" },
    select: LIST_SELECT,
  });
}
