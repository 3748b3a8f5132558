// What a signed-in household sees of one consultation: the questions, its own current answer on
// any channel, its unsent draft, and whether it may answer online right now (and if not, why).
import { Prisma, type Channel, type PrismaClient } from "@/generated/prisma/client";
import type { AnswerInput } from "@/domain/answers";
import { PUBLIC_STATUSES } from "@/domain/consultation-status";
import { dueTransition } from "@/domain/lifecycle";
import { onlineState, residentPhase, responseGivenAt, responseNotes } from "@/domain/resident-view";
import { householdOfSession, type HouseholdActor } from "../auth/actor";
import { applyDueTransitions } from "../consultations/schedule";
import { QUESTIONS_WITH_OPTIONS } from "../consultations/selects";
import { AppError } from "../errors";

export type { OnlineState } from "@/domain/resident-view";

type Question = Prisma.QuestionGetPayload<{ include: { options: true } }>;

// Questions can only change while a consultation is a draft (consultations/mutations.ts), and one
// that has opened never goes back to draft, so what was read once from an opened consultation
// holds for good. A published one not yet open may still be taken back to draft: read every time.
const questionsOfOpened = new Map<string, Question[]>();
const MAX_CACHED = 200;
const QUESTIONS_FROZEN = new Set(["OPEN", "CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"]);

async function questionsOf(db: PrismaClient, id: string, status: string): Promise<Question[]> {
  const cached = questionsOfOpened.get(id);
  if (cached) return cached;
  const questions = await db.question.findMany({
    where: { consultationId: id },
    orderBy: QUESTIONS_WITH_OPTIONS.orderBy,
    include: QUESTIONS_WITH_OPTIONS.include,
  });
  if (QUESTIONS_FROZEN.has(status)) {
    if (questionsOfOpened.size >= MAX_CACHED) questionsOfOpened.delete(questionsOfOpened.keys().next().value!);
    questionsOfOpened.set(id, questions);
  }
  return questions;
}

type ViewRow = {
  // The household, when the session still holds (all null otherwise).
  householdId: string | null;
  householdCommuneId: string;
  householdNeighbourhoodId: string;
  householdCode: string;
  householdHeadName: string;
  // The consultation, when the household may see it (all null otherwise).
  id: string | null;
  title: string;
  summary: string;
  matter: Prisma.ConsultationGetPayload<{ select: { matter: true } }>["matter"];
  mode: Prisma.ConsultationGetPayload<{ select: { mode: true } }>["mode"];
  status: Prisma.ConsultationGetPayload<{ select: { status: true } }>["status"];
  channels: Channel[];
  opensAt: Date | null;
  closesAt: Date | null;
  resultsPublishedAt: Date | null;
  // The household's own of it.
  onRoll: boolean;
  heldPlace: string | null;
  heldAt: Date | null;
  channel: string | null;
  receiptCode: string | null;
  submittedAt: Date | null;
  revision: number | null;
  secretBallot: boolean | null;
  meetingHeldAt: Date | null;
  revisedAt: Date | null;
  answers: { questionId: string; text: string | null; comment: string | null; optionIds: string[] }[] | null;
  draft: AnswerInput[] | null;
  documents: { id: string; title: string; mimeType: string; size: number }[];
};

const PUBLIC = [...PUBLIC_STATUSES];

/**
 * Everything a household's page of one consultation needs, in one statement: the household (`who`:
 * a session's, checked as loadActor checks it, or one already loaded), the consultation if the
 * household may see it (publicToHousehold: of its commune, public and published, consulting its
 * neighbourhood), its roll entry (and the meeting that holds it), its response with the latest
 * revision's time and its answers, its draft, and the consultation's documents. One round trip
 * where loadActor and the ORM's relation loading took thirteen.
 */
