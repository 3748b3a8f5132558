// A neighbourhood's figures side by side: the roll, the households' voices as keyed, and the ballots
// the counting teams counted. A row agrees only when every count it needs has been recorded and
// agrees; a count not yet recorded makes the row one to check, never one that matches. Pure.
// Sources: Law Art 19 k3 (one ballot per household, counted fully); Decree 59/2023 Art 4 k6 (the
// ballot team's count, Form 04: issued, returned, valid, invalid) and Art 3 k5 (a secret-ballot
// meeting's counting committee and its record). docs/LAW.md#l7, #l9.

export type BallotCount = {
  issued: number | null;
  returned: number | null;
  valid: number | null;
  invalid: number | null;
};

/** Paper ballots keyed in (voided ones not included); `blank` and `invalid` are the marked ones among them. */
export type KeyedPaper = { total: number; blank: number; invalid: number };

const FIELDS = ["issued", "returned", "valid", "invalid"] as const;

/**
 * Keyed ballots in the count's two kinds. A blank ballot goes with the invalid ones: the ballot in use
 * before Decree 59 (Decree 54/2018) reads "không đánh dấu hoặc đánh dấu cả 02 ô … là phiếu không hợp
 * lệ" (docs/LAW.md#l9), and Form 04 counts only valid and invalid.
 */
export function keyedKinds(k: KeyedPaper): { valid: number; invalid: number } {
  return { valid: k.total - k.blank - k.invalid, invalid: k.blank + k.invalid };
}

/**
 * The counts of several rounds together. A figure some round has not recorded is unknown for the
 * neighbourhood (a partial sum would pass for the whole).
 */
export function sumCounts(rounds: readonly BallotCount[]): BallotCount {
  const sum = (f: (typeof FIELDS)[number]) =>
    rounds.length > 0 && rounds.every((r) => r[f] !== null) ? rounds.reduce((s, r) => s + (r[f] ?? 0), 0) : null;
  return { issued: sum("issued"), returned: sum("returned"), valid: sum("valid"), invalid: sum("invalid") };
}

export type Agreement = "MATCH" | "DIFFERS" | "NOT_COUNTED";
export type KeyedAgainstCount = { keyed: number; counted: number | null; agreement: Agreement };

/** Keyed valid and invalid ballots against the team's count of each, where it has been recorded. */
export function compareKeyed(
  keyed: KeyedPaper,
  counted: Pick<BallotCount, "valid" | "invalid">,
): { valid: KeyedAgainstCount; invalid: KeyedAgainstCount } {
  const kinds = keyedKinds(keyed);
  const one = (k: number, c: number | null): KeyedAgainstCount => ({
    keyed: k,
    counted: c,
    agreement: c === null ? "NOT_COUNTED" : c === k ? "MATCH" : "DIFFERS",
  });
  return { valid: one(kinds.valid, counted.valid), invalid: one(kinds.invalid, counted.invalid) };
}

export type ReconInput = {
  roll: number;
  /** Households with a voice on any channel, a secret-ballot meeting counting its ballots returned. */
  responded: number;
  /** The consultation takes paper ballots: every neighbourhood's round must then be counted. */
  paperBallots: boolean;
  keyed: KeyedPaper;
  rounds: readonly BallotCount[];
  secretMeetings: readonly { counted: boolean }[];
};

/** A count not recorded: a figure of the ballot round(s), or a secret-ballot meeting's count. */
export type Missing = (typeof FIELDS)[number] | "secretCount";
export type Mismatch = "respondedOverRoll" | "returnedOverIssued" | "enteredVsValid" | "enteredVsInvalid";
export type ReconVerdict = {
  verdict: "MATCH" | "CHECK";
  counts: BallotCount;
  missing: Missing[];
  mismatches: Mismatch[];
};

export function reconcileRow(input: ReconInput): ReconVerdict {
  const counts = sumCounts(input.rounds);
  const missing: Missing[] = [];
  // Ballots keyed or a round opened here mean a count is owed even if paper is not a channel (any more).
  const roundOwed = input.paperBallots || input.rounds.length > 0 || input.keyed.total > 0;
  if (roundOwed) for (const f of FIELDS) if (counts[f] === null) missing.push(f);
  if (input.secretMeetings.some((m) => !m.counted)) missing.push("secretCount");
  const mismatches: Mismatch[] = [];
  if (input.responded > input.roll) mismatches.push("respondedOverRoll");
  if (counts.issued !== null && counts.returned !== null && counts.returned > counts.issued)
    mismatches.push("returnedOverIssued");
  const keyed = compareKeyed(input.keyed, counts);
  if (keyed.valid.agreement === "DIFFERS") mismatches.push("enteredVsValid");
  if (keyed.invalid.agreement === "DIFFERS") mismatches.push("enteredVsInvalid");
  return { verdict: missing.length || mismatches.length ? "CHECK" : "MATCH", counts, missing, mismatches };
}
