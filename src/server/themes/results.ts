// The public results page: "what we asked, what you said, what we did". Only once a leader has
// published the results; until then the id is simply not found, like any unpublished page.
import type { PrismaClient } from "@/generated/prisma/client";
import { applyDueTransitions } from "../consultations/schedule";
import { CONSULTATION_HEADING, QUESTIONS_AS_ASKED } from "../consultations/selects";
import { AppError } from "../errors";
import { storedTally } from "../tallies/compute";
import { publishedThemes } from "./data";

export async function getPublicResults(db: PrismaClient, communeId: string, id: string, now: Date) {
  await applyDueTransitions(db, communeId, now, id);
  const c = await db.consultation.findFirst({
    where: { id, communeId, status: "RESULTS_PUBLISHED", resultsPublishedAt: { lte: now } },
    select: {
      ...CONSULTATION_HEADING,
      openedAt: true,
      closedAt: true,
      resultsPublishedAt: true,
      finalTally: true,
      questions: QUESTIONS_AS_ASKED,
    },
  });
  if (!c || !c.finalTally) throw AppError.notFound("consultation");
  const { finalTally, ...rest } = c;
  return { ...rest, tally: storedTally(finalTally), themes: await publishedThemes(db, c.id) };
}
