// Every message that cites the law, rendered in both languages, against the article docs/LAW.md
// gives for its rule (the "Articles" line of the rule's entry). Each citation is checked with its
// brackets, so a neighbouring article or a missing clause fails too.
import { describe, expect, test } from "vitest";
import { MATTER_PRESETS, MATTERS, type MatterName } from "@/domain/matters";
import { en } from "@/i18n/messages/en";
import { vi } from "@/i18n/messages/vi";
import { getTranslator } from "@/i18n/translate";

const LAW = "Luật Thực hiện dân chủ ở cơ sở";
const LAW_EN = "Law on Grassroots Democracy";
const ND59 = "Nghị định 59/2023/NĐ-CP";

type Row = {
  /** The rule, and the reading docs/LAW.md takes it from (LV or LN, as its introduction names them). */
  rule: string;
  key: string;
  params?: Record<string, string | number>;
  vi: string[];
  en: string[];
};

const ROWS: Row[] = [
  // Counting at a meeting by secret ballot (Ban kiểm phiếu, Mẫu 02) is NĐ59 Art 3 k5, not the ballot round's articles.
  {
    rule: "LV §2: a meeting's Ban kiểm phiếu of 3–5 people (NĐ59 Art 3 k5 a–c)",
    key: "count.committeeSize",
    vi: [`(Điều 3 khoản 5 ${ND59})`],
    en: ["(Decree 59/2023, Art 3 k5)"],
  },
  {
    rule: "LV §6: Mẫu 02 is made by the Ban kiểm phiếu with 2 witnesses (NĐ59 Art 3 k5; the point is not named)",
    key: "count.witnesses",
    vi: [`(Điều 3 khoản 5 ${ND59})`],
    en: ["(Decree 59/2023, Art 3 k5)"],
  },
  {
    rule: "LV §1 Art 19 k2: a Tổ phát phiếu of 3–5 members",
    key: "count.teamSize",
    vi: [`(Điều 19 khoản 2 ${LAW})`],
    en: [`(${LAW_EN}, Art 19 k2)`],
  },
  {
    rule: "LV §1 NĐ59 Art 4 k6 a: the ballot team counts with 2 household witnesses (Mẫu 04)",
    key: "count.roundWitnesses",
    vi: [`(Điều 4 khoản 6 ${ND59})`],
    en: ["(Decree 59/2023, Art 4 k6)"],
  },
  {
    rule: "LV §1 NĐ59 Art 4 k4: ballots announced at least 2 days ahead",
    key: "count.noticeTooShort",
    vi: [`(Điều 4 ${ND59})`],
    en: ["(Decree 59/2023, Art 4)"],
  },
  {
    rule: "LN §1(d): Art 17 names the forms of a community decision (meeting, household ballot, online)",
    key: "plan.channelNotAllowed",
    params: { channel: "Hòm thư góp ý", matter: "Hương ước", basis: "ldccs" },
    vi: [`(Điều 17 ${LAW})`],
    en: [`(${LAW_EN}, Art 17)`],
  },
  {
    rule: "LV §9 (M): administrative-unit changes follow NĐ 321/2025 (household ballots, e-consultation)",
    key: "plan.channelNotAllowed",
    params: { channel: "Tại cuộc họp", matter: "Sắp xếp đơn vị hành chính", basis: "decree321" },
    vi: ["(Nghị định 321/2025/NĐ-CP)"],
    en: ["(Decree 321/2025)"],
  },
  {
    rule: "LV §1 Art 17 k2 and NĐ59 Art 5: online voting only for item 6",
    key: "plan.onlineNotAllowed",
    params: { matter: "Hương ước" },
    vi: [`(Điều 17 ${LAW}; Điều 5 ${ND59})`],
    en: [`(${LAW_EN}, Art 17; Decree 59/2023, Art 5)`],
  },
  {
    rule: "LV §1 Art 21 k1: approval counted from the households that agree",
    key: "plan.approvalRequired",
    params: { basis: "ldccs" },
    vi: [`(Điều 21 ${LAW})`],
    en: [`(${LAW_EN}, Art 21)`],
  },
  {
    rule: "LV §9 (M): NĐ 321/2025 counts households agreeing and disagreeing",
    key: "plan.approvalRequired",
    params: { basis: "decree321" },
    vi: ["(Nghị định 321/2025/NĐ-CP)"],
    en: ["(Decree 321/2025)"],
  },
  {
    rule: "LN §1(h) Art 28 k2: at least 20 days from publication (LV is silent on it)",
    key: "plan.minOpinionPeriod",
    params: { days: 20 },
    vi: [`(Điều 28 ${LAW})`],
    en: [`(${LAW_EN}, Art 28)`],
  },
  {
    rule: "LN §1(h) Art 28 k2: approval after this moment would leave less than 20 days from publication",
    key: "consultationDetail.actions.submitWarning",
    params: { passed: "false", time: "10:00", date: "06/12/2026", rule: "minOpinionPeriod", days: 20 },
    vi: [`(Điều 28 ${LAW})`],
    en: [`(${LAW_EN}, Art 28)`],
  },
  {
    rule: "LN §1(h) Art 28 k2: publishing now, the 20 days count from now",
    key: "consultationDetail.actions.help.publishNow",
    vi: [`(Điều 28 ${LAW})`],
    en: [`(${LAW_EN}, Art 28)`],
  },
  {
    rule: "LN §3 Land Law 2024 Art 87 k3 đ a: posted 30 days before the meeting (LV §7: đ b still to verify)",
    key: "plan.minPostingBeforeMeeting",
    params: { days: 30, matter: "Phương án bồi thường", basis: "landLaw" },
    vi: ["(Điều 87 Luật Đất đai 2024)"],
    en: ["(Land Law 2024, Art 87)"],
  },
  {
    rule: "LN §1(g) NĐ61 Art 9 k1: a hương ước draft is posted at least 30 days",
    key: "plan.minPostingBeforeMeeting",
    params: { days: 30, matter: "Hương ước", basis: "decree61" },
    vi: ["(Điều 9 Nghị định 61/2023/NĐ-CP)"],
    en: ["(Decree 61/2023, Art 9)"],
  },
  {
    rule: "LV §5: Art 25 lists the matters residents give opinions on",
    key: "plan.advisoryNoRule",
    vi: [`(Điều 25 ${LAW})`],
    en: [`(${LAW_EN}, Art 25)`],
  },
  {
    rule: "LV §1 Art 21 k1: the pass ratios",
    key: "plan.ruleLooser",
    params: { numerator: 2, denominator: 3, inclusive: "true", basis: "ldccs" },
    vi: [`(Điều 21 khoản 1 ${LAW})`],
    en: [`(${LAW_EN}, Art 21 k1)`],
  },
  {
    rule: "LV §9 (M): NĐ 321/2025 most likely says “từ 50% trở lên”",
    key: "plan.ruleLooser",
    params: { numerator: 1, denominator: 2, inclusive: "true", basis: "decree321" },
    vi: ["(Nghị định 321/2025/NĐ-CP)"],
    en: ["(Decree 321/2025)"],
  },
  {
    rule: "LV §4 Art 13 k3: loudspeaker at least 3 consecutive days",
    key: "plan.loudspeakerDays",
    params: { days: 3 },
    vi: [`(Điều 13 ${LAW})`],
    en: [`(${LAW_EN}, Art 13)`],
  },
  {
    rule: "LV §4 Art 12 k1, Art 13; NĐ61 Art 9: what is posted is the notice in force",
    key: "postings.intro",
    vi: [`(Điều 12, 13 ${LAW}; Điều 9 Nghị định 61/2023/NĐ-CP)`],
    en: [`(${LAW_EN}, Art 12, 13; Decree 61/2023, Art 9)`],
  },
  {
    rule: "LV §4 Art 13 k3: loudspeaker at least 3 consecutive days",
    key: "consultationDetail.disclosure.validHint",
    vi: ["(Điều 13)"],
    en: ["(Art 13)"],
  },
  {
    rule: "LV §4 Art 12 k1 forms of publicity, Art 13 places and loudspeaker (docs/LAW.md#r17)",
    key: "materials.intro",
    vi: [`(Điều 12, 13 ${LAW})`],
    en: [`(${LAW_EN}, Art 12, 13)`],
  },
  {
    rule: "LN: the commune's own documents follow NĐ30 Appendix I (docs/LAW.md#r19)",
    key: "materials.notice.hint",
    vi: ["Nghị định 30/2020/NĐ-CP (Phụ lục I)"],
    en: ["Decree 30/2020 (Appendix I)"],
  },
  {
    rule: "LV §4 Art 13 k3: loudspeaker at least 3 consecutive days",
    key: "materials.script.hint",
    vi: ["(Điều 13)"],
    en: ["(Art 13)"],
  },
  {
    rule: "LV §5 Art 28 k3: publish the aggregated result and the explanations",
    key: "consultationDetail.actions.help.publishResults",
    vi: [`(Điều 28 khoản 3 ${LAW})`],
    en: [`(Art 28 k3, ${LAW_EN})`],
  },
  {
    rule: "LV §1 Art 21 k2: recognition by the commune UBND or UBMTTQ",
    key: "consultationDetail.overview.ruleRecognition",
    vi: [`(Điều 21 khoản 2 ${LAW})`],
    en: [`(${LAW_EN}, Art 21(2))`],
  },
  {
    rule: "LV §1 Art 19 k1, k3: a ballot to each household",
    key: "meetings.roundForm.hint",
    vi: [`(Điều 19 ${LAW})`],
    en: [`(Article 19, ${LAW_EN})`],
  },
  {
    rule: "LV §1 NĐ59 Art 4 k4: ballots announced at least 2 days ahead",
    key: "meetings.roundForm.noticeHint",
    vi: [`(Điều 4 ${ND59})`],
    en: ["(Article 4, Decree 59/2023/ND-CP)"],
  },
  {
    rule: "LV §2 NĐ61 Art 10 k1 a: a hương ước meeting needs more than 50% of households present",
    key: "meetings.attendance.majorityRule",
    vi: ["(Điều 10 Nghị định 61/2023/NĐ-CP)"],
    en: ["(Article 10, Decree 61/2023/ND-CP)"],
  },
  {
    rule: "LV §1 Art 19 k1 b with Art 21 k1; NĐ59 Art 4 for the ballot procedure",
    key: "meetings.attendance.fallback",
    vi: ["theo Điều 21;", `(Điều 19 khoản 1 điểm b ${LAW}; Điều 4 ${ND59})`],
    en: ["the Article 21 ratio", `(Article 19(1)(b), ${LAW_EN}; Article 4, Decree 59/2023/ND-CP)`],
  },
  {
    rule: "LV §1 Art 21 k1: the ratio is of ALL household representatives of the thôn/tổ",
    key: "tally.ruleBaseNote",
    vi: [`(Điều 21 khoản 1 ${LAW})`],
    en: [`(${LAW_EN}, Art 21 k1)`],
  },
  {
    rule: "LV §1 Art 21 k1: items 3–6 and thôn-scope items 1–2 are adopted within one thôn/tổ",
    key: "tally.perUnitNote",
    vi: [`(Điều 21 khoản 1 ${LAW})`],
    en: [`(${LAW_EN}, Art 21 k1)`],
  },
  {
    rule: "LV §5 (L/M, an inference): Art 11 k11 and Art 28 k3 disclosures, within 5 working days by Art 12 k3",
    key: "province.awaitingHelp",
    vi: [`(${LAW}, Điều 11 khoản 11, Điều 28 khoản 3)`, "(Điều 12 khoản 3)"],
    en: [`(${LAW_EN}, Art 11 k11 and Art 28 k3)`, "(Art 12 k3)"],
  },
];

