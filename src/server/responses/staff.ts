// Responses keyed in by staff: paper ballots, show-of-hands votes at a meeting, written opinions.
// The same one-voice rule as online: a household that already has an effective response on any
// channel is refused, with who recorded what, when and how. Corrections void, never delete.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AnswerInput } from "@/domain/answers";
import { validateAnswers } from "@/domain/answers";
import { appendStaffAudit } from "../audit/append";
import type { StaffActor } from "../auth/actor";
import { reachesNeighbourhood } from "../auth/staff-scope";
import { applyDueTransitions } from "../consultations/schedule";
import { QUESTIONS_WITH_OPTIONS } from "../consultations/selects";
import { AppError, isUniqueViolation } from "../errors";
import { timeParams } from "./format";
import { heldAtMeetingError, meetingHolding } from "./meeting-hold";
import { newReceiptCode } from "./receipt";

type Tx = Prisma.TransactionClient;
export type StaffChannel = "PAPER_BALLOT" | "MEETING" | "WRITTEN";
export type BallotMark = "BLANK" | "INVALID";

export type StaffEntryInput = {
  consultationId: string;
  householdCode: string;
  channel: StaffChannel;
  answers: AnswerInput[];
  meetingId?: string | null;
  ballotRoundId?: string | null;
  /** A blank or invalid paper ballot: the household's voice, with no answers. */
  mark?: BallotMark | null;
};

/** The consultation, open for entries now, in the actor's commune (NOT_FOUND otherwise). */
export async function openConsultationFor(
  tx: Tx,
  actor: StaffActor,
  consultationId: string,
  now: Date,
  channel?: string,
) {
  const c = await tx.consultation.findFirst({
    where: { id: consultationId, communeId: actor.communeId },
    select: {
      id: true,
      communeId: true,
      status: true,
      channels: true,
      closesAt: true,
      matter: true,
      ruleNumerator: true,
      ruleDenominator: true,
      ruleInclusive: true,
      questions: QUESTIONS_WITH_OPTIONS,
    },
  });
  if (!c) throw AppError.notFound("consultation");
  if (c.status !== "OPEN" || (c.closesAt && c.closesAt <= now)) {
    throw new AppError("PRECONDITION_FAILED", "consultationClosed", timeParams(c.closesAt ?? now));
  }
  if (channel && !c.channels.includes(channel as never))
    throw new AppError("PRECONDITION_FAILED", "channelNotOffered", { channel: `@channelPhrase.${channel}` });
  return c;
}

/** A household of the commune by its code; a neighbourhood head sees only their own neighbourhood's. */
export async function householdForStaff(tx: Tx, actor: StaffActor, code: string) {
  const normalised = code.normalize("NFC").trim().toUpperCase();
  if (!normalised) throw AppError.invalid([{ field: "householdCode", key: "plan.householdCodeRequired" }]);
  const h = await tx.household.findUnique({
    where: { communeId_code: { communeId: actor.communeId, code: normalised } },
    select: {
      id: true,
      code: true,
      headName: true,
      address: true,
      active: true,
      neighbourhoodId: true,
      neighbourhood: { select: { name: true } },
    },
  });
  if (!h)
    throw AppError.invalid([{ field: "householdCode", key: "errors.unknownHousehold", params: { code: normalised } }]);
  if (!reachesNeighbourhood(actor, h.neighbourhoodId)) throw AppError.notFound("household");
  return h;
}

/** Who already answered for this household, as the message to show. */
export async function existingResponseError(tx: Tx, consultationId: string, householdId: string) {
  const r = await tx.response.findFirst({
    where: { consultationId, effectiveHouseholdId: householdId },
    select: { channel: true, submittedAt: true, recordedById: true, receiptCode: true },
  });
  if (!r) return null;
  const by = r.recordedById
    ? await tx.staffUser.findUnique({ where: { id: r.recordedById }, select: { fullName: true, title: true } })
    : null;
  const params = { channel: `@channelPhrase.${r.channel}`, ...timeParams(r.submittedAt), receipt: r.receiptCode };
  return by
    ? new AppError("CONFLICT", "alreadyAnsweredBy", {
        ...params,
        by: [by.title, by.fullName].filter(Boolean).join(" "),
      })
    : new AppError("CONFLICT", "alreadyAnsweredOnline", params);
}

