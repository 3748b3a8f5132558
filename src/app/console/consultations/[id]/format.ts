// Shared by the detail page and its client panels: sizes in MB. Which panels show for a status is
// decided by src/domain/consultation-status.ts.

/** Megabytes with at most two decimals; anything non-empty shows at least 0.01. */
export function megabytes(bytes: number): number {
  return Math.max(Math.round((bytes / 1024 / 1024) * 100) / 100, bytes > 0 ? 0.01 : 0);
}
