import { describe, expect, test } from "vitest";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";
import {
  checkMerge,
  checkThemeResponse,
  checkThemeTitle,
  MAX_THEME_RESPONSE,
  MAX_THEME_TITLE,
  publicationReadiness,
  themesWorkable,
  type ThemeState,
} from "@/domain/themes";

const answered = (approved: boolean): ThemeState => ({
  responseKind: "TAKEN_UP",
  responseText: "Đã bổ sung đèn chiếu sáng.",
  approvedAt: approved ? new Date() : null,
  opinions: 3,
});
const blank: ThemeState = { responseKind: null, responseText: null, approvedAt: null, opinions: 2 };

describe("publishing results needs every opinion answered and approved (docs/LAW.md#r16; Law 10/2022 Art 26 k2, Art 28 k3)", () => {
  test.each([
    ["no opinions at all → ready", 0, [], { ready: true, ungrouped: 0, unanswered: 0, unapproved: 0 }],
    [
      "every theme approved, nothing ungrouped → ready",
      0,
      [answered(true), answered(true)],
      { ready: true, ungrouped: 0, unanswered: 0, unapproved: 0 },
    ],
    [
      "one opinion not in a theme → not ready",
      1,
      [answered(true)],
      { ready: false, ungrouped: 1, unanswered: 0, unapproved: 0 },
    ],
    [
      "a theme without a response → not ready",
      0,
      [answered(true), blank],
      { ready: false, ungrouped: 0, unanswered: 1, unapproved: 0 },
    ],
    [
      "a response not yet approved by a leader → not ready",
      0,
      [answered(false)],
      { ready: false, ungrouped: 0, unanswered: 0, unapproved: 1 },
    ],
    [
      "a kind chosen but no words → counts as unanswered",
      0,
      [{ responseKind: "EXPLAINED", responseText: "  ", approvedAt: null, opinions: 1 } satisfies ThemeState],
      { ready: false, ungrouped: 0, unanswered: 1, unapproved: 0 },
    ],
    [
      "everything missing at once is counted separately",
      4,
      [blank, answered(false), answered(true)],
      { ready: false, ungrouped: 4, unanswered: 1, unapproved: 1 },
    ],
  ] as const)("%s", (_label, ungrouped, themes, expected) => {
    expect(publicationReadiness({ ungrouped, themes })).toEqual(expected);
  });
});

describe("themes are worked on between closing and publishing the results", () => {
  const workable = new Set(["CLOSED", "TALLIED", "RECORDED"]);
  test.each(CONSULTATION_STATUSES.map((s) => [s, workable.has(s)] as const))("%s → %s", (status, expected) => {
    expect(themesWorkable(status)).toBe(expected);
  });
});

describe("theme titles and responses", () => {
  test.each([
    ["spaces are collapsed and trimmed", "  Đèn   chiếu sáng ", { title: "Đèn chiếu sáng", issue: null }],
    ["decomposed diacritics are stored composed (NFC)", "Chơ\u0301 Chu\u0300a", { title: "Chớ Chùa", issue: null }],
    ["empty", "   ", { title: "", issue: "titleRequired" }],
    ["too long", "a".repeat(MAX_THEME_TITLE + 1), { title: "a".repeat(MAX_THEME_TITLE + 1), issue: "titleTooLong" }],
  ] as const)("title: %s", (_label, raw, expected) => {
    expect(checkThemeTitle(raw)).toEqual(expected);
  });

  test.each([
    ["kept with its line breaks", " Tiếp thu.\nSẽ bổ sung. ", { text: "Tiếp thu.\nSẽ bổ sung.", issue: null }],
    ["empty", "\n ", { text: "", issue: "responseRequired" }],
    [
      "too long",
      "b".repeat(MAX_THEME_RESPONSE + 1),
      { text: "b".repeat(MAX_THEME_RESPONSE + 1), issue: "responseTooLong" },
    ],
  ] as const)("response: %s", (_label, raw, expected) => {
    expect(checkThemeResponse(raw)).toEqual(expected);
  });
});

describe("merging themes", () => {
  const none = new Set<string>();
  test.each([
    ["two sources into a target", { targetId: "t", sourceIds: ["a", "b"], merged: none }, { ok: true }],
    ["no source chosen", { targetId: "t", sourceIds: [], merged: none }, { ok: false, reason: "noSources" }],
    [
      "a theme into itself",
      { targetId: "t", sourceIds: ["a", "t"], merged: none },
      { ok: false, reason: "intoItself" },
    ],
    [
      "a source that was merged already",
      { targetId: "t", sourceIds: ["a"], merged: new Set(["a"]) },
      { ok: false, reason: "alreadyMerged" },
    ],
    [
      "into a target that was merged already",
      { targetId: "t", sourceIds: ["a"], merged: new Set(["t"]) },
      { ok: false, reason: "alreadyMerged" },
    ],
  ] as const)("%s", (_label, input, expected) => {
    expect(checkMerge(input)).toEqual(expected);
  });
});
