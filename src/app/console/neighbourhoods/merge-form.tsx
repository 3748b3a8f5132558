"use client";
// Merge one neighbourhood into another from an effective date, in two steps: choose, then confirm
// with what moves. The server refuses while a consultation that has not ended covers either.
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { dateParts } from "@/components/console/when";
import { Field, NamedOptions, TitledForm, useFormKit } from "@/components/console/form-kit";
import { AdminButtons } from "@/components/console/admin-buttons";
import { fieldErrorsOf } from "@/components/console/server-errors";
import { focusFirstProblem } from "@/components/console/form-focus";
import { DateField } from "./date-field";
import type { ChangeFormProps } from "./neighbourhood-tools";

type Missing = { sourceId?: string; targetId?: string; effectiveFrom?: string };

const FIELDS = ["sourceId", "targetId", "effectiveFrom"];

export function MergeForm({ neighbourhoods, today, onDone, onCancel }: ChangeFormProps) {
  const t = useTranslations("admin.neighbourhoods");
  const tc = useTranslations("admin.common");
  const format = useFormatter();
  const trpc = useTRPC();
  const merge = useMutation(trpc.neighbourhood.merge.mutationOptions());
  const form = useRef<HTMLFormElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [sourceId, setSourceId] = useState("");
  const [targetId, setTargetId] = useState("");
  const [date, setDate] = useState(today);
  const [missing, setMissing] = useState<Missing>({});
  const [confirming, setConfirming] = useState(false);
  const kit = useFormKit(merge.error, FIELDS, { local: missing });
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
      effectiveFrom: effectiveFrom ? undefined : tc("dateRequired"),
    };
    setMissing(problems);
    if (problems.sourceId || problems.targetId || problems.effectiveFrom) focusFirstProblem(form.current);
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
          if (Object.keys(fieldErrorsOf(error)).some((path) => FIELDS.includes(path))) setConfirming(false);
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

  const names = { source: source?.name ?? "", target: target?.name ?? "" };

  return (
    <TitledForm
      ref={form}
      title={t("merge.title")}
      onSubmit={next}
      onEscape={() => {
        if (merge.isPending) return;
        if (confirming) back();
        else onCancel();
      }}
    >
      <p className="hint">{t("merge.help")}</p>
      <fieldset className="adm-steps" disabled={confirming}>
        <Field kit={kit} name="sourceId" label={t("merge.source")}>
          <select
            {...kit.props("sourceId")}
            required
            autoFocus
            value={sourceId}
            onChange={(e) => setSourceId(e.target.value)}
          >
            <NamedOptions items={neighbourhoods} choose={t("choose")} />
          </select>
        </Field>
        <Field kit={kit} name="targetId" label={t("merge.target")}>
          <select {...kit.props("targetId")} required value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            <NamedOptions items={neighbourhoods.filter((n) => n.id !== sourceId)} choose={t("choose")} />
          </select>
        </Field>
        <DateField kit={kit} field="effectiveFrom" value={date} onChange={setDate} />
        {!confirming ? <AdminButtons label={t("merge.next")} onCancel={onCancel} /> : null}
      </fieldset>
      {confirming && source && target && effectiveFrom ? (
        <div className="adm-confirm" role="group" aria-labelledby={`${kit.uid}-confirm-title`}>
          <h4 id={`${kit.uid}-confirm-title`} className="detail-actions__confirm-title">
            {t("merge.confirmTitle", { ...names, date: dateParts(format, effectiveFrom).date })}
          </h4>
          <p>{t("merge.confirmMoves", { ...names, households: source.households })}</p>
          <p>
            {source.heads.length
              ? t("merge.confirmHeads", { ...names, heads: source.heads.length, names: source.heads.join(", ") })
              : t("merge.confirmNoHeads")}
          </p>
          <p>{t("merge.confirmClosed", names)}</p>
          {kit.alert}
          <AdminButtons
            label={t("merge.confirm")}
            pending={merge.isPending}
            danger
            onAction={confirm}
            actionRef={confirmButton}
            cancelWord="back"
            onCancel={back}
          />
        </div>
      ) : (
        kit.alert
      )}
    </TitledForm>
  );
}
