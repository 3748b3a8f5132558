// Leadership dashboard: every consultation of the commune with its status, days left, turnout and
// outcome, and the year's summary for the report to the province. Live counts come from the tally's
// running sums (one GROUP BY, whatever the rolls' size); outcomes from the tallies frozen at closing.
// The province's summary (../province/summary.ts) reads the same rows for all its communes at once.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Matter } from "@/generated/prisma/enums";
import { hasOpened } from "@/domain/consultation-status";
import { areaLine, type Outcome } from "@/domain/outcome";
import { applyDueTransitions } from "../consultations/schedule";
import type { Tally } from "../tallies/compute";
import { turnoutsOf } from "../tallies/turnout";

const DAY_MS = 86_400_000;

export type YearFilter = { year: number; matter?: Matter };

function yearRange(year: number) {
  return { gte: new Date(`${year}-01-01T00:00:00+07:00`), lt: new Date(`${year + 1}-01-01T00:00:00+07:00`) };
}

/** The consultations of the year (by opening, or creation for those not scheduled) of some communes. */
export async function consultationRows(db: PrismaClient, communeIds: string[], filter: YearFilter, now: Date) {
  const range = yearRange(filter.year);
  const where: Prisma.ConsultationWhereInput = {
    communeId: communeIds.length === 1 ? communeIds[0] : { in: communeIds },
    matter: filter.matter,
    OR: [{ opensAt: range }, { opensAt: null, createdAt: range }],
  };
  const consultations = await db.consultation.findMany({
    where,
    orderBy: [{ opensAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      communeId: true,
      title: true,
      matter: true,
      mode: true,
      status: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      resultsPublishedAt: true,
      finalTally: true,
    },
  });
  const live = await turnoutsOf(
    db,
    consultations.filter((c) => !c.finalTally).map((c) => c.id),
  );
  return consultations.map(({ finalTally, ...c }) => {
    const tally = finalTally as Tally | null;
    const roll = tally?.roll ?? live.get(c.id)?.roll ?? 0;
    const responded = tally?.responded ?? live.get(c.id)?.responded ?? 0;
    // Decided per neighbourhood (Art 21 k1), a matter has no one verdict for the area: how many adopted.
    const line = tally && c.mode !== "OPINION" ? areaLine(tally.rule, tally.outcome) : null;
    const units =
      line?.kind === "UNITS_ADOPTED"
        ? { adopted: line.adopted, total: line.total, awaitingRecognition: line.awaitingRecognition }
        : null;
    const outcome: Outcome | "ADVISORY" | null =
      c.mode === "OPINION"
        ? "ADVISORY"
        : units
          ? null
          : (tally?.outcome?.overall ?? (c.status === "OPEN" ? "PENDING" : null));
    const daysLeft =
      c.status === "OPEN" && c.closesAt
        ? Math.max(0, Math.ceil((c.closesAt.getTime() - now.getTime()) / DAY_MS))
        : null;
    return { ...c, roll, responded, daysLeft, outcome, units };
  });
}

export type ConsultationRow = Awaited<ReturnType<typeof consultationRows>>[number];

/** Held: opened at some point (not drafts, not waiting for their opening, not cancelled). */
export const isHeld = (r: Pick<ConsultationRow, "status">) => hasOpened(r.status);

/** The year's figures for the report to the province. */
export function summarise(rows: ConsultationRow[], year: number) {
  const held = rows.filter(isHeld);
  const byMatter = new Map<
    string,
    { held: number; adopted: number; notAdopted: number; perUnit: number; advisory: number }
  >();
  for (const r of held) {
    const m = byMatter.get(r.matter) ?? { held: 0, adopted: 0, notAdopted: 0, perUnit: 0, advisory: 0 };
    m.held++;
    if (r.units) m.perUnit++;
    if (r.outcome === "ADOPTED" || r.outcome === "AWAITING_RECOGNITION") m.adopted++;
    if (r.outcome === "NOT_ADOPTED") m.notAdopted++;
    if (r.outcome === "ADVISORY") m.advisory++;
    byMatter.set(r.matter, m);
  }
  return {
    year,
    held: held.length,
    roll: held.reduce((s, r) => s + r.roll, 0),
    responded: held.reduce((s, r) => s + r.responded, 0),
    byMatter: [...byMatter.entries()].map(([matter, m]) => ({ matter, ...m })),
  };
}

export async function getDashboard(db: PrismaClient, communeId: string, filter: YearFilter, now: Date) {
  await applyDueTransitions(db, communeId, now);
  const rows = await consultationRows(db, [communeId], filter, now);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      matter: r.matter,
      status: r.status,
      opensAt: r.opensAt,
      closesAt: r.closesAt,
      roll: r.roll,
      responded: r.responded,
      daysLeft: r.daysLeft,
      outcome: r.outcome,
      units: r.units,
    })),
    summary: summarise(rows, filter.year),
  };
}
