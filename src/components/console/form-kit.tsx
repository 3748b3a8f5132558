"use client";
// What every console form shares: server errors next to their fields (the rest in an alert), a
// field's error line, labels and hints wired to their control for screen readers, and the "done"
// line after a save, and the shell of a titled admin form with its button row. Server errors are
// read by server-errors.ts; dates by use-when.ts.
import { useTranslations } from "next-intl";
import { useId, type FormEvent, type ReactNode, type Ref } from "react";
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
  return {
    uid,
    err,
    id,
    control,
    /** control() and the field's name, for forms read with FormData. */
    props: (f: string, hint = false) => ({ ...control(f, hint), name: f }),
    error: (f: string) => <FieldError id={`${id(f)}-error`} message={err(f)} />,
    alert: error ? <ErrorAlert messages={shown.alert} /> : null,
  };
}

export type FormKit = ReturnType<typeof useFormKit>;

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
