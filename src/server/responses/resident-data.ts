// What a signed-in household sees of one consultation: the questions, its own current answer on
// any channel, its unsent draft, and whether it may answer online right now (and if not, why).
import type { PrismaClient } from "@/generated/prisma/client";
import type { AnswerInput } from "@/domain/answers";
import { onlineState, residentPhase, responseGivenAt, responseNotes } from "@/domain/resident-view";
import type { HouseholdActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/schedule";
import { publicToHousehold } from "../consultations/data";
import { CONSULTATION_HEADING, QUESTIONS_WITH_OPTIONS } from "../consultations/selects";
import { AppError } from "../errors";

export type { OnlineState } from "@/domain/resident-view";

export async function getResidentConsultation(db: PrismaClient, actor: HouseholdActor, id: string, now: Date) {
  await applyDueTransitions(db, actor.communeId, now, id);
  const c = await db.consultation.findFirst({
    where: { ...publicToHousehold(actor, now), id },
    select: {
      ...CONSULTATION_HEADING,
      channels: true,
      opensAt: true,
      closesAt: true,
      resultsPublishedAt: true,
      questions: QUESTIONS_WITH_OPTIONS,
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, mimeType: true, size: true } },
    },
  });
  if (!c) throw AppError.notFound("consultation");
  const [entry, response, draft] = await Promise.all([
    db.rollEntry.findFirst({
      where: { consultationId: id, householdId: actor.id, removedAt: null },
      select: { heldByMeeting: { select: { place: true, heldAt: true } } },
    }),
    db.response.findFirst({
      where: { consultationId: id, effectiveHouseholdId: actor.id },
      select: {
        channel: true,
        receiptCode: true,
        submittedAt: true,
        revision: true,
        secretBallot: true,
        meeting: { select: { heldAt: true } },
        // A revision row keeps the answers it replaced and is written at the moment of replacing
        // (online.ts), so the latest one's time is when the current answers were given.
        revisions: { orderBy: { revision: "desc" }, take: 1, select: { createdAt: true } },
        answers: { select: { questionId: true, text: true, comment: true, choices: { select: { optionId: true } } } },
      },
    }),
    getDraft(db, actor, id),
  ]);
  const phase = residentPhase({ ...c, now });
  const held = entry?.heldByMeeting != null;
  const state = onlineState({
    phase,
    onlineOffered: c.channels.includes("ONLINE"),
    onRoll: entry !== null,
    response,
    heldAtMeeting: held,
  });
  const notes = responseNotes({ phase, response, heldAtMeeting: held });
  const given = response && {
    ...response,
    givenAt: responseGivenAt({
      channel: response.channel,
      submittedAt: response.submittedAt,
      revisedAt: response.revisions[0]?.createdAt ?? null,
      meetingHeldAt: response.meeting?.heldAt ?? null,
    }),
  };
  const current: AnswerInput[] | null = response
    ? response.answers.map((a) => ({
        questionId: a.questionId,
        optionIds: a.choices.map((ch) => ch.optionId),
        text: a.text ?? "",
        comment: a.comment ?? "",
      }))
    : null;
  return {
    consultation: c,
    phase,
    state,
    notes,
    response: given,
    current,
    heldBy: entry?.heldByMeeting ?? null,
    draft,
  };
}

/** The household's unsent answers to a consultation (saved by the form, shown by the review page), or null. */
export async function getDraft(
  db: PrismaClient,
  actor: HouseholdActor,
  consultationId: string,
): Promise<AnswerInput[] | null> {
  const draft = await db.responseDraft.findUnique({
    where: { consultationId_householdId: { consultationId, householdId: actor.id } },
  });
  // saveDraft is the only writer, and it stores AnswerInput[].
  return (draft?.answers as AnswerInput[] | undefined) ?? null;
}

/** Keeps the household's answers between the form and the review page. */
export async function saveDraft(
  db: PrismaClient,
  actor: HouseholdActor,
  consultationId: string,
  answers: AnswerInput[],
) {
  const allowed = await db.consultation.count({
    where: {
      id: consultationId,
      communeId: actor.communeId,
      rollEntries: { some: { householdId: actor.id, removedAt: null } },
    },
  });
  if (!allowed) throw AppError.notFound("consultation");
  await db.responseDraft.upsert({
    where: { consultationId_householdId: { consultationId, householdId: actor.id } },
    create: { consultationId, householdId: actor.id, answers },
    update: { answers },
  });
}
