import { z } from "zod";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { getAuditChainStatus, listAuditEvents } from "../../audit/data";
import { staffProcedure, router } from "../trpc";

export const ZAuditListInput = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    beforeSeq: z.number().int().positive().optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    entityType: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/).optional(),
    entityId: z.string().trim().min(1).max(64).optional(),
    actor: z.string().trim().min(1).max(100).optional(),
    /** Vietnam-time days, both inclusive. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "@auditLog.errors.range" })
  .default({ limit: 50 });
export type TAuditListInput = z.input<typeof ZAuditListInput>;

export const auditRouter = router({
  list: staffProcedure("audit.read")
    .input(ZAuditListInput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor.communeId, input)),
  /** Walks the whole chain of the actor's commune: is every link and hash still right? */
  chainStatus: staffProcedure("audit.read").query(({ ctx }) => getAuditChainStatus(ctx.db, ctx.actor.communeId)),
});
