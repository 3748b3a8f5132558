// What a staff member reaches: another commune's consultation is "not found", and a neighbourhood
// head reaches only the rows of their own neighbourhood.
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "../errors";
import type { StaffActor } from "./actor";

/** Refuses a consultation that is not the commune's, as "not found"; reads nothing else. */
export async function assertCommuneConsultation(
  db: Pick<PrismaClient, "consultation">,
  communeId: string,
  consultationId: string,
) {
  const found = await db.consultation.count({ where: { id: consultationId, communeId } });
  if (!found) throw AppError.notFound("consultation");
}

/** Whether a row of this neighbourhood is within the staff member's reach: a head's is only their own. */
export function reachesNeighbourhood(actor: StaffActor, neighbourhoodId: string | null) {
  return actor.role !== "NEIGHBOURHOOD_HEAD" || actor.neighbourhoodId === neighbourhoodId;
}

/**
 * The neighbourhood a staff member's read is confined to: a head's own ("-", which matches nothing,
 * for a head with none), otherwise the one asked for, if any.
 */
export function scopedNeighbourhood(actor: StaffActor, requested?: string) {
  return actor.role === "NEIGHBOURHOOD_HEAD" ? (actor.neighbourhoodId ?? "-") : requested;
}
