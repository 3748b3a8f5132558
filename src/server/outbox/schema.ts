// Inputs of the messages procedures.
import { z } from "zod";
import { zId } from "../security/input";

const kind = z.enum(["INVITATION", "REMINDER", "RESULTS"]);

export const ZConsultationRef = z.object({ consultationId: zId });
export const ZListMessagesInput = z.object({
  consultationId: zId,
  kind: kind.optional(),
  status: z.enum(["PENDING", "SENDING", "SENT", "DELIVERED", "FAILED", "LISTED"]).optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export const ZSetReminderInput = z.object({
  consultationId: zId,
  // Within the consultation's period; the database refuses anything else too (CHECK 1–30).
  days: z
    .number("@outbox.errors.daysInvalid")
    .int("@outbox.errors.daysInvalid")
    .min(1, "@outbox.errors.daysInvalid")
    .max(30, "@outbox.errors.daysInvalid")
    .nullable(),
});
export const ZQueueInput = z.object({ consultationId: zId, kind });
export const ZPrintListInput = z.object({ consultationId: zId, kind, neighbourhoodId: zId.optional() });
