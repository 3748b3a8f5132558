"use client";
// Create or edit a draft. The domain's plan checks run live in the browser (the same code the
// server runs), so mistakes show next to their field before saving; the server's answer wins.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { validatePlan } from "@/domain/consultation-plan";
import { CHANNELS, MATTER_PRESETS, MATTERS, type MatterName } from "@/domain/matters";
import { Field, useFormKit } from "@/components/console/form-kit";
import { fieldErrorsOf, messageOf, type FieldErrors } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";
import { defaultRule, toInput, toPlan, type FormState } from "./form-state";
import { QuestionEditor } from "./question-editor";
import { AreaPicker, type NeighbourhoodOption } from "./area-picker";

const FIELDS_WITH_ERRORS = [
  "title",
  "matter",
  "summary",
  "publishAt",
  "opensAt",
  "closesAt",
  "meetingAt",
  "meetingPlace",
];

type Props = {
  initial: FormState;
  neighbourhoods: NeighbourhoodOption[];
  existing?: { id: string; version: number };
};

export function ConsultationForm({ initial, neighbourhoods, existing }: Props) {
  const t = useTranslations("consultationForm");
  const tPlan = useTranslations("plan");
  const tMatter = useTranslations("matter");
  const tChannel = useTranslations("channel");
  const trpc = useTRPC();
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const set = (patch: Partial<FormState>) => {
    setState((s) => ({ ...s, ...patch }));
    setServerErrors({});
  };

  const preset = MATTER_PRESETS[state.matter];
  const communeWide = neighbourhoods.length > 0 && state.neighbourhoodIds.length === neighbourhoods.length;
  const liveErrors = useMemo(() => {
    const out: FieldErrors = {};
    for (const issue of validatePlan(toPlan(state, communeWide), { complete: false })) {
      const params = { ...issue.params } as Record<string, string | number>;
      if (typeof params.matter === "string") params.matter = tMatter(params.matter as MatterName);
      if (typeof params.channel === "string") params.channel = tChannel(params.channel as (typeof CHANNELS)[number]);
      out[issue.field] ??= tPlan(issue.code, params as never);
    }
    return out;
  }, [state, communeWide, tPlan, tMatter, tChannel]);
  const errors: FieldErrors = { ...(attempted ? liveErrors : {}), ...serverErrors };
  const errorFor = (field: string) => errors[field];
  // The draft's own checks and the server's field errors, merged above, are the kit's local ones
  // (the form keeps its own alert), for the fields that show their error; the rule's shows under its
  // fieldset. Controls get no name: the form is read from state, not FormData.
  const kit = useFormKit(null, [], { local: Object.fromEntries(FIELDS_WITH_ERRORS.map((f) => [f, errors[f]])) });

  const onError = (error: unknown) => {
    setServerErrors(fieldErrorsOf(error));
    setServerMessage(messageOf(error, t("fixErrors", { count: 1 })));
  };
  const create = useMutation(
    trpc.consultation.create.mutationOptions({
      onError,
      onSuccess: ({ id }) => router.push(`/console/consultations/${id}`),
    }),
  );
  const update = useMutation(
    trpc.consultation.update.mutationOptions({
      onError,
      onSuccess: ({ id }) => {
        router.push(`/console/consultations/${id}`);
        router.refresh();
      },
    }),
  );
  const pending = create.isPending || update.isPending;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setServerMessage(null);
    if (Object.keys(liveErrors).length) return;
    const input = toInput(state);
    if (existing) update.mutate({ ...input, ...existing });
    else create.mutate(input);
  }

  function changeMatter(matter: MatterName) {
    set({ matter, channels: [...MATTER_PRESETS[matter].channels], rule: defaultRule(matter), tighten: false });
  }

  const errorCount = Object.keys(errors).length;
  const ruleText = preset.rule
    ? t(preset.rule.inclusive ? "ruleAtLeast" : "ruleMoreThan", {
        numerator: preset.rule.numerator,
        denominator: preset.rule.denominator,
      })
    : "";
  return (
    <form className="form consultation-form" onSubmit={onSubmit} noValidate>
      {attempted && errorCount ? (
        <p className="form__error" role="alert">
          {serverMessage ?? t("fixErrors", { count: errorCount })}
        </p>
      ) : serverMessage ? (
        <p className="form__error" role="alert">
          {serverMessage}
        </p>
      ) : null}

      <fieldset>
        <legend>{t("sectionBasics")}</legend>
        <Field kit={kit} name="title" label={t("title")} hint={t("titleHint")}>
          <input
            {...kit.control("title", true)}
            value={state.title}
            maxLength={300}
            onChange={(e) => set({ title: e.target.value })}
            autoFocus
          />
        </Field>
        <Field kit={kit} name="matter" label={t("matter")}>
          <select
            {...kit.control("matter")}
            value={state.matter}
            onChange={(e) => changeMatter(e.target.value as MatterName)}
          >
            {MATTERS.map((m) => (
              <option key={m} value={m}>
                {tMatter(m)}
              </option>
            ))}
          </select>
        </Field>
        <div className="notice preset">
          <p>{preset.mode === "DECISION" ? t("presetDecision", { rule: ruleText }) : t("presetOpinion")}</p>
          {preset.minOpenDaysFromPublication ? (
            <p>{t("presetMinDays", { days: preset.minOpenDaysFromPublication })}</p>
          ) : null}
          {preset.minPostingDaysBeforeMeeting ? (
            <p>{t("presetPosting", { days: preset.minPostingDaysBeforeMeeting })}</p>
          ) : null}
          <p className="muted">{preset.legalRef}</p>
        </div>
        <Field kit={kit} name="summary" label={t("summary")}>
          <textarea
            {...kit.control("summary")}
            rows={5}
            value={state.summary}
            onChange={(e) => set({ summary: e.target.value })}
          />
        </Field>
        <Field kit={kit} name="legalBasis" label={t("legalBasis")} hint={t("legalBasisHint", { ref: preset.legalRef })}>
          <textarea
            {...kit.control("legalBasis", true)}
            rows={2}
            value={state.legalBasis}
            onChange={(e) => set({ legalBasis: e.target.value })}
          />
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("sectionArea")}</legend>
        <AreaPicker
          options={neighbourhoods}
          selected={state.neighbourhoodIds}
          onChange={(neighbourhoodIds) => set({ neighbourhoodIds })}
          error={errorFor("neighbourhoodIds")}
        />
      </fieldset>

      <fieldset>
        <legend>{t("sectionChannels")}</legend>
        {CHANNELS.map((c) => {
          const allowed = preset.mode === "OPINION" || preset.channels.includes(c);
          return (
            <label key={c} className={`check${allowed ? "" : " check--disabled"}`}>
              <input
                type="checkbox"
                checked={state.channels.includes(c)}
                disabled={!allowed && !state.channels.includes(c)}
                onChange={(e) =>
                  set({ channels: e.target.checked ? [...state.channels, c] : state.channels.filter((x) => x !== c) })
                }
              />
              {tChannel(c)}
              {allowed ? null : <span className="muted"> — {t("channelNotForMatter")}</span>}
            </label>
          );
        })}
        {errorFor("channels") ? <p className="field__error">{errorFor("channels")}</p> : null}
      </fieldset>

      <fieldset>
        <legend>{t("sectionSchedule")}</legend>
        <p className="hint">{t("timeZoneHint")}</p>
        <div className="grid-2">
          {(["publishAt", "opensAt", "closesAt"] as const).map((f) => (
            <Field key={f} kit={kit} name={f} label={t(f)}>
              <input
                {...kit.control(f)}
                type="datetime-local"
                value={state[f]}
                onChange={(e) => set({ [f]: e.target.value })}
              />
            </Field>
          ))}
          {preset.minPostingDaysBeforeMeeting || state.channels.includes("MEETING") ? (
            <Field kit={kit} name="meetingAt" label={t("meetingAt")}>
              <input
                {...kit.control("meetingAt")}
                type="datetime-local"
                value={state.meetingAt}
                onChange={(e) => set({ meetingAt: e.target.value })}
              />
            </Field>
          ) : null}
          {state.channels.includes("MEETING") ? (
            <Field kit={kit} name="meetingPlace" label={t("meetingPlace")} hint={t("meetingPlaceHint")}>
              <input
                {...kit.control("meetingPlace")}
                type="text"
                maxLength={300}
                value={state.meetingPlace}
                onChange={(e) => set({ meetingPlace: e.target.value })}
              />
            </Field>
          ) : null}
        </div>
      </fieldset>

      {preset.mode === "DECISION" ? (
        <fieldset>
          <legend>{t("sectionRule")}</legend>
          <p>{ruleText}</p>
          <label className="check">
            <input type="checkbox" checked={state.tighten} onChange={(e) => set({ tighten: e.target.checked })} />
            {t("tighten")}
          </label>
          {state.tighten ? (
            <div className="grid-3">
              {(["numerator", "denominator"] as const).map((part) => (
                <Field key={part} kit={kit} name={`rule.${part}`} label={t(part)}>
                  <input
                    {...kit.control(`rule.${part}`)}
                    type="number"
                    min={1}
                    value={state.rule[part]}
                    onChange={(e) => set({ rule: { ...state.rule, [part]: Number(e.target.value) } })}
                  />
                </Field>
              ))}
              <label className="check">
                <input
                  type="checkbox"
                  checked={state.rule.inclusive}
                  onChange={(e) => set({ rule: { ...state.rule, inclusive: e.target.checked } })}
                />
                {t("inclusive")}
              </label>
            </div>
          ) : null}
          {errorFor("rule") ? <p className="field__error">{errorFor("rule")}</p> : null}
        </fieldset>
      ) : null}

      <fieldset>
        <legend>{t("sectionQuestions")}</legend>
        <QuestionEditor questions={state.questions} onChange={(questions) => set({ questions })} errorFor={errorFor} />
        {errorFor("questions") ? <p className="field__error">{errorFor("questions")}</p> : null}
      </fieldset>

      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <button className="button" type="button" onClick={() => router.back()}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
