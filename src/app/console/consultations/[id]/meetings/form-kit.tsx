"use client";
// What the meeting, ballot-round, count and suggestion forms share: server errors next to their
// fields (the rest in an alert), labels wired to inputs, name lists typed one per line, counts.
import { useFormatter, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { dateParts } from "../format";
import { described, ErrorAlert, FieldError, splitErrors } from "../form-bits";

export type Local = Record<string, string | undefined>;

/** Ids, aria attributes, labels, hints and error lines for one form. */
export function useFormKit(error: unknown, fields: readonly string[], local: Local = {}) {
  const te = useTranslations("errors");
  const t = useTranslations("meetings");
  const uid = useId();
  const shown = splitErrors(error, fields, te("internal"), t("invalid"));
  const err = (f: string) => local[f] ?? shown.fields[f];
  const id = (f: string) => `${uid}-${f.replaceAll(".", "-")}`;
  return {
    uid,
    err,
    props: (f: string, hint = false) => ({ id: id(f), name: f, ...described(err(f), `${id(f)}-error`, hint ? `${id(f)}-hint` : undefined) }),
    label: (f: string, text: string) => (
      <label className="field__label" htmlFor={id(f)}>
        {text}
      </label>
    ),
    hint: (f: string, text: string) => (
      <p id={`${id(f)}-hint`} className="hint">
        {text}
      </p>
    ),
    error: (f: string) => <FieldError id={`${id(f)}-error`} message={err(f)} />,
    alert: error ? <ErrorAlert messages={shown.alert} /> : null,
  };
}

export type FormKit = ReturnType<typeof useFormKit>;

/** One labelled field: label, the control, an optional hint, the error line. */
export function Field({ kit, name, label, hint, children }: { kit: FormKit; name: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      {kit.label(name, label)}
      {children}
      {hint ? kit.hint(name, hint) : null}
      {kit.error(name)}
    </div>
  );
}

/** "Nguyễn Văn An\nLê Thị Hà" → ["Nguyễn Văn An", "Lê Thị Hà"]. */
export function namesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.normalize("NFC").trim())
    .filter(Boolean);
}

/** A count typed by hand: a non-negative whole number, or null. */
export function countOf(text: string): number | null {
  const s = text.trim();
  return /^\d{1,8}$/.test(s) ? Number(s) : null;
}

/** Checks the named count inputs of a form; returns the numbers and a message per bad field. */
export function readCounts(data: FormData, fields: readonly string[], message: string) {
  const values: Record<string, number> = {};
  const issues: Local = {};
  for (const f of fields) {
    const n = countOf(String(data.get(f) ?? ""));
    if (n === null) issues[f] = message;
    else values[f] = n;
  }
  return { values, issues, ok: Object.keys(issues).length === 0 };
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function useWhen() {
  const format = useFormatter();
  const t = useTranslations("meetings");
  return (d: Date | string) => t("when", dateParts(format, new Date(d)));
}

export function Done({ children }: { children: ReactNode }) {
  return (
    <p className="detail-done" role="status">
      {children}
    </p>
  );
}

/** The neighbourhood picker the meeting, ballot-round and suggestion forms share. */
export function AreaSelect({ kit, areas, label, none }: { kit: FormKit; areas: { id: string; name: string }[]; label: string; none?: string }) {
  return (
    <Field kit={kit} name="neighbourhoodId" label={label}>
      <select {...kit.props("neighbourhoodId")} defaultValue={none === undefined ? areas[0]?.id : ""}>
        {none === undefined ? null : <option value="">{none}</option>}
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
