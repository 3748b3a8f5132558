// The public results page: "what we asked, what you said, what we did". Only once a leader has
// published the results; until then the id is simply not found, like any unpublished page.
import type { PrismaClient } from "@/generated/prisma/client";
import { applyDueTransitions } from "../consultations/schedule";
import { AppError } from "../errors";
import { storedTally } from "../tallies/compute";
import { publishedThemes } from "./data";

export async function getPublicResults(db: PrismaClient, communeId: string, id: string, now: Date) {
  await applyDueTransitions(db, communeId, now, id);
  const c = await db.consultation.findFirst({
    where: { id, communeId, status: "RESULTS_PUBLISHED", resultsPublishedAt: { lte: now } },
    select: {
      id: true,
      title: true,
      summary: true,
      matter: true,
      mode: true,
      status: true,
      openedAt: true,
      closedAt: true,
      resultsPublishedAt: true,
      finalTally: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          text: true,
          options: { orderBy: { position: "asc" }, select: { id: true, key: true, label: true } },
        },
      },
    },
  });
  if (!c || !c.finalTally) throw AppError.notFound("consultation");
  const { finalTally, ...rest } = c;
  return { ...rest, tally: storedTally(finalTally), themes: await publishedThemes(db, c.id) };
}
