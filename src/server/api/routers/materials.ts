import { z } from "zod";
import { getMaterials } from "../../materials/data";
import { zId } from "../../security/input";
import { readDbOf } from "../context";
import { staffProcedure, router } from "../trpc";

export const materialsRouter = router({
  // The loudspeaker scripts and the short message of a published consultation (docs/LAW.md#r17).
  get: staffProcedure("consultation.read")
    .input(z.object({ consultationId: zId }))
    .query(({ ctx, input }) => getMaterials(readDbOf(ctx), ctx.actor.communeId, input.consultationId, ctx.now())),
});
