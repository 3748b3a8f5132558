import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor";
import { getCommune } from "../communes/data";

/** What the console header shows about the signed-in actor. */
export async function describeActor(db: PrismaClient, actor: Actor) {
  const commune = actor.communeId ? await getCommune(db, actor.communeId) : null;
  const base = {
    type: actor.type,
    role: actor.role,
    commune: commune && { id: commune.id, name: commune.name, kind: commune.kind },
  };
  if (actor.type === "staff") {
    // A province's staff: their province, and the commune they are reading (if any).
    const province = actor.provinceId
      ? await db.province.findUnique({ where: { id: actor.provinceId }, select: { id: true, name: true } })
      : null;
    return { ...base, id: actor.id, name: actor.fullName, neighbourhoodId: actor.neighbourhoodId, province };
  }
  return { ...base, id: actor.id, name: actor.headName, neighbourhoodId: actor.neighbourhoodId, code: actor.code };
}
