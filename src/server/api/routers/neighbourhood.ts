import { z } from "zod";
import { listNeighbourhoods } from "../../neighbourhoods/data";
import { createNeighbourhood, mergeNeighbourhoods, renameNeighbourhood } from "../../neighbourhoods/mutations";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);

export const neighbourhoodRouter = router({
  list: staffProcedure("neighbourhood.read").query(({ ctx }) => listNeighbourhoods(ctx.db, ctx.actor.communeId)),
  create: staffProcedure("register.manage")
    .input(z.object({ code: z.string().max(40), name: z.string().max(120), kind: z.enum(["VILLAGE", "RESIDENTIAL_GROUP"]), validFrom: z.coerce.date() }))
    .mutation(({ ctx, input }) => createNeighbourhood(ctx.db, ctx.actor, input, ctx.now())),
  rename: staffProcedure("register.manage")
    .input(z.object({ id, name: z.string().max(120), effectiveFrom: z.coerce.date() }))
    .mutation(({ ctx, input }) => renameNeighbourhood(ctx.db, ctx.actor, input, ctx.now())),
  merge: staffProcedure("register.manage")
    .input(z.object({ sourceId: id, targetId: id, effectiveFrom: z.coerce.date() }))
    .mutation(({ ctx, input }) => mergeNeighbourhoods(ctx.db, ctx.actor, input, ctx.now())),
});
