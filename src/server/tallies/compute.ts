// The tally of a consultation, by SQL aggregation only (GROUP BY over the roll, responses, answer
// choices and secret-ballot counts): no response is ever loaded into memory, so it stays fast for a
// million-household roll. Counts only households still on the roll; voided responses never count.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { decideOutcome, type OutcomeResult, type StoredRule } from "@/domain/outcome";
import { sortByName } from "@/domain/vietnamese";
import { AppError } from "../errors";
import { applySecretMeetings, secretMeetingTurnouts } from "./secret-meetings";
import { JOIN_ON_ROLL } from "./on-roll";
import { isClosedStatus } from "@/domain/consultation-status";

type Db = PrismaClient | Prisma.TransactionClient;

/** The figures a tally gives for one neighbourhood and, summed, for the whole area. */
export type TallyFigures = {
  roll: number;
  responded: number;
  byChannel: Record<string, number>;
  /** optionId → households that chose it (secret-ballot counts included). */
  options: Record<string, number>;
  /** Ballots returned blank or invalid (paper, and a secret-ballot meeting's invalid): counted in `responded`, in no option. */
  blank: number;
  invalid: number;
  /** Free-text questionId → households whose answer to it has text (every free-text question has a key). */
  answered: Record<string, number>;
};

export type TallyUnit = TallyFigures & { neighbourhoodId: string; name: string };

export type Tally = TallyFigures & {
  consultationId: string;
  computedAt: string;
  final: boolean;
  units: TallyUnit[];
  /** The approval question whose "agree" decides the outcome (the first one). */
  decisionQuestionId: string | null;
  rule: StoredRule | null;
  outcome: OutcomeResult | null;
};

/**
 * A tally as stored when the consultation closed (Consultation.finalTally), read back with the
 * fields later versions added set to what they were then: no blank or invalid ballots existed, and
 * free-text answers were not counted (no key: the count is unknown, which is not zero).
 */
export function storedTally(json: unknown): Tally {
  const t = json as Tally;
  return {
    ...t,
    blank: t.blank ?? 0,
    invalid: t.invalid ?? 0,
    answered: t.answered ?? {},
    units: t.units.map((u) => ({ ...u, blank: u.blank ?? 0, invalid: u.invalid ?? 0, answered: u.answered ?? {} })),
  };
}

type Counts = {
  roll: { n: string; k: number }[];
  responded: { n: string; ch: string; k: number }[];
  choices: { n: string; o: string; k: number }[];
  /** Answers whose text is not blank, per question (free-text questions: the households that answered). */
  answered: { n: string; q: string; k: number }[];
};

/**
 * The counts by scanning: GROUP BY over the roll, responses and answer choices. The definition of
 * what counts; the running sums must always equal it (tests/integration/tally-running.test.ts), and
 * bench:tally times both.
 */
export async function scanCounts(db: Db, consultationId: string): Promise<Counts> {
  const [roll, responded, choices, answered] = await Promise.all([
    db.$queryRaw<{ n: string; k: number }[]>`
      SELECT "neighbourhoodId" AS n, count(*)::int AS k FROM "RollEntry"
      WHERE "consultationId" = ${consultationId} AND "removedAt" IS NULL GROUP BY 1`,
    db.$queryRaw<{ n: string; ch: string; k: number }[]>`
      SELECT e."neighbourhoodId" AS n, r.channel::text AS ch, count(*)::int AS k
      FROM "Response" r
      ${JOIN_ON_ROLL}
      WHERE r."consultationId" = ${consultationId} AND r."voidedAt" IS NULL GROUP BY 1, 2`,
    db.$queryRaw<{ n: string; o: string; k: number }[]>`
      SELECT e."neighbourhoodId" AS n, ac."optionId" AS o, count(*)::int AS k
      FROM "AnswerChoice" ac
      JOIN "Answer" a ON a.id = ac."answerId"
      JOIN "Response" r ON r.id = a."responseId"
      ${JOIN_ON_ROLL}
      WHERE r."consultationId" = ${consultationId} AND r."voidedAt" IS NULL GROUP BY 1, 2`,
    db.$queryRaw<{ n: string; q: string; k: number }[]>`
      SELECT e."neighbourhoodId" AS n, a."questionId" AS q, count(*)::int AS k
      FROM "Answer" a
      JOIN "Response" r ON r.id = a."responseId"
      ${JOIN_ON_ROLL}
      WHERE r."consultationId" = ${consultationId} AND r."voidedAt" IS NULL AND btrim(a.text) <> '' GROUP BY 1, 2`,
  ]);
  return { roll, responded, choices, answered };
}

