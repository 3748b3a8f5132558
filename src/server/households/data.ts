// Households: search and view (staff; a head only their own neighbourhood).
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";

export async function searchHouseholds(
  db: PrismaClient,
  actor: StaffActor,
  input: { q?: string; neighbourhoodId?: string; active?: boolean; offset: number; limit: number },
) {
  const q = (input.q ?? "").normalize("NFC").trim();
  // A head sees their own neighbourhood only.
  const neighbourhoodId = actor.role === "NEIGHBOURHOOD_HEAD" ? (actor.neighbourhoodId ?? "-") : input.neighbourhoodId;
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
      select: {
        id: true,
        code: true,
        headName: true,
        address: true,
        members: true,
        phone: true,
        active: true,
        neighbourhood: { select: { id: true, name: true } },
      },
    }),
  ]);
  return { total, items };
}

export async function getHousehold(db: PrismaClient, actor: StaffActor, id: string) {
  const h = await db.household.findFirst({
    where: {
      id,
      communeId: actor.communeId,
      ...(actor.role === "NEIGHBOURHOOD_HEAD" ? { neighbourhoodId: actor.neighbourhoodId ?? "-" } : {}),
    },
    select: {
      id: true,
      code: true,
      headName: true,
      address: true,
      members: true,
      phone: true,
      active: true,
      createdAt: true,
      updatedAt: true,
      neighbourhood: { select: { id: true, name: true } },
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
