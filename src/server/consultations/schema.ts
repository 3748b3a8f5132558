import { z } from "zod";
import { QUESTION_KINDS } from "@/domain/consultation-plan";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";
import { CHANNELS, MATTERS } from "@/domain/matters";
import { text as plain, zId as id } from "../security/input";

const text = (max: number) =>
  plain()
    .max(max)
    .transform((s) => s.normalize("NFC").trim());
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
  // Where the meeting is held, as the notice prints it (docs/LAW.md#r17); empty: the neighbourhoods' cultural houses.
  meetingPlace: text(300).default(""),
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

/** The procedures that act on one consultation, by id. */
export const ZConsultationGetInput = z.object({ id });
/** The procedures that read one part of a consultation (its roll, meetings, records, themes, tally). */
export const ZConsultationIdInput = z.object({ consultationId: id });

export const ZRollListInput = z.object({
  consultationId: id,
  neighbourhoodId: id.optional(),
  search: plain().max(100).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

/** An amendment of a frozen roll carries its reason (docs/LAW.md#r3). */
export const ZAmendRollInput = z.object({
  consultationId: id,
  householdCode: plain().max(40),
  reason: plain().max(2_000),
});

/**
 * Rescheduling a published or open consultation: the new closing (and opening, while not yet open),
 * the meeting's time and place, and why (src/server/consultations/reschedule.ts).
 */
export const ZRescheduleInput = z.object({
  id,
  opensAt: date,
  closesAt: z.coerce.date(),
  meetingAt: date,
  meetingPlace: text(300).default(""),
  reason: text(2_000),
});
export type TRescheduleInput = z.infer<typeof ZRescheduleInput>;
