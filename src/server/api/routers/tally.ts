import { z } from "zod";
import { getTally } from "../../tallies/data";
import { staffProcedure, router } from "../trpc";

export const tallyRouter = router({
  get: staffProcedure("tally.read")
    .input(z.object({ consultationId: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => getTally(ctx.db, ctx.actor.communeId, input.consultationId, ctx.now())),
});
