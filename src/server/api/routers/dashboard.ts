import { getDashboard } from "../../dashboard/data";
import { getConsoleHome } from "../../dashboard/home";
import { ZYearSummaryInput } from "../../dashboard/schema";
import { staffProcedure, router } from "../trpc";

export const dashboardRouter = router({
  get: staffProcedure("tally.read")
    .input(ZYearSummaryInput)
    .query(({ ctx, input }) => getDashboard(ctx.db, ctx.actor.communeId, input, ctx.now())),
  /** The console's home: a neighbourhood head's own thôn or tổ, everyone else's commune. */
  home: staffProcedure("consultation.read").query(({ ctx }) => getConsoleHome(ctx.db, ctx.actor, ctx.now())),
});
