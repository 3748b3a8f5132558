import { z } from "zod";
import { MATTERS } from "@/domain/matters";
import { getDashboard } from "../../dashboard/data";
import { getConsoleHome } from "../../dashboard/home";
import { permittedProcedure, router } from "../trpc";
import { asStaff } from "../staff";

export const dashboardRouter = router({
  get: permittedProcedure("tally.read")
    .input(z.object({ year: z.number().int().min(2000).max(2100), matter: z.enum(MATTERS).optional() }))
    .query(({ ctx, input }) => getDashboard(ctx.db, ctx.actor.communeId, input, ctx.now())),
  /** The console's home: a neighbourhood head's own thôn or tổ, everyone else's commune. */
  home: permittedProcedure("consultation.read").query(({ ctx }) => getConsoleHome(ctx.db, asStaff(ctx.actor), ctx.now())),
});
