import { AppError } from "../../errors";
import { getResidentHome } from "../../residents/data";
import { permittedProcedure, router } from "../trpc";

export const residentRouter = router({
  home: permittedProcedure("resident.view").query(({ ctx }) => {
    if (ctx.actor.type !== "household") throw new AppError("FORBIDDEN", "forbidden");
    return getResidentHome(ctx.db, ctx.actor, ctx.now());
  }),
});
