// Every status against every status rule: one row per status, so a new status must be placed in
// each rule deliberately, and a rule changed for one status shows here as one changed cell.
import { describe, expect, test } from "vitest";
import {
  acceptsDocuments,
  acceptsPostings,
  awaitsSummaryReport,
  CONSULTATION_STATUSES,
  hasOpened,
  isAnnouncedOrOpen,
  isAwaitingResults,
  isClosedStatus,
  isInPreparation,
  isLiveStatus,
  isPublicStatus,
  LIVE_STATUSES,
  offersPostingForm,
  PUBLIC_STATUSES,
  type ConsultationStatusName,
} from "@/domain/consultation-status";
import { themesWorkable } from "@/domain/themes";

const RULES = {
  isInPreparation,
  isLiveStatus,
  isAnnouncedOrOpen,
  isPublicStatus,
  hasOpened,
  isClosedStatus,
  isAwaitingResults,
  awaitsSummaryReport,
  acceptsPostings,
  offersPostingForm,
  acceptsDocuments,
  themesWorkable,
} as const;
type Rule = keyof typeof RULES;

const yes = (...rules: Rule[]) => new Set<Rule>(rules);

const TABLE: [string, ConsultationStatusName, Set<Rule>][] = [
  [
    "a draft: in preparation, live, takes documents; nothing public",
    "DRAFT",
    yes("isInPreparation", "isLiveStatus", "acceptsDocuments"),
  ],
  [
    "a submission awaiting approval: as a draft",
    "SUBMITTED",
    yes("isInPreparation", "isLiveStatus", "acceptsDocuments"),
  ],
  [
    "published, not yet open: public, announced, postings, documents",
    "PUBLISHED",
    yes(
      "isLiveStatus",
      "isAnnouncedOrOpen",
      "isPublicStatus",
      "acceptsPostings",
      "offersPostingForm",
      "acceptsDocuments",
    ),
  ],
  [
    "open: as published, and opened (a roll)",
    "OPEN",
    yes(
      "isLiveStatus",
      "isAnnouncedOrOpen",
      "isPublicStatus",
      "hasOpened",
      "acceptsPostings",
      "offersPostingForm",
      "acceptsDocuments",
    ),
  ],
  [
    "closed: final counts, awaiting results and the summary report; no more documents",
    "CLOSED",
    yes(
      "isPublicStatus",
      "hasOpened",
      "isClosedStatus",
      "isAwaitingResults",
      "awaitsSummaryReport",
      "acceptsPostings",
      "offersPostingForm",
      "themesWorkable",
    ),
  ],
  [
    "tallied: as closed, but the posting form is no longer offered",
    "TALLIED",
    yes(
      "isPublicStatus",
      "hasOpened",
      "isClosedStatus",
      "isAwaitingResults",
      "awaitsSummaryReport",
      "acceptsPostings",
      "themesWorkable",
    ),
  ],
  [
    "recorded: the summary report is final; results still to publish",
    "RECORDED",
    yes("isPublicStatus", "hasOpened", "isClosedStatus", "isAwaitingResults", "acceptsPostings", "themesWorkable"),
  ],
  [
    "results published: public and closed, themes fixed",
    "RESULTS_PUBLISHED",
    yes("isPublicStatus", "hasOpened", "isClosedStatus", "acceptsPostings"),
  ],
  ["cancelled: nothing at all", "CANCELLED", yes()],
];

describe("what each consultation status allows", () => {
  test("the table has every status once", () => {
    expect(TABLE.map(([, status]) => status).sort()).toEqual([...CONSULTATION_STATUSES].sort());
  });

  const cells = TABLE.flatMap(([label, status, truths]) =>
    (Object.keys(RULES) as Rule[]).map((rule) => [label, status, rule, truths.has(rule)] as const),
  );
  test.each(cells)("%s — %s: %s is %s", (_label, status, rule, expected) => {
    expect(RULES[rule](status)).toBe(expected);
  });

  test("the lists for queries hold exactly the statuses their rule admits", () => {
    expect(PUBLIC_STATUSES).toEqual(CONSULTATION_STATUSES.filter((s) => isPublicStatus(s)));
    expect(LIVE_STATUSES).toEqual(["DRAFT", "SUBMITTED", "PUBLISHED", "OPEN"]);
    expect(PUBLIC_STATUSES).toEqual(["PUBLISHED", "OPEN", "CLOSED", "TALLIED", "RECORDED", "RESULTS_PUBLISHED"]);
  });
});
