import { amendRoll } from "../../consultations/roll-amendments";
import { listRoll } from "../../consultations/roll-data";
import { ZAmendRollInput, ZRollListInput } from "../../consultations/schema";
import { staffProcedure, router } from "../trpc";

export const rollRouter = router({
  list: staffProcedure("consultation.read")
    .input(ZRollListInput)
    .query(({ ctx, input }) => listRoll(ctx.db, ctx.actor.communeId, input)),
  add: staffProcedure("consultation.manage")
    .input(ZAmendRollInput)
    .mutation(({ ctx, input }) => amendRoll(ctx.db, ctx.actor, { ...input, change: "add" }, ctx.now())),
  remove: staffProcedure("consultation.manage")
    .input(ZAmendRollInput)
    .mutation(({ ctx, input }) => amendRoll(ctx.db, ctx.actor, { ...input, change: "remove" }, ctx.now())),
});
