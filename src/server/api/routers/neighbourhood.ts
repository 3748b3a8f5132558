import { listNeighbourhoods } from "../../neighbourhoods/data";
import { createNeighbourhood, mergeNeighbourhoods, renameNeighbourhood } from "../../neighbourhoods/mutations";
import {
  ZCreateNeighbourhoodInput,
  ZMergeNeighbourhoodsInput,
  ZRenameNeighbourhoodInput,
} from "../../neighbourhoods/schema";
import { staffProcedure, router } from "../trpc";

export const neighbourhoodRouter = router({
  list: staffProcedure("neighbourhood.read").query(({ ctx }) => listNeighbourhoods(ctx.db, ctx.actor.communeId)),
  create: staffProcedure("register.manage")
    .input(ZCreateNeighbourhoodInput)
    .mutation(({ ctx, input }) => createNeighbourhood(ctx.db, ctx.actor, input, ctx.now())),
  rename: staffProcedure("register.manage")
    .input(ZRenameNeighbourhoodInput)
    .mutation(({ ctx, input }) => renameNeighbourhood(ctx.db, ctx.actor, input, ctx.now())),
  merge: staffProcedure("register.manage")
    .input(ZMergeNeighbourhoodsInput)
    .mutation(({ ctx, input }) => mergeNeighbourhoods(ctx.db, ctx.actor, input, ctx.now())),
});
