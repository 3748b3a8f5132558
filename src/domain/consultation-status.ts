// What a consultation's status allows: every "which statuses …" question the server and the console
// ask, answered here once, so a page never offers what the server refuses. The order of the life is
// DRAFT → SUBMITTED → PUBLISHED → OPEN → CLOSED → (TALLIED → RECORDED) → RESULTS_PUBLISHED, with
// CANCELLED possible before closing (src/domain/lifecycle.ts).
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

type Status = ConsultationStatusName;

const among = (statuses: readonly Status[]) => (status: Status) => statuses.includes(status);

/** A draft, or a submission waiting for a leader's approval: nothing of it is public yet. */
export const isInPreparation = among(["DRAFT", "SUBMITTED"]);

/**
 * Not yet closed nor cancelled: still being prepared, announced or taking opinions. Its documents
 * can still be added to, its households are given PIN slips, and its neighbourhoods may not be
 * merged under it.
 */
export const isLiveStatus = among(["DRAFT", "SUBMITTED", "PUBLISHED", "OPEN"]);

/** Announced or taking opinions: the public page shows how to take part. */
export const isAnnouncedOrOpen = among(["PUBLISHED", "OPEN"]);

/** Statuses the public may see: drafts, submissions and cancelled ones stay inside the console. */
export const isPublicStatus = among(["PUBLISHED", "OPEN", "CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"]);

/** The same statuses as a list, for queries. */
export const PUBLIC_STATUSES: readonly Status[] = CONSULTATION_STATUSES.filter(isPublicStatus);

/** The live statuses as a list, for queries. */
export const LIVE_STATUSES: readonly Status[] = CONSULTATION_STATUSES.filter(isLiveStatus);

/**
 * Opened at some point and not cancelled: the roll was frozen at opening (docs/LAW.md#r3), and the
 * consultation counts as held in the dashboard and the province summary.
 */
export const hasOpened = among(["OPEN", "CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"]);

/** After the opinion period: the counts are final, records can be drawn up, themes read. */
export const isClosedStatus = among(["CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"]);

/**
 * Closed and the results not yet published (Law Art 28 k3; docs/LAW.md#l10): the themes are worked
 * on, and the province summary counts the days left to publish.
 */
export const isAwaitingResults = among(["CLOSED", "TALLIED", "RECORDED"]);

/** Closed and no summary report finalised yet: finalising one makes the consultation RECORDED. */
export const awaitsSummaryReport = among(["CLOSED", "TALLIED"]);

/**
 * A disclosure posting records how the public was told (docs/LAW.md#r17; LDCCS Art 12, 13), so one
 * is accepted once the consultation is public, late entries included.
 */
export const acceptsPostings = isPublicStatus;

/**
 * The detail page offers the posting form from publication until closing, the time postings are
 * made; later ones are still accepted by the server (acceptsPostings).
 */
export const offersPostingForm = among(["PUBLISHED", "OPEN", "CLOSED"]);

/** Documents are added while the consultation is live; once closed or cancelled its file is fixed. */
export const acceptsDocuments = isLiveStatus;