async function recordOnce(db: PrismaClient, actor: StaffActor, input: StaffEntryInput, now: Date) {
  return db.$transaction(async (tx) => {
    const c = await openConsultationFor(tx, actor, input.consultationId, now, input.channel);
    const h = await householdForStaff(tx, actor, input.householdCode);
    const onRoll = await tx.rollEntry.count({ where: { consultationId: c.id, householdId: h.id, removedAt: null } });
    if (!onRoll)
      throw AppError.invalid([{ field: "householdCode", key: "errors.householdNotOnRoll", params: { code: h.code } }]);
    if (input.meetingId) {
      const attended = await tx.meetingAttendance.count({
        where: {
          meetingId: input.meetingId,
          householdId: h.id,
          meeting: { consultationId: c.id, voteMode: "SHOW_OF_HANDS" },
        },
      });
      if (!attended)
        throw AppError.invalid([{ field: "householdCode", key: "errors.notAtMeeting", params: { code: h.code } }]);
    }
    if (input.ballotRoundId) {
      const round = await tx.ballotRound.count({
        where: { id: input.ballotRoundId, consultationId: c.id, neighbourhoodId: h.neighbourhoodId },
      });
      if (!round) throw AppError.notFound("ballotRound");
    }
    // A blank or invalid ballot was returned (the household took part) but no choice on it counts
    // (Decree 59/2023 count record: valid and invalid ballots apart); only paper ballots have one.
    const mark = input.mark ?? null;
    if (mark && input.channel !== "PAPER_BALLOT")
      throw AppError.invalid([{ field: "mark", key: "errors.markPaperOnly" }]);
    const checked = mark ? { issues: [], answers: [] } : validateAnswers(c.questions, input.answers);
    if (checked.issues.length)
      throw AppError.invalid(
        checked.issues.map((i) => ({ field: i.field, key: `answer.${i.code}`, params: i.params })),
      );
    const held = await meetingHolding(tx, c.id, h.id);
    if (held && held.id !== input.meetingId) throw heldAtMeetingError(held, "staff");
    const taken = await existingResponseError(tx, c.id, h.id);
    if (taken) throw taken;
    const response = await tx.response.create({
      data: {
        consultationId: c.id,
        householdId: h.id,
        neighbourhoodId: h.neighbourhoodId,
        effectiveHouseholdId: h.id,
        channel: input.channel,
        receiptCode: newReceiptCode(),
        recordedById: actor.id,
        meetingId: input.meetingId ?? null,
        ballotRoundId: input.ballotRoundId ?? null,
        ballotMark: mark,
        submittedAt: now,
        updatedAt: now,
      },
      select: { id: true, receiptCode: true },
    });
    for (const a of checked.answers) {
      await tx.answer.create({
        data: {
          responseId: response.id,
          questionId: a.questionId,
          text: a.text || null,
          comment: a.comment || null,
          choices: { create: a.optionIds.map((optionId) => ({ optionId })) },
        },
      });
    }
    await appendStaffAudit(tx, actor, {
      action: "response.recorded",
      entityType: "Response",
      entityId: response.id,
      data: { consultationId: c.id, householdCode: h.code, channel: input.channel, ...(mark ? { mark } : {}) },
      now,
    });
    return {
      responseId: response.id,
      receiptCode: response.receiptCode,
      household: { code: h.code, headName: h.headName },
    };
  });
}

export async function recordStaffResponse(db: PrismaClient, actor: StaffActor, input: StaffEntryInput, now: Date) {
  await applyDueTransitions(db, actor.communeId, now, input.consultationId);
  try {
    return await recordOnce(db, actor, input, now);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // Lost a race with another entry for the same household: report the one that won.
    const winner = await existingResponseError(
      db,
      input.consultationId,
      (await householdForStaff(db, actor, input.householdCode)).id,
    );
    throw winner ?? e;
  }
}

/** A wrong entry is voided with a reason (and can then be entered again); nothing is deleted. */
export async function voidResponse(
  db: PrismaClient,
  actor: StaffActor,
  input: { responseId: string; reason: string },
  now: Date,
) {
  const reason = input.reason.normalize("NFC").trim();
  if (!reason) throw AppError.invalid([{ field: "reason", key: "plan.reasonRequired" }]);
  return db.$transaction(async (tx) => {
    const r = await tx.response.findFirst({
      where: { id: input.responseId, consultation: { communeId: actor.communeId } },
      select: {
        id: true,
        consultationId: true,
        neighbourhoodId: true,
        voidedAt: true,
        channel: true,
        secretBallot: true,
        household: { select: { code: true } },
      },
    });
    if (!r || !reachesNeighbourhood(actor, r.neighbourhoodId)) throw AppError.notFound("response");
    // A secret ballot's participation stands for a ballot in the meeting's count, which carries no
    // household (Decree 59/2023 Art 3 k5): voiding one would free the household to answer again
    // while its ballot still counts.
    if (r.secretBallot) throw new AppError("PRECONDITION_FAILED", "secretBallotNoVoid");
    await openConsultationFor(tx, actor, r.consultationId, now);
    const { count } = await tx.response.updateMany({
      where: { id: r.id, voidedAt: null },
      data: { voidedAt: now, voidedById: actor.id, voidReason: reason, effectiveHouseholdId: null },
    });
    if (count !== 1) throw new AppError("CONFLICT", "alreadyVoided");
    await appendStaffAudit(tx, actor, {
      action: "response.voided",
      entityType: "Response",
      entityId: r.id,
      data: { consultationId: r.consultationId, householdCode: r.household.code, channel: r.channel, reason },
      now,
    });
    return { id: r.id };
  });
}
