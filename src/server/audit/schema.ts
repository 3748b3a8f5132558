// Inputs of the audit log's list, and of its export (the same filter, read from a query string).
import { z } from "zod";
import { text, zId } from "../security/input";
import { AUDIT_ACTIONS } from "./actions";

const filterShape = {
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityType: text()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/)
    .optional(),
  entityId: text().trim().min(1).max(64).optional(),
  actor: text().trim().min(1).max(100).optional(),
  /** Vietnam-time days, both inclusive. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  consultationId: zId.optional(),
};
const inOrder = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const RANGE = { path: ["to"], message: "@auditLog.errors.range" };

export const ZAuditListInput = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    beforeSeq: z.number().int().positive().optional(),
    ...filterShape,
  })
  .refine(inOrder, RANGE)
  .default({ limit: 50 });
export type TAuditListInput = z.input<typeof ZAuditListInput>;

/** The most events one export holds: more than a commune's busiest consultation writes; past it the file says to narrow the filter. */
export const AUDIT_EXPORT_MAX = 10_000;

/** The export's query: the page's filter fields, nothing else (an unknown one is a mistake, not a filter). */
export const ZAuditExportQuery = z.strictObject(filterShape).refine(inOrder, RANGE);
export type TAuditExportQuery = z.output<typeof ZAuditExportQuery>;

/** The filter's consultations; `include`: the one the filter names, listed even when it is old. */
export const ZAuditConsultationsInput = z.object({ include: zId.optional() });
