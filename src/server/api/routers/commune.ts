// Public reads, each for the commune its address names (/{slug}/…): an unknown slug, or a
// consultation of another commune, is "not found".
import { getCommuneBySlug, listCommunes } from "../../communes/data";
import { getPublicConsultation, listPublicConsultations } from "../../consultations/data";
import { ZCommuneInput, ZCommuneItemInput, ZListCommunesInput } from "../../communes/schema";
import { AppError } from "../../errors";
import { getPublicResults } from "../../themes/results";
import type { Context } from "../context";
import { publicProcedure, router } from "../trpc";

async function communeOf(ctx: Context, slug: string, entity: string) {
  const commune = await getCommuneBySlug(ctx.db, slug);
  if (!commune) throw AppError.notFound(entity);
  return commune;
}

export const communeRouter = router({
  /** The province's list: every commune of the install, searchable with or without tone marks. */
  list: publicProcedure("commune.read")
    .input(ZListCommunesInput)
    .query(({ ctx, input }) => listCommunes(ctx.db, input.q, ctx.now())),
  bySlug: publicProcedure("commune.read")
    .input(ZCommuneInput)
    .query(({ ctx, input }) => communeOf(ctx, input.commune, "commune")),
  publicConsultations: publicProcedure("consultation.readPublic")
    .input(ZCommuneInput)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "commune");
      return listPublicConsultations(ctx.db, commune.id, ctx.now());
    }),
  publicConsultation: publicProcedure("consultation.readPublic")
    .input(ZCommuneItemInput)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "consultation");
      return getPublicConsultation(ctx.db, commune.id, input.id, ctx.now());
    }),
  /** Published results: the frozen tally and the approved responses to the opinions received. */
  publicResults: publicProcedure("consultation.readPublic")
    .input(ZCommuneItemInput)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "consultation");
      return getPublicResults(ctx.db, commune.id, input.id, ctx.now());
    }),
});
