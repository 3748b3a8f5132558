import { describe, expect, test } from "vitest";
import { areaLine, decideOutcome, type StoredRule } from "@/domain/outcome";

const contribution: StoredRule = {
  numerator: 2,
  denominator: 3,
  inclusive: true,
  aggregation: "PER_NEIGHBOURHOOD",
  needsRecognition: false,
};
const selfManagement: StoredRule = {
  numerator: 1,
  denominator: 2,
  inclusive: false,
  aggregation: "PER_NEIGHBOURHOOD",
  needsRecognition: false,
};
const convention: StoredRule = { ...selfManagement, needsRecognition: true };
const unitChange: StoredRule = {
  numerator: 1,
  denominator: 2,
  inclusive: true,
  aggregation: "WHOLE_AREA",
  needsRecognition: false,
};
const communeWide: StoredRule = {
  ...contribution,
  aggregation: "SHARE_OF_NEIGHBOURHOODS",
  unitShare: { numerator: 2, denominator: 3, inclusive: true },
};
const unit = (id: string, roll: number, agree: number) => ({ id, roll, agree });

describe("outcomes of decision matters", () => {
  test.each([
    [
      "Art 21 k1: contribution with exactly two-thirds of all households → adopted",
      contribution,
      [unit("a", 300, 200)],
      "ADOPTED",
    ],
    [
      "Art 21 k1: contribution one household short of two-thirds → not adopted",
      contribution,
      [unit("a", 300, 199)],
      "NOT_ADOPTED",
    ],
    [
      "Art 21 k1: other self-management with exactly half → not adopted (more than half needed)",
      selfManagement,
      [unit("a", 200, 100)],
      "NOT_ADOPTED",
    ],
    ["Art 21 k1: other self-management with half + 1 → adopted", selfManagement, [unit("a", 200, 101)], "ADOPTED"],
    [
      "Decree 321/2025: administrative-unit change with exactly half of the commune → adopted",
      unitChange,
      [unit("a", 100, 60), unit("b", 100, 40)],
      "ADOPTED",
    ],
    [
      "Decree 321/2025: administrative-unit change one short of half → not adopted",
      unitChange,
      [unit("a", 100, 60), unit("b", 100, 39)],
      "NOT_ADOPTED",
    ],
    ["an empty roll adopts nothing", contribution, [unit("a", 0, 0)], "NOT_ADOPTED"],
    [
      "Art 21 k1: abstentions and 'other' count as not in favour (only agree counts, against ALL households)",
      contribution,
      [unit("a", 300, 150)],
      "NOT_ADOPTED",
    ],
    [
      "Art 21 k2: an adopted village convention waits for the commune's recognition",
      convention,
      [unit("a", 100, 51)],
      "AWAITING_RECOGNITION",
    ],
    [
      "Art 21 k1: commune-wide contribution with 6 of 9 neighbourhoods adopting → adopted",
      communeWide,
      [
        ...Array.from({ length: 6 }, (_, i) => unit(`y${i}`, 30, 20)),
        ...Array.from({ length: 3 }, (_, i) => unit(`n${i}`, 30, 10)),
      ],
      "ADOPTED",
    ],
    [
      "Art 21 k1: commune-wide contribution with 5 of 9 neighbourhoods adopting → not adopted",
      communeWide,
      [
        ...Array.from({ length: 5 }, (_, i) => unit(`y${i}`, 30, 20)),
        ...Array.from({ length: 4 }, (_, i) => unit(`n${i}`, 30, 10)),
      ],
      "NOT_ADOPTED",
    ],
  ] as const)("%s", (_label, rule, units, expected) => {
    expect(decideOutcome(rule, units, true)?.overall).toBe(expected);
  });

  test("Art 21 k1: one neighbourhood adopts, another does not — each decides for itself", () => {
    const result = decideOutcome(contribution, [unit("east", 30, 20), unit("west", 30, 19)], true)!;
    expect(result.units).toEqual([
      { id: "east", outcome: "ADOPTED" },
      { id: "west", outcome: "NOT_ADOPTED" },
    ]);
    expect(result.adoptedUnits).toBe(1);
  });

  test("while the consultation is open every outcome is pending", () => {
    const result = decideOutcome(contribution, [unit("a", 30, 30)], false)!;
    expect(result.overall).toBe("PENDING");
    expect(result.units[0].outcome).toBe("PENDING");
  });

  test("Art 25: advisory matters never produce adopted or not adopted", () => {
    expect(decideOutcome(null, [unit("a", 30, 30)], true)).toBeNull();
  });
});

describe("what the line for the whole area says", () => {
  const east = unit("east", 15, 11);
  const west = unit("west", 5, 2);
  const north = unit("north", 9, 6);
  test.each([
    [
      "Art 21 k1: contribution, two of three neighbourhoods adopt → how many adopted, no verdict for the area",
      contribution,
      [east, west, north],
      true,
      { kind: "UNITS_ADOPTED", adopted: 2, total: 3, awaitingRecognition: false },
    ],
    [
      "Art 21 k1: contribution, every neighbourhood adopts → still a count, each decided for itself",
      contribution,
      [east, north],
      true,
      { kind: "UNITS_ADOPTED", adopted: 2, total: 2, awaitingRecognition: false },
    ],
    [
      "Art 21 k1: contribution, none adopts → 0 of 2",
      contribution,
      [west, unit("south", 6, 3)],
      true,
      { kind: "UNITS_ADOPTED", adopted: 0, total: 2, awaitingRecognition: false },
    ],
    [
      "Art 21 k1: one neighbourhood only → 1 of 1",
      contribution,
      [east],
      true,
      { kind: "UNITS_ADOPTED", adopted: 1, total: 1, awaitingRecognition: false },
    ],
    [
      "Art 21 k2: village convention adopted in one of two → awaits recognition",
      convention,
      [unit("a", 10, 6), unit("b", 10, 5)],
      true,
      { kind: "UNITS_ADOPTED", adopted: 1, total: 2, awaitingRecognition: true },
    ],
    [
      "Art 21 k2: village convention adopted nowhere → nothing awaits recognition",
      convention,
      [unit("a", 10, 5)],
      true,
      { kind: "UNITS_ADOPTED", adopted: 0, total: 1, awaitingRecognition: false },
    ],
    [
      "while open: pending, not a count of neighbourhoods",
      contribution,
      [east, west],
      false,
      { kind: "VERDICT", outcome: "PENDING" },
    ],
    [
      "Art 21 k1: commune-wide contribution, two of three neighbourhoods (two-thirds) → one verdict: adopted",
      communeWide,
      [east, west, north],
      true,
      { kind: "VERDICT", outcome: "ADOPTED" },
    ],
    [
      "Art 21 k1: commune-wide contribution, one of three → one verdict: not adopted",
      communeWide,
      [east, west, unit("south", 6, 3)],
      true,
      { kind: "VERDICT", outcome: "NOT_ADOPTED" },
    ],
    [
      "Decree 321/2025: administrative-unit change → one verdict for the whole area",
      unitChange,
      [unit("a", 100, 60), unit("b", 100, 40)],
      true,
      { kind: "VERDICT", outcome: "ADOPTED" },
    ],
  ] as const)("%s", (_label, rule, units, final, expected) => {
    expect(areaLine(rule, decideOutcome(rule, units, final))).toEqual(expected);
  });

  test("Art 25: advisory matters have no area line", () => {
    expect(areaLine(null, null)).toBeNull();
  });
});
