// Officials' actions on a consultation's messages: the reminder's N days, queueing a kind now, and
// trying failed messages again. Each is audited.
import type { PrismaClient } from "@/generated/prisma/client";
import type { MessageKind } from "@/generated/prisma/enums";
import { mayQueue, reminderSettable } from "@/domain/outbox";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { configuredTransports, senderConfig } from "./config";
import { queueKind } from "./queue";

export async function setReminderDays(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; days: number | null },
) {
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({
      where: { id: input.consultationId, communeId: actor.communeId },
      select: { id: true, status: true, remindersQueuedAt: true },
    });
    if (!c) throw AppError.notFound("consultation");
    if (!reminderSettable(c)) throw new AppError("PRECONDITION_FAILED", "reminderTooLate");
    await tx.consultation.update({ where: { id: c.id }, data: { reminderDays: input.days } });
    await appendStaffAudit(tx, actor, {
      action: "messages.reminderSet",
      entityType: "Consultation",
      entityId: c.id,
      data: { days: input.days },
    });
    return { days: input.days };
  });
}

export async function queueNow(
  db: PrismaClient,
  actor: StaffActor,
  input: { consultationId: string; kind: MessageKind },
  now: Date,
) {
  return db.$transaction(
    async (tx) => {
      const c = await tx.consultation.findFirst({
        where: { id: input.consultationId, communeId: actor.communeId },
        select: { id: true, status: true },
      });
      if (!c) throw AppError.notFound("consultation");
      if (!mayQueue(input.kind, c.status)) throw new AppError("PRECONDITION_FAILED", "messagesNotNow");
      const added = await queueKind(tx, c.id, input.kind, configuredTransports(senderConfig()), now);
      if (!added) throw new AppError("CONFLICT", "messagesAlreadyQueued");
      await appendStaffAudit(tx, actor, {
        action: "messages.queued",
        entityType: "Consultation",
        entityId: c.id,
        data: { kind: input.kind, messages: added },
      });
      return { added };
    },
    { timeout: 120_000 },
  );
}

export async function retryFailed(db: PrismaClient, actor: StaffActor, input: { consultationId: string }, now: Date) {
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.findFirst({
      where: { id: input.consultationId, communeId: actor.communeId },
      select: { id: true },
    });
    if (!c) throw AppError.notFound("consultation");
    const { count } = await tx.outboxMessage.updateMany({
      where: { consultationId: c.id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, lastError: null, deliveredAt: null },
    });
    if (!count) throw new AppError("PRECONDITION_FAILED", "messagesNothingFailed");
    await appendStaffAudit(tx, actor, {
      action: "messages.retried",
      entityType: "Consultation",
      entityId: c.id,
      data: { messages: count },
    });
    return { retried: count };
  });
}
