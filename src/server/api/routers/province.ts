// The province's own procedures: its summary of every commune (province readers and administrator),
// and its administration (the administrator only). A province's staff reach only their province.
import { createCommuneInProvince, listCommuneStaff, setCommuneStaffActive } from "../../province/mutations";
import { getSharedProvinceSummary, provinceOf } from "../../province/summary";
import { ZYearSummaryInput } from "../../dashboard/schema";
import { ZCommuneStaffInput, ZCreateCommuneInProvinceInput, ZSetCommuneStaffActiveInput } from "../../province/schema";
import { readDbOf } from "../context";
import { staffProcedure, router } from "../trpc";

export const provinceRouter = router({
  /** The province and its communes, for the console's commune picker. */
  get: staffProcedure("province.read").query(async ({ ctx }) => {
    const province = await provinceOf(ctx.db, ctx.actor);
    const communes = await ctx.db.commune.findMany({
      where: { provinceId: province.id },
      select: { id: true, code: true, slug: true, name: true, kind: true },
      orderBy: { code: "asc" },
    });
    return { ...province, communes };
  }),
  /** The summary page's figures, shared between its readers for a few seconds (its `asOf` says when they are from). */
  summary: staffProcedure("province.read")
    .input(ZYearSummaryInput)
    .query(({ ctx, input }) => getSharedProvinceSummary(readDbOf(ctx), ctx.actor, input, ctx.now())),
  createCommune: staffProcedure("province.manage")
    .input(ZCreateCommuneInProvinceInput)
    .mutation(({ ctx, input }) => createCommuneInProvince(ctx.db, ctx.actor, input, ctx.now())),
  communeStaff: staffProcedure("province.manage")
    .input(ZCommuneStaffInput)
    .query(({ ctx, input }) => listCommuneStaff(ctx.db, ctx.actor, input.communeId)),
  setStaffActive: staffProcedure("province.manage")
    .input(ZSetCommuneStaffActiveInput)
    .mutation(({ ctx, input }) => setCommuneStaffActive(ctx.db, ctx.actor, input, ctx.now())),
});
