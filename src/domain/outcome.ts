// The outcome of a decision matter, from the counts, by the rule stored with the consultation
// (Law on Grassroots Democracy Art 21; Decree 321/2025). Exact integer arithmetic; opinion matters
// (Art 25) are advisory and never get an outcome.
import { reaches, type RatioRule } from "./meeting-rules";

export type Outcome = "ADOPTED" | "NOT_ADOPTED" | "AWAITING_RECOGNITION" | "PENDING";

export type StoredRule = RatioRule & {
  aggregation: "PER_NEIGHBOURHOOD" | "SHARE_OF_NEIGHBOURHOODS" | "WHOLE_AREA";
  unitShare?: RatioRule | null;
  needsRecognition: boolean;
};

export type UnitCount = { id: string; roll: number; agree: number };

export type OutcomeResult = {
  units: { id: string; outcome: Outcome }[];
  overall: Outcome;
  /** SHARE_OF_NEIGHBOURHOODS: how many units adopted, out of how many. */
  adoptedUnits: number;
  totalUnits: number;
};

/**
 * `final`: the consultation is closed, so the counts are final. While it is open every outcome is
 * PENDING: households may still answer (and an online answer may still change).
 * Abstentions, "disagree" and "other" all count as not in favour: only `agree` is compared with
 * ALL households of the roll (Art 21 k1 says "tổng số đại diện hộ gia đình").
 */
export function decideOutcome(
  rule: StoredRule | null,
  units: readonly UnitCount[],
  final: boolean,
): OutcomeResult | null {
  if (!rule) return null;
  const decided = (ok: boolean): Outcome =>
    !final ? "PENDING" : !ok ? "NOT_ADOPTED" : rule.needsRecognition ? "AWAITING_RECOGNITION" : "ADOPTED";
  const unitResults = units.map((u) => ({ id: u.id, ok: u.roll > 0 && reaches(rule, u.agree, u.roll) }));
  const adoptedUnits = unitResults.filter((u) => u.ok).length;
  let overallOk: boolean;
  if (rule.aggregation === "WHOLE_AREA") {
    const roll = units.reduce((s, u) => s + u.roll, 0);
    const agree = units.reduce((s, u) => s + u.agree, 0);
    overallOk = roll > 0 && reaches(rule, agree, roll);
  } else if (rule.aggregation === "SHARE_OF_NEIGHBOURHOODS") {
    overallOk =
      units.length > 0 &&
      reaches(rule.unitShare ?? { numerator: 2, denominator: 3, inclusive: true }, adoptedUnits, units.length);
  } else {
    // Each neighbourhood decides for itself; "overall" is adopted only where every one adopted.
    overallOk = units.length > 0 && adoptedUnits === units.length;
  }
  return {
    units: unitResults.map((u) => ({ id: u.id, outcome: decided(u.ok) })),
    overall: decided(overallOk),
    adoptedUnits,
    totalUnits: units.length,
  };
}

/**
 * What the line for the whole consultation area says. Decided per neighbourhood (Art 21 k1: "trong
 * thôn, tổ dân phố"), each neighbourhood's vote binds only that neighbourhood, so the area has no
 * verdict of its own: the line says how many neighbourhoods adopted, out of how many. A commune-wide
 * contribution (Art 21 k1: two-thirds of the neighbourhoods) and a whole-area vote (Decree
 * 321/2025) are one decision, so they keep one verdict. While open there is no result to count.
 */
export type AreaLine =
  | { kind: "VERDICT"; outcome: Outcome }
  | { kind: "UNITS_ADOPTED"; adopted: number; total: number; awaitingRecognition: boolean };

export function areaLine(rule: StoredRule | null, result: OutcomeResult | null): AreaLine | null {
  if (!rule || !result) return null;
  if (rule.aggregation !== "PER_NEIGHBOURHOOD" || result.overall === "PENDING")
    return { kind: "VERDICT", outcome: result.overall };
  // Art 21 k2: what a neighbourhood adopts under a rule that needs recognition waits for it.
  return {
    kind: "UNITS_ADOPTED",
    adopted: result.adoptedUnits,
    total: result.totalUnits,
    awaitingRecognition: rule.needsRecognition && result.adoptedUnits > 0,
  };
}
