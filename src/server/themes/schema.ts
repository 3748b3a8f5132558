// Inputs of the opinion-theme procedures. Lengths are checked by the domain (translated per field,
// src/domain/themes.ts); zod only bounds what reaches it.
import { z } from "zod";
import { THEME_RESPONSE_KINDS } from "@/domain/themes";
import { text, zId } from "../security/input";

const bounded = text().max(20_000);
const refs = { answerIds: z.array(zId).max(5_000).default([]), suggestionIds: z.array(zId).max(5_000).default([]) };

export const ZListOpinionsInput = z.object({
  consultationId: zId,
  questionId: zId.optional(),
  neighbourhoodId: zId.optional(),
  channel: z.enum(["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"]).optional(),
  theme: zId.optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const ZCreateThemeInput = z.object({ consultationId: zId, title: bounded, ...refs });
export const ZRenameThemeInput = z.object({ themeId: zId, title: bounded });
export const ZDeleteThemeInput = z.object({ themeId: zId });
export const ZAssignOpinionsInput = z.object({ themeId: zId, ...refs });
export const ZUngroupOpinionsInput = z.object({ consultationId: zId, ...refs });
export const ZMergeThemesInput = z.object({ targetId: zId, sourceIds: z.array(zId).max(500) });
export const ZSetThemeResponseInput = z.object({ themeId: zId, kind: z.enum(THEME_RESPONSE_KINDS), text: bounded });
export const ZApproveThemeResponsesInput = z.object({ consultationId: zId, themeIds: z.array(zId).max(500) });
