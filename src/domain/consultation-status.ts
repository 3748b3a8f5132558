export const CONSULTATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "PUBLISHED",
  "OPEN",
  "CLOSED",
  "TALLIED",
  "RECORDED",
  "RESULTS_PUBLISHED",
  "CANCELLED",
] as const;
export type ConsultationStatusName = (typeof CONSULTATION_STATUSES)[number];
