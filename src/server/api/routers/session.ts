import { describeActor } from "../../session/data";
import { permittedProcedure, router } from "../trpc";

export const sessionRouter = router({
  me: permittedProcedure("session.read").query(({ ctx }) => describeActor(ctx.db, ctx.actor)),
});
