// Reading the opinions received (comments, free-text answers, suggestion-box notes) and the themes
// they are grouped into. Opinions come from one SQL UNION so filters and paging work across both
// sources without loading every answer. Households are never named here: grouping is about what was
// said, not who said it.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { publicationReadiness, themesWorkable, type ThemeResponseKindName } from "@/domain/themes";
import type { StaffActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/lifecycle";
import { AppError } from "../errors";

type Db = PrismaClient | Prisma.TransactionClient;

export type OpinionKind = "answer" | "suggestion";

export type OpinionFilter = {
  consultationId: string;
  questionId?: string;
  neighbourhoodId?: string;
  channel?: string;
  /** "ungrouped", "grouped", or a theme id; absent means every opinion. */
  theme?: string;
  offset?: number;
  limit?: number;
};

export type Opinion = {
  kind: OpinionKind;
  id: string;
  text: string;
  questionId: string | null;
  neighbourhoodName: string | null;
  channel: string;
  receivedAt: Date;
  themeId: string | null;
};

/** Non-voided answers with words in them, and every suggestion-box note, as one relation. */
function opinionsSql(consultationId: string) {
  return Prisma.sql`
    SELECT 'answer' AS kind, a.id, concat_ws(E'\n', nullif(btrim(a.text), ''), nullif(btrim(a.comment), '')) AS text,
           a."questionId", n.name AS "neighbourhoodName", r."neighbourhoodId", r.channel::text AS channel,
           r."submittedAt" AS "receivedAt", tc."themeId"
    FROM "Answer" a
    JOIN "Response" r ON r.id = a."responseId"
    JOIN "Neighbourhood" n ON n.id = r."neighbourhoodId"
    LEFT JOIN "ThemeComment" tc ON tc."answerId" = a.id
    WHERE r."consultationId" = ${consultationId} AND r."voidedAt" IS NULL
      AND (nullif(btrim(a.text), '') IS NOT NULL OR nullif(btrim(a.comment), '') IS NOT NULL)
    UNION ALL
    SELECT 'suggestion', s.id, s.text, NULL, n.name, s."neighbourhoodId", 'SUGGESTION_BOX', s."receivedAt", ts."themeId"
    FROM "SuggestionOpinion" s
    LEFT JOIN "Neighbourhood" n ON n.id = s."neighbourhoodId"
    LEFT JOIN "ThemeSuggestion" ts ON ts."suggestionId" = s.id
    WHERE s."consultationId" = ${consultationId}`;
}

function filterSql(f: OpinionFilter) {
  const parts: Prisma.Sql[] = [];
  if (f.questionId) parts.push(Prisma.sql`o."questionId" = ${f.questionId}`);
  if (f.neighbourhoodId) parts.push(Prisma.sql`o."neighbourhoodId" = ${f.neighbourhoodId}`);
  if (f.channel) parts.push(Prisma.sql`o.channel = ${f.channel}`);
  if (f.theme === "ungrouped") parts.push(Prisma.sql`o."themeId" IS NULL`);
  else if (f.theme === "grouped") parts.push(Prisma.sql`o."themeId" IS NOT NULL`);
  else if (f.theme) parts.push(Prisma.sql`o."themeId" = ${f.theme}`);
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export async function consultationForThemes(db: Db, communeId: string, consultationId: string) {
  const c = await db.consultation.findFirst({
    where: { id: consultationId, communeId },
    select: { id: true, communeId: true, status: true, title: true, mode: true },
  });
  if (!c) throw AppError.notFound("consultation");
  return c;
}

export async function listOpinions(db: PrismaClient, actor: StaffActor, filter: OpinionFilter, now: Date) {
  await applyDueTransitions(db, actor.communeId, now, filter.consultationId);
  const c = await consultationForThemes(db, actor.communeId, filter.consultationId);
  const limit = Math.min(filter.limit ?? 100, 500);
  const offset = filter.offset ?? 0;
  const where = filterSql(filter);
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<Opinion[]>`
      SELECT o.kind, o.id, o.text, o."questionId", o."neighbourhoodName", o.channel, o."receivedAt", o."themeId"
      FROM (${opinionsSql(c.id)}) o ${where}
      ORDER BY o."receivedAt", o.id LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${opinionsSql(c.id)}) o ${where}`,
  ]);
  return { items: rows, total, offset, limit };
}

export type ThemeRow = {
  id: string;
  title: string;
  responseKind: ThemeResponseKindName | null;
  responseText: string | null;
  respondedAt: Date | null;
  approvedAt: Date | null;
  opinions: number;
};

/** Themes still in use (merged ones are kept for the record but hidden), with their opinion counts. */
export async function themeRows(db: Db, consultationId: string): Promise<ThemeRow[]> {
  return db.$queryRaw<ThemeRow[]>`
    SELECT t.id, t.title, t."responseKind"::text AS "responseKind", t."responseText", t."respondedAt", t."approvedAt",
           ((SELECT count(*) FROM "ThemeComment" tc WHERE tc."themeId" = t.id)
            + (SELECT count(*) FROM "ThemeSuggestion" ts WHERE ts."themeId" = t.id))::int AS opinions
    FROM "OpinionTheme" t
    WHERE t."consultationId" = ${consultationId} AND t."mergedIntoId" IS NULL
    ORDER BY t."createdAt", t.id`;
}

export async function ungroupedCount(db: Db, consultationId: string): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (${opinionsSql(consultationId)}) o WHERE o."themeId" IS NULL`;
  return n;
}

export async function readinessOf(db: Db, consultationId: string) {
  const [themes, ungrouped] = await Promise.all([themeRows(db, consultationId), ungroupedCount(db, consultationId)]);
  return { themes, readiness: publicationReadiness({ ungrouped, themes }) };
}

/** The themes page: every theme with its response, and whether the results may be published. */
export async function listThemes(db: PrismaClient, actor: StaffActor, consultationId: string, now: Date) {
  await applyDueTransitions(db, actor.communeId, now, consultationId);
  const c = await consultationForThemes(db, actor.communeId, consultationId);
  const { themes, readiness } = await readinessOf(db, c.id);
  return { consultation: c, workable: themesWorkable(c.status), themes, readiness };
}

/** For the public results page: approved responses only, with how many opinions each answers. */
export async function publishedThemes(db: Db, consultationId: string) {
  const rows = await themeRows(db, consultationId);
  return rows
    .filter((t) => t.approvedAt && t.responseKind && t.responseText)
    .map((t) => ({ id: t.id, title: t.title, responseKind: t.responseKind!, responseText: t.responseText!, opinions: t.opinions }));
}
