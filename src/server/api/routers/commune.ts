import { z } from "zod";
import { getDefaultCommune } from "../../communes/data";
import { getPublicConsultation, listPublicConsultations } from "../../consultations/data";
import { AppError } from "../../errors";
import { getPublicResults } from "../../themes/results";
import { publicProcedure, router } from "../trpc";

export const communeRouter = router({
  current: publicProcedure("commune.read").query(({ ctx }) => getDefaultCommune(ctx.db)),
  publicConsultations: publicProcedure("consultation.readPublic").query(async ({ ctx }) => {
    const commune = await getDefaultCommune(ctx.db);
    return commune ? listPublicConsultations(ctx.db, commune.id, ctx.now()) : [];
  }),
  publicConsultation: publicProcedure("consultation.readPublic")
    .input(z.object({ id: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const commune = await getDefaultCommune(ctx.db);
      if (!commune) throw AppError.notFound("consultation");
      return getPublicConsultation(ctx.db, commune.id, input.id, ctx.now());
    }),
  /** Published results: the frozen tally and the approved responses to the opinions received. */
  publicResults: publicProcedure("consultation.readPublic")
    .input(z.object({ id: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const commune = await getDefaultCommune(ctx.db);
      if (!commune) throw AppError.notFound("consultation");
      return getPublicResults(ctx.db, commune.id, input.id, ctx.now());
    }),
});
