// Where a staff member may record a meeting's, a ballot round's or a suggestion's opinions: a
// neighbourhood head only for their own thôn or tổ (LDCCS Art 19 k1), and only for a neighbourhood
// the consultation covers. Either refusal is "not found", as for any row the actor may not see.
// Also what the count records of meetings and rounds write alike.
import type { PrismaClient } from "@/generated/prisma/client";
import type { StaffActor } from "../auth/actor";
import { reachesNeighbourhood } from "../auth/staff-scope";
import { AppError } from "../errors";

export function assertOwnNeighbourhood(actor: StaffActor, neighbourhoodId: string) {
  if (!reachesNeighbourhood(actor, neighbourhoodId)) throw AppError.notFound("neighbourhood");
}

export async function assertInArea(
  db: Pick<PrismaClient, "consultationArea">,
  consultationId: string,
  neighbourhoodId: string,
) {
  const inArea = await db.consultationArea.count({ where: { consultationId, neighbourhoodId } });
  if (!inArea) throw AppError.notFound("neighbourhood");
}

/** The ballot columns of a count record (a meeting's or a round's), from the count as entered. */
export function ballotColumns(count: { issued: number; returned: number; valid: number; invalid: number }) {
  return {
    ballotsIssued: count.issued,
    ballotsReturned: count.returned,
    ballotsValid: count.valid,
    ballotsInvalid: count.invalid,
  };
}

/** The people a count record names (committee, team, witnesses), as typed: blanks dropped. */
export const names = (list: string[]) => list.map((s) => s.normalize("NFC").trim()).filter(Boolean);
