import { listNeighbourhoods } from "../../neighbourhoods/data";
import { permittedProcedure, router } from "../trpc";

export const neighbourhoodRouter = router({
  list: permittedProcedure("neighbourhood.read").query(({ ctx }) => listNeighbourhoods(ctx.db, ctx.actor.communeId)),
});