describe("each message cites the article the law gives for its rule", () => {
  const t = { vi: getTranslator("vi"), en: getTranslator("en") };
  test.each(ROWS.map((r) => [`${r.key}${r.params?.basis ? ` (${r.params.basis})` : ""}: ${r.rule}`, r] as const))(
    "%s",
    (_label, row) => {
      for (const locale of ["vi", "en"] as const) {
        const text = t[locale](row.key as never, row.params as never);
        for (const citation of row[locale]) expect(text, `${locale} ${row.key}`).toContain(citation);
      }
    },
  );
});

function leaves(obj: object, prefix = ""): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}
const CITES = /Điều \d|Nghị định|Luật|\bArt(icle)?\b|Decree|\bLaw\b/;

test("every message that cites the law has a row above", () => {
  const covered = new Set(ROWS.map((r) => r.key));
  const citing = [...leaves(vi), ...leaves(en)].filter(([, text]) => CITES.test(text)).map(([key]) => key);
  expect([...new Set(citing)].filter((key) => !covered.has(key))).toEqual([]);
});

// The matter presets' legal basis is shown on the form and copied into each consultation.
describe("each matter preset names its legal basis", () => {
  const BASIS: Record<MatterName, { basis: string; rule?: string; source: string }> = {
    PUBLIC_WORKS_CONTRIBUTION: {
      basis: `Điều 15 khoản 1 ${LAW}`,
      rule: "Điều 21 khoản 1",
      source: "LV §1 Art 21 k1, items 1–2",
    },
    FUND_MANAGEMENT: { basis: `Điều 15 khoản 2 ${LAW}`, rule: "Điều 21 khoản 1", source: "LV §1 Art 21 k1, items 1–2" },
    VILLAGE_CONVENTION: {
      basis: `Điều 15 khoản 3 ${LAW}`,
      rule: "Điều 21 khoản 1, 2",
      source: "LV §1 Art 21 k1 item 3, k2 recognition",
    },
    OTHER_SELF_MANAGEMENT: {
      basis: `Điều 15 khoản 6 ${LAW}; Điều 5 ${ND59}`,
      rule: "Điều 21 khoản 1",
      source: "LV §1 Art 21 k1; NĐ59 Art 5 online",
    },
    PROJECT_INVESTMENT_POLICY: { basis: `Điều 25 khoản 3, Điều 28 ${LAW}`, source: "LN §1(c) Art 25 item 3" },
    ZONING_PLAN: {
      basis: `Điều 25, Điều 28 ${LAW}; Điều 37 Luật Quy hoạch đô thị và nông thôn`,
      source: "LV §5 Art 25 k6; LN §3 Art 37",
    },
    COMPENSATION_PLAN: { basis: "Điều 87 Luật Đất đai 2024", source: "LV §7 (M): Art 87 k3 đ b still to verify" },
    ADMINISTRATIVE_UNIT_CHANGE: {
      basis: "Nghị định 321/2025/NĐ-CP",
      rule: "Nghị định 321/2025/NĐ-CP",
      source: "LV §9 (M)",
    },
    OTHER_OPINION: { basis: `Điều 25, Điều 28 ${LAW}`, source: "LV §5 Art 25 k9" },
  };
  test.each(MATTERS.map((m) => [`${m}: ${BASIS[m].source}`, m] as const))("%s", (_label, matter) => {
    expect(MATTER_PRESETS[matter].legalRef).toBe(BASIS[matter].basis);
    expect(MATTER_PRESETS[matter].rule?.legalRef).toBe(BASIS[matter].rule);
  });
});
