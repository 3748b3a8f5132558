// Turns a draft's input into the domain's plan (after checking the area belongs to the commune) and
// turns the domain's issues into field errors.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { effectiveRule, validatePlan, type ConsultationPlan, type PlanIssue } from "@/domain/consultation-plan";
import { AppError, type FieldIssue } from "../errors";
import type { TConsultationDraftInput } from "./schema";

type Db = PrismaClient | Prisma.TransactionClient;

export function toFieldIssues(issues: PlanIssue[]): FieldIssue[] {
  return issues.map((i) => {
    const params: Record<string, string | number> = { ...i.params };
    if (typeof params.matter === "string") params.matter = `@matter.${params.matter}`;
    if (typeof params.channel === "string") params.channel = `@channel.${params.channel}`;
    return { field: i.field, key: `plan.${i.code}`, params };
  });
}

/** Loads the area's neighbourhoods (active, of this commune) and builds the plan; unknown ones are an error. */
export async function buildPlan(db: Db, communeId: string, input: TConsultationDraftInput) {
  const ids = [...new Set(input.neighbourhoodIds)];
  const [found, activeCount] = await Promise.all([
    db.neighbourhood.findMany({
      where: { id: { in: ids }, communeId, active: true },
      select: { id: true, name: true },
    }),
    db.neighbourhood.count({ where: { communeId, active: true } }),
  ]);
  if (found.length !== ids.length)
    throw AppError.invalid([{ field: "neighbourhoodIds", key: "plan.unknownNeighbourhood" }]);
  const plan: ConsultationPlan = {
    title: input.title,
    summary: input.summary,
    matter: input.matter,
    neighbourhoodIds: ids,
    communeWide: ids.length > 0 && ids.length === activeCount,
    channels: [...new Set(input.channels)],
    questions: input.questions,
    publishAt: input.publishAt,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    meetingAt: input.meetingAt,
    rule: input.rule,
  };
  return { plan, neighbourhoods: found };
}

export function assertPlan(plan: ConsultationPlan, complete: boolean) {
  const issues = validatePlan(plan, { complete });
  if (issues.length) throw AppError.invalid(toFieldIssues(issues));
}

/** The columns that store a plan's outcome rule (null for advisory matters). */
export function ruleColumns(plan: ConsultationPlan) {
  const rule = effectiveRule(plan);
  return {
    ruleNumerator: rule?.numerator ?? null,
    ruleDenominator: rule?.denominator ?? null,
    ruleInclusive: rule?.inclusive ?? null,
    ruleAggregation: rule?.aggregation ?? null,
    ruleUnitNumerator: rule?.unitShare?.numerator ?? null,
    ruleUnitDenominator: rule?.unitShare?.denominator ?? null,
    ruleUnitInclusive: rule?.unitShare?.inclusive ?? null,
    needsRecognition: rule?.needsRecognition ?? false,
    ruleRequested: plan.rule ?? Prisma.DbNull,
  };
}

type StoredConsultation = Prisma.ConsultationGetPayload<{
  include: { areas: true; questions: { include: { options: true } } };
}>;

/** The plan as stored, to check it again at submission and approval. */
export async function planFromRecord(db: Db, c: StoredConsultation): Promise<ConsultationPlan> {
  const activeCount = await db.neighbourhood.count({ where: { communeId: c.communeId, active: true } });
  const rule = c.ruleRequested as ConsultationPlan["rule"];
  return {
    title: c.title,
    summary: c.summary,
    matter: c.matter,
    neighbourhoodIds: c.areas.map((a) => a.neighbourhoodId),
    communeWide: c.areas.length > 0 && c.areas.length === activeCount,
    channels: c.channels,
    questions: [...c.questions]
      .sort((a, b) => a.position - b.position)
      .map((q) => ({
        kind: q.kind,
        text: q.text,
        allowComment: q.allowComment,
        options: [...q.options].sort((a, b) => a.position - b.position).map((o) => o.label),
      })),
    publishAt: c.publishAt,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    meetingAt: c.meetingAt,
    rule: rule ?? null,
  };
}
