// Inputs of the decision-record procedures.
import { z } from "zod";
import { RECORD_KINDS } from "@/domain/records";
import { text, zId } from "../security/input";

const version = z.number().int().min(1).max(1_000_000);

export const ZRecordIdInput = z.object({ id: zId });
export const ZCreateRecordDraftInput = z.object({
  consultationId: zId,
  kind: z.enum(RECORD_KINDS),
  neighbourhoodId: zId.optional(),
  meetingId: zId.optional(),
  amendsId: zId.optional(),
});
export const ZUpdateRecordDraftInput = z.object({
  id: zId,
  version,
  notes: text().max(20_000).optional(),
  recipients: z.array(text().max(2_000)).max(30).optional(),
});
export const ZFinaliseRecordInput = z.object({ id: zId, version });
/** A pasted SHA-256 digest; with a commune (its slug), only that commune's records. */
export const ZVerifyDigestInput = z.object({
  sha256: text().max(200),
  commune: text().trim().min(1).max(80).optional(),
});
/**
 * A copy looked up by what is printed at its foot: commune (slug), year, number and, optionally, the
 * printed code. Strings as typed: verifyNumber words what is wrong with each, field by field.
 */
export const ZVerifyNumberInput = z.object({
  commune: text().trim().min(1).max(80),
  year: text().max(10),
  number: text().max(40),
  code: text().max(100).optional(),
});
