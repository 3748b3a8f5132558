import { z } from "zod";
import { DISCLOSURE_PLACES } from "@/domain/disclosure";
import { addPosting, removePosting } from "../../disclosures/mutations";
import { staffProcedure, router } from "../trpc";

const id = z.string().min(1).max(64);

export const disclosureRouter = router({
  add: staffProcedure("consultation.manage")
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
    .mutation(({ ctx, input }) => addPosting(ctx.db, ctx.actor, input, ctx.now())),
  remove: staffProcedure("consultation.manage")
    .input(z.object({ id, reason: z.string().max(2_000) }))
    .mutation(({ ctx, input }) => removePosting(ctx.db, ctx.actor, input)),
});
