"use client";
// Sign-in form for a next-auth Credentials provider. Messages arrive translated from the server;
// the provider's error codes (INVALID:n, LOCKED:m, INACTIVE, REQUIRED) pick and fill one.
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

export type CredentialsFormText = {
  submit: string;
  submitting: string;
  required: string;
  invalid: string;
  locked: string;
  inactive: string;
  failed: string;
};

type Field = {
  name: string;
  label: string;
  type: "text" | "password";
  autoComplete: string;
  inputMode?: "numeric" | "text";
};

function messageFor(error: string, text: CredentialsFormText): string {
  const [code, value = ""] = error.split(":");
  switch (code) {
    case "INVALID":
      return text.invalid.replace("{remaining}", value);
    case "LOCKED":
      return text.locked.replace("{minutes}", value);
    case "INACTIVE":
      return text.inactive;
    case "REQUIRED":
      return text.required;
    default:
      return text.failed;
  }
}

export function CredentialsForm(props: {
  provider: string;
  fields: Field[];
  text: CredentialsFormText;
  redirectTo: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    if (props.fields.some((f) => !data[f.name]?.trim())) return setError(props.text.required);
    setPending(true);
    setError(null);
    try {
      const result = await signIn(props.provider, { ...data, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(props.redirectTo);
        return;
      }
      setError(messageFor(result?.error ?? "", props.text));
    } catch {
      setError(props.text.failed);
    }
    setPending(false);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {props.fields.map((f) => (
        <label key={f.name} className="field">
          <span className="field__label">{f.label}</span>
          <input
            name={f.name}
            type={f.type}
            autoComplete={f.autoComplete}
            inputMode={f.inputMode}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "sign-in-error" : undefined}
          />
        </label>
      ))}
      {error ? (
        <p id="sign-in-error" className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={pending}>
        {pending ? props.text.submitting : props.text.submit}
      </button>
    </form>
  );
}
