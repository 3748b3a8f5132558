// Shared by the server page and its client panels: dates as dd/MM/yyyy HH:mm in the time zone
// next-intl is configured with (Vietnam time), sizes in MB.

import type { useFormatter } from "next-intl";

type DateFormatter = Pick<ReturnType<typeof useFormatter>, "dateTime">;

export function dateParts(format: DateFormatter, d: Date) {
  return {
    date: format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }),
    time: format.dateTime(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  };
}

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
