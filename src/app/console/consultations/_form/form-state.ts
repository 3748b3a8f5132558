// The form's state (strings, as inputs hold them) and its conversion to the API's input.
import type { ConsultationPlan, QuestionKindName } from "@/domain/consultation-plan";
import { MATTER_PRESETS, type ChannelName, type MatterName } from "@/domain/matters";
import { fromLocalInput, toLocalInput } from "@/components/console/vietnam-time";

export type QuestionState = {
  key: string;
  kind: QuestionKindName;
  text: string;
  allowComment: boolean;
  optionsText: string;
};

export type FormState = {
  title: string;
  summary: string;
  matter: MatterName;
  legalBasis: string;
  neighbourhoodIds: string[];
  channels: ChannelName[];
  questions: QuestionState[];
  publishAt: string;
  opensAt: string;
  closesAt: string;
  meetingAt: string;
  meetingPlace: string;
  tighten: boolean;
  rule: { numerator: number; denominator: number; inclusive: boolean };
};

let counter = 0;
export const newKey = () => `q${++counter}`;

export function emptyQuestion(kind: QuestionKindName = "APPROVAL"): QuestionState {
  return { key: newKey(), kind, text: "", allowComment: true, optionsText: "" };
}

export function initialState(matter: MatterName = "PROJECT_INVESTMENT_POLICY"): FormState {
  return {
    title: "",
    summary: "",
    matter,
    legalBasis: "",
    neighbourhoodIds: [],
    channels: [...MATTER_PRESETS[matter].channels],
    questions: [emptyQuestion()],
    publishAt: "",
    opensAt: "",
    closesAt: "",
    meetingAt: "",
    meetingPlace: "",
    tighten: false,
    rule: defaultRule(matter),
  };
}

export function defaultRule(matter: MatterName) {
  const r = MATTER_PRESETS[matter].rule;
  return r
    ? { numerator: r.numerator, denominator: r.denominator, inclusive: r.inclusive }
    : { numerator: 1, denominator: 2, inclusive: false };
}

type StoredConsultation = {
  title: string;
  summary: string;
  matter: MatterName;
  legalBasis: string;
  channels: ChannelName[];
  areas: { neighbourhoodId: string }[];
  questions: { kind: QuestionKindName; text: string; allowComment: boolean; options: { label: string }[] }[];
  publishAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  meetingAt: Date | null;
  meetingPlace: string;
  ruleRequested: unknown;
};

export function stateFromConsultation(c: StoredConsultation): FormState {
  const requested = c.ruleRequested as FormState["rule"] | null;
  return {
    title: c.title,
    summary: c.summary,
    matter: c.matter,
    legalBasis: c.legalBasis === MATTER_PRESETS[c.matter].legalRef ? "" : c.legalBasis,
    neighbourhoodIds: c.areas.map((a) => a.neighbourhoodId),
    channels: c.channels,
    questions: c.questions.map((q) => ({
      key: newKey(),
      kind: q.kind,
      text: q.text,
      allowComment: q.allowComment,
      optionsText: q.kind === "APPROVAL" ? "" : q.options.map((o) => o.label).join("\n"),
    })),
    publishAt: toLocalInput(c.publishAt),
    opensAt: toLocalInput(c.opensAt),
    closesAt: toLocalInput(c.closesAt),
    meetingAt: toLocalInput(c.meetingAt),
    meetingPlace: c.meetingPlace,
    tighten: requested !== null && requested !== undefined,
    rule: requested ?? defaultRule(c.matter),
  };
}

function options(q: QuestionState): string[] {
  if (q.kind === "APPROVAL" || q.kind === "FREE_TEXT") return [];
  return q.optionsText
    .split("\n")
    .map((o) => o.trim())
    .filter(Boolean);
}

/** What the API takes (and what the domain checks live in the browser). */
export function toInput(s: FormState) {
  const isDecision = MATTER_PRESETS[s.matter].mode === "DECISION";
  return {
    title: s.title,
    summary: s.summary,
    matter: s.matter,
    legalBasis: s.legalBasis,
    neighbourhoodIds: s.neighbourhoodIds,
    channels: s.channels,
    questions: s.questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      allowComment: q.allowComment,
      options: options(q),
    })),
    publishAt: fromLocalInput(s.publishAt),
    opensAt: fromLocalInput(s.opensAt),
    closesAt: fromLocalInput(s.closesAt),
    meetingAt: fromLocalInput(s.meetingAt),
    meetingPlace: s.meetingPlace,
    rule: isDecision && s.tighten ? s.rule : null,
  };
}

export function toPlan(s: FormState, communeWide: boolean): ConsultationPlan {
  const input = toInput(s);
  return { ...input, title: input.title.trim(), summary: input.summary.trim(), communeWide };
}
