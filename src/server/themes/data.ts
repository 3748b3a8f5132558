// Reading the opinions received (comments, free-text answers, suggestion-box notes) and the themes
// they are grouped into. Opinions come from one SQL UNION so filters and paging work across both
// sources without loading every answer. Households are never named here: grouping is about what was
// said, not who said it.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { themesWorkable } from "@/domain/themes";
import type { StaffActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/schedule";
import { AppError } from "../errors";
import { opinionsSql, readinessOf, themeRows } from "./readiness";

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
    .map((t) => ({
      id: t.id,
      title: t.title,
      responseKind: t.responseKind!,
      responseText: t.responseText!,
      opinions: t.opinions,
    }));
}
