// A secret-ballot meeting's turnout is its count record's (Decree 59/2023 Art 3 k5): the ballots
// returned, the invalid ones among them. The participation responses it leaves (one per household
// present, no answers: they hold the one-voice-per-household rule) are what the running sums count
// under the MEETING channel, so each counted meeting replaces its counted participants with its
// ballots returned. Read through the meeting's attendance (by its key), never by scanning responses.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { JOIN_ON_ROLL } from "./on-roll";

type Db = PrismaClient | Prisma.TransactionClient;

/** Per consultation and neighbourhood: ballots returned and invalid at counted secret-ballot meetings, and their participants the sums count. */
export type SecretMeetingTurnout = { c: string; n: string; returned: number; invalid: number; participants: number };

export async function secretMeetingTurnouts(
  db: Db,
  consultationIds: readonly string[],
): Promise<SecretMeetingTurnout[]> {
  if (consultationIds.length === 0) return [];
  const ids = [...consultationIds];
  // Participants as the running sums count them: not voided, household still on the roll, under the
  // roll's neighbourhood.
  return db.$queryRaw<SecretMeetingTurnout[]>`
    SELECT c, n, sum(returned)::int AS returned, sum(invalid)::int AS invalid, sum(participants)::int AS participants FROM (
      SELECT m."consultationId" AS c, m."neighbourhoodId" AS n, m."ballotsReturned" AS returned, coalesce(m."ballotsInvalid", 0) AS invalid, 0 AS participants
        FROM "MeetingRecord" m
       WHERE m."consultationId" = ANY(${ids}::text[]) AND m."voteMode" = 'SECRET_BALLOT' AND m."ballotsReturned" IS NOT NULL
      UNION ALL
      SELECT m."consultationId", e."neighbourhoodId", 0, 0, 1
        FROM "MeetingRecord" m
        JOIN "MeetingAttendance" a ON a."meetingId" = m.id
        JOIN "Response" r ON r."consultationId" = m."consultationId" AND r."householdId" = a."householdId" AND r."meetingId" = m.id AND r."secretBallot" AND r."voidedAt" IS NULL
        ${JOIN_ON_ROLL}
       WHERE m."consultationId" = ANY(${ids}::text[]) AND m."voteMode" = 'SECRET_BALLOT' AND m."ballotsReturned" IS NOT NULL
    ) s GROUP BY 1, 2`;
}

type Unit = { neighbourhoodId: string; responded: number; byChannel: Record<string, number>; invalid: number };

/** Applies a consultation's secret-ballot meetings to its units (in place): returned for participants, invalid added. */
export function applySecretMeetings(units: readonly Unit[], rows: readonly SecretMeetingTurnout[]): void {
  const unit = new Map(units.map((u) => [u.neighbourhoodId, u]));
  for (const r of rows) {
    const u = unit.get(r.n);
    if (!u) continue;
    const delta = r.returned - r.participants;
    const meeting = (u.byChannel.MEETING ?? 0) + delta;
    if (meeting === 0) delete u.byChannel.MEETING;
    else u.byChannel.MEETING = meeting;
    u.responded += delta;
    u.invalid += r.invalid;
  }
}
