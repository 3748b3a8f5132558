import { getResidentHome } from "../../residents/data";
import { householdProcedure, router } from "../trpc";

export const residentRouter = router({
  home: householdProcedure("resident.view").query(({ ctx }) => getResidentHome(ctx.db, ctx.actor, ctx.now())),
});
