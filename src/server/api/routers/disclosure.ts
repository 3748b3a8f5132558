import { addPosting, removePosting } from "../../disclosures/mutations";
import { ZAddPostingInput, ZRemovePostingInput } from "../../disclosures/schema";
import { staffProcedure, router } from "../trpc";

export const disclosureRouter = router({
  add: staffProcedure("consultation.manage")
    .input(ZAddPostingInput)
    .mutation(({ ctx, input }) => addPosting(ctx.db, ctx.actor, input, ctx.now())),
  remove: staffProcedure("consultation.manage")
    .input(ZRemovePostingInput)
    .mutation(({ ctx, input }) => removePosting(ctx.db, ctx.actor, input)),
});
