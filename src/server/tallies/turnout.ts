// Roll and responses of many consultations at once, from the running sums the tally triggers keep
// (migration tally_deltas): one GROUP BY over about neighbourhoods × channels rows per consultation,
// whatever the size of the rolls. Nothing is folded here (that is the tally's reading, under its
// lock); unfolded rows only add up to the same sums. Secret-ballot meetings count as the tally
// counts them (./secret-meetings.ts).
import type { PrismaClient } from "@/generated/prisma/client";
import { secretMeetingTurnouts } from "./secret-meetings";

export type Turnout = { roll: number; responded: number };

export async function turnoutsOf(db: PrismaClient, consultationIds: string[]): Promise<Map<string, Turnout>> {
  if (consultationIds.length === 0) return new Map();
  const [rows, secret] = await Promise.all([
    db.$queryRaw<{ c: string; roll: number; responded: number }[]>`
    SELECT "consultationId" AS c,
           coalesce(sum(delta) FILTER (WHERE key = 'roll'), 0)::int AS roll,
           coalesce(sum(delta) FILTER (WHERE key LIKE 'ch:%'), 0)::int AS responded
      FROM "TallyDelta"
     WHERE "consultationId" = ANY(${consultationIds}::text[]) AND (key = 'roll' OR key LIKE 'ch:%')
     GROUP BY 1`,
    secretMeetingTurnouts(db, consultationIds),
  ]);
  const turnouts = new Map(rows.map((r) => [r.c, { roll: r.roll, responded: r.responded }]));
  for (const s of secret) {
    const t = turnouts.get(s.c);
    if (t) t.responded += s.returned - s.participants;
  }
  return turnouts;
}
