// Shared by the detail page and its client panels: sizes in MB and the statuses that decide which
// panels show.

/** Megabytes with at most two decimals; anything non-empty shows at least 0.01. */
export function megabytes(bytes: number): number {
  return Math.max(Math.round((bytes / 1024 / 1024) * 100) / 100, bytes > 0 ? 0.01 : 0);
}

/** Statuses after which the roll exists (frozen at opening). */
export const ROLL_STATUSES = ["OPEN", "CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"];
/** Statuses in which postings are recorded on this page. */
export const POSTING_STATUSES = ["PUBLISHED", "OPEN", "CLOSED"];
/** Statuses that no longer take documents (src/server/documents/mutations.ts). */
export const DOCUMENTS_CLOSED = ["CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED", "CANCELLED"];
