"use client";
// Small pieces the detail page's forms share: server errors split into per-field messages and the
// rest, a field's error line, and the alert that lists what no field shows.
import { useFormatter, useTranslations } from "next-intl";
import { fieldErrorsOf, messageOf, type FieldErrors } from "@/components/console/server-errors";
import { dateParts } from "./format";

export type ShownErrors = { alert: string[]; fields: FieldErrors };

export const NO_ERRORS: ShownErrors = { alert: [], fields: {} };

/** Messages for the fields the form shows go next to them; everything else goes to the alert. */
export function splitErrors(error: unknown, shownFields: readonly string[], fallback: string, invalid: string): ShownErrors {
  if (!error) return NO_ERRORS;
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    if (shownFields.includes(path)) fields[path] = message;
    else if (!rest.includes(message)) rest.push(message);
  }
  if (rest.length) return { alert: rest, fields };
  return { alert: [Object.keys(fields).length ? invalid : messageOf(error, fallback)], fields };
}

/** Server errors for a form, translated fallbacks included. */
export function useErrorText() {
  const te = useTranslations("errors");
  return (error: unknown, shownFields: readonly string[]) => splitErrors(error, shownFields, te("internal"), te("invalidInput"));
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="detail-field-error">
      {message}
    </p>
  );
}

export function ErrorAlert({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <div className="notice notice--error" role="alert">
      {messages.length === 1 ? (
        <p className="detail-alert__line">{messages[0]}</p>
      ) : (
        <ul className="detail-alert__list">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** dd/MM/yyyy HH:mm in Vietnam time, for client panels. */
export function useWhen() {
  const format = useFormatter();
  const t = useTranslations("console");
  return (d: Date | string) => t("when", dateParts(format, new Date(d)));
}

/** aria attributes for an input with an optional hint and error. */
export function described(error: string | undefined, errorId: string, hintId?: string) {
  const ids = [hintId, error ? errorId : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}
