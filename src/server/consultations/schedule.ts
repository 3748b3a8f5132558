// The schedule: a published consultation opens at opensAt and an open one closes at closesAt
// (dueTransition in src/domain/lifecycle.ts). There is no scheduler; whoever reads first after the
// time applies what is due, so the stored status is never behind the clock.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { dueTransition } from "@/domain/lifecycle";
import { SYSTEM_CLOCK } from "../audit/actor";
import { AppError } from "../errors";
import { closeConsultation, openConsultation } from "./transitions";

/** Whose consultations: one commune's, a province's communes', or (null) every commune's. */
export type ScheduleScope = string | null | { provinceId: string };

function scopeWhere(scope: ScheduleScope): Prisma.ConsultationWhereInput {
  return scope === null
    ? {}
    : typeof scope === "string"
      ? { communeId: scope }
      : { commune: { provinceId: scope.provinceId } };
}

/** The rows dueTransition would move, as a query. */
function dueWhere(now: Date): Prisma.ConsultationWhereInput {
  return {
    OR: [
      { status: "PUBLISHED", opensAt: { lte: now } },
      { status: "OPEN", closesAt: { lte: now } },
    ],
  };
}

/**
 * Opens and closes what the schedule says is due, as of `now` (only consultation `id`, if given).
 * Called before consultations are read or answered; the times recorded are the scheduled ones, not
 * the time someone happened to look.
 */
export async function applyDueTransitions(db: PrismaClient, scope: ScheduleScope, now: Date, id?: string) {
  const due = await db.consultation.findMany({
    where: { ...scopeWhere(scope), ...(id ? { id } : {}), ...dueWhere(now) },
    select: { id: true },
  });
  for (const { id: dueId } of due) {
    await db.$transaction(async (tx) => {
      // Re-read inside the transaction: another request may have moved it already. Loop, because a
      // consultation whose closing is also past opens and closes in the same transaction.
      for (;;) {
        const c = await tx.consultation.findUnique({
          where: { id: dueId },
          select: { id: true, communeId: true, status: true, opensAt: true, closesAt: true },
        });
        const step = c && dueTransition({ ...c, now });
        if (!c || !step) return;
        const by = { actor: SYSTEM_CLOCK, at: (step === "open" ? c.opensAt : c.closesAt)!, now, scheduled: true };
        try {
          if (step === "open") await openConsultation(tx, c, by);
          else await closeConsultation(tx, c, by);
        } catch (e) {
          // Someone else moved it first; what they did stands.
          if (e instanceof AppError && e.key === "concurrentChange") return;
          throw e;
        }
      }
    });
  }
}
