// The demo communes' consultations, from each commune's plans (./plans.ts): a draft, an open one
// with some responses, a closed one (the one with published results is in ./published.ts). Every
// helper works inside the commune it is given (SeedContext) and draws from that commune's generator.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Channel, Matter } from "@/generated/prisma/enums";
import { MATTER_PRESETS, type MatterName } from "@/domain/matters";
import { appendAudit } from "../audit/append";
import { computeTally } from "../tallies/compute";
import { insertMany, type BulkRows } from "./bulk";
import type { Rng } from "./names";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type SeedHousehold = { id: string; neighbourhoodId: string; code: string; headName: string };

const DAY = 86_400_000;
const RECEIPT_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function receiptCode(rng: Rng): string {
  return Array.from({ length: 8 }, () => RECEIPT_ALPHABET[Math.floor(rng() * RECEIPT_ALPHABET.length)]).join("");
}

/** One commune being seeded: its rows so far, its staff and its own random generator. */
export type SeedContext = {
  tx: Tx;
  rng: Rng;
  communeId: string;
  now: Date;
  official: { id: string; fullName: string };
  leader: { id: string; fullName: string };
  households: SeedHousehold[];
  neighbourhoods: { id: string; name: string }[];
};

export type SeedQuestion = { kind: "APPROVAL" | "SINGLE_CHOICE" | "FREE_TEXT"; text: string; options?: string[] };

/** What residents are asked, as the commune wrote it. Areas are indexes into the commune's neighbourhoods. */
export type ConsultationText = {
  title: string;
  summary: string;
  matter: MatterName;
  areaIndexes: number[] | "all";
  questions: SeedQuestion[];
};

/** How many households of the roll answered, how many of them agree, by which channels and with which comments. */
export type ResponsePlan = { share: number; agreeShare: number; channels: Channel[]; comments: string[] };

/** A draft to be published `publishInDays` from now; the other days count from publication. */
export type DraftPlan = ConsultationText & {
  publishInDays: number;
  opensAfterDays: number;
  closesAfterDays: number;
  meetingAfterDays?: number;
};

/** Published and opened `publishedDaysAgo`, closing `closesInDays` from now, answered so far as `responses` says. */
export type OpenPlan = ConsultationText & { publishedDaysAgo: number; closesInDays: number; responses: ResponsePlan };

/** Published `publishedDaysAgo`, opened `opensAfterDays` later, closed `closedDaysAgo`, its tally frozen. */
export type ClosedPlan = ConsultationText & {
  publishedDaysAgo: number;
  opensAfterDays: number;
  closedDaysAgo: number;
  responses: ResponsePlan;
};

/** The commune's neighbourhood indexes a plan's area names. */
export function areaOf(ctx: SeedContext, plan: Pick<ConsultationText, "areaIndexes">): number[] {
  return plan.areaIndexes === "all" ? ctx.neighbourhoods.map((_, i) => i) : plan.areaIndexes;
}

const APPROVAL_OPTIONS = [
  { key: "AGREE", label: "Đồng ý" },
  { key: "DISAGREE", label: "Không đồng ý" },
  { key: "OTHER", label: "Ý kiến khác" },
];

export async function createConsultation(
  ctx: SeedContext,
  input: {
    title: string;
    summary: string;
    matter: MatterName;
    status: "DRAFT" | "OPEN" | "CLOSED" | "RESULTS_PUBLISHED";
    areaIndexes: number[];
    questions: SeedQuestion[];
    dates: { publishAt: Date; opensAt: Date; closesAt: Date };
    meetingAt?: Date;
  },
) {
  const preset = MATTER_PRESETS[input.matter];
  const rule = preset.rule;
  const started = input.status !== "DRAFT";
  const consultation = await ctx.tx.consultation.create({
    data: {
      communeId: ctx.communeId,
      title: input.title,
      summary: input.summary,
      matter: input.matter as Matter,
      mode: preset.mode,
      status: input.status,
      legalBasis: preset.legalRef,
      channels: [...preset.channels],
      ruleNumerator: rule?.numerator,
      ruleDenominator: rule?.denominator,
      ruleInclusive: rule?.inclusive,
      ruleAggregation: rule?.aggregation,
      needsRecognition: rule?.needsRecognition ?? false,
      ...input.dates,
      meetingAt: input.meetingAt ?? null,
      submittedAt: started ? input.dates.publishAt : null,
      approvedAt: started ? input.dates.publishAt : null,
      approvedById: started ? ctx.leader.id : null,
      publishedAt: started ? input.dates.publishAt : null,
      openedAt: started ? input.dates.opensAt : null,
      closedAt: input.status === "CLOSED" || input.status === "RESULTS_PUBLISHED" ? input.dates.closesAt : null,
      createdById: ctx.official.id,
      areas: {
        create: input.areaIndexes.map((i) => ({
          neighbourhoodId: ctx.neighbourhoods[i].id,
          neighbourhoodName: ctx.neighbourhoods[i].name,
        })),
      },
      questions: {
        create: input.questions.map((q, position) => ({
          position,
          kind: q.kind,
          text: q.text,
          required: q.kind !== "FREE_TEXT",
          options: {
            create:
              q.kind === "APPROVAL"
                ? APPROVAL_OPTIONS.map((o, i) => ({ ...o, position: i }))
                : (q.options ?? []).map((label, i) => ({ label, position: i })),
          },
        })),
      },
    },
    include: { questions: { include: { options: true }, orderBy: { position: "asc" } } },
  });
  const actor = { type: "STAFF" as const, id: ctx.official.id, label: ctx.official.fullName };
  await appendAudit(ctx.tx, {
    communeId: ctx.communeId,
    actor,
    action: "consultation.created",
    entityType: "Consultation",
    entityId: consultation.id,
    data: { title: consultation.title, matter: consultation.matter },
    now: ctx.now,
  });
  if (started) {
    await appendAudit(ctx.tx, {
      communeId: ctx.communeId,
      actor,
      action: "consultation.statusChanged",
      entityType: "Consultation",
      entityId: consultation.id,
      data: { from: "DRAFT", to: input.status },
      now: ctx.now,
    });
  }
  return consultation;
}

