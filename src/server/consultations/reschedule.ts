// Rescheduling a published or open consultation (dời lịch, điều chỉnh): the new dates and place are
// checked by the domain (src/domain/reschedule.ts, the plan's own schedule rules), written guarded on
// the state and notice revision they were read in, audited, and the consultation's noticeRevision is
// raised in the same transaction: every notice posted before now says something out of date and must
// be replaced (docs/LAW.md#r17; src/domain/publicity.ts).
import type { PrismaClient } from "@/generated/prisma/client";
import type { PlanIssue } from "@/domain/consultation-plan";
import { canReschedule, rescheduled, rescheduleIssues, type RescheduleIssue } from "@/domain/reschedule";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError, type FieldIssue } from "../errors";
import { toFieldIssues } from "./plan";
import { applyDueTransitions } from "./schedule";
import type { TRescheduleInput } from "./schema";

const OWN_CODES = new Set(["opensWhileOpen", "opensInPast", "closesInPast", "meetingInPast", "nothingChanged"]);

/** The plan's codes read as the plan's messages; the reschedule's own under postings.reschedule.errors. */
function toIssues(issues: RescheduleIssue[]): FieldIssue[] {
  return issues.flatMap((i) =>
    OWN_CODES.has(i.code)
      ? [{ field: i.field, key: `postings.reschedule.errors.${i.code}`, params: i.params }]
      : toFieldIssues([i as PlanIssue]),
  );
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function rescheduleConsultation(db: PrismaClient, actor: StaffActor, input: TRescheduleInput, now: Date) {
  if (!input.reason.trim()) throw AppError.invalid([{ field: "reason", key: "plan.reasonRequired" }]);
  // What is due first: a consultation whose closing has come is closed, not moved.
  await applyDueTransitions(db, actor.communeId, now, input.id);
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({
      where: { id: input.id, communeId: actor.communeId },
      select: {
        id: true,
        status: true,
        matter: true,
        channels: true,
        publishAt: true,
        publishedAt: true,
        opensAt: true,
        closesAt: true,
        meetingAt: true,
        meetingPlace: true,
        noticeRevision: true,
      },
    });
    if (!c) throw AppError.notFound("consultation");
    if (!canReschedule(c.status))
      throw new AppError("PRECONDITION_FAILED", "rescheduleWrongState", { status: `@status.${c.status}` });
    const request = {
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      meetingAt: input.meetingAt,
      meetingPlace: input.meetingPlace,
    };
    const issues = rescheduleIssues(c, request, now);
    if (issues.length) throw AppError.invalid(toIssues(issues));
    const next = rescheduled(c, request);
    // Guarded on what was read: of two changes at once, the second finds the revision moved on.
    const { count } = await tx.consultation.updateMany({
      where: { id: c.id, status: c.status, noticeRevision: c.noticeRevision },
      data: { ...next, noticeRevision: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", "concurrentChange");
    const noticeRevision = c.noticeRevision + 1;
    await appendStaffAudit(tx, actor, {
      action: "consultation.rescheduled",
      entityType: "Consultation",
      entityId: c.id,
      data: {
        before: {
          opensAt: iso(c.opensAt),
          closesAt: iso(c.closesAt),
          meetingAt: iso(c.meetingAt),
          meetingPlace: c.meetingPlace,
        },
        after: {
          opensAt: iso(next.opensAt),
          closesAt: iso(next.closesAt),
          meetingAt: iso(next.meetingAt),
          meetingPlace: next.meetingPlace,
        },
        noticeRevision,
        reason: input.reason.trim(),
      },
      now,
    });
    return { id: c.id, noticeRevision };
  });
}
