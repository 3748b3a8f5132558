import { getAuditChainStatus, listAuditConsultations, listAuditEvents } from "../../audit/data";
import { ZAuditConsultationsInput, ZAuditListInput } from "../../audit/schema";
import { staffProcedure, router } from "../trpc";

export const auditRouter = router({
  list: staffProcedure("audit.read")
    .input(ZAuditListInput)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor.communeId, input)),
  /** The commune's consultations, for the list's filter. */
  consultations: staffProcedure("audit.read")
    .input(ZAuditConsultationsInput)
    .query(({ ctx, input }) => listAuditConsultations(ctx.db, ctx.actor.communeId, input.include)),
  /** Walks the whole chain of the actor's commune: is every link and hash still right? */
  chainStatus: staffProcedure("audit.read").query(({ ctx }) => getAuditChainStatus(ctx.db, ctx.actor.communeId)),
});
