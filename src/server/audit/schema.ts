// Inputs of the audit log's list.
import { z } from "zod";
import { text } from "../security/input";
import { AUDIT_ACTIONS } from "./actions";

export const ZAuditListInput = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    beforeSeq: z.number().int().positive().optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    entityType: text()
      .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/)
      .optional(),
    entityId: text().trim().min(1).max(64).optional(),
    actor: text().trim().min(1).max(100).optional(),
    /** Vietnam-time days, both inclusive. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "@auditLog.errors.range" })
  .default({ limit: 50 });
export type TAuditListInput = z.input<typeof ZAuditListInput>;
