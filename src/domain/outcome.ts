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
export function decideOutcome(rule: StoredRule | null, units: readonly UnitCount[], final: boolean): OutcomeResult | null {
  if (!rule) return null;
  const decided = (ok: boolean): Outcome => (!final ? "PENDING" : !ok ? "NOT_ADOPTED" : rule.needsRecognition ? "AWAITING_RECOGNITION" : "ADOPTED");
  const unitResults = units.map((u) => ({ id: u.id, ok: u.roll > 0 && reaches(rule, u.agree, u.roll) }));
  const adoptedUnits = unitResults.filter((u) => u.ok).length;
  let overallOk: boolean;
  if (rule.aggregation === "WHOLE_AREA") {
    const roll = units.reduce((s, u) => s + u.roll, 0);
    const agree = units.reduce((s, u) => s + u.agree, 0);
    overallOk = roll > 0 && reaches(rule, agree, roll);
  } else if (rule.aggregation === "SHARE_OF_NEIGHBOURHOODS") {
    overallOk = units.length > 0 && reaches(rule.unitShare ?? { numerator: 2, denominator: 3, inclusive: true }, adoptedUnits, units.length);
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
