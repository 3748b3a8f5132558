import { z } from "zod";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";
import { countConsultationsByStatus, getConsultation, listConsultations } from "../../consultations/data";
import { permittedProcedure, router } from "../trpc";

export const consultationRouter = router({
  list: permittedProcedure("consultation.read")
    .input(z.object({ status: z.enum(CONSULTATION_STATUSES).optional() }).default({}))
    .query(({ ctx, input }) => listConsultations(ctx.db, ctx.actor.communeId, input)),
  get: permittedProcedure("consultation.read")
    .input(z.object({ id: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => getConsultation(ctx.db, ctx.actor.communeId, input.id)),
  countByStatus: permittedProcedure("consultation.read").query(({ ctx }) =>
    countConsultationsByStatus(ctx.db, ctx.actor.communeId),
  ),
});