async function householdView(db: PrismaClient, who: Prisma.Sql, consultationId: string, now: Date) {
  const iso = now.toISOString();
  const [row] = await db.$queryRaw<ViewRow[]>`/* hot */
    WITH h AS (${who})
    SELECT h.id AS "householdId", h."communeId" AS "householdCommuneId",
      h."neighbourhoodId" AS "householdNeighbourhoodId", h.code AS "householdCode",
      h."headName" AS "householdHeadName",
      c.id, c.title, c.summary, c.matter::text AS matter, c.mode::text AS mode, c.status::text AS status,
      c.channels::text[] AS channels, c."opensAt", c."closesAt",
      c."resultsPublishedAt",
      re.id IS NOT NULL AS "onRoll", hm.place AS "heldPlace", hm."heldAt" AS "heldAt",
      r.channel::text AS channel, r."receiptCode", r."submittedAt", r.revision, r."secretBallot",
      rm."heldAt" AS "meetingHeldAt",
      (SELECT rv."createdAt" FROM "ResponseRevision" rv WHERE rv."responseId" = r.id
        ORDER BY rv.revision DESC LIMIT 1) AS "revisedAt",
      CASE WHEN r.id IS NULL THEN NULL ELSE (
        SELECT coalesce(json_agg(json_build_object('questionId', a."questionId", 'text', a.text,
            'comment', a.comment,
            'optionIds', (SELECT coalesce(json_agg(ch."optionId"), '[]'::json) FROM "AnswerChoice" ch
              WHERE ch."answerId" = a.id))), '[]'::json)
        FROM "Answer" a WHERE a."responseId" = r.id) END AS answers,
      d.answers AS draft,
      (SELECT coalesce(json_agg(json_build_object('id', doc.id, 'title', doc.title,
          'mimeType', doc."mimeType", 'size', doc.size) ORDER BY doc."createdAt"), '[]'::json)
        FROM "Document" doc WHERE doc."consultationId" = ${consultationId} AND h.id IS NOT NULL) AS documents
    FROM (SELECT 1) AS one
    LEFT JOIN h ON true
    LEFT JOIN "Consultation" c
      ON c.id = ${consultationId} AND c."communeId" = h."communeId"
      AND c.status::text = ANY(${PUBLIC}::text[])
      AND c."publishedAt" <= (${iso}::timestamptz AT TIME ZONE 'UTC')
      AND EXISTS (SELECT 1 FROM "ConsultationArea" ar
        WHERE ar."consultationId" = c.id AND ar."neighbourhoodId" = h."neighbourhoodId")
    LEFT JOIN "RollEntry" re
      ON re."consultationId" = ${consultationId} AND re."householdId" = h.id AND re."removedAt" IS NULL
    LEFT JOIN "MeetingRecord" hm ON hm.id = re."heldByMeetingId"
    LEFT JOIN "Response" r ON r."consultationId" = ${consultationId} AND r."effectiveHouseholdId" = h.id
    LEFT JOIN "MeetingRecord" rm ON rm.id = r."meetingId"
    LEFT JOIN "ResponseDraft" d ON d."consultationId" = ${consultationId} AND d."householdId" = h.id`;
  return row;
}

/** A household already loaded, as the statement's `h`. */
const loaded = (actor: HouseholdActor) =>
  Prisma.sql`SELECT ${actor.id}::text AS id, ${actor.communeId}::text AS "communeId",
    ${actor.neighbourhoodId}::text AS "neighbourhoodId", ${actor.code}::text AS code, ${actor.headName}::text AS "headName"`;

export async function getResidentConsultation(db: PrismaClient, actor: HouseholdActor, id: string, now: Date) {
  const found = await residentView(db, actor.communeId, loaded(actor), id, now);
  if (!found) throw AppError.notFound("consultation"); // never: a loaded household is always there
  return found.view;
}

/**
 * The resident page's read: the household a session names (null when the session no longer holds:
 * the page asks to sign in again) and its view of the consultation, in one statement.
 */
