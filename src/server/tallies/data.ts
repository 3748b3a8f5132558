import type { PrismaClient } from "@/generated/prisma/client";
import { applyDueTransitions } from "../consultations/schedule";
import { AppError } from "../errors";
import { computeTally, storedTally, type Tally } from "./compute";

/** Live while open; once closed, the tally frozen in the closing transaction. */
export async function getTally(db: PrismaClient, communeId: string, consultationId: string, now: Date): Promise<Tally> {
  await applyDueTransitions(db, communeId, now, consultationId);
  const c = await db.consultation.findFirst({ where: { id: consultationId, communeId }, select: { finalTally: true } });
  if (!c) throw AppError.notFound("consultation");
  return c.finalTally ? storedTally(c.finalTally) : computeTally(db, consultationId, now);
}
