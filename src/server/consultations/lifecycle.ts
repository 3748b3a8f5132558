// Moving a consultation through its life by hand (submit, approve, open or close early, …). Every
// move is checked by the domain's state machine and written by ./transitions.ts, guarded on the
// state it leaves from and audited in the same transaction; opening and closing write exactly what
// the clock's scheduled moves write (./schedule.ts).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { DAY_MS } from "@/domain/consultation-plan";
import { decidePublishNow, decideTransition, scheduleAtPublication, type LifecycleAction } from "@/domain/lifecycle";
import { MATTER_PRESETS } from "@/domain/matters";
import { staffAuditActor } from "../audit/actor";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { readinessOf } from "../themes/readiness";
import { assertPlan, planFromRecord, toFieldIssues } from "./plan";
import { applyDueTransitions } from "./schedule";
import { closeConsultation, moveConsultation, openConsultation, type MoveAudit } from "./transitions";

const WITH_PLAN = { areas: true, questions: { include: { options: true } } } as const;

export async function transitionConsultation(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; action: LifecycleAction; reason?: string },
  now: Date,
) {
  await applyDueTransitions(db, actor.communeId, now, input.id);
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({
      where: { id: input.id, communeId: actor.communeId },
      include: WITH_PLAN,
    });
    if (!c) throw AppError.notFound("consultation");
    const verdict = decideTransition({ action: input.action, from: c.status, role: actor.role, reason: input.reason });
    if (!verdict.ok) {
      if (verdict.reason === "forbidden") throw new AppError("FORBIDDEN", "forbidden");
      if (verdict.reason === "reasonRequired")
        throw AppError.invalid([{ field: "reason", key: "plan.reasonRequired" }]);
      throw new AppError("PRECONDITION_FAILED", "wrongState", {
        action: `@lifecycleAction.${input.action}`,
        status: `@status.${c.status}`,
      });
    }
    const audit: MoveAudit = { actor: staffAuditActor(actor), action: input.action, reason: input.reason, now };
    const data: Prisma.ConsultationUpdateManyMutationInput = {};
    switch (input.action) {
      case "submit":
        assertPlan(await planFromRecord(tx, c), true);
        data.submittedAt = now;
        break;
      case "approve": {
        // Publication is now, or the planned date if later; an opening planned before that moves to
        // the publication (nothing opens unpublished). The law's periods are checked against these.
        const publishedAt = c.publishAt && c.publishAt > now ? c.publishAt : now;
        const plan = scheduleAtPublication(await planFromRecord(tx, c), publishedAt);
        assertPlan(plan, true);
        Object.assign(data, { approvedAt: now, approvedById: actor.id, publishedAt, opensAt: plan.opensAt });
        break;
      }
      case "publishNow": {
        // Locked and read again: of two at once, the second finds it published already.
        await tx.$queryRaw`SELECT 1 FROM "Consultation" WHERE id = ${c.id} FOR UPDATE`;
        const current = await tx.consultation.findUniqueOrThrow({ where: { id: c.id } });
        const v = decidePublishNow({
          role: actor.role,
          status: current.status,
          publishedAt: current.publishedAt,
          schedule: current,
          now,
        });
        if (!v.ok) {
          if (v.reason === "tooLate") throw AppError.invalid(toFieldIssues(v.issues));
          if (v.reason === "alreadyPublished") throw new AppError("PRECONDITION_FAILED", "alreadyPublished");
          throw new AppError("CONFLICT", "concurrentChange");
        }
        Object.assign(data, { publishedAt: v.publishedAt, opensAt: v.opensAt });
        if (current.publishedAt) audit.extra = { approvedPublishedAt: current.publishedAt.toISOString() };
        break;
      }
      case "unpublish":
        // Back to a draft: the approval and its publication date go; the plan is checked afresh when
        // it is submitted and approved again.
        // Anything already posted announced an approval that no longer stands (docs/LAW.md#r17).
        Object.assign(data, {
          approvedAt: null,
          approvedById: null,
          publishedAt: null,
          noticeRevision: { increment: 1 },
        });
        break;
      case "open":
        if (!c.publishedAt || c.publishedAt > now) throw new AppError("PRECONDITION_FAILED", "notYetPublished");
        await openConsultation(tx, c, { actor: audit.actor, at: now, now, reason: input.reason });
        return { id: c.id, status: verdict.to };
      case "close": {
        // Closing early by hand may not cut the legal minimum period (Art 28).
        const minDays = MATTER_PRESETS[c.matter].minOpenDaysFromPublication;
        if (minDays && c.publishedAt && now.getTime() - c.publishedAt.getTime() < minDays * DAY_MS) {
          throw AppError.invalid([{ field: "closesAt", key: "plan.minOpinionPeriod", params: { days: minDays } }]);
        }
        await closeConsultation(tx, c, { actor: audit.actor, at: now, now, reason: input.reason });
        return { id: c.id, status: verdict.to };
      }
      case "publishResults": {
        // Locked first: a theme edit waits for this, then finds the results out and is refused.
        await tx.$queryRaw`SELECT 1 FROM "Consultation" WHERE id = ${c.id} FOR UPDATE`;
        const { readiness } = await readinessOf(tx, c.id);
        if (!readiness.ready) {
          throw new AppError("PRECONDITION_FAILED", "resultsNotReady", {
            ungrouped: readiness.ungrouped,
            unanswered: readiness.unanswered,
            unapproved: readiness.unapproved,
          });
        }
        Object.assign(data, { resultsPublishedAt: now, resultsPublishedById: actor.id });
        break;
      }
      case "cancel":
        // A new notice revision: every posting of the old one is out of date, whatever its status is
        // read as (docs/LAW.md#r17; src/domain/publicity.ts).
        Object.assign(data, { cancelledAt: now, cancelReason: input.reason, noticeRevision: { increment: 1 } });
        break;
    }
    await moveConsultation(tx, c, verdict.to, data, audit);
    return { id: c.id, status: verdict.to };
  });
}
