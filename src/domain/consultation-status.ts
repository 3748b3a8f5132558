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

/** After the opinion period: the counts are final, records can be drawn up, themes read. */
export const CLOSED_STATUSES: readonly ConsultationStatusName[] = ["CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"];

export function isClosedStatus(status: string): boolean {
  return (CLOSED_STATUSES as readonly string[]).includes(status);
}
