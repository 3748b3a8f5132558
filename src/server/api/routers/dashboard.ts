import { getDashboard } from "../../dashboard/data";
import { getConsoleHome } from "../../dashboard/home";
import { ZYearSummaryInput } from "../../dashboard/schema";
import { readDbOf } from "../context";
import { staffProcedure, router } from "../trpc";

export const dashboardRouter = router({
  /** The year's figures, on the replica when there is one (a moment behind is fine for a summary). */
  get: staffProcedure("tally.read")
    .input(ZYearSummaryInput)
    .query(({ ctx, input }) => getDashboard(readDbOf(ctx), ctx.actor.communeId, input, ctx.now())),
  /** The console's home: a neighbourhood head's own thôn or tổ, everyone else's commune. */
  home: staffProcedure("consultation.read").query(({ ctx }) => getConsoleHome(ctx.db, ctx.actor, ctx.now())),
});
