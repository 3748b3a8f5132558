// An earlier consultation whose results are published: its opinions grouped into themes, each
// answered and approved, as officials and the leader would have left them.
import { computeTally } from "../tallies/compute";
import {
  areaOf,
  createConsultation,
  freezeRoll,
  seedResponses,
  type ConsultationText,
  type ResponsePlan,
  type SeedContext,
} from "./consultations";

const DAY = 86_400_000;

/** A theme, the residents' comments it groups and the commune's approved response to it. */
export type PublishedTheme = {
  title: string;
  comments: string[];
  kind: "TAKEN_UP" | "EXPLAINED" | "FORWARDED";
  response: string;
};

/**
 * Opened on publication `publishedDaysAgo`, closed `closedDaysAgo`; every comment residents wrote
 * comes from the themes, so each opinion sits in one. Responses are dated three days after closing,
 * the results five.
 */
export type PublishedPlan = ConsultationText & {
  publishedDaysAgo: number;
  closedDaysAgo: number;
  responses: Omit<ResponsePlan, "comments">;
  themes: PublishedTheme[];
};

export async function seedPublished(ctx: SeedContext, plan: PublishedPlan) {
  const publishAt = new Date(ctx.now.getTime() - plan.publishedDaysAgo * DAY);
  const closesAt = new Date(ctx.now.getTime() - plan.closedDaysAgo * DAY);
  const area = areaOf(ctx, plan);
  const consultation = await createConsultation(ctx, {
    ...plan,
    status: "RESULTS_PUBLISHED",
    areaIndexes: area,
    dates: { publishAt, opensAt: publishAt, closesAt },
  });
  const roll = await freezeRoll(ctx, consultation, area, publishAt);
  const comments = plan.themes.flatMap((t) => t.comments);
  await seedResponses(ctx, consultation, roll, { ...plan.responses, from: publishAt, to: closesAt, comments });
  const tally = await computeTally(ctx.tx, consultation.id, closesAt);
  const answers = await ctx.tx.answer.findMany({
    where: { response: { consultationId: consultation.id }, OR: [{ text: { not: null } }, { comment: { not: null } }] },
    select: { id: true, text: true, comment: true },
  });
  const respondedAt = new Date(closesAt.getTime() + 3 * DAY);
  for (const theme of plan.themes) {
    const ids = answers.filter((a) => theme.comments.includes(a.comment ?? a.text ?? "")).map((a) => a.id);
    await ctx.tx.opinionTheme.create({
      data: {
        consultationId: consultation.id,
        title: theme.title,
        responseKind: theme.kind,
        responseText: theme.response,
        respondedAt,
        respondedById: ctx.official.id,
        approvedAt: respondedAt,
        approvedById: ctx.leader.id,
        createdById: ctx.official.id,
        comments: { create: ids.map((answerId) => ({ answerId })) },
      },
    });
  }
  const resultsPublishedAt = new Date(closesAt.getTime() + 5 * DAY);
  await ctx.tx.consultation.update({
    where: { id: consultation.id },
    data: { finalTally: tally as unknown as object, resultsPublishedAt, resultsPublishedById: ctx.leader.id },
  });
}
