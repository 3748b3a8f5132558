"use client";
// Merge one neighbourhood into another from an effective date, in two steps: choose, then confirm
// with what moves. The server refuses while a consultation that has not ended covers either.
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { dateParts } from "@/components/console/when";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { focusFirstProblem } from "@/components/console/form-focus";
import { DateField } from "./date-field";
import type { NeighbourhoodItem } from "./neighbourhood-tools";

type Props = {
  neighbourhoods: NeighbourhoodItem[];
  today: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};
type Missing = { sourceId?: string; targetId?: string; date?: string };

const FIELDS = ["sourceId", "targetId", "effectiveFrom"];

export function MergeForm({ neighbourhoods, today, onDone, onCancel }: Props) {
  const t = useTranslations("admin.neighbourhoods");
  const tc = useTranslations("admin.common");
  const format = useFormatter();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const merge = useMutation(trpc.neighbourhood.merge.mutationOptions());
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [sourceId, setSourceId] = useState("");
  const [targetId, setTargetId] = useState("");
  const [date, setDate] = useState(today);
  const [missing, setMissing] = useState<Missing>({});
  const [confirming, setConfirming] = useState(false);
  const shown = merge.error ? errorText(merge.error, FIELDS) : NO_ERRORS;
  const source = neighbourhoods.find((n) => n.id === sourceId);
  const target = neighbourhoods.find((n) => n.id === targetId);
  const effectiveFrom = fromLocalInput(date);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  function next(e: FormEvent) {
    e.preventDefault();
    merge.reset();
    const problems: Missing = {
      sourceId: source ? undefined : t("merge.sourceRequired"),
      targetId: !target ? t("merge.targetRequired") : target.id === sourceId ? t("merge.sameChoice") : undefined,
      date: effectiveFrom ? undefined : tc("dateRequired"),
    };
    setMissing(problems);
    if (problems.sourceId || problems.targetId || problems.date) focusFirstProblem(form.current);
    else setConfirming(true);
  }

  function confirm() {
    if (!source || !target || !effectiveFrom) return;
    merge.mutate(
      { sourceId: source.id, targetId: target.id, effectiveFrom },
      {
        onSuccess: (r) =>
          onDone(t("merge.done", { source: source.name, target: target.name, households: r.households })),
        onError: (error) => {
          // Field errors belong to the first step: go back to it to show them.
          if (Object.keys(errorText(error, FIELDS).fields).length) setConfirming(false);
          focusFirstProblem(form.current);
        },
      },
    );
  }

  function back() {
    merge.reset();
    setConfirming(false);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("select")?.focus());
  }

  const sourceError = missing.sourceId ?? shown.fields.sourceId;
  const targetError = missing.targetId ?? shown.fields.targetId;
  const names = { source: source?.name ?? "", target: target?.name ?? "" };

  return (
    <form
      ref={form}
      className="form detail-form adm-narrow"
      onSubmit={next}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || merge.isPending) return;
        if (confirming) back();
        else onCancel();
      }}
      noValidate
      aria-labelledby={`${uid}-title`}
    >
      <h3 id={`${uid}-title`} className="detail-form__title">
        {t("merge.title")}
      </h3>
      <p className="hint">{t("merge.help")}</p>
      <fieldset className="adm-steps" disabled={confirming}>
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-source`}>
            {t("merge.source")}
          </label>
          <select
            id={`${uid}-source`}
            name="sourceId"
            required
            autoFocus
            value={sourceId}
            onChange={(e) => setSourceId(e.target.value)}
            {...described(sourceError, `${uid}-source-error`)}
          >
            <option value="">{t("choose")}</option>
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
          <FieldError id={`${uid}-source-error`} message={sourceError} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-target`}>
            {t("merge.target")}
          </label>
          <select
            id={`${uid}-target`}
            name="targetId"
            required
            value={targetId}
            onChange={(e) => setTargetId(e.target.value)}
            {...described(targetError, `${uid}-target-error`)}
          >
            <option value="">{t("choose")}</option>
            {neighbourhoods
              .filter((n) => n.id !== sourceId)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
          </select>
          <FieldError id={`${uid}-target-error`} message={targetError} />
        </div>
        <DateField
          id={`${uid}-date`}
          value={date}
          onChange={setDate}
          error={missing.date ?? shown.fields.effectiveFrom}
        />
        {!confirming ? (
          <div className="detail-buttons">
            <button type="submit" className="button button--primary">
              {t("merge.next")}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {tc("cancel")}
            </button>
          </div>
        ) : null}
      </fieldset>
      {confirming && source && target && effectiveFrom ? (
        <div className="adm-confirm" role="group" aria-labelledby={`${uid}-confirm-title`}>
          <h4 id={`${uid}-confirm-title`} className="detail-actions__confirm-title">
            {t("merge.confirmTitle", { ...names, date: dateParts(format, effectiveFrom).date })}
          </h4>
          <p>{t("merge.confirmMoves", { ...names, households: source.households })}</p>
          <p>
            {source.heads.length
              ? t("merge.confirmHeads", { ...names, heads: source.heads.length, names: source.heads.join(", ") })
              : t("merge.confirmNoHeads")}
          </p>
          <p>{t("merge.confirmClosed", names)}</p>
          <ErrorAlert messages={shown.alert} />
          <div className="detail-buttons">
            <button
              ref={confirmButton}
              type="button"
              className="button button--danger-solid"
              onClick={confirm}
              disabled={merge.isPending}
            >
              {merge.isPending ? tc("working") : t("merge.confirm")}
            </button>
            <button type="button" className="button" onClick={back} disabled={merge.isPending}>
              {tc("back")}
            </button>
          </div>
        </div>
      ) : (
        <ErrorAlert messages={shown.alert} />
      )}
    </form>
  );
}
