// The writes of a status change, shared by the hand (a lifecycle action) and the clock (the
// schedule): the move itself, guarded on the state it leaves from and audited in the same
// transaction, and what opening and closing fix for good — the roll and the final tally. Whoever
// moves a consultation, the same rows are written; only the actor and the recorded time differ.
import type { Prisma } from "@/generated/prisma/client";
import type { ConsultationStatus } from "@/generated/prisma/enums";
import type { LifecycleAction } from "@/domain/lifecycle";
import { appendAudit, type AuditActor } from "../audit/append";
import { AppError } from "../errors";
import { computeTally } from "../tallies/compute";
import { freezeRoll } from "./roll";

type Tx = Prisma.TransactionClient;

export type MovingConsultation = { id: string; communeId: string; status: ConsultationStatus };

export type MoveAudit = {
  actor: AuditActor;
  action: LifecycleAction;
  reason?: string;
  now: Date;
  extra?: Prisma.InputJsonObject;
};

/**
 * Moves a consultation from the status it was read in to `to`. The update is guarded on that status,
 * so of two requests moving it at once only one succeeds; the other gets CONFLICT "concurrentChange"
 * and writes nothing.
 */
export async function moveConsultation(
  tx: Tx,
  c: MovingConsultation,
  to: ConsultationStatus,
  data: Prisma.ConsultationUpdateManyMutationInput,
  audit: MoveAudit,
) {
  const { count } = await tx.consultation.updateMany({
    where: { id: c.id, status: c.status },
    data: { ...data, status: to },
  });
  if (count !== 1) throw new AppError("CONFLICT", "concurrentChange");
  await appendAudit(tx, {
    communeId: c.communeId,
    actor: audit.actor,
    action: "consultation.statusChanged",
    entityType: "Consultation",
    entityId: c.id,
    data: {
      from: c.status,
      to,
      action: audit.action,
      ...(audit.reason ? { reason: audit.reason } : {}),
      ...audit.extra,
    },
    now: audit.now,
  });
}

/**
 * How a consultation is opened or closed. `at` is the time recorded as its opening or closing: now
 * when done by hand, the scheduled time when done by the clock (which may act later, when someone
 * next reads). `now` stamps the audit events. A scheduled move records the time it was due.
 */
export type TransitionBy = { actor: AuditActor; at: Date; now: Date; reason?: string; scheduled?: boolean };

function moveAudit(action: "open" | "close", by: TransitionBy): MoveAudit {
  return {
    actor: by.actor,
    action,
    reason: by.reason,
    now: by.now,
    ...(by.scheduled ? { extra: { scheduledAt: by.at.toISOString() } } : {}),
  };
}

/**
 * PUBLISHED → OPEN. The area's active households are frozen as the roll at `at`: the denominator of
 * every rate from now on, amended only with a reason (docs/LAW.md#r3; follows from LDCCS Art 21 k1).
 */
export async function openConsultation(tx: Tx, c: MovingConsultation, by: TransitionBy) {
  await moveConsultation(tx, c, "OPEN", { openedAt: by.at }, moveAudit("open", by));
  const households = await freezeRoll(tx, c, by.at);
  await appendAudit(tx, {
    communeId: c.communeId,
    actor: by.actor,
    action: "roll.frozen",
    entityType: "Consultation",
    entityId: c.id,
    data: { households },
    now: by.now,
  });
}

/**
 * OPEN → CLOSED. The final tally is computed once, in the closing transaction, and stored: later
 * reads cannot drift.
 */
export async function closeConsultation(tx: Tx, c: MovingConsultation, by: TransitionBy) {
  await moveConsultation(tx, c, "CLOSED", { closedAt: by.at }, moveAudit("close", by));
  const tally = await computeTally(tx, c.id, by.now);
  await tx.consultation.update({
    where: { id: c.id },
    data: { finalTally: tally as unknown as Prisma.InputJsonObject },
  });
}
