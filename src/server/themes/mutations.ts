// Grouping opinions into themes and answering them. Each change is one transaction that first locks
// the consultation row, so it serialises with publishing the results (which checks, under the same
// lock, that every opinion is answered). Changing which opinions a theme holds, or its response,
// withdraws a leader's approval: what was approved is exactly what gets published.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import {
  checkMerge,
  checkThemeResponse,
  checkThemeTitle,
  themesWorkable,
  type ThemeResponseKindName,
} from "@/domain/themes";
import { appendStaffAudit } from "../audit/append";
import type { AuditAction, AuditData } from "../audit/actions";
import type { StaffActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/schedule";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

export type OpinionRefs = { answerIds: string[]; suggestionIds: string[] };

async function lockConsultation(tx: Tx, actor: StaffActor, consultationId: string) {
  const [c] = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text AS status FROM "Consultation"
    WHERE id = ${consultationId} AND "communeId" = ${actor.communeId} FOR UPDATE`;
  if (!c) throw AppError.notFound("consultation");
  if (!themesWorkable(c.status as never))
    throw new AppError("PRECONDITION_FAILED", "themesNotWorkable", { status: `@status.${c.status}` });
  return c;
}

async function themeIn(tx: Tx, actor: StaffActor, themeId: string) {
  const t = await tx.opinionTheme.findFirst({
    where: { id: themeId, consultation: { communeId: actor.communeId } },
    select: {
      id: true,
      consultationId: true,
      title: true,
      mergedIntoId: true,
      approvedAt: true,
      responseKind: true,
      responseText: true,
    },
  });
  if (!t) throw AppError.notFound("theme");
  await lockConsultation(tx, actor, t.consultationId);
  if (t.mergedIntoId) throw AppError.notFound("theme");
  return t;
}

function audit<A extends Extract<AuditAction, `theme.${string}`>>(
  tx: Tx,
  actor: StaffActor,
  now: Date,
  action: A,
  entityId: string,
  data: AuditData[A],
) {
  return appendStaffAudit(tx, actor, { action, entityType: "OpinionTheme", entityId, data, now });
}

const unique = (ids: string[]) => [...new Set(ids)];

/** Every id must be an opinion of this consultation (a worded answer of a counted response, or a note). */
async function assertOpinions(tx: Tx, consultationId: string, refs: OpinionRefs) {
  const answerIds = unique(refs.answerIds);
  const suggestionIds = unique(refs.suggestionIds);
  const [answers, suggestions] = await Promise.all([
    answerIds.length
      ? tx.answer.count({
          where: {
            id: { in: answerIds },
            response: { consultationId, voidedAt: null },
            OR: [{ text: { not: null } }, { comment: { not: null } }],
          },
        })
      : 0,
    suggestionIds.length ? tx.suggestionOpinion.count({ where: { id: { in: suggestionIds }, consultationId } }) : 0,
  ]);
  if (answers !== answerIds.length || suggestions !== suggestionIds.length) throw AppError.notFound("opinion");
  return { answerIds, suggestionIds };
}

/** The themes the given opinions sit in now: their approvals lapse when the opinions move. */
async function themesHolding(tx: Tx, refs: OpinionRefs) {
  const [a, s] = await Promise.all([
    tx.themeComment.findMany({ where: { answerId: { in: refs.answerIds } }, select: { themeId: true } }),
    tx.themeSuggestion.findMany({ where: { suggestionId: { in: refs.suggestionIds } }, select: { themeId: true } }),
  ]);
  return unique([...a, ...s].map((r) => r.themeId));
}

async function withdrawApproval(tx: Tx, themeIds: string[]) {
  if (themeIds.length)
    await tx.opinionTheme.updateMany({
      where: { id: { in: themeIds }, approvedAt: { not: null } },
      data: { approvedAt: null, approvedById: null },
    });
}

/** Takes the opinions out of whichever themes hold them; returns those themes. */
async function takeOut(tx: Tx, refs: OpinionRefs) {
  const previous = await themesHolding(tx, refs);
  await tx.themeComment.deleteMany({ where: { answerId: { in: refs.answerIds } } });
  await tx.themeSuggestion.deleteMany({ where: { suggestionId: { in: refs.suggestionIds } } });
  return previous;
}

async function place(tx: Tx, themeId: string, refs: OpinionRefs) {
  const previous = await takeOut(tx, refs);
  await tx.themeComment.createMany({ data: refs.answerIds.map((answerId) => ({ themeId, answerId })) });
  await tx.themeSuggestion.createMany({ data: refs.suggestionIds.map((suggestionId) => ({ themeId, suggestionId })) });
  await withdrawApproval(tx, unique([...previous, themeId]));
}

const refsCount = (r: OpinionRefs) => r.answerIds.length + r.suggestionIds.length;

/** The opinions a bulk action names: of this consultation, and at least one. */
async function selectedOpinions(tx: Tx, consultationId: string, refs: OpinionRefs) {
  const checked = await assertOpinions(tx, consultationId, refs);
  if (!refsCount(checked)) throw AppError.invalid([{ field: "opinions", key: "themes.errors.noneSelected" }]);
  return checked;
}

export async function createTheme(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; title: string } & Partial<OpinionRefs>,
  now: Date,
) {
  const { title, issue } = checkThemeTitle(input.title);
  if (issue) throw AppError.invalid([{ field: "title", key: `themes.errors.${issue}` }]);
  await applyDueTransitions(db, actor.communeId, now, input.consultationId);
  return db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, actor, input.consultationId);
    const refs = await assertOpinions(tx, c.id, {
      answerIds: input.answerIds ?? [],
      suggestionIds: input.suggestionIds ?? [],
    });
    const theme = await tx.opinionTheme.create({
      data: { consultationId: c.id, title, createdById: actor.id, createdAt: now },
      select: { id: true },
    });
    if (refsCount(refs)) await place(tx, theme.id, refs);
    await audit(tx, actor, now, "theme.created", theme.id, { consultationId: c.id, title, opinions: refsCount(refs) });
    return { id: theme.id, assigned: refsCount(refs) };
  });
}

export async function renameTheme(
  db: PrismaClient,
  actor: StaffActor,
  input: { themeId: string; title: string },
  now: Date,
) {
  const { title, issue } = checkThemeTitle(input.title);
  if (issue) throw AppError.invalid([{ field: "title", key: `themes.errors.${issue}` }]);
  return db.$transaction(async (tx) => {
    const t = await themeIn(tx, actor, input.themeId);
    if (t.title === title) return { id: t.id };
    // The title is published beside the response, so a new title needs a new approval.
    await tx.opinionTheme.update({ where: { id: t.id }, data: { title, approvedAt: null, approvedById: null } });
    await audit(tx, actor, now, "theme.renamed", t.id, { consultationId: t.consultationId, from: t.title, to: title });
    return { id: t.id };
  });
}

/** Only an empty theme goes: opinions are never dropped by deleting the box they sit in. */
export async function deleteTheme(db: PrismaClient, actor: StaffActor, input: { themeId: string }, now: Date) {
  return db.$transaction(async (tx) => {
    const t = await themeIn(tx, actor, input.themeId);
    const [comments, suggestions, merged] = await Promise.all([
      tx.themeComment.count({ where: { themeId: t.id } }),
      tx.themeSuggestion.count({ where: { themeId: t.id } }),
      tx.opinionTheme.count({ where: { mergedIntoId: t.id } }),
    ]);
    if (comments + suggestions > 0)
      throw new AppError("PRECONDITION_FAILED", "themeNotEmpty", { count: comments + suggestions });
    if (merged > 0) throw new AppError("PRECONDITION_FAILED", "themeHasMerged");
    await tx.opinionTheme.delete({ where: { id: t.id } });
    await audit(tx, actor, now, "theme.deleted", t.id, { consultationId: t.consultationId, title: t.title });
    return { id: t.id };
  });
}

/** Bulk assignment: the opinions move into the theme, out of whichever theme held them. */
export async function assignOpinions(
  db: PrismaClient,
  actor: StaffActor,
  input: { themeId: string } & OpinionRefs,
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const t = await themeIn(tx, actor, input.themeId);
    const refs = await selectedOpinions(tx, t.consultationId, input);
    await place(tx, t.id, refs);
    await audit(tx, actor, now, "theme.opinionsAssigned", t.id, {
      consultationId: t.consultationId,
      answers: refs.answerIds.length,
      suggestions: refs.suggestionIds.length,
    });
    return { id: t.id, assigned: refsCount(refs) };
  });
}

export async function ungroupOpinions(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string } & OpinionRefs,
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, actor, input.consultationId);
    const refs = await selectedOpinions(tx, c.id, input);
    const previous = await takeOut(tx, refs);
    await withdrawApproval(tx, previous);
    await appendStaffAudit(tx, actor, {
      action: "theme.opinionsUngrouped",
      entityType: "Consultation",
      entityId: c.id,
      data: { themes: previous, answers: refs.answerIds.length, suggestions: refs.suggestionIds.length },
      now,
    });
    return { ungrouped: refsCount(refs) };
  });
}

/** The sources' opinions move to the target; the sources stay, marked merged, for the audit trail. */
export async function mergeThemes(
  db: PrismaClient,
  actor: StaffActor,
  input: { targetId: string; sourceIds: string[] },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const target = await themeIn(tx, actor, input.targetId);
    const sourceIds = unique(input.sourceIds);
    const sources = await tx.opinionTheme.findMany({
      where: { id: { in: sourceIds }, consultationId: target.consultationId },
      select: { id: true, title: true, mergedIntoId: true },
    });
    if (sources.length !== sourceIds.length) throw AppError.notFound("theme");
    const verdict = checkMerge({
      targetId: target.id,
      sourceIds,
      merged: new Set(sources.filter((s) => s.mergedIntoId).map((s) => s.id)),
    });
    if (!verdict.ok) throw AppError.invalid([{ field: "sourceIds", key: `themes.errors.merge.${verdict.reason}` }]);
    const [answers, suggestions] = await Promise.all([
      tx.themeComment.updateMany({ where: { themeId: { in: sourceIds } }, data: { themeId: target.id } }),
      tx.themeSuggestion.updateMany({ where: { themeId: { in: sourceIds } }, data: { themeId: target.id } }),
    ]);
    await tx.opinionTheme.updateMany({
      where: { id: { in: sourceIds } },
      data: { mergedIntoId: target.id, mergedAt: now, approvedAt: null, approvedById: null },
    });
    if (answers.count + suggestions.count > 0) await withdrawApproval(tx, [target.id]);
    await audit(tx, actor, now, "theme.merged", target.id, {
      consultationId: target.consultationId,
      sources: sources.map((s) => ({ id: s.id, title: s.title })),
      moved: answers.count + suggestions.count,
    });
    return { id: target.id, moved: answers.count + suggestions.count };
  });
}

export async function setThemeResponse(
  db: PrismaClient,
  actor: StaffActor,
  input: { themeId: string; kind: ThemeResponseKindName; text: string },
  now: Date,
) {
  const { text, issue } = checkThemeResponse(input.text);
  if (issue) throw AppError.invalid([{ field: "text", key: `themes.errors.${issue}` }]);
  return db.$transaction(async (tx) => {
    const t = await themeIn(tx, actor, input.themeId);
    if (t.responseKind === input.kind && t.responseText === text) return { id: t.id, approvalWithdrawn: false };
    await tx.opinionTheme.update({
      where: { id: t.id },
      data: {
        responseKind: input.kind,
        responseText: text,
        respondedAt: now,
        respondedById: actor.id,
        approvedAt: null,
        approvedById: null,
      },
    });
    await audit(tx, actor, now, "theme.responded", t.id, {
      consultationId: t.consultationId,
      kind: input.kind,
      text,
      approvalWithdrawn: t.approvedAt !== null,
    });
    return { id: t.id, approvalWithdrawn: t.approvedAt !== null };
  });
}

/** A leader approves one or more answered themes for publication, all or nothing. */
export async function approveThemeResponses(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; themeIds: string[] },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const c = await lockConsultation(tx, actor, input.consultationId);
    const ids = unique(input.themeIds);
    if (!ids.length) throw AppError.invalid([{ field: "themeIds", key: "themes.errors.noThemeSelected" }]);
    const themes = await tx.opinionTheme.findMany({
      where: { id: { in: ids }, consultationId: c.id, mergedIntoId: null },
      select: { id: true, title: true, responseKind: true, responseText: true, approvedAt: true },
    });
    if (themes.length !== ids.length) throw AppError.notFound("theme");
    const unanswered = themes.find((t) => !t.responseKind || !t.responseText);
    if (unanswered) throw new AppError("PRECONDITION_FAILED", "themeUnanswered", { title: unanswered.title });
    const toApprove = themes.filter((t) => !t.approvedAt);
    await tx.opinionTheme.updateMany({
      where: { id: { in: toApprove.map((t) => t.id) } },
      data: { approvedAt: now, approvedById: actor.id },
    });
    for (const t of toApprove)
      await audit(tx, actor, now, "theme.approved", t.id, {
        consultationId: c.id,
        kind: t.responseKind!,
        text: t.responseText!,
      });
    return { approved: toApprove.length };
  });
}
