// What the meetings page reads: the consultation's neighbourhood meetings and household ballot
// rounds, newest first. Scoped like every staff read: another commune's consultation is "not found",
// and a neighbourhood head sees only the rows of their own neighbourhood.
import type { PrismaClient } from "@/generated/prisma/client";
import type { StaffActor } from "../auth/actor";
import { assertCommuneConsultation, scopedNeighbourhood } from "../auth/staff-scope";

async function scope(db: PrismaClient, actor: StaffActor, consultationId: string) {
  await assertCommuneConsultation(db, actor.communeId, consultationId);
  const neighbourhoodId = scopedNeighbourhood(actor);
  return { consultationId, ...(neighbourhoodId ? { neighbourhoodId } : {}) };
}

/** Which neighbourhood the row is of, by id and name. */
const NEIGHBOURHOOD = { neighbourhoodId: true, neighbourhood: { select: { name: true } } } as const;

/** The ballot count a meeting's or a round's record carries. */
const BALLOT_COUNT = { ballotsIssued: true, ballotsReturned: true, ballotsValid: true, ballotsInvalid: true } as const;

export async function listMeetings(db: PrismaClient, actor: StaffActor, consultationId: string) {
  const where = await scope(db, actor, consultationId);
  return db.meetingRecord.findMany({
    where,
    orderBy: [{ heldAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      ...NEIGHBOURHOOD,
      heldAt: true,
      place: true,
      chairName: true,
      secretaryName: true,
      voteMode: true,
      committee: true,
      witnesses: true,
      ...BALLOT_COUNT,
      _count: { select: { attendance: true } },
      // Households whose opinion (or, for a secret ballot, participation) this meeting recorded.
      responses: { where: { voidedAt: null }, select: { householdId: true } },
    },
  });
}

export async function listBallotRounds(db: PrismaClient, actor: StaffActor, consultationId: string) {
  const where = await scope(db, actor, consultationId);
  return db.ballotRound.findMany({
    where,
    orderBy: [{ deliveredFrom: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      ...NEIGHBOURHOOD,
      team: true,
      witnesses: true,
      announcedAt: true,
      deliveredFrom: true,
      collectBy: true,
      countedAt: true,
      ...BALLOT_COUNT,
      _count: { select: { responses: { where: { voidedAt: null } } } },
    },
  });
}