/**
 * The same counts from the running sums the database triggers keep (migration tally_deltas): the
 * rows appended since the last reading are folded into one per key, so a reading costs about as
 * many rows as there are neighbourhoods × keys, whatever the size of the roll. Readers take turns
 * per consultation (an advisory lock), so each sees what the one before it folded.
 */
export async function runningCounts(db: Db, consultationId: string): Promise<Counts> {
  const fold = async (tx: Prisma.TransactionClient) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`tally:${consultationId}`}, 0))`;
    return tx.$queryRaw<{ n: string; key: string; k: number }[]>`/* hot */
      WITH moved AS (DELETE FROM "TallyDelta" WHERE "consultationId" = ${consultationId} RETURNING "neighbourhoodId", key, delta),
      folded AS (
        INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", key, delta)
        SELECT ${consultationId}::text, "neighbourhoodId", key, sum(delta)::int FROM moved GROUP BY 2, 3 HAVING sum(delta) <> 0
        RETURNING "neighbourhoodId", key, delta)
      SELECT "neighbourhoodId" AS n, key, delta AS k FROM folded`;
  };
  // A transaction's client has no $disconnect (Prisma's deny list): inside one, fold in it.
  const rows =
    "$disconnect" in db
      ? await (db as PrismaClient).$transaction(fold, { maxWait: 15_000, timeout: 120_000 })
      : await fold(db);
  const counts: Counts = { roll: [], responded: [], choices: [], answered: [] };
  for (const r of rows) {
    if (r.key === "roll") counts.roll.push({ n: r.n, k: r.k });
    else if (r.key.startsWith("ch:")) counts.responded.push({ n: r.n, ch: r.key.slice(3), k: r.k });
    else if (r.key.startsWith("q:")) counts.answered.push({ n: r.n, q: r.key.slice(2), k: r.k });
    else counts.choices.push({ n: r.n, o: r.key, k: r.k });
  }
  return counts;
}

export async function computeTally(db: Db, consultationId: string, now: Date): Promise<Tally> {
  const c = await db.consultation.findUnique({
    where: { id: consultationId },
    select: {
      status: true,
      ruleNumerator: true,
      ruleDenominator: true,
      ruleInclusive: true,
      ruleAggregation: true,
      ruleUnitNumerator: true,
      ruleUnitDenominator: true,
      ruleUnitInclusive: true,
      needsRecognition: true,
      areas: { select: { neighbourhoodId: true, neighbourhoodName: true }, orderBy: { neighbourhoodName: "asc" } },
      questions: {
        where: { kind: "APPROVAL" },
        orderBy: { position: "asc" },
        take: 1,
        select: { id: true, options: { where: { key: "AGREE" }, select: { id: true } } },
      },
    },
  });
  if (!c) throw AppError.notFound("consultation");
  const [counts, secret, marks, freeTextQuestions] = await Promise.all([
    runningCounts(db, consultationId),
    db.$queryRaw<{ n: string; o: string; k: number }[]>`
      SELECT m."neighbourhoodId" AS n, mc."optionId" AS o, sum(mc.count)::int AS k
      FROM "MeetingCount" mc JOIN "MeetingRecord" m ON m.id = mc."meetingId"
      WHERE m."consultationId" = ${consultationId} GROUP BY 1, 2`,
    // Few rows (only marked ballots, by their index), so counted by scanning rather than kept running.
    db.$queryRaw<{ n: string; m: string; k: number }[]>`
      SELECT e."neighbourhoodId" AS n, r."ballotMark"::text AS m, count(*)::int AS k
      FROM "Response" r
      ${JOIN_ON_ROLL}
      WHERE r."consultationId" = ${consultationId} AND r."ballotMark" IS NOT NULL AND r."voidedAt" IS NULL GROUP BY 1, 2`,
    db.question.findMany({ where: { consultationId, kind: "FREE_TEXT" }, select: { id: true } }),
  ]);
  const freeText = freeTextQuestions.map((q) => q.id);
  const { roll, responded, choices, answered } = counts;
  const noAnswers = () => Object.fromEntries(freeText.map((id) => [id, 0]));
  const units: TallyUnit[] = sortByName(c.areas, (a) => a.neighbourhoodName).map((a) => ({
    neighbourhoodId: a.neighbourhoodId,
    name: a.neighbourhoodName,
    roll: 0,
    responded: 0,
    byChannel: {},
    options: {},
    blank: 0,
    invalid: 0,
    answered: noAnswers(),
  }));
  const unit = new Map(units.map((u) => [u.neighbourhoodId, u]));
  for (const r of roll) if (unit.has(r.n)) unit.get(r.n)!.roll = r.k;
  for (const r of responded) {
    const u = unit.get(r.n);
    if (!u) continue;
    u.byChannel[r.ch] = r.k;
    u.responded += r.k;
  }
  for (const r of marks) {
    const u = unit.get(r.n);
    if (u) u[r.m === "BLANK" ? "blank" : "invalid"] += r.k;
  }
  for (const r of [...choices, ...secret]) {
    const u = unit.get(r.n);
    if (u) u.options[r.o] = (u.options[r.o] ?? 0) + r.k;
  }
  // Text on a choice question's answer (an "other" explained) is no answer of a free-text question.
  for (const r of answered) {
    const u = unit.get(r.n);
    if (u && r.q in u.answered) u.answered[r.q] += r.k;
  }
  // Decree 59/2023 Art 3 k5: a secret-ballot meeting counts its ballots returned, not those present.
  applySecretMeetings(units, await secretMeetingTurnouts(db, [consultationId]));
  const sum = (pick: (u: TallyUnit) => Record<string, number>) =>
    units.reduce<Record<string, number>>((acc, u) => {
      for (const [k, v] of Object.entries(pick(u))) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {});
  const rule: StoredRule | null =
    c.ruleNumerator && c.ruleDenominator && c.ruleAggregation
      ? {
          numerator: c.ruleNumerator,
          denominator: c.ruleDenominator,
          inclusive: c.ruleInclusive ?? true,
          aggregation: c.ruleAggregation,
          unitShare:
            c.ruleUnitNumerator && c.ruleUnitDenominator
              ? {
                  numerator: c.ruleUnitNumerator,
                  denominator: c.ruleUnitDenominator,
                  inclusive: c.ruleUnitInclusive ?? true,
                }
              : null,
          needsRecognition: c.needsRecognition,
        }
      : null;
  const agreeId = c.questions[0]?.options[0]?.id;
  const final = isClosedStatus(c.status);
  return {
    consultationId,
    computedAt: now.toISOString(),
    final,
    roll: units.reduce((s, u) => s + u.roll, 0),
    responded: units.reduce((s, u) => s + u.responded, 0),
    byChannel: sum((u) => u.byChannel),
    options: sum((u) => u.options),
    blank: units.reduce((s, u) => s + u.blank, 0),
    invalid: units.reduce((s, u) => s + u.invalid, 0),
    answered: { ...noAnswers(), ...sum((u) => u.answered) },
    units,
    decisionQuestionId: c.questions[0]?.id ?? null,
    rule,
    outcome: decideOutcome(
      rule,
      units.map((u) => ({ id: u.neighbourhoodId, roll: u.roll, agree: agreeId ? (u.options[agreeId] ?? 0) : 0 })),
      final,
    ),
  };
}
