import { z } from "zod";
import { amendRoll } from "../../consultations/roll-amendments";
import { listRoll } from "../../consultations/roll-data";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);
const ZAmend = z.object({ consultationId: id, householdCode: z.string().max(40), reason: z.string().max(2_000) });

export const rollRouter = router({
  list: staffProcedure("consultation.read")
    .input(
      z.object({
        consultationId: id,
        neighbourhoodId: id.optional(),
        search: z.string().max(100).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      }),
    )
    .query(({ ctx, input }) => listRoll(ctx.db, ctx.actor.communeId, input)),
  add: staffProcedure("consultation.manage")
    .input(ZAmend)
    .mutation(({ ctx, input }) => amendRoll(ctx.db, ctx.actor, { ...input, change: "add" }, ctx.now())),
  remove: staffProcedure("consultation.manage")
    .input(ZAmend)
    .mutation(({ ctx, input }) => amendRoll(ctx.db, ctx.actor, { ...input, change: "remove" }, ctx.now())),
});
