// Neighbourhood meetings. A secret ballot stores which households took part and, separately, the
// counts: never which household chose what.
import type { PrismaClient } from "@/generated/prisma/client";
import { checkCount, meetingQuorum } from "@/domain/meeting-rules";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { AppError } from "../errors";
import { newReceiptCode } from "../responses/receipt";
import { openConsultationFor } from "../responses/staff";
import { assertInArea, assertOwnNeighbourhood, ballotColumns, names } from "./scope";

export type MeetingInput = {
  consultationId: string;
  neighbourhoodId: string;
  heldAt: Date;
  place: string;
  chairName: string;
  secretaryName: string;
  voteMode: "SHOW_OF_HANDS" | "SECRET_BALLOT";
};

export async function createMeeting(db: PrismaClient, actor: StaffActor, input: MeetingInput, now: Date) {
  assertOwnNeighbourhood(actor, input.neighbourhoodId);
  const issues = (["place", "chairName", "secretaryName"] as const)
    .filter((f) => !input[f].trim())
    .map((field) => ({ field, key: "errors.fieldRequired" }));
  if (issues.length) throw AppError.invalid(issues);
  return db.$transaction(async (tx) => {
    const c = await openConsultationFor(tx, actor, input.consultationId, now, "MEETING");
    await assertInArea(tx, c.id, input.neighbourhoodId);
    const meeting = await tx.meetingRecord.create({
      data: {
        ...input,
        place: input.place.trim(),
        chairName: input.chairName.trim(),
        secretaryName: input.secretaryName.trim(),
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await appendStaffAudit(tx, actor, {
      action: "meeting.recorded",
      entityType: "MeetingRecord",
      entityId: meeting.id,
      data: { consultationId: c.id, neighbourhoodId: input.neighbourhoodId, voteMode: input.voteMode },
      now,
    });
    return meeting;
  });
}

async function meetingFor(db: PrismaClient, actor: StaffActor, meetingId: string) {
  const m = await db.meetingRecord.findFirst({
    where: { id: meetingId, consultation: { communeId: actor.communeId } },
    include: {
      consultation: { select: { matter: true, ruleNumerator: true, ruleDenominator: true, ruleInclusive: true } },
      minutesDocument: { select: { id: true, fileName: true } },
    },
  });
  if (!m) throw AppError.notFound("meeting");
  assertOwnNeighbourhood(actor, m.neighbourhoodId);
  return m;
}

/** Quorum as the meeting stands: households present against the neighbourhood's roll. */
export async function getMeeting(db: PrismaClient, actor: StaffActor, meetingId: string) {
  const m = await meetingFor(db, actor, meetingId);
  const [roll, attendance, counts] = await Promise.all([
    db.rollEntry.findMany({
      where: { consultationId: m.consultationId, neighbourhoodId: m.neighbourhoodId, removedAt: null },
      select: { householdId: true, householdCode: true, headName: true },
      orderBy: { householdCode: "asc" },
    }),
    db.meetingAttendance.findMany({ where: { meetingId }, select: { householdId: true } }),
    db.meetingCount.findMany({ where: { meetingId }, select: { questionId: true, optionId: true, count: true } }),
  ]);
  const c = m.consultation;
  const rule =
    c.ruleNumerator && c.ruleDenominator
      ? { numerator: c.ruleNumerator, denominator: c.ruleDenominator, inclusive: c.ruleInclusive ?? true }
      : null;
  const present = new Set(attendance.map((a) => a.householdId));
  return {
    meeting: { ...m, consultation: undefined },
    roll: roll.map((r) => ({ ...r, present: present.has(r.householdId) })),
    quorum: meetingQuorum({ present: present.size, roll: roll.length, rule, matter: c.matter }),
    counts,
  };
}

/**
 * Replaces the attendance list; only households on the roll of the meeting's neighbourhood. A
 * household on the list gives its voice at the meeting, so from that moment no other channel takes
 * it (RollEntry.heldByMeetingId), and one that has already answered cannot be put on the list.
 */
export async function setAttendance(
  db: PrismaClient,
  actor: StaffActor,
  input: { meetingId: string; householdIds: string[] },
  now: Date,
) {
  const m = await meetingFor(db, actor, input.meetingId);
  const ids = [...new Set(input.householdIds)];
  // After a secret-ballot count the list is part of the record; a show-of-hands vote must be voided
  // before its household can leave the list.
  if (m.voteMode === "SECRET_BALLOT" && m.ballotsReturned !== null)
    throw new AppError("PRECONDITION_FAILED", "attendanceLocked");
  return db.$transaction(async (tx) => {
    await openConsultationFor(tx, actor, m.consultationId, now);
    const before = (
      await tx.meetingAttendance.findMany({ where: { meetingId: m.id }, select: { householdId: true } })
    ).map((a) => a.householdId);
    const touched = [...new Set([...before, ...ids])];
    // Every row this changes is locked first, in one order: an answer arriving at the same moment on
    // another channel locks the same row (responses/online.ts), so one of the two waits for the other
    // and then sees what it did.
    await tx.$queryRaw`SELECT id FROM "RollEntry" WHERE "consultationId" = ${m.consultationId} AND "householdId" = ANY(${touched}::text[]) ORDER BY id FOR UPDATE`;
    const voted = await tx.response.findMany({
      where: { meetingId: m.id, effectiveHouseholdId: { not: null }, householdId: { notIn: ids } },
      select: { household: { select: { code: true } } },
    });
    if (voted.length)
      throw new AppError("CONFLICT", "votedAtMeeting", { codes: voted.map((v) => v.household.code).join(", ") });
    const onRoll = await tx.rollEntry.count({
      where: {
        consultationId: m.consultationId,
        neighbourhoodId: m.neighbourhoodId,
        householdId: { in: ids },
        removedAt: null,
      },
    });
    if (onRoll !== ids.length)
      throw AppError.invalid([{ field: "householdIds", key: "errors.householdNotOnRoll", params: { code: "?" } }]);
    const added = ids.filter((id) => !before.includes(id));
    const answered = await tx.response.findMany({
      where: {
        consultationId: m.consultationId,
        effectiveHouseholdId: { in: added },
        OR: [{ meetingId: null }, { meetingId: { not: m.id } }],
      },
      select: { household: { select: { code: true } } },
      orderBy: { household: { code: "asc" } },
    });
    if (answered.length)
      throw new AppError("CONFLICT", "answeredBeforeMeeting", {
        codes: answered.map((r) => r.household.code).join(", "),
      });
    await tx.meetingAttendance.deleteMany({ where: { meetingId: m.id } });
    await tx.meetingAttendance.createMany({ data: ids.map((householdId) => ({ meetingId: m.id, householdId })) });
    await tx.$executeRaw`
      UPDATE "RollEntry" e SET "heldByMeetingId" = (
        SELECT a."meetingId" FROM "MeetingAttendance" a JOIN "MeetingRecord" mr ON mr.id = a."meetingId"
         WHERE mr."consultationId" = e."consultationId" AND a."householdId" = e."householdId"
         ORDER BY mr."heldAt" DESC, mr.id LIMIT 1)
      WHERE e."consultationId" = ${m.consultationId} AND e."householdId" = ANY(${touched}::text[])`;
    await appendStaffAudit(tx, actor, {
      action: "meeting.attendance",
      entityType: "MeetingRecord",
      entityId: m.id,
      data: { present: ids.length },
      now,
    });
    return { present: ids.length };
  });
}

export type SecretCountInput = {
  meetingId: string;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  counts: { optionId: string; count: number }[];
  committee: string[];
  witnesses: string[];
};

/**
 * Secret ballot: the counts per option, and for each household present a participation record with
 * no answers. The two are never linked: the counts carry no household, the records carry no choice.
 */
export async function recordSecretCount(db: PrismaClient, actor: StaffActor, input: SecretCountInput, now: Date) {
  const m = await meetingFor(db, actor, input.meetingId);
  if (m.voteMode !== "SECRET_BALLOT") throw new AppError("PRECONDITION_FAILED", "notSecretBallot");
  return db.$transaction(async (tx) => {
    const c = await openConsultationFor(tx, actor, m.consultationId, now, "MEETING");
    const byOption = new Map(input.counts.map((x) => [x.optionId, x.count]));
    const questions = c.questions.filter((q) => q.kind !== "FREE_TEXT");
    const unknown = input.counts.filter((x) => !questions.some((q) => q.options.some((o) => o.id === x.optionId)));
    if (unknown.length) throw AppError.invalid([{ field: "counts", key: "answer.unknownOption" }]);
    const issues = checkCount(
      {
        issued: input.issued,
        returned: input.returned,
        valid: input.valid,
        invalid: input.invalid,
        questions: questions.map((q) => ({
          questionId: q.id,
          multiple: q.kind === "MULTIPLE_CHOICE",
          counts: q.options.map((o) => byOption.get(o.id) ?? 0),
        })),
        committee: input.committee,
        witnesses: input.witnesses,
      },
      { issuedRequired: true, roll: 0 },
    );
    const attendance = await tx.meetingAttendance.findMany({
      where: { meetingId: m.id },
      select: { householdId: true, household: { select: { code: true } } },
    });
    if (input.issued > attendance.length) issues.push({ field: "issued", code: "issuedOverPresent" });
    if (issues.length) throw AppError.invalid(issues.map((i) => ({ field: i.field, key: `count.${i.code}` })));
    const taken = await tx.response.findMany({
      where: { consultationId: c.id, effectiveHouseholdId: { in: attendance.map((a) => a.householdId) } },
      select: { household: { select: { code: true } } },
    });
    if (taken.length)
      throw new AppError("CONFLICT", "secretBallotConflict", { codes: taken.map((t) => t.household.code).join(", ") });
    await tx.meetingCount.deleteMany({ where: { meetingId: m.id } });
    await tx.meetingCount.createMany({
      data: questions.flatMap((q) =>
        q.options.map((o) => ({ meetingId: m.id, questionId: q.id, optionId: o.id, count: byOption.get(o.id) ?? 0 })),
      ),
    });
    await tx.meetingRecord.update({
      where: { id: m.id },
      data: {
        ...ballotColumns(input),
        committee: names(input.committee),
        witnesses: names(input.witnesses),
      },
    });
    await tx.response.createMany({
      data: attendance.map((a) => ({
        consultationId: c.id,
        householdId: a.householdId,
        neighbourhoodId: m.neighbourhoodId,
        effectiveHouseholdId: a.householdId,
        channel: "MEETING" as const,
        secretBallot: true,
        receiptCode: newReceiptCode(10),
        recordedById: actor.id,
        meetingId: m.id,
        submittedAt: now,
        updatedAt: now,
      })),
    });
    await appendStaffAudit(tx, actor, {
      action: "meeting.secretCount",
      entityType: "MeetingRecord",
      entityId: m.id,
      data: { participants: attendance.length, returned: input.returned, valid: input.valid },
      now,
    });
    return { participants: attendance.length };
  });
}
