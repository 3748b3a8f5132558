// Household ballot rounds: a team takes paper ballots to the households of a neighbourhood and
// counts them (Law Art 19 k2; Decree 59 Art 4).
import type { PrismaClient } from "@/generated/prisma/client";
import { ballotNoticeOk, checkCount, type CountIssue } from "@/domain/meeting-rules";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { openConsultationFor } from "../responses/staff";
import { assertInArea, assertOwnNeighbourhood, ballotColumns, names } from "./scope";

export type BallotRoundInput = {
  consultationId: string;
  neighbourhoodId: string;
  team: string[];
  witnesses: string[];
  announcedAt: Date;
  deliveredFrom: Date;
  collectBy: Date;
};

/** Law Art 19 k2; Decree 59 Art 4 k4: a team of 3–5, announced at least 2 days before delivery. */
export async function createBallotRound(db: PrismaClient, actor: StaffActor, input: BallotRoundInput, now: Date) {
  assertOwnNeighbourhood(actor, input.neighbourhoodId);
  const issues = [];
  const team = names(input.team);
  if (team.length < 3 || team.length > 5) issues.push({ field: "team", key: "count.teamSize" });
  if (!ballotNoticeOk(input.announcedAt, input.deliveredFrom))
    issues.push({ field: "deliveredFrom", key: "count.noticeTooShort" });
  if (input.collectBy <= input.deliveredFrom) issues.push({ field: "collectBy", key: "count.collectBeforeDelivery" });
  if (issues.length) throw AppError.invalid(issues);
  return db.$transaction(async (tx) => {
    const c = await openConsultationFor(tx, actor, input.consultationId, now, "PAPER_BALLOT");
    await assertInArea(tx, c.id, input.neighbourhoodId);
    const round = await tx.ballotRound.create({
      data: { ...input, team, witnesses: names(input.witnesses) },
      select: { id: true },
    });
    await appendStaffAudit(tx, actor, {
      action: "ballotRound.created",
      entityType: "BallotRound",
      entityId: round.id,
      data: { consultationId: c.id, neighbourhoodId: input.neighbourhoodId },
      now,
    });
    return round;
  });
}

/** A round's team and witnesses answer to Law Art 19 k2 and Decree 59 Art 4 k6, not to a meeting's Art 3 k5. */
const ROUND_COUNT_KEYS: Partial<Record<CountIssue["code"], string>> = {
  committeeSize: "teamSize",
  witnesses: "roundWitnesses",
};

/** Decree 59 Art 4 k6 (Form 04): the round's count; it must add up and have its 2 witnesses. */
export async function recordRoundCount(
  db: PrismaClient,
  actor: StaffActor,
  input: {
    ballotRoundId: string;
    issued: number;
    returned: number;
    valid: number;
    invalid: number;
    witnesses: string[];
  },
  now: Date,
) {
  const round = await db.ballotRound.findFirst({
    where: { id: input.ballotRoundId, consultation: { communeId: actor.communeId } },
  });
  if (!round) throw AppError.notFound("ballotRound");
  assertOwnNeighbourhood(actor, round.neighbourhoodId);
  const roll = await db.rollEntry.count({
    where: { consultationId: round.consultationId, neighbourhoodId: round.neighbourhoodId, removedAt: null },
  });
  const issues = checkCount({ ...input, questions: [], committee: round.team }, { issuedRequired: true, roll });
  if (input.issued > roll) issues.push({ field: "issued", code: "issuedOverRoll" });
  if (issues.length)
    throw AppError.invalid(issues.map((i) => ({ field: i.field, key: `count.${ROUND_COUNT_KEYS[i.code] ?? i.code}` })));
  return db.$transaction(async (tx) => {
    await openConsultationFor(tx, actor, round.consultationId, now);
    await tx.ballotRound.update({
      where: { id: round.id },
      data: {
        ...ballotColumns(input),
        witnesses: names(input.witnesses),
        countedAt: now,
      },
    });
    await appendStaffAudit(tx, actor, {
      action: "ballotRound.counted",
      entityType: "BallotRound",
      entityId: round.id,
      data: { issued: input.issued, returned: input.returned, valid: input.valid, invalid: input.invalid },
      now,
    });
    return { id: round.id };
  });
}
