// Where a staff member may record a meeting's, a ballot round's or a suggestion's opinions: a
// neighbourhood head only for their own thôn or tổ (LDCCS Art 19 k1), and only for a neighbourhood
// the consultation covers. Either refusal is "not found", as for any row the actor may not see.
import type { PrismaClient } from "@/generated/prisma/client";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";

export function assertOwnNeighbourhood(actor: StaffActor, neighbourhoodId: string) {
  if (actor.role === "NEIGHBOURHOOD_HEAD" && actor.neighbourhoodId !== neighbourhoodId)
    throw AppError.notFound("neighbourhood");
}

export async function assertInArea(
  db: Pick<PrismaClient, "consultationArea">,
  consultationId: string,
  neighbourhoodId: string,
) {
  const inArea = await db.consultationArea.count({ where: { consultationId, neighbourhoodId } });
  if (!inArea) throw AppError.notFound("neighbourhood");
}

/** The people a count record names (committee, team, witnesses), as typed: blanks dropped. */
export const names = (list: string[]) => list.map((s) => s.normalize("NFC").trim()).filter(Boolean);
