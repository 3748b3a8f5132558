import { getTally } from "../../tallies/data";
import { ZConsultationIdInput } from "../../consultations/schema";
import { staffProcedure, router } from "../trpc";

export const tallyRouter = router({
  get: staffProcedure("tally.read")
    .input(ZConsultationIdInput)
    .query(({ ctx, input }) => getTally(ctx.db, ctx.actor.communeId, input.consultationId, ctx.now())),
});
