// The province's own procedures: its summary of every commune (province readers and administrator),
// and its administration (the administrator only). A province's staff reach only their province.
import { z } from "zod";
import { MATTERS } from "@/domain/matters";
import { createCommuneInProvince, listCommuneStaff, setCommuneStaffActive } from "../../province/mutations";
import { getSharedProvinceSummary, provinceOf } from "../../province/summary";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);

export const provinceRouter = router({
  /** The province and its communes, for the console's commune picker. */
  get: staffProcedure("province.read").query(async ({ ctx }) => {
    const province = await provinceOf(ctx.db, ctx.actor);
    const communes = await ctx.db.commune.findMany({ where: { provinceId: province.id }, select: { id: true, code: true, slug: true, name: true, kind: true }, orderBy: { code: "asc" } });
    return { ...province, communes };
  }),
  /** The summary page's figures, shared between its readers for a few seconds (its `asOf` says when they are from). */
  summary: staffProcedure("province.read")
    .input(z.object({ year: z.number().int().min(2000).max(2100), matter: z.enum(MATTERS).optional() }))
    .query(({ ctx, input }) => getSharedProvinceSummary(ctx.db, ctx.actor, input, ctx.now())),
  createCommune: staffProcedure("province.manage")
    .input(
      z.object({
        communeCode: z.string().max(20),
        communeName: z.string().max(120),
        communeKind: z.string().max(20),
        adminUsername: z.string().max(100),
        adminPassword: z.string().max(200).optional(),
        adminName: z.string().max(120).optional(),
      }),
    )
    .mutation(({ ctx, input }) => createCommuneInProvince(ctx.db, ctx.actor, input, ctx.now())),
  communeStaff: staffProcedure("province.manage")
    .input(z.object({ communeId: id }))
    .query(({ ctx, input }) => listCommuneStaff(ctx.db, ctx.actor, input.communeId)),
  setStaffActive: staffProcedure("province.manage")
    .input(z.object({ staffId: id, active: z.boolean(), reason: z.string().max(500) }))
    .mutation(({ ctx, input }) => setCommuneStaffActive(ctx.db, ctx.actor, input, ctx.now())),
});
