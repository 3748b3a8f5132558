// The console's home: how many neighbourhoods and active households, and consultations by status, for
// the part of the commune the actor works in (src/domain/staff-scope.ts): a neighbourhood head's own
// thôn or tổ, everyone else the commune.
import type { PrismaClient } from "@/generated/prisma/client";
import type { ConsultationStatus, NeighbourhoodKind } from "@/generated/prisma/enums";
import { staffScope } from "@/domain/staff-scope";
import type { StaffActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/schedule";

export type ConsoleHome = {
  /** null: the whole commune; otherwise the neighbourhood the figures are of (name null: none assigned). */
  neighbourhood: { id: string; name: string; kind: NeighbourhoodKind } | { id: null; name: null; kind: null } | null;
  neighbourhoods: number;
  households: number;
  byStatus: Partial<Record<ConsultationStatus, number>>;
};

export async function getConsoleHome(db: PrismaClient, actor: StaffActor, now: Date): Promise<ConsoleHome> {
  const communeId = actor.communeId;
  await applyDueTransitions(db, communeId, now);
  const scope = staffScope(actor.role, actor.neighbourhoodId);
  const statuses = (rows: { status: ConsultationStatus; _count: { _all: number } }[]) =>
    Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as ConsoleHome["byStatus"];
  if (scope.kind === "commune") {
    const [neighbourhoods, households, rows] = await Promise.all([
      db.neighbourhood.count({ where: { communeId, active: true } }),
      db.household.count({ where: { communeId, active: true } }),
      db.consultation.groupBy({ by: ["status"], where: { communeId }, _count: { _all: true } }),
    ]);
    return { neighbourhood: null, neighbourhoods, households, byStatus: statuses(rows) };
  }
  const hood = scope.neighbourhoodId
    ? await db.neighbourhood.findFirst({
        where: { id: scope.neighbourhoodId, communeId },
        select: { id: true, name: true, kind: true },
      })
    : null;
  if (!hood)
    return { neighbourhood: { id: null, name: null, kind: null }, neighbourhoods: 0, households: 0, byStatus: {} };
  const [households, rows] = await Promise.all([
    db.household.count({ where: { communeId, neighbourhoodId: hood.id, active: true } }),
    db.consultation.groupBy({
      by: ["status"],
      where: { communeId, areas: { some: { neighbourhoodId: hood.id } } },
      _count: { _all: true },
    }),
  ]);
  return { neighbourhood: hood, neighbourhoods: 1, households, byStatus: statuses(rows) };
}
