// Checks a consultation's plan against its matter's legal preset. Returns every issue at once, each
// naming the field it belongs to, so the form can show them inline. Pure: dates come in as data.
import { MATTER_PRESETS, communeWideRule, type ChannelName, type MatterName, type OutcomeRule } from "./matters";

export const DAY_MS = 86_400_000;
export const QUESTION_KINDS = ["APPROVAL", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "FREE_TEXT"] as const;
export type QuestionKindName = (typeof QUESTION_KINDS)[number];

export type PlanQuestion = { kind: QuestionKindName; text: string; allowComment: boolean; options: string[] };
export type RuleRequest = { numerator: number; denominator: number; inclusive: boolean };

export type ConsultationPlan = {
  title: string;
  summary: string;
  matter: MatterName;
  neighbourhoodIds: string[];
  /** The area is every active neighbourhood of the commune. */
  communeWide: boolean;
  channels: ChannelName[];
  questions: PlanQuestion[];
  publishAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  meetingAt: Date | null;
  /** An official may tighten the matter's outcome rule, never loosen it. */
  rule: RuleRequest | null;
};

export type PlanIssueCode =
  | "titleRequired"
  | "summaryRequired"
  | "areaRequired"
  | "channelsRequired"
  | "channelNotAllowed"
  | "onlineNotAllowed"
  | "questionsRequired"
  | "questionTextRequired"
  | "optionsRequired"
  | "optionDuplicate"
  | "approvalRequired"
  | "scheduleRequired"
  | "openBeforePublish"
  | "closeBeforeOpen"
  | "minOpinionPeriod"
  | "meetingRequired"
  | "minPostingBeforeMeeting"
  | "meetingOutsidePeriod"
  | "advisoryNoRule"
  | "ruleInvalid"
  | "ruleLooser";

export type PlanIssue = { field: string; code: PlanIssueCode; params?: Record<string, string | number> };

/** Is `a` at least as strict as `b`? Exact integer comparison of the two ratios. */
export function isAtLeastAsStrict(a: RuleRequest, b: RuleRequest): boolean {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  if (left !== right) return left > right;
  return !a.inclusive || b.inclusive; // same ratio: "more than" is stricter than "at least"
}

/** The rule that will decide the outcome: the law's, or the official's stricter one. */
export function effectiveRule(plan: Pick<ConsultationPlan, "matter" | "communeWide" | "rule">): OutcomeRule | null {
  const legal = plan.communeWide ? communeWideRule(plan.matter) : MATTER_PRESETS[plan.matter].rule;
  if (!legal) return null;
  if (!plan.rule || !isAtLeastAsStrict(plan.rule, legal)) return legal;
  return { ...legal, ...plan.rule };
}

/**
 * Which text a matter's rules come from, so a message cites that one: administrative-unit changes
 * follow Decree 321/2025, not the Law on Grassroots Democracy; the posting before the meeting is the
 * Land Law's (Art 87) for a compensation plan and Decree 61 Art 9's for a village convention.
 */
function decisionBasis(matter: MatterName) {
  return matter === "ADMINISTRATIVE_UNIT_CHANGE" ? "decree321" : "ldccs";
}
function postingBasis(matter: MatterName) {
  return matter === "COMPENSATION_PLAN" ? "landLaw" : "decree61";
}

