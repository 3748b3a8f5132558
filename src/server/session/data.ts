import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor";
import { getCommune } from "../communes/data";

/** What the console header shows about the signed-in actor. */
export async function describeActor(db: PrismaClient, actor: Actor) {
  const commune = await getCommune(db, actor.communeId);
  const base = { type: actor.type, role: actor.role, commune: commune && { name: commune.name, kind: commune.kind } };
  if (actor.type === "staff") return { ...base, id: actor.id, name: actor.fullName, neighbourhoodId: actor.neighbourhoodId };
  return { ...base, id: actor.id, name: actor.headName, neighbourhoodId: actor.neighbourhoodId, code: actor.code };
}
