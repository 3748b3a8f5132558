"use client";
// Add a neighbourhood (thôn or tổ dân phố) from an effective date.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { focusFirstProblem } from "@/components/console/form-focus";
import { DateField } from "./date-field";

const KINDS = ["VILLAGE", "RESIDENTIAL_GROUP"] as const;

type Props = { today: string; onDone: (message: string) => void; onCancel: () => void };

export function CreateNeighbourhoodForm({ today, onDone, onCancel }: Props) {
  const t = useTranslations("admin.neighbourhoods");
  const tc = useTranslations("admin.common");
  const tk = useTranslations("neighbourhoodKind");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const create = useMutation(trpc.neighbourhood.create.mutationOptions());
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ code: "", name: "", kind: "VILLAGE" as (typeof KINDS)[number], date: today });
  const [dateMissing, setDateMissing] = useState(false);
  const shown = create.error ? errorText(create.error, ["code", "name", "kind", "validFrom"]) : NO_ERRORS;
  const dateError = dateMissing ? tc("dateRequired") : shown.fields.validFrom;

  function submit(e: FormEvent) {
    e.preventDefault();
    const validFrom = fromLocalInput(values.date);
    setDateMissing(!validFrom);
    if (!validFrom) {
      create.reset();
      focusFirstProblem(form.current);
      return;
    }
    create.mutate(
      { code: values.code, name: values.name, kind: values.kind, validFrom },
      {
        onSuccess: () => onDone(t("create.done", { name: values.name.trim() })),
        onError: () => focusFirstProblem(form.current),
      },
    );
  }

  return (
    <form
      ref={form}
      className="form detail-form adm-narrow"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
      noValidate
      aria-labelledby={`${uid}-title`}
    >
      <h3 id={`${uid}-title`} className="detail-form__title">
        {t("create.title")}
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-code`}>
          {t("create.code")}
        </label>
        <input
          id={`${uid}-code`}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          autoFocus
          value={values.code}
          onChange={(e) => setValues({ ...values, code: e.target.value })}
          {...described(shown.fields.code, `${uid}-code-error`, `${uid}-code-hint`)}
        />
        <p id={`${uid}-code-hint`} className="hint">
          {t("create.codeHint")}
        </p>
        <FieldError id={`${uid}-code-error`} message={shown.fields.code} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-kind`}>
          {t("create.kind")}
        </label>
        <select
          id={`${uid}-kind`}
          name="kind"
          value={values.kind}
          onChange={(e) => setValues({ ...values, kind: e.target.value as (typeof KINDS)[number] })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-name`}>
          {t("create.name")}
        </label>
        <input
          id={`${uid}-name`}
          name="name"
          autoComplete="off"
          maxLength={120}
          required
          value={values.name}
          onChange={(e) => setValues({ ...values, name: e.target.value })}
          {...described(shown.fields.name, `${uid}-name-error`, `${uid}-name-hint`)}
        />
        <p id={`${uid}-name-hint`} className="hint">
          {t("create.nameHint")}
        </p>
        <FieldError id={`${uid}-name-error`} message={shown.fields.name} />
      </div>
      <DateField
        id={`${uid}-date`}
        value={values.date}
        onChange={(date) => setValues({ ...values, date })}
        error={dateError}
      />
      <ErrorAlert messages={shown.alert} />
      <div className="detail-buttons">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? tc("working") : t("create.submit")}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={create.isPending}>
          {tc("cancel")}
        </button>
      </div>
    </form>
  );
}
