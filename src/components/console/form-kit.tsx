"use client";
// What every console form shares: server errors next to their fields (the rest in an alert), a
// field's error line, labels and hints wired to their control for screen readers, and the "done"
// line after a save, and the shell of a titled admin form with its button row. Server errors are
// read by server-errors.ts; dates by use-when.ts.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type FormEvent, type ReactNode, type Ref } from "react";
import { described } from "@/components/aria";
import { splitErrors, type ShownErrors } from "./server-errors";

/** Messages a form found itself, by field; they win over the server's. */
export type Local = Record<string, string | undefined>;

/** Server errors for a form, translated fallbacks included. */
export function useErrorText() {
  const te = useTranslations("errors");
  return (error: unknown, shownFields: readonly string[]): ShownErrors =>
    splitErrors(error, shownFields, te("internal"), te("invalidInput"));
}

// The aria wiring is shared with the server-rendered forms; the console's forms import it from here.
export { described };

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="detail-field-error">
      {message}
    </p>
  );
}

export function ErrorAlert({ messages, id }: { messages: string[]; id?: string }) {
  if (!messages.length) return null;
  return (
    // tabIndex -1: a refused submit with no field to blame moves the focus here (useFormKit).
    <div id={id} className="notice notice--error" role="alert" tabIndex={id ? -1 : undefined}>
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

/**
 * Ids, aria attributes and error lines for one form. `error` is the mutation's error, split over
 * `fields`; `invalid` is the alert's text when every message found its field.
 */
export function useFormKit(
  error: unknown,
  fields: readonly string[],
  { local = {}, invalid }: { local?: Local; invalid?: string } = {},
) {
  const te = useTranslations("errors");
  const uid = useId();
  const shown = splitErrors(error, fields, te("internal"), invalid ?? te("invalidInput"));
  const err = (f: string) => local[f] ?? shown.fields[f];
  const id = (f: string) => `${uid}-${f.replaceAll(".", "-")}`;
  /** The control's id and aria attributes. */
  const control = (f: string, hint = false) => ({
    id: id(f),
    ...described(err(f), `${id(f)}-error`, hint ? `${id(f)}-hint` : undefined),
  });
  const alertId = `${uid}-alert`;
  useFocusFirstError({
    error,
    alertId,
    // Every field this kit knows, and those of them holding a message, by their controls' ids.
    known: [...new Set([...fields, ...Object.keys(local)])].map(id),
    invalid: [...new Set([...fields, ...Object.keys(local)])].filter((f) => err(f)).map(id),
  });
  return {
    uid,
    err,
    id,
    control,
    /** control() and the field's name, for forms read with FormData. */
    props: (f: string, hint = false) => ({ ...control(f, hint), name: f }),
    error: (f: string) => <FieldError id={`${id(f)}-error`} message={err(f)} />,
    alert: error ? <ErrorAlert id={alertId} messages={shown.alert} /> : null,
  };
}

export type FormKit = ReturnType<typeof useFormKit>;

/** A control, or the first control inside a group (a fieldset of radios), that can take the focus. */
function focusable(el: HTMLElement): HTMLElement | null {
  if (el.matches("input, select, textarea, button, [tabindex]")) return el;
  return el.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea, button, [tabindex]");
}

/**
 * After a refused submit, keyboard and screen-reader users land on the first field to fix (in the
 * page's order), or on the error summary when no shown field is to blame (WCAG 3.3.1, 2.4.3). A
 * refusal is a new server error, or a submit of this kit's form that leaves a local message; typing
 * in the form in between cancels the move, so a message that appears while someone types never
 * pulls the focus away.
 */
function useFocusFirstError({
  error,
  alertId,
  known,
  invalid,
}: {
  error: unknown;
  alertId: string;
  known: string[];
  invalid: string[];
}) {
  const submitted = useRef(false);
  const lastError = useRef<unknown>(null);
  const knownKey = known.join(" ");
  useEffect(() => {
    const mine = (target: EventTarget | null) =>
      target instanceof Element &&
      knownKey.split(" ").some((i) => {
        const el = document.getElementById(i);
        return el && (target === el || target.contains(el) || el.contains(target));
      });
    const onSubmit = (e: Event) => {
      if (mine(e.target)) submitted.current = true;
    };
    const onInput = (e: Event) => {
      if (mine(e.target)) submitted.current = false;
    };
    // Capture: this runs before React's own submit handler sets the form's messages.
    document.addEventListener("submit", onSubmit, true);
    document.addEventListener("input", onInput, true);
    return () => {
      document.removeEventListener("submit", onSubmit, true);
      document.removeEventListener("input", onInput, true);
    };
  }, [knownKey]);
  const invalidKey = invalid.join(" ");
  useEffect(() => {
    const fresh = !!error && error !== lastError.current;
    lastError.current = error;
    if (!fresh && !submitted.current) return;
    const fields = invalidKey
      .split(" ")
      .map((i) => (i ? document.getElementById(i) : null))
      .filter((el): el is HTMLElement => !!el)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const target = (fields.length ? focusable(fields[0]) : null) ?? document.getElementById(alertId);
    // A submit still waiting for the server keeps its turn until the answer comes.
    if (!target) return;
    submitted.current = false;
    target.focus();
  });
}

/** One labelled field: label, the control (given kit.props or kit.control), an optional hint, the error line. */
export function Field({
  kit,
  name,
  label,
  hint,
  children,
}: {
  kit: FormKit;
  name: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={kit.id(name)}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${kit.id(name)}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {kit.error(name)}
    </div>
  );
}

/** The line that says a save went through. */
export function Done({ children }: { children: ReactNode }) {
  return (
    <p className="detail-done" role="status">
      {children}
    </p>
  );
}

/**
 * A form named by its own title, for the console's admin tools. `onEscape` (cancel, or a step back)
 * runs on Escape anywhere in the form, so a keyboard user leaves it the way they came in.
 */
export function TitledForm({
  title,
  heading: Heading = "h3",
  className = "form detail-form adm-narrow",
  titleClassName = "detail-form__title",
  ref,
  onSubmit,
  onEscape,
  children,
}: {
  title: string;
  heading?: "h2" | "h3";
  className?: string;
  titleClassName?: string;
  ref?: Ref<HTMLFormElement>;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onEscape?: () => void;
  children: ReactNode;
}) {
  const titleId = `${useId()}-title`;
  return (
    <form
      ref={ref}
      className={className}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape") onEscape?.();
      }}
      noValidate
      aria-labelledby={titleId}
    >
      <Heading id={titleId} className={titleClassName}>
        {title}
      </Heading>
      {children}
    </form>
  );
}

/**
 * A form's button row: its action, and with `onCancel` a way back. While `pending` both are disabled
 * and the action says `working`, so a save is sent once. Without `onAction` the action submits the form.
 */
export function FormButtons({
  label,
  working,
  pending = false,
  danger = false,
  onAction,
  actionRef,
  cancelLabel,
  onCancel,
}: {
  label: string;
  working?: string;
  pending?: boolean;
  danger?: boolean;
  onAction?: () => void;
  actionRef?: Ref<HTMLButtonElement>;
  cancelLabel?: string;
  onCancel?: () => void;
}) {
  return (
    <div className="detail-buttons">
      <button
        ref={actionRef}
        type={onAction ? "button" : "submit"}
        className={`button ${danger ? "button--danger-solid" : "button--primary"}`}
        onClick={onAction}
        disabled={pending}
      >
        {pending ? working : label}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}

/** A select's options for named rows (neighbourhoods, consultations…), after a "choose…" line when given. */
export function NamedOptions({ items, choose }: { items: readonly { id: string; name: string }[]; choose?: string }) {
  return (
    <>
      {choose === undefined ? null : <option value="">{choose}</option>}
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
