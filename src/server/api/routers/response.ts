import { submitOnlineResponse } from "../../responses/online";
import { ZSubmitOnlineInput } from "../../responses/schema";
import { householdProcedure, router } from "../trpc";

export const responseRouter = router({
  /** The same server function the resident's no-JavaScript form posts to. */
  submitOnline: householdProcedure("response.submitOnline")
    .input(ZSubmitOnlineInput)
    .mutation(({ ctx, input }) => submitOnlineResponse(ctx.db, ctx.actor, input, ctx.now())),
});
