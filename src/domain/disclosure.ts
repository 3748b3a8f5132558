// Disclosure postings (niêm yết, thông báo): where and when a consultation's notice was made public.
// Law on Grassroots Democracy Art 12–13; Decree 61/2023 Art 9 (docs/LAW.md#r17, #r13).
import { DAY_MS } from "./consultation-plan";

export const DISCLOSURE_PLACES = [
  "COMMUNE_OFFICE",
  "CULTURAL_HOUSE",
  "LOUDSPEAKER",
  "PORTAL",
  "SOCIAL_GROUP",
  "HOUSEHOLD_NOTICE",
] as const;
export type DisclosurePlaceName = (typeof DISCLOSURE_PLACES)[number];

/** Loudspeaker announcements run at least 3 consecutive days (Art 13). */
export const MIN_LOUDSPEAKER_DAYS = 3;

export type Posting = {
  place: DisclosurePlaceName;
  neighbourhoodId: string | null;
  postedAt: Date;
  validUntil: Date | null;
};

export type PostingIssue = { field: string; code: string; params?: Record<string, number> };

export function validatePosting(p: Posting, ctx: { publishedAt: Date | null; now: Date }): PostingIssue[] {
  const issues: PostingIssue[] = [];
  if (p.postedAt > ctx.now) issues.push({ field: "postedAt", code: "postedInFuture" });
  if (ctx.publishedAt && p.postedAt < new Date(ctx.publishedAt.getTime() - DAY_MS)) {
    issues.push({ field: "postedAt", code: "postedBeforePublication" });
  }
  if (p.validUntil && p.validUntil <= p.postedAt) issues.push({ field: "validUntil", code: "validBeforePosted" });
  if (p.place === "CULTURAL_HOUSE" && !p.neighbourhoodId)
    issues.push({ field: "neighbourhoodId", code: "neighbourhoodRequired" });
  if (p.place === "LOUDSPEAKER") {
    const days = p.validUntil ? (p.validUntil.getTime() - p.postedAt.getTime()) / DAY_MS : 0;
    if (days < MIN_LOUDSPEAKER_DAYS)
      issues.push({ field: "validUntil", code: "loudspeakerDays", params: { days: MIN_LOUDSPEAKER_DAYS } });
  }
  return issues;
}

/** A posting past its end is shown as expired, never as current. */
export function isPostingExpired(p: { validUntil: Date | null }, now: Date): boolean {
  return p.validUntil !== null && p.validUntil < now;
}
