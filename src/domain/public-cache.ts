// The names under which the public pages' data is cached (Next.js cache tags), and the clock's part
// in their keys. Pure, so the scoping is tested without Next.js.
//
// Every cached entry carries PUBLIC_ALL; the communes list carries PUBLIC_LIST; everything of one
// commune carries its commune tag, so invalidating one commune never touches another's pages.

export const PUBLIC_ALL = "public";
export const PUBLIC_LIST = "public:list";

/** Everything cached for one commune's public pages (its home, its consultations, their results). */
export function communeTag(communeId: string): string {
  return `public:c:${communeId}`;
}

/** One consultation's public page and results page. */
export function consultationTag(communeId: string, consultationId: string): string {
  return `public:c:${communeId}:k:${consultationId}`;
}

/**
 * What to invalidate after a change: a commune's pages and the communes list (its counts of open
 * consultations), or — with no commune (a province-level change: a commune set up or renamed) —
 * everything. A consultation named narrows the commune's part to that consultation and the
 * commune's home, which lists it.
 */
export function tagsToInvalidate(communeId: string | null, consultationId?: string): string[] {
  if (communeId === null) return [PUBLIC_ALL];
  if (consultationId) return [PUBLIC_LIST, homeTag(communeId), consultationTag(communeId, consultationId)];
  return [PUBLIC_LIST, communeTag(communeId)];
}

/** A commune's home (its list of consultations). */
export function homeTag(communeId: string): string {
  return `public:c:${communeId}:home`;
}

/**
 * The part of a cached entry's key that the clock moves: the latest scheduled moment (publication,
 * opening, closing, end of a posting) at or before `now`, or 0 before the first. What a public page
 * shows changes by the clock only at such moments (src/domain/lifecycle.ts dueTransition opens at
 * opensAt ≤ now), so an entry computed in one interval is never served in the next: the key changes
 * at the moment itself, with no write. `moments` are ascending milliseconds.
 */
export function clockEpoch(moments: readonly number[], now: number): number {
  let lo = 0;
  let hi = moments.length;
  // The number of moments ≤ now (binary search: a province lists thousands).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (moments[mid] <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : moments[lo - 1];
}
