// Households: search and view (staff; a head only their own neighbourhood).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { StaffActor } from "../auth/actor";
import { scopedNeighbourhood } from "../auth/staff-scope";
import { AppError } from "../errors";

/** A household as lists and its page show it. */
const HOUSEHOLD_ROW = {
  id: true,
  code: true,
  headName: true,
  address: true,
  members: true,
  phone: true,
  active: true,
  neighbourhood: { select: { id: true, name: true } },
} as const satisfies Prisma.HouseholdSelect;

export async function searchHouseholds(
  db: PrismaClient,
  actor: StaffActor,
  input: { q?: string; neighbourhoodId?: string; active?: boolean; offset: number; limit: number },
) {
  const q = (input.q ?? "").normalize("NFC").trim();
  const neighbourhoodId = scopedNeighbourhood(actor, input.neighbourhoodId);
  const where: Prisma.HouseholdWhereInput = {
    communeId: actor.communeId,
    ...(neighbourhoodId ? { neighbourhoodId } : {}),
    ...(input.active === undefined ? {} : { active: input.active }),
    ...(q
      ? {
          OR: [
            { code: { startsWith: q.toUpperCase() } },
            { headName: { contains: q, mode: "insensitive" } },
            { address: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, items] = await Promise.all([
    db.household.count({ where }),
    db.household.findMany({
      where,
      orderBy: { code: "asc" },
      skip: input.offset,
      take: input.limit,
      select: HOUSEHOLD_ROW,
    }),
  ]);
  return { total, items };
}

export async function getHousehold(db: PrismaClient, actor: StaffActor, id: string) {
  const neighbourhoodId = scopedNeighbourhood(actor);
  const h = await db.household.findFirst({
    where: { id, communeId: actor.communeId, ...(neighbourhoodId ? { neighbourhoodId } : {}) },
    select: {
      ...HOUSEHOLD_ROW,
      createdAt: true,
      updatedAt: true,
      rollEntries: {
        orderBy: { addedAt: "desc" },
        take: 20,
        select: { consultationId: true, removedAt: true, consultation: { select: { title: true, status: true } } },
      },
      _count: { select: { credentials: { where: { revokedAt: null } } } },
    },
  });
  if (!h) throw AppError.notFound("household");
  return h;
}
