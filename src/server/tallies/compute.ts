// The tally of a consultation, by SQL aggregation only (GROUP BY over the roll, responses, answer
// choices and secret-ballot counts): no response is ever loaded into memory, so it stays fast for a
// million-household roll. Counts only households still on the roll; voided responses never count.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { decideOutcome, type OutcomeResult, type StoredRule } from "@/domain/outcome";
import { sortByName } from "@/domain/vietnamese";
import { AppError } from "../errors";
import { isClosedStatus } from "@/domain/consultation-status";

type Db = PrismaClient | Prisma.TransactionClient;

export type TallyUnit = {
  neighbourhoodId: string;
  name: string;
  roll: number;
  responded: number;
  byChannel: Record<string, number>;
  /** optionId → households that chose it (secret-ballot counts included). */
  options: Record<string, number>;
};

export type Tally = {
  consultationId: string;
  computedAt: string;
  final: boolean;
  roll: number;
  responded: number;
  byChannel: Record<string, number>;
  options: Record<string, number>;
  units: TallyUnit[];
  /** The approval question whose "agree" decides the outcome (the first one). */
  decisionQuestionId: string | null;
  rule: StoredRule | null;
  outcome: OutcomeResult | null;
};

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
      questions: { where: { kind: "APPROVAL" }, orderBy: { position: "asc" }, take: 1, select: { id: true, options: { where: { key: "AGREE" }, select: { id: true } } } },
    },
  });
  if (!c) throw AppError.notFound("consultation");
  const [roll, responded, choices, secret] = await Promise.all([
    db.$queryRaw<{ n: string; k: number }[]>`
      SELECT "neighbourhoodId" AS n, count(*)::int AS k FROM "RollEntry"
      WHERE "consultationId" = ${consultationId} AND "removedAt" IS NULL GROUP BY 1`,
    db.$queryRaw<{ n: string; ch: string; k: number }[]>`
      SELECT e."neighbourhoodId" AS n, r.channel::text AS ch, count(*)::int AS k
      FROM "Response" r
      JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
      WHERE r."consultationId" = ${consultationId} AND r."voidedAt" IS NULL GROUP BY 1, 2`,
    db.$queryRaw<{ n: string; o: string; k: number }[]>`
      SELECT e."neighbourhoodId" AS n, ac."optionId" AS o, count(*)::int AS k
      FROM "AnswerChoice" ac
      JOIN "Answer" a ON a.id = ac."answerId"
      JOIN "Response" r ON r.id = a."responseId"
      JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
      WHERE r."consultationId" = ${consultationId} AND r."voidedAt" IS NULL GROUP BY 1, 2`,
    db.$queryRaw<{ n: string; o: string; k: number }[]>`
      SELECT m."neighbourhoodId" AS n, mc."optionId" AS o, sum(mc.count)::int AS k
      FROM "MeetingCount" mc JOIN "MeetingRecord" m ON m.id = mc."meetingId"
      WHERE m."consultationId" = ${consultationId} GROUP BY 1, 2`,
  ]);
  const units: TallyUnit[] = sortByName(c.areas, (a) => a.neighbourhoodName).map((a) => ({ neighbourhoodId: a.neighbourhoodId, name: a.neighbourhoodName, roll: 0, responded: 0, byChannel: {}, options: {} }));
  const unit = new Map(units.map((u) => [u.neighbourhoodId, u]));
  for (const r of roll) if (unit.has(r.n)) unit.get(r.n)!.roll = r.k;
  for (const r of responded) {
    const u = unit.get(r.n);
    if (!u) continue;
    u.byChannel[r.ch] = r.k;
    u.responded += r.k;
  }
  for (const r of [...choices, ...secret]) {
    const u = unit.get(r.n);
    if (u) u.options[r.o] = (u.options[r.o] ?? 0) + r.k;
  }
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
          unitShare: c.ruleUnitNumerator && c.ruleUnitDenominator ? { numerator: c.ruleUnitNumerator, denominator: c.ruleUnitDenominator, inclusive: c.ruleUnitInclusive ?? true } : null,
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
    units,
    decisionQuestionId: c.questions[0]?.id ?? null,
    rule,
    outcome: decideOutcome(rule, units.map((u) => ({ id: u.neighbourhoodId, roll: u.roll, agree: agreeId ? (u.options[agreeId] ?? 0) : 0 })), final),
  };
}
