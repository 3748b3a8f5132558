// Moving a consultation through its life: by a person (submit, approve, open or close by hand, …)
// or by the clock (scheduled opening and closing, applied when anyone reads). Every move is checked
// by the domain's state machine, written with a guard on the state it leaves from, and audited in
// the same transaction.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ConsultationStatus } from "@/generated/prisma/enums";
import { DAY_MS } from "@/domain/consultation-plan";
import { decideTransition, dueTransition, type LifecycleAction } from "@/domain/lifecycle";
import { MATTER_PRESETS } from "@/domain/matters";
import { appendAudit, type AuditActor } from "../audit/append";
import { staffAuditActor, SYSTEM_CLOCK } from "../audit/actor";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { computeTally } from "../tallies/compute";
import { readinessOf } from "../themes/readiness";
import { assertPlan, planFromRecord } from "./plan";
import { freezeRoll } from "./roll";

type Tx = Prisma.TransactionClient;

const WITH_PLAN = { areas: true, questions: { include: { options: true } } } as const;

async function move(
  tx: Tx,
  c: { id: string; communeId: string; status: ConsultationStatus },
  to: ConsultationStatus,
  data: Prisma.ConsultationUpdateManyMutationInput,
  audit: { actor: AuditActor; action: LifecycleAction; reason?: string; now: Date; extra?: Prisma.InputJsonObject },
) {
  const { count } = await tx.consultation.updateMany({ where: { id: c.id, status: c.status }, data: { ...data, status: to } });
  if (count !== 1) throw new AppError("CONFLICT", "concurrentChange");
  await appendAudit(tx, {
    communeId: c.communeId,
    actor: audit.actor,
    action: "consultation.statusChanged",
    entityType: "Consultation",
    entityId: c.id,
    data: { from: c.status, to, action: audit.action, ...(audit.reason ? { reason: audit.reason } : {}), ...audit.extra },
    now: audit.now,
  });
}

/** The final tally is computed once, in the closing transaction, and stored: later reads cannot drift. */
async function freezeTally(tx: Tx, consultationId: string, now: Date) {
  const tally = await computeTally(tx, consultationId, now);
  await tx.consultation.update({ where: { id: consultationId }, data: { finalTally: tally as unknown as Prisma.InputJsonObject } });
}

export async function transitionConsultation(
  db: PrismaClient,
  actor: StaffActor,
  input: { id: string; action: LifecycleAction; reason?: string },
  now: Date,
) {
  await applyDueTransitions(db, actor.communeId, now, input.id);
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({ where: { id: input.id, communeId: actor.communeId }, include: WITH_PLAN });
    if (!c) throw AppError.notFound("consultation");
    const verdict = decideTransition({ action: input.action, from: c.status, role: actor.role, reason: input.reason });
    if (!verdict.ok) {
      if (verdict.reason === "forbidden") throw new AppError("FORBIDDEN", "forbidden");
      if (verdict.reason === "reasonRequired") throw AppError.invalid([{ field: "reason", key: "plan.reasonRequired" }]);
      throw new AppError("PRECONDITION_FAILED", "wrongState", {
        action: `@lifecycleAction.${input.action}`,
        status: `@status.${c.status}`,
      });
    }
    const audit = { actor: staffAuditActor(actor), action: input.action, reason: input.reason, now };
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
        const opensAt = c.opensAt && c.opensAt > publishedAt ? c.opensAt : publishedAt;
        assertPlan({ ...(await planFromRecord(tx, c)), publishAt: publishedAt, opensAt }, true);
        Object.assign(data, { approvedAt: now, approvedById: actor.id, publishedAt, opensAt });
        break;
      }
      case "open":
        if (!c.publishedAt || c.publishedAt > now) throw new AppError("PRECONDITION_FAILED", "notYetPublished");
        data.openedAt = now;
        break;
      case "close": {
        // Closing early by hand may not cut the legal minimum period (Art 28).
        const minDays = MATTER_PRESETS[c.matter].minOpenDaysFromPublication;
        if (minDays && c.publishedAt && now.getTime() - c.publishedAt.getTime() < minDays * DAY_MS) {
          throw AppError.invalid([{ field: "closesAt", key: "plan.minOpinionPeriod", params: { days: minDays } }]);
        }
        data.closedAt = now;
        break;
      }
      case "publishResults": {
        // Locked first: a theme edit waits for this, then finds the results out and is refused.
        await tx.$queryRaw`SELECT 1 FROM "Consultation" WHERE id = ${c.id} FOR UPDATE`;
        const { readiness } = await readinessOf(tx, c.id);
        if (!readiness.ready) {
          throw new AppError("PRECONDITION_FAILED", "resultsNotReady", { ungrouped: readiness.ungrouped, unanswered: readiness.unanswered, unapproved: readiness.unapproved });
        }
        Object.assign(data, { resultsPublishedAt: now, resultsPublishedById: actor.id });
        break;
      }
      case "cancel":
        Object.assign(data, { cancelledAt: now, cancelReason: input.reason });
        break;
    }
    await move(tx, c, verdict.to, data, audit);
    if (input.action === "close") await freezeTally(tx, c.id, now);
    if (input.action === "open") {
      const households = await freezeRoll(tx, c, now);
      await appendAudit(tx, {
        communeId: c.communeId,
        actor: audit.actor,
        action: "roll.frozen",
        entityType: "Consultation",
        entityId: c.id,
        data: { households },
        now,
      });
    }
    return { id: c.id, status: verdict.to };
  });
}

/**
 * Opens and closes what the schedule says is due, as of `now`. Called before consultations are read
 * or answered, so the stored status is never behind the clock; the times recorded are the scheduled
 * ones, not the time someone happened to look.
 */
export async function applyDueTransitions(db: PrismaClient, communeId: string | null | { provinceId: string }, now: Date, id?: string) {
  const scope = communeId === null ? {} : typeof communeId === "string" ? { communeId } : { commune: { provinceId: communeId.provinceId } };
  const due = await db.consultation.findMany({
    where: {
      ...scope,
      ...(id ? { id } : {}),
      OR: [
        { status: "PUBLISHED", opensAt: { lte: now } },
        { status: "OPEN", closesAt: { lte: now } },
      ],
    },
    select: { id: true },
  });
  for (const { id: dueId } of due) {
    await db.$transaction(async (tx) => {
      // Re-read inside the transaction: another request may have moved it already.
      for (;;) {
        const c = await tx.consultation.findUnique({
          where: { id: dueId },
          select: { id: true, communeId: true, status: true, opensAt: true, closesAt: true },
        });
        const step = c && dueTransition({ ...c, now });
        if (!c || !step) return;
        const at = (step === "open" ? c.opensAt : c.closesAt)!;
        const audit = { actor: SYSTEM_CLOCK, action: step, now, extra: { scheduledAt: at.toISOString() } };
        try {
          await move(tx, c, step === "open" ? "OPEN" : "CLOSED", step === "open" ? { openedAt: at } : { closedAt: at }, audit);
        } catch (e) {
          if (e instanceof AppError && e.key === "concurrentChange") return;
          throw e;
        }
        if (step === "close") await freezeTally(tx, c.id, now);
        if (step === "open") {
          const households = await freezeRoll(tx, c, at);
          await appendAudit(tx, { communeId: c.communeId, actor: SYSTEM_CLOCK, action: "roll.frozen", entityType: "Consultation", entityId: c.id, data: { households }, now });
        }
      }
    });
  }
}