/** `complete`: everything a submission needs (a draft may still be missing parts). */
export function validatePlan(plan: ConsultationPlan, opts: { complete: boolean }): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const preset = MATTER_PRESETS[plan.matter];
  const add = (field: string, code: PlanIssueCode, params?: PlanIssue["params"]) =>
    issues.push({ field, code, params });

  if (!plan.title.trim()) add("title", "titleRequired");
  if (opts.complete && !plan.summary.trim()) add("summary", "summaryRequired");
  if (opts.complete && plan.neighbourhoodIds.length === 0) add("neighbourhoodIds", "areaRequired");

  // Channels: decision matters only by the forms the law names for them (Art 17; online: Art 17 k2,
  // Decree 59 Art 5; administrative units: Decree 321/2025).
  if (opts.complete && plan.channels.length === 0) add("channels", "channelsRequired");
  if (preset.mode === "DECISION") {
    for (const channel of plan.channels) {
      if (preset.channels.includes(channel)) continue;
      add("channels", channel === "ONLINE" ? "onlineNotAllowed" : "channelNotAllowed", {
        channel,
        matter: plan.matter,
        basis: decisionBasis(plan.matter),
      });
    }
  }

  // Questions.
  if (opts.complete && plan.questions.length === 0) add("questions", "questionsRequired");
  plan.questions.forEach((q, i) => {
    if (!q.text.trim()) add(`questions.${i}.text`, "questionTextRequired");
    if (q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") {
      const options = q.options.map((o) => o.trim().normalize("NFC"));
      if (options.filter(Boolean).length < 2 || options.some((o) => !o))
        add(`questions.${i}.options`, "optionsRequired");
      else if (new Set(options.map((o) => o.toLocaleLowerCase("vi"))).size !== options.length)
        add(`questions.${i}.options`, "optionDuplicate");
    }
  });
  if (opts.complete && preset.mode === "DECISION" && !plan.questions.some((q) => q.kind === "APPROVAL")) {
    add("questions", "approvalRequired", { basis: decisionBasis(plan.matter) });
  }

  issues.push(...validateSchedule(plan, opts));

  // Outcome rule: advisory matters have none; decision matters may only be made stricter.
  if (plan.rule) {
    const legal = plan.communeWide ? communeWideRule(plan.matter) : preset.rule;
    const { numerator, denominator } = plan.rule;
    if (!legal) add("rule", "advisoryNoRule");
    else if (!(
      Number.isInteger(numerator) &&
      Number.isInteger(denominator) &&
      numerator > 0 &&
      denominator > 0 &&
      numerator <= denominator
    )) {
      add("rule", "ruleInvalid");
    } else if (!isAtLeastAsStrict(plan.rule, legal)) {
      add("rule", "ruleLooser", {
        numerator: legal.numerator,
        denominator: legal.denominator,
        inclusive: String(legal.inclusive),
        basis: decisionBasis(plan.matter),
      });
    }
  }
  return issues;
}

/** The dates a plan's schedule needs, and the matter and channels its periods depend on. */
export type PlanSchedule = Pick<
  ConsultationPlan,
  "matter" | "channels" | "publishAt" | "opensAt" | "closesAt" | "meetingAt"
>;

/**
 * The schedule's issues: its order, the opinion period from publication (Art 28 k2) and the posting
 * before a meeting. Checked on every plan, and again against the actual publication when a
 * consultation is approved or published early (src/domain/lifecycle.ts).
 */
export function validateSchedule(plan: PlanSchedule, opts: { complete: boolean }): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const preset = MATTER_PRESETS[plan.matter];
  const add = (field: string, code: PlanIssueCode, params?: PlanIssue["params"]) =>
    issues.push({ field, code, params });
  const { publishAt, opensAt, closesAt, meetingAt } = plan;
  if (opts.complete) {
    if (!publishAt) add("publishAt", "scheduleRequired");
    if (!opensAt) add("opensAt", "scheduleRequired");
    if (!closesAt) add("closesAt", "scheduleRequired");
  }
  if (publishAt && opensAt && opensAt < publishAt) add("opensAt", "openBeforePublish");
  if (opensAt && closesAt && closesAt <= opensAt) add("closesAt", "closeBeforeOpen");
  const minDays = preset.minOpenDaysFromPublication;
  if (minDays && publishAt && closesAt && closesAt.getTime() - publishAt.getTime() < minDays * DAY_MS) {
    add("closesAt", "minOpinionPeriod", { days: minDays });
  }
  const postingDays = preset.minPostingDaysBeforeMeeting;
  if (postingDays && plan.channels.includes("MEETING")) {
    if (!meetingAt) {
      if (opts.complete) add("meetingAt", "meetingRequired", { matter: plan.matter });
    } else {
      if (publishAt && meetingAt.getTime() - publishAt.getTime() < postingDays * DAY_MS) {
        add("meetingAt", "minPostingBeforeMeeting", {
          days: postingDays,
          matter: plan.matter,
          basis: postingBasis(plan.matter),
        });
      }
      if ((opensAt && meetingAt < opensAt) || (closesAt && meetingAt > closesAt))
        add("meetingAt", "meetingOutsidePeriod");
    }
  }
  return issues;
}
