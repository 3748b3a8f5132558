// A household's first online response in one SQL statement: the checks (open by the clock, online
// offered, on the roll, no voice yet), the response, its answers and choices, the draft removed and
// the audit event chained — one round trip and one commit. At the peak of a consultation almost
// every request is a first response, and each round trip held open costs the whole queue.
//
// Anything this statement does not cover (a revision, a race between two devices of one household,
// a consultation that has just closed, an answer that does not validate) returns null and takes the
// general path in online.ts, which gives the precise outcome or error. So this is only ever a
// faster way to the same result.
import { randomUUID } from "node:crypto";
import { validateAnswers, type AnswerInput, type QuestionSpec } from "@/domain/answers";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { auditEvent, insertAuditEvent, nextLink } from "../audit/append";
import type { HouseholdActor } from "../auth/actor";
import { QUESTIONS_WITH_OPTIONS } from "../consultations/selects";
import { rawSqlState } from "../errors";
import { newReceiptCode } from "./receipt";

type Shape = { communeId: string; online: boolean; questions: QuestionSpec[] };

// Questions can only change while a consultation is a draft (consultations/mutations.ts), and an
// open consultation never goes back to draft, so what was read once while OPEN holds for good.
const shapes = new Map<string, Shape>();
const MAX_SHAPES = 200;

async function openShape(db: PrismaClient, consultationId: string): Promise<Shape | null> {
  const cached = shapes.get(consultationId);
  if (cached) return cached;
  const c = await db.consultation.findFirst({
    where: { id: consultationId, status: "OPEN" },
    select: {
      communeId: true,
      channels: true,
      questions: QUESTIONS_WITH_OPTIONS,
    },
  });
  if (!c) return null;
  const shape = { communeId: c.communeId, online: c.channels.includes("ONLINE"), questions: c.questions };
  if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
  shapes.set(consultationId, shape);
  return shape;
}

export type FirstReceipt = { receiptCode: string; submittedAt: Date; updatedAt: Date; revision: number };

/** A unique index (another device's response, a receipt code taken) or a deadlock with a staff transaction: the general path sorts it out. */
const CONTENTION = new Set(["23505", "40P01"]);
const isContention = (e: unknown) => CONTENTION.has(rawSqlState(e) ?? "");

export async function submitFirstOnline(
  db: PrismaClient,
  actor: HouseholdActor,
  consultationId: string,
  input: AnswerInput[],
  now: Date,
): Promise<FirstReceipt | null> {
  const shape = await openShape(db, consultationId);
  if (!shape || !shape.online || shape.communeId !== actor.communeId) return null;
  const checked = validateAnswers(shape.questions, input);
  if (checked.issues.length) return null;

  const at = new Date(Math.floor(now.getTime()));
  const iso = at.toISOString();
  const responseId = randomUUID();
  const receiptCode = newReceiptCode();
  const answerIds = checked.answers.map(() => randomUUID());
  const choiceAnswers = checked.answers.flatMap((a, i) => a.optionIds.map(() => answerIds[i]));
  const choiceOptions = checked.answers.flatMap((a) => a.optionIds);
  const audit = auditEvent({
    communeId: actor.communeId,
    actor: { type: "HOUSEHOLD", id: actor.id, label: `Hộ ${actor.code}` },
    action: "response.submitted",
    entityType: "Response",
    entityId: responseId,
    data: { consultationId, channel: "ONLINE" },
    now: at,
  });

  try {
    // The consultation row is share-locked, so a closing (which locks it for update and then freezes
    // the tally) either waits for this response and counts it, or comes first and this finds it
    // closed. The household's roll row too: a marking at a meeting (which updates it) either waits
    // for this response, or comes first and this statement, re-reading the row, finds it held and
    // leaves it to the general path's message (meeting-hold.ts). The head row is taken after them,
    // in the same order as every other writer.
    const rows = await db.$queryRaw<{ id: string }[]>`/* hot */
      WITH c AS (
        SELECT c.id FROM "Consultation" c
          JOIN "RollEntry" re ON re."consultationId" = c.id AND re."householdId" = ${actor.id} AND re."removedAt" IS NULL
                             AND re."heldByMeetingId" IS NULL
         WHERE c.id = ${consultationId} AND c."communeId" = ${actor.communeId} AND c.status = 'OPEN'
           AND 'ONLINE' = ANY (c.channels)
           AND (c."closesAt" IS NULL OR c."closesAt" > (${iso}::timestamptz AT TIME ZONE 'UTC'))
           AND NOT EXISTS (SELECT 1 FROM "Response" x
                            WHERE x."consultationId" = c.id AND x."effectiveHouseholdId" = ${actor.id})
        FOR SHARE
      ),
      head AS (
        UPDATE "AuditHead" ${nextLink(audit.digest)}
         WHERE "communeId" = ${actor.communeId} AND EXISTS (SELECT 1 FROM c)
        RETURNING seq, "prevHash", hash
      ),
      r AS (
        INSERT INTO "Response" (id, "consultationId", "householdId", "neighbourhoodId", "effectiveHouseholdId", channel,
                                "receiptCode", revision, "secretBallot", "submittedAt", "updatedAt")
        SELECT ${responseId}, c.id, ${actor.id}, ${actor.neighbourhoodId}, ${actor.id}, 'ONLINE',
               ${receiptCode}, 1, false, (${iso}::timestamptz AT TIME ZONE 'UTC'), (${iso}::timestamptz AT TIME ZONE 'UTC')
          FROM c, head
        RETURNING id
      ),
      a AS (
        INSERT INTO "Answer" (id, "responseId", "questionId", text, comment)
        SELECT x.id, r.id, x.q, x.t, x.cm
          FROM r, unnest(${answerIds}::text[], ${checked.answers.map((a) => a.questionId)}::text[],
                         ${checked.answers.map((a) => a.text || null)}::text[], ${checked.answers.map((a) => a.comment || null)}::text[])
               AS x(id, q, t, cm)
        RETURNING id
      ),
      ch AS (
        INSERT INTO "AnswerChoice" ("answerId", "optionId")
        SELECT x.a, x.o FROM unnest(${choiceAnswers}::text[], ${choiceOptions}::text[]) AS x(a, o) JOIN a ON a.id = x.a
      ),
      d AS (
        DELETE FROM "ResponseDraft" WHERE "consultationId" = ${consultationId} AND "householdId" = ${actor.id} AND EXISTS (SELECT 1 FROM r)
      ),
      ev AS (
        ${insertAuditEvent(audit, Prisma.sql`head, r`)}
      )
      SELECT id FROM r`;
    if (rows.length !== 1) return null;
  } catch (err) {
    if (isContention(err)) return null;
    throw err;
  }
  return { receiptCode, submittedAt: at, updatedAt: at, revision: 1 };
}
