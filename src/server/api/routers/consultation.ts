import type { LifecycleAction } from "@/domain/lifecycle";
import { countConsultationsByStatus, getConsultation, listConsultations } from "../../consultations/data";
import { transitionConsultation } from "../../consultations/lifecycle";
import { createConsultation, updateConsultation } from "../../consultations/mutations";
import { rescheduleConsultation } from "../../consultations/reschedule";
import {
  ZConsultationDraftInput,
  ZConsultationFilter,
  ZConsultationGetInput,
  ZRescheduleInput,
  ZTransitionInput,
  ZUpdateConsultationInput,
} from "../../consultations/schema";
import type { Permission } from "@/domain/roles";
import { staffProcedure, router } from "../trpc";

function transition(action: LifecycleAction, permission: Permission) {
  return staffProcedure(permission)
    .input(ZTransitionInput)
    .mutation(({ ctx, input }) => transitionConsultation(ctx.db, ctx.actor, { ...input, action }, ctx.now()));
}

export const consultationRouter = router({
  list: staffProcedure("consultation.read")
    .input(ZConsultationFilter)
    .query(({ ctx, input }) => listConsultations(ctx.db, ctx.actor.communeId, input, ctx.now())),
  get: staffProcedure("consultation.read")
    .input(ZConsultationGetInput)
    .query(({ ctx, input }) => getConsultation(ctx.db, ctx.actor.communeId, input.id, ctx.actor.role, ctx.now())),
  countByStatus: staffProcedure("consultation.read").query(({ ctx }) =>
    countConsultationsByStatus(ctx.db, ctx.actor.communeId, ctx.now()),
  ),
  create: staffProcedure("consultation.manage")
    .input(ZConsultationDraftInput)
    .mutation(({ ctx, input }) => createConsultation(ctx.db, ctx.actor, input)),
  update: staffProcedure("consultation.manage")
    .input(ZUpdateConsultationInput)
    .mutation(({ ctx, input }) => updateConsultation(ctx.db, ctx.actor, input)),
  /** Dời lịch, điều chỉnh: new dates or place of a published or open consultation (docs/LAW.md#r17). */
  reschedule: staffProcedure("consultation.manage")
    .input(ZRescheduleInput)
    .mutation(({ ctx, input }) => rescheduleConsultation(ctx.db, ctx.actor, input, ctx.now())),
  submit: transition("submit", "consultation.manage"),
  withdraw: transition("withdraw", "consultation.manage"),
  approve: transition("approve", "consultation.approve"),
  return: transition("return", "consultation.approve"),
  unpublish: transition("unpublish", "consultation.approve"),
  publishNow: transition("publishNow", "consultation.approve"),
  open: transition("open", "consultation.manage"),
  close: transition("close", "consultation.manage"),
  publishResults: transition("publishResults", "results.publish"),
  cancel: transition("cancel", "consultation.cancel"),
});
