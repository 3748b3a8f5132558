// Opinion themes (nhóm ý kiến) and their responses: tiếp thu, giải trình, chuyển cơ quan có thẩm quyền.
// Every opinion received must end in a theme whose response a leader approved before the results
// are published (docs/LAW.md#r16; Law 10/2022 Art 26 k2, Art 28 k3). Pure rules, no I/O.
import { isAwaitingResults, type ConsultationStatusName } from "./consultation-status";

export const THEME_RESPONSE_KINDS = ["TAKEN_UP", "EXPLAINED", "FORWARDED"] as const;
export type ThemeResponseKindName = (typeof THEME_RESPONSE_KINDS)[number];

export const MAX_THEME_TITLE = 200;
export const MAX_THEME_RESPONSE = 4_000;

/**
 * Themes are worked on once the opinion period is over (answers can no longer change or be voided)
 * and until the results are out: published results never change underneath the reader.
 */
export function themesWorkable(status: ConsultationStatusName): boolean {
  return isAwaitingResults(status);
}

export type ThemeIssue = "titleRequired" | "titleTooLong" | "responseRequired" | "responseTooLong";

export function checkThemeTitle(raw: string): { title: string; issue: ThemeIssue | null } {
  const title = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!title) return { title, issue: "titleRequired" };
  if (title.length > MAX_THEME_TITLE) return { title, issue: "titleTooLong" };
  return { title, issue: null };
}

/** A response needs words whatever its kind: what was taken up, why not, or which body it went to. */
export function checkThemeResponse(raw: string): { text: string; issue: ThemeIssue | null } {
  const text = raw.normalize("NFC").trim();
  if (!text) return { text, issue: "responseRequired" };
  if (text.length > MAX_THEME_RESPONSE) return { text, issue: "responseTooLong" };
  return { text, issue: null };
}

export type MergeVerdict = { ok: true } | { ok: false; reason: "noSources" | "intoItself" | "alreadyMerged" };

/** Merging folds source themes into a target; a merged theme is kept (for the audit) but never shown. */
export function checkMerge(input: {
  targetId: string;
  sourceIds: readonly string[];
  merged: ReadonlySet<string>;
}): MergeVerdict {
  if (input.sourceIds.length === 0) return { ok: false, reason: "noSources" };
  if (input.sourceIds.includes(input.targetId)) return { ok: false, reason: "intoItself" };
  if (input.merged.has(input.targetId) || input.sourceIds.some((id) => input.merged.has(id)))
    return { ok: false, reason: "alreadyMerged" };
  return { ok: true };
}

export type ThemeState = {
  responseKind: ThemeResponseKindName | null;
  responseText: string | null;
  approvedAt: Date | null;
  opinions: number;
};

export type Readiness = {
  ready: boolean;
  /** Opinions not in any theme. */
  ungrouped: number;
  /** Themes with no response yet. */
  unanswered: number;
  /** Themes answered but not approved by a leader. */
  unapproved: number;
};

/**
 * Results may be published when every opinion is in a theme and every theme's response is approved.
 * A consultation with no opinions at all is ready at once: there is nothing to answer.
 */
export function publicationReadiness(input: { ungrouped: number; themes: readonly ThemeState[] }): Readiness {
  let unanswered = 0;
  let unapproved = 0;
  for (const t of input.themes) {
    if (!t.responseKind || !t.responseText?.trim()) unanswered++;
    else if (!t.approvedAt) unapproved++;
  }
  return {
    ready: input.ungrouped === 0 && unanswered === 0 && unapproved === 0,
    ungrouped: input.ungrouped,
    unanswered,
    unapproved,
  };
}
