// Matter presets: the legal category of a consultation sets its mode, outcome rule, channels and
// minimum period. Rules are data; see tally/outcome code for how they are applied.
// Sources: Law 10/2022/QH15 (Law on Grassroots Democracy) Art 15, 17, 21, 25, 28; Decree 59/2023
// Art 4–5; Land Law 2024 Art 87; Decree 321/2025. Each rule, with its reading and confidence:
// docs/LAW.md#l1 (presets), #r2 (ratios), #r7 (channels), #r12 (periods).

export const MATTERS = [
  "PUBLIC_WORKS_CONTRIBUTION",
  "FUND_MANAGEMENT",
  "VILLAGE_CONVENTION",
  "OTHER_SELF_MANAGEMENT",
  "PROJECT_INVESTMENT_POLICY",
  "ZONING_PLAN",
  "COMPENSATION_PLAN",
  "ADMINISTRATIVE_UNIT_CHANGE",
  "OTHER_OPINION",
] as const;
export type MatterName = (typeof MATTERS)[number];

export const CHANNELS = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** agree / base compared with numerator / denominator; inclusive means reaching it exactly counts. */
export type OutcomeRule = {
  numerator: number;
  denominator: number;
  inclusive: boolean;
  aggregation: "PER_NEIGHBOURHOOD" | "SHARE_OF_NEIGHBOURHOODS" | "WHOLE_AREA";
  /** For SHARE_OF_NEIGHBOURHOODS: the share of neighbourhoods that must adopt. */
  unitShare?: { numerator: number; denominator: number; inclusive: boolean };
  /** Adopted decisions wait for the commune's recognition (Art 21 k2: within 5 working days). */
  needsRecognition: boolean;
  legalRef: string;
};

export type MatterPreset = {
  mode: "DECISION" | "OPINION";
  rule: OutcomeRule | null;
  channels: readonly ChannelName[];
  minOpenDaysFromPublication: number | null;
  minPostingDaysBeforeMeeting: number | null;
  legalRef: string;
};

const TWO_THIRDS = { numerator: 2, denominator: 3, inclusive: true } as const;
const MORE_THAN_HALF = { numerator: 1, denominator: 2, inclusive: false } as const;
const ALL_CHANNELS = CHANNELS;

export const MATTER_PRESETS: Record<MatterName, MatterPreset> = {
  PUBLIC_WORKS_CONTRIBUTION: {
    mode: "DECISION",
    rule: { ...TWO_THIRDS, aggregation: "PER_NEIGHBOURHOOD", needsRecognition: false, legalRef: "Điều 21 khoản 1" },
    channels: ["MEETING", "PAPER_BALLOT"],
    minOpenDaysFromPublication: null,
    minPostingDaysBeforeMeeting: null,
    legalRef: "Điều 15 khoản 1 Luật Thực hiện dân chủ ở cơ sở",
  },
  FUND_MANAGEMENT: {
    mode: "DECISION",
    rule: { ...TWO_THIRDS, aggregation: "PER_NEIGHBOURHOOD", needsRecognition: false, legalRef: "Điều 21 khoản 1" },
    channels: ["MEETING", "PAPER_BALLOT"],
    minOpenDaysFromPublication: null,
    minPostingDaysBeforeMeeting: null,
    legalRef: "Điều 15 khoản 2 Luật Thực hiện dân chủ ở cơ sở",
  },
  VILLAGE_CONVENTION: {
    mode: "DECISION",
    rule: {
      ...MORE_THAN_HALF,
      aggregation: "PER_NEIGHBOURHOOD",
      needsRecognition: true,
      legalRef: "Điều 21 khoản 1, 2",
    },
    channels: ["MEETING", "PAPER_BALLOT"],
    minOpenDaysFromPublication: null,
    minPostingDaysBeforeMeeting: 30,
    legalRef: "Điều 15 khoản 3 Luật Thực hiện dân chủ ở cơ sở",
  },
  OTHER_SELF_MANAGEMENT: {
    mode: "DECISION",
    rule: { ...MORE_THAN_HALF, aggregation: "PER_NEIGHBOURHOOD", needsRecognition: false, legalRef: "Điều 21 khoản 1" },
    channels: ["MEETING", "PAPER_BALLOT", "ONLINE"],
    minOpenDaysFromPublication: null,
    minPostingDaysBeforeMeeting: null,
    legalRef: "Điều 15 khoản 6 Luật Thực hiện dân chủ ở cơ sở; Điều 5 Nghị định 59/2023/NĐ-CP",
  },
  PROJECT_INVESTMENT_POLICY: {
    mode: "OPINION",
    rule: null,
    channels: ALL_CHANNELS,
    minOpenDaysFromPublication: 20,
    minPostingDaysBeforeMeeting: null,
    legalRef: "Điều 25 khoản 3, Điều 28 Luật Thực hiện dân chủ ở cơ sở",
  },
  ZONING_PLAN: {
    mode: "OPINION",
    rule: null,
    channels: ALL_CHANNELS,
    minOpenDaysFromPublication: 20,
    minPostingDaysBeforeMeeting: null,
    legalRef: "Điều 25, Điều 28 Luật Thực hiện dân chủ ở cơ sở; Điều 37 Luật Quy hoạch đô thị và nông thôn",
  },
  COMPENSATION_PLAN: {
    mode: "OPINION",
    rule: null,
    channels: ["MEETING", "WRITTEN", "SUGGESTION_BOX", "ONLINE"],
    minOpenDaysFromPublication: 20,
    minPostingDaysBeforeMeeting: 30,
    legalRef: "Điều 87 Luật Đất đai 2024",
  },
  ADMINISTRATIVE_UNIT_CHANGE: {
    mode: "DECISION",
    rule: {
      numerator: 1,
      denominator: 2,
      inclusive: true,
      aggregation: "WHOLE_AREA",
      needsRecognition: false,
      legalRef: "Nghị định 321/2025/NĐ-CP",
    },
    channels: ["PAPER_BALLOT", "ONLINE"],
    minOpenDaysFromPublication: null,
    minPostingDaysBeforeMeeting: null,
    legalRef: "Nghị định 321/2025/NĐ-CP",
  },
  OTHER_OPINION: {
    mode: "OPINION",
    rule: null,
    channels: ALL_CHANNELS,
    minOpenDaysFromPublication: 20,
    minPostingDaysBeforeMeeting: null,
    legalRef: "Điều 25, Điều 28 Luật Thực hiện dân chủ ở cơ sở",
  },
};

/** Commune-wide contributions (Art 21 k1): at least two-thirds of the neighbourhoods must adopt. */
export function communeWideRule(matter: MatterName): OutcomeRule | null {
  const rule = MATTER_PRESETS[matter].rule;
  if (!rule || (matter !== "PUBLIC_WORKS_CONTRIBUTION" && matter !== "FUND_MANAGEMENT")) return rule;
  return { ...rule, aggregation: "SHARE_OF_NEIGHBOURHOODS", unitShare: TWO_THIRDS };
}
