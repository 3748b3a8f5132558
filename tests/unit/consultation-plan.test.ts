import { describe, expect, test } from "vitest";
import { DAY_MS, effectiveRule, validatePlan, type ConsultationPlan } from "@/domain/consultation-plan";

const publish = new Date("2026-12-01T08:00:00+07:00");
const days = (n: number) => new Date(publish.getTime() + n * DAY_MS);
const minutes = (n: number) => new Date(publish.getTime() + n * 60_000);

function plan(overrides: Partial<ConsultationPlan> = {}): ConsultationPlan {
  return {
    title: "Lấy ý kiến về chủ trương đầu tư chợ",
    summary: "Tóm tắt",
    matter: "PROJECT_INVESTMENT_POLICY",
    neighbourhoodIds: ["n1"],
    communeWide: false,
    channels: ["ONLINE", "MEETING"],
    questions: [{ kind: "APPROVAL", text: "Đồng ý không?", allowComment: true, options: [] }],
    publishAt: publish,
    opensAt: publish,
    closesAt: days(20),
    meetingAt: null,
    rule: null,
    ...overrides,
  };
}
const codes = (p: ConsultationPlan, complete = true) =>
  validatePlan(p, { complete }).map((i) => `${i.field}:${i.code}`);

describe("Art 28 Law on Grassroots Democracy: opinion matters run at least 20 days from publication", () => {
  test.each([
    ["exactly 20 days: allowed", days(20), []],
    ["20 days and 1 minute: allowed", new Date(days(20).getTime() + 60_000), []],
    ["19 days: refused", days(19), ["closesAt:minOpinionPeriod"]],
    ["20 days less 1 minute: refused", new Date(days(20).getTime() - 60_000), ["closesAt:minOpinionPeriod"]],
  ] as const)("%s", (_label, closesAt, expected) => {
    expect(codes(plan({ closesAt }))).toEqual(expected);
  });

  test.each(["PROJECT_INVESTMENT_POLICY", "ZONING_PLAN", "COMPENSATION_PLAN", "OTHER_OPINION"] as const)(
    "applies to %s",
    (matter) => {
      const issues = codes(plan({ matter, channels: ["ONLINE"], closesAt: days(19) }));
      expect(issues).toContain("closesAt:minOpinionPeriod");
    },
  );

  test("decision matters have no such minimum (Art 21 counts households, not days)", () => {
    expect(codes(plan({ matter: "PUBLIC_WORKS_CONTRIBUTION", channels: ["MEETING"], closesAt: days(2) }))).toEqual([]);
  });
});

describe("Land Law 2024 Art 87: a compensation plan is posted 30 days before the meeting", () => {
  const compensation = (meetingAt: Date | null) =>
    plan({ matter: "COMPENSATION_PLAN", channels: ["MEETING", "WRITTEN"], closesAt: days(45), meetingAt });
  test.each([
    ["meeting exactly 30 days after posting: allowed", days(30), []],
    ["meeting 29 days after posting: refused", days(29), ["meetingAt:minPostingBeforeMeeting"]],
    ["meeting 30 days less a minute: refused", minutes(30 * 24 * 60 - 1), ["meetingAt:minPostingBeforeMeeting"]],
    ["no meeting date: refused on submission", null, ["meetingAt:meetingRequired"]],
    ["meeting after closing: refused", days(46), ["meetingAt:meetingOutsidePeriod"]],
  ] as const)("%s", (_label, meetingAt, expected) => {
    expect(codes(compensation(meetingAt))).toEqual(expected);
  });

  test("Decree 61 Art 9: a village-convention draft is posted 30 days before the meeting", () => {
    const p = plan({ matter: "VILLAGE_CONVENTION", channels: ["MEETING"], closesAt: days(40), meetingAt: days(29) });
    expect(codes(p)).toEqual(["meetingAt:minPostingBeforeMeeting"]);
  });
});

describe("Art 17 and Decree 59 Art 5: online voting only for 'other self-management' among community decisions", () => {
  test.each([
    ["contribution to public works", "PUBLIC_WORKS_CONTRIBUTION", ["onlineNotAllowed"]],
    ["fund management", "FUND_MANAGEMENT", ["onlineNotAllowed"]],
    ["village convention", "VILLAGE_CONVENTION", ["onlineNotAllowed"]],
    ["other self-management: allowed", "OTHER_SELF_MANAGEMENT", []],
    ["administrative-unit change (Decree 321/2025 encourages it): allowed", "ADMINISTRATIVE_UNIT_CHANGE", []],
    ["opinion matter: allowed", "ZONING_PLAN", []],
  ] as const)("%s", (_label, matter, expected) => {
    const issues = validatePlan(plan({ matter, channels: ["ONLINE"], closesAt: days(30), meetingAt: null }), {
      complete: false,
    });
    expect(issues.map((i) => i.code)).toEqual(expected);
  });

  test("Art 16–19: decision matters take no suggestion-box 'votes'", () => {
    const issues = validatePlan(plan({ matter: "FUND_MANAGEMENT", channels: ["MEETING", "SUGGESTION_BOX"] }), {
      complete: false,
    });
    expect(issues.map((i) => i.code)).toEqual(["channelNotAllowed"]);
  });
});

