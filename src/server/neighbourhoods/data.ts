import type { PrismaClient } from "@/generated/prisma/client";

export async function listNeighbourhoods(db: PrismaClient, communeId: string) {
  const [neighbourhoods, counts] = await Promise.all([
    db.neighbourhood.findMany({
      where: { communeId, active: true },
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        heads: { where: { active: true, role: "NEIGHBOURHOOD_HEAD" }, select: { fullName: true } },
      },
    }),
    db.household.groupBy({ by: ["neighbourhoodId"], where: { communeId, active: true }, _count: { _all: true } }),
  ]);
  const byId = new Map(counts.map((c) => [c.neighbourhoodId, c._count._all]));
  const collator = new Intl.Collator("vi", { numeric: true });
  return neighbourhoods
    .map((n) => ({ ...n, heads: n.heads.map((h) => h.fullName), households: byId.get(n.id) ?? 0 }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function countActiveHouseholds(db: PrismaClient, communeId: string) {
  return db.household.count({ where: { communeId, active: true } });
}
