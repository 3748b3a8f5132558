import { z } from "zod";
import { listAuditEvents } from "../../audit/data";
import { permittedProcedure, router } from "../trpc";

export const auditRouter = router({
  list: permittedProcedure("audit.read")
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50), beforeSeq: z.number().int().positive().optional() }).default({ limit: 50 }))
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor.communeId, input)),
});
