import { z } from "zod";
import { submitOnlineResponse } from "../../responses/online";
import { householdProcedure, router } from "../trpc";

const ZAnswer = z.object({
  questionId: z.string().min(1).max(64),
  optionIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  text: z.string().max(4_000).default(""),
  comment: z.string().max(4_000).default(""),
});

export const responseRouter = router({
  /** The same server function the resident's no-JavaScript form posts to. */
  submitOnline: householdProcedure("response.submitOnline")
    .input(z.object({ consultationId: z.string().min(1).max(64), answers: z.array(ZAnswer).max(100) }))
    .mutation(({ ctx, input }) => submitOnlineResponse(ctx.db, ctx.actor, input, ctx.now())),
});
