import { z } from "zod";
import { MATTERS } from "@/domain/matters";
import { getDashboard } from "../../dashboard/data";
import { getConsoleHome } from "../../dashboard/home";
import { staffProcedure, router } from "../trpc";

export const dashboardRouter = router({
  get: staffProcedure("tally.read")
    .input(z.object({ year: z.number().int().min(2000).max(2100), matter: z.enum(MATTERS).optional() }))
    .query(({ ctx, input }) => getDashboard(ctx.db, ctx.actor.communeId, input, ctx.now())),
  /** The console's home: a neighbourhood head's own thôn or tổ, everyone else's commune. */
  home: staffProcedure("consultation.read").query(({ ctx }) => getConsoleHome(ctx.db, ctx.actor, ctx.now())),
});
