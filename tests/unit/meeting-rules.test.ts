import { describe, expect, test } from "vitest";
import { ballotNoticeOk, checkCount, meetingQuorum, reaches, type CountInput } from "@/domain/meeting-rules";

const TWO_THIRDS = { numerator: 2, denominator: 3, inclusive: true };
const MORE_THAN_HALF = { numerator: 1, denominator: 2, inclusive: false };

describe("Art 21 k1 ratios in integers", () => {
  test.each([
    ["at least 2/3: exactly 2/3 reaches (200 of 300)", TWO_THIRDS, 200, 300, true],
    ["at least 2/3: one short does not (199 of 300)", TWO_THIRDS, 199, 300, false],
    ["at least 2/3: 2 of 3 reaches", TWO_THIRDS, 2, 3, true],
    ["at least 2/3: 67 of 101 falls short (3·67 = 201 < 2·101 = 202)", TWO_THIRDS, 67, 101, false],
    ["at least 2/3: 68 of 101 reaches", TWO_THIRDS, 68, 101, true],
    ["more than 1/2: exactly half does not (50 of 100)", MORE_THAN_HALF, 50, 100, false],
    ["more than 1/2: 51 of 100 reaches", MORE_THAN_HALF, 51, 100, true],
    ["more than 1/2: 51 of 101 reaches (102 > 101)", MORE_THAN_HALF, 51, 101, true],
    ["empty roll: nothing is 'more than half' of nothing", MORE_THAN_HALF, 0, 0, false],
  ] as const)("%s", (_label, rule, count, base, expected) => {
    expect(reaches(rule, count, base)).toBe(expected);
  });
});

describe("meeting quorum and the fallback to household ballots", () => {
  test.each([
    [
      "Decree 61 Art 10: village convention with 101 of 200 present meets the majority",
      "VILLAGE_CONVENTION",
      MORE_THAN_HALF,
      101,
      200,
      { majorityRequired: true, majorityMet: true, fallbackToBallots: false },
    ],
    [
      "Decree 61 Art 10: village convention with exactly 100 of 200 present does not",
      "VILLAGE_CONVENTION",
      MORE_THAN_HALF,
      100,
      200,
      { majorityRequired: true, majorityMet: false, fallbackToBallots: true },
    ],
    [
      "Law Art 19 k1 b: contribution with 150 of 300 present cannot reach 2/3 of all: ballots",
      "PUBLIC_WORKS_CONTRIBUTION",
      TWO_THIRDS,
      150,
      300,
      { majorityRequired: false, fallbackToBallots: true },
    ],
    [
      "Law Art 19 k1 b: contribution with exactly 200 of 300 present can still reach 2/3",
      "PUBLIC_WORKS_CONTRIBUTION",
      TWO_THIRDS,
      200,
      300,
      { fallbackToBallots: false },
    ],
    [
      "Law Art 19 k1 b: other self-management with 51 of 100 present can reach more than half",
      "OTHER_SELF_MANAGEMENT",
      MORE_THAN_HALF,
      51,
      100,
      { fallbackToBallots: false },
    ],
    [
      "Art 25: an opinion matter has no ratio, so never a fallback",
      "ZONING_PLAN",
      null,
      10,
      300,
      { majorityRequired: false, fallbackToBallots: false },
    ],
  ] as const)("%s", (_label, matter, rule, present, roll, expected) => {
    expect(meetingQuorum({ matter, rule, present, roll })).toMatchObject(expected);
  });
});

describe("Decree 59 Art 3 k5 / Form 02 and Art 4 k6 / Form 04: count records must add up", () => {
  const base: CountInput = {
    issued: 120,
    returned: 110,
    valid: 105,
    invalid: 5,
    questions: [{ questionId: "q1", multiple: false, counts: [80, 20, 5] }],
    committee: ["Huỳnh Văn An", "Lê Thị Hà", "Võ Văn Sơn"],
    witnesses: ["Nguyễn Văn Bình", "Trần Thị Cúc"],
  };
  test.each([
    ["a count that adds up", {}, []],
    ["valid + invalid ≠ returned", { invalid: 6 }, ["invalid:validPlusInvalid"]],
    ["more returned than issued", { returned: 121, valid: 116 }, ["returned:returnedOverIssued"]],
    [
      "option counts above the valid ballots",
      { questions: [{ questionId: "q1", multiple: false, counts: [90, 20, 5] }] },
      ["counts.q1:countsOverValid"],
    ],
    ["a negative number", { issued: -1 }, ["issued:negative"]],
    [
      "Decree 59 Art 3 k5: a counting committee of 2 is too small",
      { committee: ["A", "B"] },
      ["committee:committeeSize"],
    ],
    [
      "Decree 59 Art 3 k5: a counting committee of 6 is too large",
      { committee: ["A", "B", "C", "D", "E", "F"] },
      ["committee:committeeSize"],
    ],
    [
      "Decree 59 Art 3 k5, Art 4 k6 a: one witness is not enough",
      { witnesses: ["Nguyễn Văn Bình"] },
      ["witnesses:witnesses"],
    ],
  ] as const)("%s", (_label, overrides, expected) => {
    expect(
      checkCount({ ...base, ...overrides } as CountInput, { issuedRequired: true, roll: 130 }).map(
        (i) => `${i.field}:${i.code}`,
      ),
    ).toEqual(expected);
  });

  test.each([
    ["announced exactly 2 days ahead: allowed", "2026-12-01T08:00:00+07:00", "2026-12-03T08:00:00+07:00", true],
    ["announced 1 day ahead: refused", "2026-12-01T08:00:00+07:00", "2026-12-02T08:00:00+07:00", false],
  ])("Decree 59 Art 4 k4: %s", (_label, announced, delivered, expected) => {
    expect(ballotNoticeOk(new Date(announced), new Date(delivered))).toBe(expected);
  });
});
