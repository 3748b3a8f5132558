// Every audit action the system writes. Features add theirs here; data shapes travel with them.
export const AUDIT_ACTIONS = [
  "commune.seeded",
  "staff.created",
  "staff.passwordChanged",
  "household.pinIssued",
  "consultation.created",
  "consultation.updated",
  "consultation.statusChanged",
  "roll.frozen",
  "roll.amended",
  "document.added",
  "document.removed",
  "disclosure.added",
  "disclosure.removed",
  "response.submitted",
  "response.revised",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
