// Inputs of the response procedures: a household's own online answers, and what staff enter from
// paper ballots, meetings and written opinions.
import { z } from "zod";
import { text, zId } from "../security/input";

/** One question's answer, online or entered by staff; src/domain/answers.ts checks it against the question. */
export const ZAnswer = z.object({
  questionId: zId,
  optionIds: z.array(zId).max(50).default([]),
  text: text().max(4_000).default(""),
  comment: text().max(4_000).default(""),
});

export const ZSubmitOnlineInput = z.object({ consultationId: zId, answers: z.array(ZAnswer).max(100) });

export const ZLookupHouseholdInput = z.object({ consultationId: zId, householdCode: text().max(40) });

export const ZRecordStaffResponseInput = z.object({
  consultationId: zId,
  householdCode: text().max(40),
  channel: z.enum(["PAPER_BALLOT", "MEETING", "WRITTEN"]),
  answers: z.array(ZAnswer).max(100),
  meetingId: zId.nullable().default(null),
  ballotRoundId: zId.nullable().default(null),
  mark: z.enum(["BLANK", "INVALID"]).nullable().default(null),
});

export const ZVoidResponseInput = z.object({ responseId: zId, reason: text().max(2_000) });

export const ZEntryCountsInput = z.object({ consultationId: zId, neighbourhoodId: zId.optional() });

export const ZRecentEntriesInput = z.object({
  consultationId: zId,
  limit: z.number().int().min(1).max(100).default(20),
});