export async function getResidentConsultationForSession(
  db: PrismaClient,
  session: { id: string; communeId: string; sessionVersion: number },
  id: string,
  now: Date,
) {
  return residentView(db, session.communeId, householdOfSession(session), id, now);
}

async function residentView(db: PrismaClient, communeId: string, who: Prisma.Sql, id: string, now: Date) {
  let h = await householdView(db, who, id, now);
  if (h.householdId === null) return null;
  // The schedule is applied on read (schedule.ts): only when this row shows an opening or closing
  // due. Both keep it public (a published, open or closed consultation is public), so the same
  // household sees it before and after, and the re-read gives the status the clock says.
  if (h.id !== null && dueTransition({ ...h, now })) {
    await applyDueTransitions(db, communeId, now, id);
    h = await householdView(db, who, id, now);
    if (h.householdId === null) return null;
  }
  const actor: HouseholdActor = {
    type: "household",
    role: "RESIDENT",
    id: h.householdId,
    communeId: h.householdCommuneId,
    neighbourhoodId: h.householdNeighbourhoodId,
    code: h.householdCode,
    headName: h.householdHeadName,
  };
  if (h.id === null) throw AppError.notFound("consultation");
  const row = {
    id: h.id,
    title: h.title,
    summary: h.summary,
    matter: h.matter,
    mode: h.mode,
    status: h.status,
    channels: h.channels,
    opensAt: h.opensAt,
    closesAt: h.closesAt,
    resultsPublishedAt: h.resultsPublishedAt,
  };
  const questions = await questionsOf(db, id, row.status);
  const c = { ...row, questions, documents: h.documents };
  const entry = h.onRoll
    ? { heldByMeeting: h.heldPlace !== null ? { place: h.heldPlace, heldAt: h.heldAt! } : null }
    : null;
  const response =
    h.channel === null
      ? null
      : {
          channel: h.channel as Channel,
          receiptCode: h.receiptCode!,
          submittedAt: h.submittedAt!,
          revision: h.revision!,
          secretBallot: h.secretBallot!,
          meeting: h.meetingHeldAt ? { heldAt: h.meetingHeldAt } : null,
        };
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
      revisedAt: h.revisedAt,
      meetingHeldAt: response.meeting?.heldAt ?? null,
    }),
  };
  const current: AnswerInput[] | null = response
    ? (h.answers ?? []).map((a) => ({
        questionId: a.questionId,
        optionIds: a.optionIds,
        text: a.text ?? "",
        comment: a.comment ?? "",
      }))
    : null;
  return {
    actor,
    view: {
      consultation: c,
      phase,
      state,
      notes,
      response: given,
      current,
      heldBy: entry?.heldByMeeting ?? null,
      // saveDraft is the only writer, and it stores AnswerInput[].
      draft: h.draft,
    },
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

/**
 * Keeps the household's answers between the form and the review page: only for a consultation of
 * its commune whose roll holds it, checked in the statement that writes.
 */
export async function saveDraft(
  db: PrismaClient,
  actor: HouseholdActor,
  consultationId: string,
  answers: AnswerInput[],
) {
  const written = await db.$executeRaw`/* hot */
    INSERT INTO "ResponseDraft" ("consultationId", "householdId", answers, "updatedAt")
    SELECT c.id, ${actor.id}, ${JSON.stringify(answers)}::jsonb, now()
    FROM "Consultation" c
    WHERE c.id = ${consultationId} AND c."communeId" = ${actor.communeId}
      AND EXISTS (SELECT 1 FROM "RollEntry" re WHERE re."consultationId" = c.id
        AND re."householdId" = ${actor.id} AND re."removedAt" IS NULL)
    ON CONFLICT ("consultationId", "householdId")
    DO UPDATE SET answers = EXCLUDED.answers, "updatedAt" = EXCLUDED."updatedAt"`;
  if (!written) throw AppError.notFound("consultation");
}
