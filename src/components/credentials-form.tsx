"use client";
// Sign-in form for a next-auth Credentials provider. Messages arrive translated from the server;
// the provider's error codes (INVALID:n, LOCKED:m, INACTIVE, REQUIRED) pick and fill one.
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { SignInError, SignInField } from "./sign-in-field";
import { signInMessage, type CredentialsFormText } from "./sign-in-messages";

type Field = {
  name: string;
  label: string;
  type: "text" | "password";
  autoComplete: string;
  inputMode?: "numeric" | "text";
};

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
      const [code, value = ""] = (result?.error ?? "").split(":");
      setError(signInMessage(code, value, props.text));
    } catch {
      setError(props.text.failed);
    }
    setPending(false);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {props.fields.map((f) => (
        <SignInField
          key={f.name}
          label={f.label}
          name={f.name}
          type={f.type}
          autoComplete={f.autoComplete}
          inputMode={f.inputMode}
          invalid={Boolean(error)}
          errorId="sign-in-error"
        />
      ))}
      <SignInError id="sign-in-error" message={error} />
      <button className="button button--primary" type="submit" disabled={pending}>
        {pending ? props.text.submitting : props.text.submit}
      </button>
    </form>
  );
}
