import { describe, expect, test } from "vitest";
import { communeWideRule, MATTER_PRESETS, MATTERS } from "@/domain/matters";

describe("matter presets carry the law's outcome rules as data", () => {
  test.each([
    [
      "Art 21 k1: contributions need at least two-thirds of all households",
      "PUBLIC_WORKS_CONTRIBUTION",
      { numerator: 2, denominator: 3, inclusive: true },
    ],
    [
      "Art 21 k1: fund management needs at least two-thirds",
      "FUND_MANAGEMENT",
      { numerator: 2, denominator: 3, inclusive: true },
    ],
    [
      "Art 21 k1: village convention needs more than half",
      "VILLAGE_CONVENTION",
      { numerator: 1, denominator: 2, inclusive: false },
    ],
    [
      "Art 21 k1: other self-management needs more than half",
      "OTHER_SELF_MANAGEMENT",
      { numerator: 1, denominator: 2, inclusive: false },
    ],
    [
      "Decree 321/2025: administrative-unit change needs at least half of the commune",
      "ADMINISTRATIVE_UNIT_CHANGE",
      { numerator: 1, denominator: 2, inclusive: true },
    ],
  ] as const)("%s", (_label, matter, expected) => {
    expect(MATTER_PRESETS[matter].mode).toBe("DECISION");
    expect(MATTER_PRESETS[matter].rule).toMatchObject(expected);
  });

  test("opinion matters are advisory: no pass/fail rule", () => {
    for (const m of MATTERS.filter((m) => MATTER_PRESETS[m].mode === "OPINION"))
      expect(MATTER_PRESETS[m].rule, m).toBeNull();
  });

  test("Art 28: opinion matters run at least 20 days from publication", () => {
    for (const m of MATTERS.filter((m) => MATTER_PRESETS[m].mode === "OPINION")) {
      expect(MATTER_PRESETS[m].minOpenDaysFromPublication, m).toBeGreaterThanOrEqual(20);
    }
  });

  test("Art 17 / Decree 59 Art 5: online only for 'other self-management' among decision matters", () => {
    const decisionsWithOnline = MATTERS.filter(
      (m) =>
        MATTER_PRESETS[m].mode === "DECISION" &&
        MATTER_PRESETS[m].channels.includes("ONLINE") &&
        m !== "ADMINISTRATIVE_UNIT_CHANGE",
    );
    expect(decisionsWithOnline).toEqual(["OTHER_SELF_MANAGEMENT"]);
  });

  test("Art 21 k1: a commune-wide contribution needs two-thirds of the neighbourhoods", () => {
    expect(communeWideRule("PUBLIC_WORKS_CONTRIBUTION")).toMatchObject({
      aggregation: "SHARE_OF_NEIGHBOURHOODS",
      unitShare: { numerator: 2, denominator: 3, inclusive: true },
    });
    expect(communeWideRule("VILLAGE_CONVENTION")?.aggregation).toBe("PER_NEIGHBOURHOOD");
  });
});
