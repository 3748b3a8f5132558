// A household's own online response: one effective voice per (consultation, household), whatever
// the channel, enforced by the database's unique index; a second online submission is a revision
// of the first (its history kept), never a second voice.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { validateAnswers, type AnswerInput } from "@/domain/answers";
import { appendAudit } from "../audit/append";
import type { HouseholdActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/schedule";
import { QUESTIONS_WITH_OPTIONS } from "../consultations/selects";
import { AppError, isUniqueViolation } from "../errors";
import { submitFirstOnline } from "./first-response";
import { timeParams } from "./format";
import { heldAtMeetingError, meetingHolding } from "./meeting-hold";
import { newReceiptCode } from "./receipt";

type Tx = Prisma.TransactionClient;

/** The consultation as this household may answer it, or NOT_FOUND if it is not on its roll. */
async function loadForAnswer(tx: Tx, actor: HouseholdActor, consultationId: string) {
  const c = await tx.consultation.findFirst({
    where: {
      id: consultationId,
      communeId: actor.communeId,
      rollEntries: { some: { householdId: actor.id, removedAt: null } },
    },
    select: {
      id: true,
      communeId: true,
      status: true,
      channels: true,
      opensAt: true,
      closesAt: true,
      questions: QUESTIONS_WITH_OPTIONS,
    },
  });
  if (!c) throw AppError.notFound("consultation");
  return c;
}

function assertAcceptsOnline(c: Awaited<ReturnType<typeof loadForAnswer>>, now: Date) {
  if (!c.channels.includes("ONLINE")) throw new AppError("PRECONDITION_FAILED", "onlineNotOffered");
  // The clock decides, not only the stored status: nothing is accepted at or after closing time.
  if (c.status !== "OPEN" || (c.closesAt && c.closesAt <= now)) {
    if (c.status === "PUBLISHED" && c.opensAt)
      throw new AppError("PRECONDITION_FAILED", "notOpenYet", timeParams(c.opensAt));
    if (c.closesAt) throw new AppError("PRECONDITION_FAILED", "consultationClosed", timeParams(c.closesAt));
    throw new AppError("PRECONDITION_FAILED", "consultationClosed", timeParams(now));
  }
}

export function checkAnswers(c: Awaited<ReturnType<typeof loadForAnswer>>, answers: AnswerInput[]) {
  const result = validateAnswers(c.questions, answers);
  if (result.issues.length) {
    throw AppError.invalid(result.issues.map((i) => ({ field: i.field, key: `answer.${i.code}`, params: i.params })));
  }
  return result.answers;
}

async function writeAnswers(tx: Tx, responseId: string, answers: AnswerInput[]) {
  for (const a of answers) {
    await tx.answer.create({
      data: {
        responseId,
        questionId: a.questionId,
        text: a.text || null,
        comment: a.comment || null,
        choices: { create: a.optionIds.map((optionId) => ({ optionId })) },
      },
    });
  }
}

async function snapshot(tx: Tx, responseId: string) {
  const answers = await tx.answer.findMany({
    where: { responseId },
    select: { questionId: true, text: true, comment: true, choices: { select: { optionId: true } } },
  });
  return answers.map((a) => ({
    questionId: a.questionId,
    text: a.text,
    comment: a.comment,
    optionIds: a.choices.map((c) => c.optionId),
  }));
}

export type Receipt = { receiptCode: string; submittedAt: Date; updatedAt: Date; revision: number };

/** At a peak every connection may be busy: a resident's answer waits its turn rather than fail. */
const PEAK_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

async function submitOnce(
  db: PrismaClient,
  actor: HouseholdActor,
  consultationId: string,
  input: AnswerInput[],
  now: Date,
): Promise<Receipt> {
  return db.$transaction(async (tx) => {
    const c = await loadForAnswer(tx, actor, consultationId);
    assertAcceptsOnline(c, now);
    const answers = checkAnswers(c, input);
    const meeting = await meetingHolding(tx, consultationId, actor.id);
    if (meeting) throw heldAtMeetingError(meeting, "household");
    const auditActor = { type: "HOUSEHOLD" as const, id: actor.id, label: `Hộ ${actor.code}` };
    const existing = await tx.response.findFirst({
      where: { consultationId, effectiveHouseholdId: actor.id },
      select: { id: true, channel: true, revision: true, receiptCode: true, submittedAt: true, recordedById: true },
    });
    if (existing && existing.channel !== "ONLINE") {
      throw new AppError("CONFLICT", "answeredOnOtherChannel", {
        channel: `@channelPhrase.${existing.channel}`,
        ...timeParams(existing.submittedAt),
      });
    }
    if (existing) {
      const history = await snapshot(tx, existing.id);
      // Guarded by the revision read above: a concurrent revision makes this one retry.
      const { count } = await tx.response.updateMany({
        where: { id: existing.id, revision: existing.revision, voidedAt: null },
        data: { revision: existing.revision + 1 },
      });
      if (count !== 1) throw new RetrySubmission();
      await tx.responseRevision.create({
        data: { responseId: existing.id, revision: existing.revision, answers: history, createdAt: now },
      });
      await tx.answer.deleteMany({ where: { responseId: existing.id } });
      await writeAnswers(tx, existing.id, answers);
      const updated = await tx.response.update({
        where: { id: existing.id },
        data: { updatedAt: now },
        select: { updatedAt: true },
      });
      await tx.responseDraft.deleteMany({ where: { consultationId, householdId: actor.id } });
      await appendAudit(tx, {
        communeId: c.communeId,
        actor: auditActor,
        action: "response.revised",
        entityType: "Response",
        entityId: existing.id,
        data: { consultationId, revision: existing.revision + 1 },
        now,
      });
      return {
        receiptCode: existing.receiptCode,
        submittedAt: existing.submittedAt,
        updatedAt: updated.updatedAt,
        revision: existing.revision + 1,
      };
    }
    const response = await tx.response.create({
      data: {
        consultationId,
        householdId: actor.id,
        neighbourhoodId: actor.neighbourhoodId,
        effectiveHouseholdId: actor.id,
        channel: "ONLINE",
        receiptCode: newReceiptCode(),
        submittedAt: now,
        updatedAt: now,
      },
      select: { id: true, receiptCode: true, submittedAt: true, updatedAt: true, revision: true },
    });
    await writeAnswers(tx, response.id, answers);
    await tx.responseDraft.deleteMany({ where: { consultationId, householdId: actor.id } });
    await appendAudit(tx, {
      communeId: c.communeId,
      actor: auditActor,
      action: "response.submitted",
      entityType: "Response",
      entityId: response.id,
      data: { consultationId, channel: "ONLINE" },
      now,
    });
    return {
      receiptCode: response.receiptCode,
      submittedAt: response.submittedAt,
      updatedAt: response.updatedAt,
      revision: response.revision,
    };
  }, PEAK_TRANSACTION);
}

class RetrySubmission extends Error {}

/**
 * Submits or revises the household's online response. Two devices of one household racing each
 * other both succeed: the loser of the insert race finds the winner's response and revises it.
 * A first response goes through first-response.ts in one statement; everything else comes here.
 */
export async function submitOnlineResponse(
  db: PrismaClient,
  actor: HouseholdActor,
  input: { consultationId: string; answers: AnswerInput[] },
  now: Date,
): Promise<Receipt> {
  const first = await submitFirstOnline(db, actor, input.consultationId, input.answers, now);
  if (first) return first;
  await applyDueTransitions(db, actor.communeId, now, input.consultationId);
  for (let attempt = 0; ; attempt++) {
    try {
      return await submitOnce(db, actor, input.consultationId, input.answers, now);
    } catch (e) {
      const retriable = e instanceof RetrySubmission || isUniqueViolation(e);
      if (!retriable || attempt >= 4) throw e;
    }
  }
}
