import { z } from "zod";
import { QUESTION_KINDS } from "@/domain/consultation-plan";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";
import { CHANNELS, MATTERS } from "@/domain/matters";

const text = (max: number) => z.string().max(max).transform((s) => s.normalize("NFC").trim());
const id = z.string().min(1).max(64);
const date = z.coerce.date().nullable().default(null);

export const ZQuestionInput = z.object({
  kind: z.enum(QUESTION_KINDS),
  text: text(1000),
  allowComment: z.boolean().default(true),
  options: z.array(text(300)).max(20).default([]),
});

export const ZRuleInput = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  inclusive: z.boolean(),
});

export const ZConsultationDraftInput = z.object({
  title: text(300),
  summary: text(20_000).default(""),
  matter: z.enum(MATTERS),
  legalBasis: text(2_000).default(""),
  neighbourhoodIds: z.array(id).max(1_000).default([]),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
  questions: z.array(ZQuestionInput).max(50).default([]),
  publishAt: date,
  opensAt: date,
  closesAt: date,
  meetingAt: date,
  rule: ZRuleInput.nullable().default(null),
});
export type TConsultationDraftInput = z.infer<typeof ZConsultationDraftInput>;

export const ZUpdateConsultationInput = ZConsultationDraftInput.extend({ id, version: z.number().int().positive() });
export type TUpdateConsultationInput = z.infer<typeof ZUpdateConsultationInput>;

export const ZTransitionInput = z.object({ id, reason: text(2_000).optional() });

export const ZConsultationFilter = z
  .object({
    status: z.enum(CONSULTATION_STATUSES).optional(),
    matter: z.enum(MATTERS).optional(),
    neighbourhoodId: id.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .default({});
export type TConsultationFilter = z.infer<typeof ZConsultationFilter>;
