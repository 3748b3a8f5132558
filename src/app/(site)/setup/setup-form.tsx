"use client";
// The first-run form. A plain form post through useActionState: without JavaScript the server
// renders the outcome itself. Texts arrive translated from the page.
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { described } from "@/components/console/form-kit";
import { setUpAction } from "./actions";
import type { SetupFormField, SetupFormState } from "./form-state";

export type SetupFormText = {
  title: string;
  intro: string;
  fields: Record<SetupFormField, string>;
  hints: Record<SetupFormField, string>;
  kinds: { value: string; label: string }[];
  kindPlaceholder: string;
  communeLegend: string;
  adminLegend: string;
  submit: string;
  submitting: string;
  refused: string;
  doneTitle: string;
  doneAddress: string;
  doneUsername: string;
  donePassword: string;
  donePasswordNote: string;
  signIn: string;
  closed: string;
};

/** Label, hint (when the field has one), the control, and the refusal the server gave it. */
function FieldFrame({
  name,
  text,
  error,
  hint = true,
  children,
}: {
  name: SetupFormField;
  text: SetupFormText;
  error?: string;
  hint?: boolean;
  children: ReactNode;
}) {
  const id = `setup-${name}`;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {text.fields[name]}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {text.hints[name]}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** What the last refused post said of a field, and what it held (echoed so nothing is typed twice). */
function refusalOf(state: SetupFormState, name: SetupFormField) {
  return state.status === "refused" ? { error: state.errors[name], value: state.values[name] } : {};
}

type FieldProps = {
  name: SetupFormField;
  text: SetupFormText;
  state: SetupFormState;
  type?: "text" | "password";
  autoComplete?: string;
  inputMode?: "numeric";
  maxLength?: number;
};

function Field({ name, text, state, type = "text", autoComplete = "off", inputMode, maxLength = 100 }: FieldProps) {
  const { error, value } = refusalOf(state, name);
  const id = `setup-${name}`;
  return (
    <FieldFrame name={name} text={text} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        inputMode={inputMode}
        maxLength={maxLength}
        {...described(error, `${id}-error`, `${id}-hint`)}
      />
    </FieldFrame>
  );
}

/** The commune's kind: a choice, without a hint. */
function KindField({ text, state }: { text: SetupFormText; state: SetupFormState }) {
  const { error, value = "" } = refusalOf(state, "communeKind");
  return (
    <FieldFrame name="communeKind" text={text} error={error} hint={false}>
      {/* Keyed by its default: React sets a select's default only when it mounts, and resets the form to it. */}
      <select
        key={value}
        id="setup-communeKind"
        name="communeKind"
        defaultValue={value}
        {...described(error, "setup-communeKind-error")}
      >
        <option value="">{text.kindPlaceholder}</option>
        {text.kinds.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

function Submit({ text }: { text: SetupFormText }) {
  const { pending } = useFormStatus();
  return (
    <button className="button button--primary" type="submit" disabled={pending}>
      {pending ? text.submitting : text.submit}
    </button>
  );
}

function Done({ state, text }: { state: Extract<SetupFormState, { status: "done" }>; text: SetupFormText }) {
  return (
    <section aria-labelledby="setup-done-title">
      <h1 id="setup-done-title">{text.doneTitle.replace("{commune}", state.commune.label)}</h1>
      <dl className="setup-done">
        <dt>{text.doneAddress}</dt>
        <dd>
          <a href={`/${state.commune.slug}`}>/{state.commune.slug}</a>
        </dd>
        <dt>{text.doneUsername}</dt>
        <dd>
          <code>{state.username}</code>
        </dd>
        {state.password ? (
          <>
            <dt>{text.donePassword}</dt>
            <dd>
              <code className="setup-done__secret">{state.password}</code>
            </dd>
          </>
        ) : null}
      </dl>
      {state.password ? <p className="notice">{text.donePasswordNote}</p> : null}
      <p>
        <Link className="button button--primary" href="/sign-in">
          {text.signIn}
        </Link>
      </p>
    </section>
  );
}

export function SetupForm({ text, closed }: { text: SetupFormText; closed: boolean }) {
  const [state, action] = useActionState(setUpAction, { status: "idle" });
  if (state.status === "done") return <Done state={state} text={text} />;
  if (closed || state.status === "closed") {
    return (
      <section>
        <h1>{text.title}</h1>
        <p className="notice">
          {text.closed} <Link href="/sign-in">{text.signIn}</Link>
        </p>
      </section>
    );
  }
  const refused = state.status === "refused" ? state : null;
  return (
    <section aria-labelledby="setup-title">
      <h1 id="setup-title">{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <form action={action} className="form" noValidate>
        {refused ? (
          <p className="form__error" role="alert">
            {refused.message ?? text.refused}
          </p>
        ) : null}
        <Field name="token" text={text} state={state} maxLength={200} />
        <fieldset className="setup-fieldset form">
          <legend>{text.communeLegend}</legend>
          <Field name="provinceCode" text={text} state={state} inputMode="numeric" maxLength={2} />
          <Field name="provinceName" text={text} state={state} />
          <Field name="communeCode" text={text} state={state} inputMode="numeric" maxLength={5} />
          <Field name="communeName" text={text} state={state} />
          <KindField text={text} state={state} />
        </fieldset>
        <fieldset className="setup-fieldset form">
          <legend>{text.adminLegend}</legend>
          <Field name="adminUsername" text={text} state={state} autoComplete="username" maxLength={40} />
          <Field name="adminName" text={text} state={state} autoComplete="name" />
          <Field
            name="adminPassword"
            text={text}
            state={state}
            type="password"
            autoComplete="new-password"
            maxLength={200}
          />
        </fieldset>
        <p>
          <Submit text={text} />
        </p>
      </form>
    </section>
  );
}
