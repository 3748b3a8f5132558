import { z } from "zod";
import { MATTERS } from "@/domain/matters";
import { getDashboard } from "../../dashboard/data";
import { permittedProcedure, router } from "../trpc";

export const dashboardRouter = router({
  get: permittedProcedure("tally.read")
    .input(z.object({ year: z.number().int().min(2000).max(2100), matter: z.enum(MATTERS).optional() }))
    .query(({ ctx, input }) => getDashboard(ctx.db, ctx.actor.communeId, input, ctx.now())),
});
