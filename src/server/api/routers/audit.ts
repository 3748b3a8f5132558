import { getAuditChainStatus, listAuditConsultations, listAuditEvents } from "../../audit/data";
import { ZAuditConsultationsInput, ZAuditListInput } from "../../audit/schema";
import { readDbOf } from "../context";
import { staffProcedure, router } from "../trpc";

// Browsing the log reads on the replica when there is one: the events of a moment ago appear a moment
// later, and the chain walk (every event of the commune) does not load the primary.

export const auditRouter = router({
  list: staffProcedure("audit.read")
    .input(ZAuditListInput)
    .query(({ ctx, input }) => listAuditEvents(readDbOf(ctx), ctx.actor.communeId, input)),
  /** The commune's consultations, for the list's filter. */
  consultations: staffProcedure("audit.read")
    .input(ZAuditConsultationsInput)
    .query(({ ctx, input }) => listAuditConsultations(readDbOf(ctx), ctx.actor.communeId, input.include)),
  /** Walks the whole chain of the actor's commune: is every link and hash still right? */
  chainStatus: staffProcedure("audit.read").query(({ ctx }) => getAuditChainStatus(readDbOf(ctx), ctx.actor.communeId)),
});
