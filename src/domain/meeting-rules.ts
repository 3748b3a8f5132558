// Meetings and household ballot rounds: quorum, the fallback to household ballots, and the checks a
// count record must pass. Pure; all comparisons exact integer arithmetic.
// Sources: Law on Grassroots Democracy Art 19, 21; Decree 59/2023 Art 3 k5, Art 4; Decree 61/2023 Art 10
// (docs/LAW.md#r5 quorum and fallback, #l6 ballot team, #l7 count record).
import type { OutcomeRule } from "./matters";

export type RatioRule = Pick<OutcomeRule, "numerator" | "denominator" | "inclusive">;

/** Does `count` out of `base` reach the rule? "at least 2/3": 3·count ≥ 2·base; "more than 1/2": 2·count > 1·base. */
export function reaches(rule: RatioRule, count: number, base: number): boolean {
  const left = count * rule.denominator;
  const right = rule.numerator * base;
  return rule.inclusive ? left >= right : left > right;
}

export type QuorumVerdict = {
  present: number;
  roll: number;
  /** Decree 61 Art 10: a village-convention meeting needs more than half of all households present. */
  majorityRequired: boolean;
  majorityMet: boolean;
  /**
   * Law Art 19 k1 b: when so few households attend that even if all of them agreed the Art 21 ratio of
   * ALL households could not be reached, the decision goes to household ballots for the absent ones.
   */
  fallbackToBallots: boolean;
};

export function meetingQuorum(input: {
  present: number;
  roll: number;
  rule: RatioRule | null;
  matter: string;
}): QuorumVerdict {
  const majorityRequired = input.matter === "VILLAGE_CONVENTION";
  const majorityMet = reaches({ numerator: 1, denominator: 2, inclusive: false }, input.present, input.roll);
  const fallbackToBallots = input.rule !== null && !reaches(input.rule, input.present, input.roll);
  return { present: input.present, roll: input.roll, majorityRequired, majorityMet, fallbackToBallots };
}

export type CountInput = {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  /** Per question: the count of each option (a single-choice question's counts add up to at most `valid`). */
  questions: { questionId: string; multiple: boolean; counts: number[] }[];
  committee: string[];
  witnesses: string[];
};

export type CountIssue = {
  field: string;
  code:
    | "negative"
    | "returnedOverIssued"
    | "issuedOverPresent"
    | "issuedOverRoll"
    | "validPlusInvalid"
    | "countsOverValid"
    | "committeeSize"
    | "witnesses";
};

/**
 * A count record that does not add up is refused whole: a meeting's secret ballot (Decree 59 Art 3 k5,
 * Form 02: a Ban kiểm phiếu of 3–5, 2 witnesses) or a household-ballot round (Art 4 k6, Form 04).
 */
export function checkCount(c: CountInput, opts: { issuedRequired: boolean; roll: number }): CountIssue[] {
  const issues: CountIssue[] = [];
  const numbers: [string, number][] = [
    ["issued", c.issued],
    ["returned", c.returned],
    ["valid", c.valid],
    ["invalid", c.invalid],
  ];
  for (const [field, n] of numbers) if (!Number.isInteger(n) || n < 0) issues.push({ field, code: "negative" });
  if (issues.length) return issues;
  if (opts.issuedRequired && c.returned > c.issued) issues.push({ field: "returned", code: "returnedOverIssued" });
  if (c.valid + c.invalid !== c.returned) issues.push({ field: "invalid", code: "validPlusInvalid" });
  for (const q of c.questions) {
    if (q.counts.some((n) => !Number.isInteger(n) || n < 0))
      issues.push({ field: `counts.${q.questionId}`, code: "negative" });
    else if (!q.multiple && q.counts.reduce((a, b) => a + b, 0) > c.valid)
      issues.push({ field: `counts.${q.questionId}`, code: "countsOverValid" });
    else if (q.multiple && q.counts.some((n) => n > c.valid))
      issues.push({ field: `counts.${q.questionId}`, code: "countsOverValid" });
  }
  const committee = c.committee.map((s) => s.trim()).filter(Boolean);
  if (committee.length < 3 || committee.length > 5) issues.push({ field: "committee", code: "committeeSize" });
  if (c.witnesses.map((s) => s.trim()).filter(Boolean).length < 2)
    issues.push({ field: "witnesses", code: "witnesses" });
  return issues;
}

/** Decree 59 Art 4 k4: a household ballot is announced at least 2 days before ballots go out. */
export const MIN_BALLOT_NOTICE_DAYS = 2;

export function ballotNoticeOk(announcedAt: Date, deliveredFrom: Date): boolean {
  return deliveredFrom.getTime() - announcedAt.getTime() >= MIN_BALLOT_NOTICE_DAYS * 86_400_000;
}