describe("Art 21 k1 outcome rules: an official may tighten, never loosen", () => {
  test.each([
    [
      "contribution: 3/4 is stricter than 2/3",
      "PUBLIC_WORKS_CONTRIBUTION",
      { numerator: 3, denominator: 4, inclusive: true },
      [],
    ],
    [
      "contribution: 'more than 2/3' is stricter than 'at least 2/3'",
      "PUBLIC_WORKS_CONTRIBUTION",
      { numerator: 2, denominator: 3, inclusive: false },
      [],
    ],
    [
      "contribution: 4/6 equals 2/3",
      "PUBLIC_WORKS_CONTRIBUTION",
      { numerator: 4, denominator: 6, inclusive: true },
      [],
    ],
    [
      "contribution: 1/2 is looser than 2/3",
      "PUBLIC_WORKS_CONTRIBUTION",
      { numerator: 1, denominator: 2, inclusive: true },
      ["ruleLooser"],
    ],
    [
      "convention: 'at least half' is looser than 'more than half'",
      "VILLAGE_CONVENTION",
      { numerator: 1, denominator: 2, inclusive: true },
      ["ruleLooser"],
    ],
    [
      "self-management: 3/5 is stricter than more than half",
      "OTHER_SELF_MANAGEMENT",
      { numerator: 3, denominator: 5, inclusive: true },
      [],
    ],
    [
      "Decree 321: 'more than half' is stricter than 'at least half'",
      "ADMINISTRATIVE_UNIT_CHANGE",
      { numerator: 1, denominator: 2, inclusive: false },
      [],
    ],
    [
      "a ratio above 1 is not a rule",
      "OTHER_SELF_MANAGEMENT",
      { numerator: 3, denominator: 2, inclusive: true },
      ["ruleInvalid"],
    ],
    [
      "a zero denominator is not a rule",
      "OTHER_SELF_MANAGEMENT",
      { numerator: 1, denominator: 0, inclusive: true },
      ["ruleInvalid"],
    ],
    [
      "Art 25: opinion matters are advisory, no pass/fail rule",
      "PROJECT_INVESTMENT_POLICY",
      { numerator: 1, denominator: 2, inclusive: false },
      ["advisoryNoRule"],
    ],
  ] as const)("%s", (_label, matter, rule, expected) => {
    const p = plan({ matter, rule, channels: matter === "PROJECT_INVESTMENT_POLICY" ? ["ONLINE"] : ["PAPER_BALLOT"] });
    expect(validatePlan(p, { complete: false }).map((i) => i.code)).toEqual(expected);
  });

  test("the effective rule is the stricter request, or the law's", () => {
    expect(
      effectiveRule({
        matter: "FUND_MANAGEMENT",
        communeWide: false,
        rule: { numerator: 3, denominator: 4, inclusive: true },
      }),
    ).toMatchObject({
      numerator: 3,
      denominator: 4,
      aggregation: "PER_NEIGHBOURHOOD",
    });
    expect(effectiveRule({ matter: "FUND_MANAGEMENT", communeWide: false, rule: null })).toMatchObject({
      numerator: 2,
      denominator: 3,
      inclusive: true,
    });
    expect(effectiveRule({ matter: "ZONING_PLAN", communeWide: true, rule: null })).toBeNull();
  });

  test("Art 21 k1: a commune-wide contribution is decided by two-thirds of the neighbourhoods", () => {
    expect(effectiveRule({ matter: "PUBLIC_WORKS_CONTRIBUTION", communeWide: true, rule: null })).toMatchObject({
      aggregation: "SHARE_OF_NEIGHBOURHOODS",
      unitShare: { numerator: 2, denominator: 3, inclusive: true },
    });
  });
});

describe("form checks", () => {
  test.each([
    ["empty title", { title: "  " }, ["title:titleRequired"]],
    [
      "closing before opening",
      { opensAt: days(5), closesAt: days(4) },
      ["closesAt:closeBeforeOpen", "closesAt:minOpinionPeriod"],
    ],
    ["opening before publication", { opensAt: days(-1) }, ["opensAt:openBeforePublish"]],
    ["no area", { neighbourhoodIds: [] }, ["neighbourhoodIds:areaRequired"]],
    ["no channel", { channels: [] }, ["channels:channelsRequired"]],
    ["no question", { questions: [] }, ["questions:questionsRequired"]],
    [
      "a choice question with one option",
      { questions: [{ kind: "SINGLE_CHOICE", text: "Chọn", allowComment: false, options: ["A"] }] },
      ["questions.0.options:optionsRequired"],
    ],
    [
      "a choice question with the same option twice",
      { questions: [{ kind: "MULTIPLE_CHOICE", text: "Chọn", allowComment: false, options: ["Chợ tạm", "chợ tạm"] }] },
      ["questions.0.options:optionDuplicate"],
    ],
    [
      "a question without text",
      { questions: [{ kind: "FREE_TEXT", text: "", allowComment: false, options: [] }] },
      ["questions.0.text:questionTextRequired"],
    ],
    [
      "no schedule",
      { publishAt: null, opensAt: null, closesAt: null },
      ["publishAt:scheduleRequired", "opensAt:scheduleRequired", "closesAt:scheduleRequired"],
    ],
  ] as const)("%s", (_label, overrides, expected) => {
    expect(codes(plan(overrides as Partial<ConsultationPlan>))).toEqual(expected);
  });

  test("a draft may be incomplete; a submission may not", () => {
    const draft = plan({
      questions: [],
      neighbourhoodIds: [],
      publishAt: null,
      opensAt: null,
      closesAt: null,
      summary: "",
    });
    expect(codes(draft, false)).toEqual([]);
    expect(codes(draft, true).length).toBeGreaterThanOrEqual(5);
  });

  test("Art 21: a decision matter needs an approval question to count 'agree'", () => {
    const p = plan({
      matter: "OTHER_SELF_MANAGEMENT",
      channels: ["MEETING"],
      questions: [{ kind: "FREE_TEXT", text: "Ý kiến", allowComment: false, options: [] }],
    });
    expect(codes(p)).toEqual(["questions:approvalRequired"]);
  });
});
