import { z } from "zod";
import { DISCLOSURE_PLACES } from "@/domain/disclosure";
import { addPosting, removePosting } from "../../disclosures/mutations";
import { permittedProcedure, router } from "../trpc";
import { asStaff } from "../staff";

const id = z.string().min(1).max(64);

export const disclosureRouter = router({
  add: permittedProcedure("consultation.manage")
    .input(
      z.object({
        consultationId: id,
        place: z.enum(DISCLOSURE_PLACES),
        neighbourhoodId: id.nullable().default(null),
        postedAt: z.coerce.date(),
        validUntil: z.coerce.date().nullable().default(null),
        note: z.string().max(1_000).default(""),
        photoDocumentId: id.nullable().default(null),
      }),
    )
    .mutation(({ ctx, input }) => addPosting(ctx.db, asStaff(ctx.actor), input, ctx.now())),
  remove: permittedProcedure("consultation.manage")
    .input(z.object({ id, reason: z.string().max(2_000) }))
    .mutation(({ ctx, input }) => removePosting(ctx.db, asStaff(ctx.actor), input)),
});
