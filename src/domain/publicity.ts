// Whether a recorded posting may stay up. A notice that is no longer in force must not stay posted
// (Law on Grassroots Democracy Art 12–13; Decree 61/2023 Art 9; docs/LAW.md#r17): once the
// consultation is cancelled, its opinion period over or the posting's own end passed, it comes down;
// once what the notice says has changed (a new noticeRevision), it is replaced by the current one.
// Results are made public separately (Art 28 k3), so the consultation's notice never stays after
// closing. Pure: the clock comes in as data.
import { isClosedStatus, isInPreparation, type ConsultationStatusName } from "./consultation-status";

export const PUBLICITY_MATERIALS = [
  "NOTICE",
  "NOTICE_LARGE",
  "LOUDSPEAKER_SHORT",
  "LOUDSPEAKER_FULL",
  "MESSAGE",
  "MESSAGE_UNACCENTED",
  "OTHER",
] as const;
export type PublicityMaterialName = (typeof PUBLICITY_MATERIALS)[number];

/** Why a posting must be acted on, in the order they are checked (the first that holds is given). */
export const MUST_ACT_REASONS = ["cancelled", "withdrawn", "closingPassed", "expired", "outdated"] as const;
export type MustActReason = (typeof MUST_ACT_REASONS)[number];

/** Take it down, or put the current notice up in its place. */
export type PostingAction = "takeDown" | "replace";

export type PostingState =
  { state: "current" } | { state: "takenDown" } | { state: "mustAct"; reason: MustActReason; action: PostingAction };

export type PostingFacts = { validUntil: Date | null; noticeRevision: number; takenDownAt: Date | null };
export type ConsultationFacts = {
  status: ConsultationStatusName;
  closesAt: Date | null;
  noticeRevision: number;
};

const takeDown = (reason: MustActReason): PostingState => ({ state: "mustAct", reason, action: "takeDown" });

export function postingState(p: PostingFacts, c: ConsultationFacts, now: Date): PostingState {
  if (p.takenDownAt) return { state: "takenDown" };
  if (c.status === "CANCELLED") return takeDown("cancelled");
  // Approval taken back (back to a draft): what was announced is not in force any more.
  if (isInPreparation(c.status)) return takeDown("withdrawn");
  if (isClosedStatus(c.status) || (c.closesAt !== null && now >= c.closesAt)) return takeDown("closingPassed");
  if (p.validUntil !== null && p.validUntil < now) return takeDown("expired");
  if (p.noticeRevision < c.noticeRevision) return { state: "mustAct", reason: "outdated", action: "replace" };
  return { state: "current" };
}

/** The state's one word, for labels: current, takenDown, or the reason to act. */
export function postingStateKey(s: PostingState): "current" | "takenDown" | MustActReason {
  return s.state === "mustAct" ? s.reason : s.state;
}
