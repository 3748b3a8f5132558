import { listPostingsToAct } from "../../postings/data";
import { staffProcedure, router } from "../trpc";

export const postingsRouter = router({
  /**
   * The postings to take down or replace, by neighbourhood (docs/LAW.md#r17). Read by whoever reads
   * consultations (oversight supervises it too); a head reads only their own neighbourhood's.
   */
  toAct: staffProcedure("consultation.read").query(({ ctx }) => listPostingsToAct(ctx.db, ctx.actor, ctx.now())),
});
