// Whether a consultation's results may be published: every opinion received grouped into a theme, and
// every theme answered and approved (docs/LAW.md#r16; LDCCS Art 26 k2, Art 28 k3). Read inside the
// transaction that publishes them and by the themes page, so both decide from the same query.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { publicationReadiness, type ThemeResponseKindName } from "@/domain/themes";

type Db = PrismaClient | Prisma.TransactionClient;

/** Non-voided answers with words in them, and every suggestion-box note, as one relation. */
export function opinionsSql(consultationId: string) {
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
