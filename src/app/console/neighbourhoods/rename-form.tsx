"use client";
// Rename a neighbourhood from an effective date; consultations already created keep the old name.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { useTRPC } from "@/trpc/client";
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
type Missing = { id?: string; name?: string; date?: string };

export function RenameForm({ neighbourhoods, today, onDone, onCancel }: Props) {
  const t = useTranslations("admin.neighbourhoods");
  const tc = useTranslations("admin.common");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const rename = useMutation(trpc.neighbourhood.rename.mutationOptions());
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [id, setId] = useState("");
  const [name, setName] = useState("");
  const [date, setDate] = useState(today);
  const [missing, setMissing] = useState<Missing>({});
  const shown = rename.error ? errorText(rename.error, ["id", "name", "effectiveFrom"]) : NO_ERRORS;
  const current = neighbourhoods.find((n) => n.id === id);

  function choose(next: string) {
    setId(next);
    // Start from the current name: a rename usually changes a word or a number.
    setName(neighbourhoods.find((n) => n.id === next)?.name ?? "");
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const effectiveFrom = fromLocalInput(date);
    const problems: Missing = {
      id: current ? undefined : t("rename.whichRequired"),
      name: name.trim() ? undefined : t("rename.nameRequired"),
      date: effectiveFrom ? undefined : tc("dateRequired"),
    };
    setMissing(problems);
    if (!current || !effectiveFrom || problems.name) {
      rename.reset();
      focusFirstProblem(form.current);
      return;
    }
    rename.mutate(
      { id: current.id, name, effectiveFrom },
      {
        onSuccess: () => onDone(t("rename.done", { from: current.name, to: name.trim() })),
        onError: () => focusFirstProblem(form.current),
      },
    );
  }

  const whichError = missing.id ?? shown.fields.id;
  const nameError = missing.name ?? shown.fields.name;

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
        {t("rename.title")}
      </h3>
      <p className="hint">{t("rename.help")}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-which`}>
          {t("rename.which")}
        </label>
        <select
          id={`${uid}-which`}
          name="id"
          required
          autoFocus
          value={id}
          onChange={(e) => choose(e.target.value)}
          {...described(whichError, `${uid}-which-error`)}
        >
          <option value="">{t("choose")}</option>
          {neighbourhoods.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        <FieldError id={`${uid}-which-error`} message={whichError} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-name`}>
          {t("rename.name")}
        </label>
        <input
          id={`${uid}-name`}
          name="name"
          autoComplete="off"
          maxLength={120}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...described(nameError, `${uid}-name-error`)}
        />
        <FieldError id={`${uid}-name-error`} message={nameError} />
      </div>
      <DateField
        id={`${uid}-date`}
        value={date}
        onChange={setDate}
        error={missing.date ?? shown.fields.effectiveFrom}
      />
      <ErrorAlert messages={shown.alert} />
      <div className="detail-buttons">
        <button type="submit" className="button button--primary" disabled={rename.isPending}>
          {rename.isPending ? tc("working") : t("rename.submit")}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={rename.isPending}>
          {tc("cancel")}
        </button>
      </div>
    </form>
  );
}
