// Inputs of the household register's procedures: transport bounds only; the register's own rules
// (length, code, phone, e-mail) are src/domain/households.ts.
import { z } from "zod";
import { CONTACT_CONSENTS } from "@/domain/contacts";
import { text, zId } from "../security/input";

const ZHouseholdFields = z.object({
  headName: text().max(200, "@households.errors.headNameTooLong"),
  address: text().max(400, "@households.errors.addressTooLong"),
  members: z.number("@households.errors.membersInvalid").default(1),
  phone: text().max(30, "@households.errors.phoneTooLong").default(""),
  // Left out, the household keeps its e-mail and consent (src/domain/households.ts).
  email: text().max(300, "@households.errors.emailTooLong").optional(),
  contactConsent: z.enum(CONTACT_CONSENTS, "@households.errors.consentInvalid").optional(),
  neighbourhoodId: zId,
});

export const ZSearchHouseholdsInput = z.object({
  q: text().max(120).optional(), // NUL refused: PostgreSQL cannot compare text holding it
  neighbourhoodId: zId.optional(),
  active: z.boolean().optional(),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const ZGetHouseholdInput = z.object({ id: zId });
export const ZCreateHouseholdInput = ZHouseholdFields.extend({
  code: text().max(40, "@households.errors.codeTooLong"),
});
export const ZUpdateHouseholdInput = ZHouseholdFields.extend({ id: zId });
export const ZSetHouseholdActiveInput = z.object({ id: zId, active: z.boolean(), reason: text().max(500) });
