import { describe, expect, test } from "vitest";
import {
  compareKeyed,
  keyedKinds,
  reconcileRow,
  sumCounts,
  type BallotCount,
  type ReconInput,
} from "@/domain/reconciliation";

const counted = (issued: number, returned: number, valid: number, invalid: number): BallotCount => ({
  issued,
  returned,
  valid,
  invalid,
});
const NONE: BallotCount = { issued: null, returned: null, valid: null, invalid: null };

// Thôn of 20 households, paper ballots: 18 keyed, of which 1 blank and 1 invalid (16 valid, 2 invalid).
const base: ReconInput = {
  roll: 20,
  responded: 18,
  paperBallots: true,
  keyed: { total: 18, blank: 1, invalid: 1 },
  rounds: [counted(20, 18, 16, 2)],
  secretMeetings: [],
};

describe("a neighbourhood's row: it matches only when the counts exist and agree (Decree 59/2023 Art 4 k6, Form 04)", () => {
  test.each([
    ["all counts recorded and agreeing", {}, "MATCH", [], []],
    [
      "Art 4 k6: paper ballots taken but no round counted yet (no round at all)",
      { rounds: [] },
      "CHECK",
      ["issued", "returned", "valid", "invalid"],
      [],
    ],
    [
      "Art 4 k6: a round whose count is not recorded",
      { rounds: [NONE] },
      "CHECK",
      ["issued", "returned", "valid", "invalid"],
      [],
    ],
    [
      "partly missing: issued recorded, the rest not",
      { rounds: [{ ...NONE, issued: 20 }] },
      "CHECK",
      ["returned", "valid", "invalid"],
      [],
    ],
    [
      "partly missing: one of two rounds not counted (a partial sum is not the neighbourhood's)",
      { rounds: [counted(10, 9, 8, 1), NONE] },
      "CHECK",
      ["issued", "returned", "valid", "invalid"],
      [],
    ],
    [
      "two rounds counted: their sums are compared",
      { rounds: [counted(10, 9, 8, 1), counted(10, 9, 8, 1)] },
      "MATCH",
      [],
      [],
    ],
    [
      "Art 3 k5: a secret-ballot meeting without its count record",
      { secretMeetings: [{ counted: true }, { counted: false }] },
      "CHECK",
      ["secretCount"],
      [],
    ],
    ["Art 3 k5: every secret-ballot meeting counted", { secretMeetings: [{ counted: true }] }, "MATCH", [], []],
    ["more households responded than are on the roll", { responded: 21 }, "CHECK", [], ["respondedOverRoll"]],
    ["more ballots returned than issued", { rounds: [counted(17, 18, 16, 2)] }, "CHECK", [], ["returnedOverIssued"]],
    [
      "keyed valid ballots differ from the counted valid (one still to key)",
      { keyed: { total: 17, blank: 1, invalid: 1 }, responded: 17 },
      "CHECK",
      [],
      ["enteredVsValid"],
    ],
    [
      "keyed invalid ballots differ from the counted invalid (a blank keyed as valid)",
      { keyed: { total: 18, blank: 0, invalid: 1 } },
      "CHECK",
      [],
      ["enteredVsValid", "enteredVsInvalid"],
    ],
    [
      "a blank ballot counts with the invalid ones: 2 blank keyed, 2 invalid counted",
      { keyed: { total: 18, blank: 2, invalid: 0 } },
      "MATCH",
      [],
      [],
    ],
    [
      "counts missing and a mismatch: both said",
      { rounds: [], responded: 21 },
      "CHECK",
      ["issued", "returned", "valid", "invalid"],
      ["respondedOverRoll"],
    ],
    [
      "no paper ballots, no round, nothing keyed, no secret ballot: only the roll to compare",
      { paperBallots: false, rounds: [], keyed: { total: 0, blank: 0, invalid: 0 }, responded: 5 },
      "MATCH",
      [],
      [],
    ],
    [
      "paper no longer a channel but ballots were keyed: the count is still owed",
      { paperBallots: false, rounds: [] },
      "CHECK",
      ["issued", "returned", "valid", "invalid"],
      [],
    ],
  ] as const)("%s", (_label, overrides, verdict, missing, mismatches) => {
    const r = reconcileRow({ ...base, ...(overrides as Partial<ReconInput>) });
    expect(r).toMatchObject({ verdict, missing, mismatches });
  });
});

describe("keyed ballots against the team's count", () => {
  test.each([
    ["agree", { total: 10, blank: 1, invalid: 1 }, { valid: 8, invalid: 2 }, "MATCH", "MATCH"],
    ["valid differs", { total: 9, blank: 1, invalid: 1 }, { valid: 8, invalid: 2 }, "DIFFERS", "MATCH"],
    ["invalid differs", { total: 10, blank: 0, invalid: 1 }, { valid: 8, invalid: 2 }, "DIFFERS", "DIFFERS"],
    [
      "not counted yet",
      { total: 10, blank: 1, invalid: 1 },
      { valid: null, invalid: null },
      "NOT_COUNTED",
      "NOT_COUNTED",
    ],
  ] as const)("%s", (_label, keyed, count, valid, invalid) => {
    const c = compareKeyed(keyed, count);
    expect([c.valid.agreement, c.invalid.agreement]).toEqual([valid, invalid]);
  });

  test("kinds and sums", () => {
    expect(keyedKinds({ total: 10, blank: 2, invalid: 1 })).toEqual({ valid: 7, invalid: 3 });
    expect(sumCounts([])).toEqual(NONE);
    expect(sumCounts([counted(3, 2, 2, 0), counted(4, 4, 3, 1)])).toEqual(counted(7, 6, 5, 1));
  });
});