type CreatedConsultation = Awaited<ReturnType<typeof createConsultation>>;

export async function freezeRoll(ctx: SeedContext, consultation: CreatedConsultation, areaIndexes: number[], at: Date) {
  const area = new Set(areaIndexes.map((i) => ctx.neighbourhoods[i].id));
  const roll = ctx.households.filter((h) => area.has(h.neighbourhoodId));
  await insertMany(
    ctx.tx,
    "RollEntry",
    roll.map((h) => ({
      id: randomUUID(),
      consultationId: consultation.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
      addedAt: at,
    })),
  );
  return roll;
}

/** Answers for a share of the roll; `agreeShare` of them agree on the approval question. */
export async function seedResponses(
  ctx: SeedContext,
  consultation: CreatedConsultation,
  roll: SeedHousehold[],
  opts: ResponsePlan & { from: Date; to: Date },
) {
  const responses: BulkRows["Response"][] = [];
  const answers: BulkRows["Answer"][] = [];
  const choices: BulkRows["AnswerChoice"][] = [];
  for (const h of roll) {
    if (ctx.rng() >= opts.share) continue;
    const channel = opts.channels[Math.floor(ctx.rng() * opts.channels.length)];
    const id = randomUUID();
    const submittedAt = new Date(opts.from.getTime() + ctx.rng() * (opts.to.getTime() - opts.from.getTime()));
    responses.push({
      id,
      consultationId: consultation.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      effectiveHouseholdId: h.id,
      channel,
      receiptCode: receiptCode(ctx.rng),
      recordedById: channel === "ONLINE" ? null : ctx.official.id,
      submittedAt,
      updatedAt: submittedAt,
    });
    for (const q of consultation.questions) {
      const answerId = randomUUID();
      if (q.kind === "FREE_TEXT") {
        if (ctx.rng() < 0.15)
          answers.push({ id: answerId, responseId: id, questionId: q.id, text: pickComment(ctx, opts.comments) });
        continue;
      }
      let option = q.options[Math.floor(ctx.rng() * q.options.length)];
      if (q.kind === "APPROVAL") {
        const r = ctx.rng();
        const key =
          r < opts.agreeShare ? "AGREE" : r < opts.agreeShare + (1 - opts.agreeShare) * 0.7 ? "DISAGREE" : "OTHER";
        option = q.options.find((o) => o.key === key)!;
      }
      const comment = option.key === "OTHER" || ctx.rng() < 0.05 ? pickComment(ctx, opts.comments) : null;
      answers.push({ id: answerId, responseId: id, questionId: q.id, comment });
      choices.push({ answerId, optionId: option.id });
    }
  }
  await insertMany(ctx.tx, "Response", responses);
  await insertMany(ctx.tx, "Answer", answers);
  await insertMany(ctx.tx, "AnswerChoice", choices);
}

function pickComment(ctx: SeedContext, comments: string[]): string {
  return comments[Math.floor(ctx.rng() * comments.length)];
}

export async function seedDraft(ctx: SeedContext, plan: DraftPlan) {
  const publishAt = new Date(ctx.now.getTime() + plan.publishInDays * DAY);
  const after = (days: number) => new Date(publishAt.getTime() + days * DAY);
  await createConsultation(ctx, {
    ...plan,
    status: "DRAFT",
    areaIndexes: areaOf(ctx, plan),
    dates: { publishAt, opensAt: after(plan.opensAfterDays), closesAt: after(plan.closesAfterDays) },
    meetingAt: plan.meetingAfterDays === undefined ? undefined : after(plan.meetingAfterDays),
  });
}

export async function seedOpen(ctx: SeedContext, plan: OpenPlan) {
  const publishAt = new Date(ctx.now.getTime() - plan.publishedDaysAgo * DAY);
  const area = areaOf(ctx, plan);
  const consultation = await createConsultation(ctx, {
    ...plan,
    status: "OPEN",
    areaIndexes: area,
    dates: { publishAt, opensAt: publishAt, closesAt: new Date(ctx.now.getTime() + plan.closesInDays * DAY) },
  });
  const roll = await freezeRoll(ctx, consultation, area, publishAt);
  await seedResponses(ctx, consultation, roll, { ...plan.responses, from: publishAt, to: ctx.now });
}

export async function seedClosed(ctx: SeedContext, plan: ClosedPlan) {
  const publishAt = new Date(ctx.now.getTime() - plan.publishedDaysAgo * DAY);
  const opensAt = new Date(publishAt.getTime() + plan.opensAfterDays * DAY);
  const closesAt = new Date(ctx.now.getTime() - plan.closedDaysAgo * DAY);
  const area = areaOf(ctx, plan);
  const consultation = await createConsultation(ctx, {
    ...plan,
    status: "CLOSED",
    areaIndexes: area,
    dates: { publishAt, opensAt, closesAt },
  });
  const roll = await freezeRoll(ctx, consultation, area, opensAt);
  await seedResponses(ctx, consultation, roll, { ...plan.responses, from: opensAt, to: closesAt });
  // As the closing transaction would have done: freeze the final tally.
  const tally = await computeTally(ctx.tx, consultation.id, closesAt);
  await ctx.tx.consultation.update({
    where: { id: consultation.id },
    data: { finalTally: tally as unknown as object },
  });
}
