import { z } from "zod";
import { addPosting, removePosting, takeDownPosting } from "../../disclosures/mutations";
import {
  ZAddPostingForm,
  ZAddPostingInput,
  ZRemovePostingInput,
  ZTakeDownPostingInput,
} from "../../disclosures/schema";
import { staffProcedure, router } from "../trpc";

export const disclosureRouter = router({
  /** JSON, or multipart/form-data with the same fields and `photo`: the photo uploaded in the same step. */
  add: staffProcedure("consultation.manage")
    .input(z.union([ZAddPostingForm, ZAddPostingInput]))
    .mutation(({ ctx, input }) => addPosting(ctx.db, ctx.actor, input, ctx.now())),
  remove: staffProcedure("consultation.manage")
    .input(ZRemovePostingInput)
    .mutation(({ ctx, input }) => removePosting(ctx.db, ctx.actor, input)),
  /** Gỡ xuống: a posting no longer in force comes down and stays in the log (docs/LAW.md#r17). */
  takeDown: staffProcedure("posting.takeDown")
    .input(ZTakeDownPostingInput)
    .mutation(({ ctx, input }) => takeDownPosting(ctx.db, ctx.actor, input, ctx.now())),
});
