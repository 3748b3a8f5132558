// Public reads, each for the commune its address names (/{slug}/…): an unknown slug, or a
// consultation of another commune, is "not found".
import { z } from "zod";
import { getCommuneBySlug, listCommunes } from "../../communes/data";
import { getPublicConsultation, listPublicConsultations } from "../../consultations/data";
import { AppError } from "../../errors";
import { getPublicResults } from "../../themes/results";
import type { Context } from "../context";
import { publicProcedure, router } from "../trpc";

const ZSlug = z.string().trim().min(1).max(80);
const ZCommune = z.object({ commune: ZSlug });
const ZCommuneItem = z.object({ commune: ZSlug, id: z.string().min(1).max(64) });

async function communeOf(ctx: Context, slug: string, entity: string) {
  const commune = await getCommuneBySlug(ctx.db, slug);
  if (!commune) throw AppError.notFound(entity);
  return commune;
}

export const communeRouter = router({
  /** The province's list: every commune of the install, searchable with or without tone marks. */
  list: publicProcedure("commune.read")
    .input(z.object({ q: z.string().max(100).default("") }).default({ q: "" }))
    .query(({ ctx, input }) => listCommunes(ctx.db, input.q, ctx.now())),
  bySlug: publicProcedure("commune.read")
    .input(ZCommune)
    .query(({ ctx, input }) => communeOf(ctx, input.commune, "commune")),
  publicConsultations: publicProcedure("consultation.readPublic")
    .input(ZCommune)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "commune");
      return listPublicConsultations(ctx.db, commune.id, ctx.now());
    }),
  publicConsultation: publicProcedure("consultation.readPublic")
    .input(ZCommuneItem)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "consultation");
      return getPublicConsultation(ctx.db, commune.id, input.id, ctx.now());
    }),
  /** Published results: the frozen tally and the approved responses to the opinions received. */
  publicResults: publicProcedure("consultation.readPublic")
    .input(ZCommuneItem)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "consultation");
      return getPublicResults(ctx.db, commune.id, input.id, ctx.now());
    }),
});
