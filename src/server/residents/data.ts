import type { PrismaClient } from "@/generated/prisma/client";
import type { HouseholdActor } from "../auth/actor";
import { listOpenForNeighbourhood } from "../consultations/data";

/** The signed-in household's home: who it is and what is open in its neighbourhood. */
export async function getResidentHome(db: PrismaClient, actor: HouseholdActor, now: Date) {
  const [neighbourhood, open] = await Promise.all([
    db.neighbourhood.findUniqueOrThrow({ where: { id: actor.neighbourhoodId }, select: { name: true } }),
    listOpenForNeighbourhood(db, actor.communeId, actor.neighbourhoodId, now),
  ]);
  return { household: { code: actor.code, headName: actor.headName, neighbourhood: neighbourhood.name }, open };
}
