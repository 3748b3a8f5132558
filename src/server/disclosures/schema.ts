// Inputs of the public-posting procedures (niêm yết).
import { z } from "zod";
import { DISCLOSURE_PLACES } from "@/domain/disclosure";
import { text, zId } from "../security/input";

export const ZAddPostingInput = z.object({
  consultationId: zId,
  place: z.enum(DISCLOSURE_PLACES),
  neighbourhoodId: zId.nullable().default(null),
  postedAt: z.coerce.date(),
  validUntil: z.coerce.date().nullable().default(null),
  note: text().max(1_000).default(""),
  photoDocumentId: zId.nullable().default(null),
});

export const ZRemovePostingInput = z.object({ id: zId, reason: text().max(2_000) });
