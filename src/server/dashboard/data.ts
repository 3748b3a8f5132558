// Leadership dashboard: every consultation of the commune with its status, days left, turnout and
// outcome, and the year's summary for the report to the province. Two GROUP BY queries for the
// counts, whatever the number of consultations; outcomes come from the tallies frozen at closing.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Matter } from "@/generated/prisma/enums";
import type { Outcome } from "@/domain/outcome";
import { applyDueTransitions } from "../consultations/lifecycle";
import type { Tally } from "../tallies/compute";

const DAY_MS = 86_400_000;

function yearRange(year: number) {
  return { gte: new Date(`${year}-01-01T00:00:00+07:00`), lt: new Date(`${year + 1}-01-01T00:00:00+07:00`) };
}

export async function getDashboard(db: PrismaClient, communeId: string, filter: { year: number; matter?: Matter }, now: Date) {
  await applyDueTransitions(db, communeId, now);
  const range = yearRange(filter.year);
  const where: Prisma.ConsultationWhereInput = {
    communeId,
    matter: filter.matter,
    OR: [{ opensAt: range }, { opensAt: null, createdAt: range }],
  };
  const consultations = await db.consultation.findMany({
    where,
    orderBy: [{ opensAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, matter: true, mode: true, status: true, opensAt: true, closesAt: true, finalTally: true },
  });
  const ids = consultations.map((c) => c.id);
  const [rolls, responses] = await Promise.all([
    db.rollEntry.groupBy({ by: ["consultationId"], where: { consultationId: { in: ids }, removedAt: null }, _count: { _all: true } }),
    db.response.groupBy({ by: ["consultationId"], where: { consultationId: { in: ids }, voidedAt: null }, _count: { _all: true } }),
  ]);
  const rollOf = new Map(rolls.map((r) => [r.consultationId, r._count._all]));
  const respondedOf = new Map(responses.map((r) => [r.consultationId, r._count._all]));
  const rows = consultations.map((c) => {
    const tally = c.finalTally as Tally | null;
    const roll = tally?.roll ?? rollOf.get(c.id) ?? 0;
    const responded = tally?.responded ?? respondedOf.get(c.id) ?? 0;
    const outcome: Outcome | "ADVISORY" | null = c.mode === "OPINION" ? "ADVISORY" : (tally?.outcome?.overall ?? (c.status === "OPEN" ? "PENDING" : null));
    const daysLeft = c.status === "OPEN" && c.closesAt ? Math.max(0, Math.ceil((c.closesAt.getTime() - now.getTime()) / DAY_MS)) : null;
    return { id: c.id, title: c.title, matter: c.matter, status: c.status, opensAt: c.opensAt, closesAt: c.closesAt, roll, responded, daysLeft, outcome };
  });
  const held = rows.filter((r) => !["DRAFT", "SUBMITTED", "CANCELLED", "PUBLISHED"].includes(r.status));
  const byMatter = new Map<string, { held: number; adopted: number; notAdopted: number; advisory: number }>();
  for (const r of held) {
    const m = byMatter.get(r.matter) ?? { held: 0, adopted: 0, notAdopted: 0, advisory: 0 };
    m.held++;
    if (r.outcome === "ADOPTED" || r.outcome === "AWAITING_RECOGNITION") m.adopted++;
    if (r.outcome === "NOT_ADOPTED") m.notAdopted++;
    if (r.outcome === "ADVISORY") m.advisory++;
    byMatter.set(r.matter, m);
  }
  return {
    rows,
    summary: {
      year: filter.year,
      held: held.length,
      roll: held.reduce((s, r) => s + r.roll, 0),
      responded: held.reduce((s, r) => s + r.responded, 0),
      byMatter: [...byMatter.entries()].map(([matter, m]) => ({ matter, ...m })),
    },
  };
}
