// The province's summary of its communes for a year: each commune's consultations with status,
// turnout and outcome; results not yet published after closing and how late they are (Law Art 28
// k3 with Art 12 k3: src/domain/deadlines.ts); decision records finalised. The same rows as each
// commune's dashboard, read for every commune of the province in one pass: a handful of queries,
// whatever the number of communes.
import type { PrismaClient } from "@/generated/prisma/client";
import { isAwaitingResults } from "@/domain/consultation-status";
import { resultsDeadline } from "@/domain/deadlines";
import { compareVi } from "@/domain/vietnamese";
import type { StaffActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/schedule";
import { consultationRows, isHeld, summarise, type YearFilter } from "../dashboard/data";
import { AppError } from "../errors";

function yearRange(year: number) {
  return { gte: new Date(`${year}-01-01T00:00:00+07:00`), lt: new Date(`${year + 1}-01-01T00:00:00+07:00`) };
}

/** The province an actor answers for, or "not found": only a province's own staff have one. */
export async function provinceOf(db: PrismaClient, actor: StaffActor) {
  const province = actor.provinceId
    ? await db.province.findUnique({ where: { id: actor.provinceId }, select: { id: true, code: true, name: true } })
    : null;
  if (!province) throw AppError.notFound("province");
  return province;
}

export async function getProvinceSummary(db: PrismaClient, actor: StaffActor, filter: YearFilter, now: Date) {
  const province = await provinceOf(db, actor);
  await applyDueTransitions(db, { provinceId: province.id }, now);
  const communes = await db.commune.findMany({
    where: { provinceId: province.id },
    select: { id: true, code: true, slug: true, name: true, kind: true },
  });
  const ids = communes.map((c) => c.id);
  const [rows, records] = await Promise.all([
    ids.length ? consultationRows(db, ids, filter, now) : Promise.resolve([]),
    ids.length
      ? db.decisionRecord.groupBy({
          by: ["communeId", "kind"],
          where: { communeId: { in: ids }, finalisedAt: yearRange(filter.year) },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);

  const consultations = rows.map((r) => {
    const awaiting = isAwaitingResults(r.status) && r.closedAt !== null && r.resultsPublishedAt === null;
    return { ...r, results: awaiting ? resultsDeadline(r.closedAt!, now) : null };
  });
  const recordsOf = new Map<string, { total: number; byKind: Record<string, number> }>();
  for (const g of records) {
    const r = recordsOf.get(g.communeId) ?? { total: 0, byKind: {} };
    r.total += g._count._all;
    r.byKind[g.kind] = (r.byKind[g.kind] ?? 0) + g._count._all;
    recordsOf.set(g.communeId, r);
  }
  const perCommune = communes
    .map((c) => {
      const own = consultations.filter((r) => r.communeId === c.id);
      const held = own.filter(isHeld);
      return {
        ...c,
        consultations: own.length,
        held: held.length,
        open: own.filter((r) => r.status === "OPEN").length,
        roll: held.reduce((s, r) => s + r.roll, 0),
        responded: held.reduce((s, r) => s + r.responded, 0),
        awaitingResults: own.filter((r) => r.results).length,
        overdue: own.filter((r) => r.results?.state === "overdue").length,
        records: recordsOf.get(c.id)?.total ?? 0,
      };
    })
    .sort((a, b) => compareVi(a.name, b.name));
  const nameOf = new Map(communes.map((c) => [c.id, c]));
  return {
    province,
    communes: perCommune,
    consultations: consultations.map((r) => ({ ...r, commune: nameOf.get(r.communeId)! })),
    /** Closed and not yet published, the longest waiting first. */
    awaitingResults: consultations
      .filter((r) => r.results)
      .map((r) => ({ ...r, commune: nameOf.get(r.communeId)! }))
      .sort((a, b) => a.closedAt!.getTime() - b.closedAt!.getTime()),
    summary: {
      ...summarise(rows, filter.year),
      communes: communes.length,
      records: records.reduce((s, g) => s + g._count._all, 0),
    },
    /** When these figures were read. */
    asOf: now,
  };
}

export type ProvinceSummary = Awaited<ReturnType<typeof getProvinceSummary>>;

/**
 * How long the summary page's figures are shared. The summary reads every consultation of every
 * commune of the province and their running sums (hundreds of rows, tens of ms of database time);
 * officials of a province opening it together read one computation, and the page says when its
 * figures are from. The XLSX export is always read afresh.
 */
export const SUMMARY_SHARED_MS = 10_000;
const shared = new WeakMap<PrismaClient, Map<string, { at: number; value: Promise<ProvinceSummary> }>>();

/**
 * The summary for the page: the same figures to every reader of the province, year and matter for
 * SUMMARY_SHARED_MS, computed once however many ask at the same moment (they wait for one
 * computation). Kept per process: each worker of an install has its own.
 */
export function getSharedProvinceSummary(
  db: PrismaClient,
  actor: StaffActor,
  filter: YearFilter,
  now: Date,
): Promise<ProvinceSummary> {
  // Only the province decides the figures; the actor's own province, never one named by the input.
  if (!actor.provinceId) return Promise.reject(AppError.notFound("province"));
  let byKey = shared.get(db);
  if (!byKey) shared.set(db, (byKey = new Map()));
  const key = `${actor.provinceId}|${filter.year}|${filter.matter ?? ""}`;
  const hit = byKey.get(key);
  const t = now.getTime();
  if (hit && t >= hit.at && t - hit.at < SUMMARY_SHARED_MS) return hit.value;
  const value = getProvinceSummary(db, actor, filter, now);
  byKey.set(key, { at: t, value });
  // A failure is not shared: the next reader tries again.
  value.catch(() => {
    if (byKey.get(key)?.value === value) byKey.delete(key);
  });
  for (const [k, v] of byKey) if (t - v.at >= SUMMARY_SHARED_MS) byKey.delete(k);
  return value;
}
