"use client";
// Setting up a commune from the province: a plain form through useActionState, so it works without
// JavaScript too. The generated password is shown once, in this response only.
import { useActionState } from "react";
import { createCommuneAction, type CreateState } from "./actions";

type Name = "communeCode" | "communeName" | "communeKind" | "adminUsername" | "adminName" | "adminPassword";
export type CreateFormText = {
  title: string;
  labels: Record<Name, string>;
  kinds: { value: string; label: string }[];
  submit: string;
  /** With {commune}, {address} and {username}. */
  created: string;
  /** With {password}. */
  password: string;
};

export function CreateCommuneForm({ text }: { text: CreateFormText }) {
  const [state, action, pending] = useActionState(createCommuneAction, { status: "idle" } as CreateState);
  const value = (n: Name) => (state.status === "refused" ? state.values[n] : "");
  const error = (n: Name) => (state.status === "refused" ? state.errors[n] : undefined);
  const field = (n: Name, input: React.ReactNode) => (
    <div className="field" key={n}>
      <label htmlFor={`pc-${n}`} className="field__label">
        {text.labels[n]}
      </label>
      {input}
      {error(n) ? (
        <p id={`pc-${n}-error`} className="field__error" role="alert">
          {error(n)}
        </p>
      ) : null}
    </div>
  );
  const attrs = (n: Name) => ({
    id: `pc-${n}`,
    name: n,
    defaultValue: value(n),
    "aria-invalid": error(n) ? true : undefined,
    "aria-describedby": error(n) ? `pc-${n}-error` : undefined,
  });
  return (
    <section className="panel" aria-labelledby="create-commune-title">
      <h2 id="create-commune-title">{text.title}</h2>
      {state.status === "done" ? (
        <div className="notice" role="status">
          <p>
            {text.created
              .replace("{commune}", state.commune)
              .replace("{address}", state.address)
              .replace("{username}", state.username)}
          </p>
          {state.password ? (
            <p>
              <strong>{text.password.replace("{password}", state.password)}</strong>
            </p>
          ) : null}
        </div>
      ) : null}
      {state.status === "refused" && state.message ? (
        <p className="form__error" role="alert">
          {state.message}
        </p>
      ) : null}
      <form action={action} className="form" key={state.status === "done" ? state.address : "form"}>
        {field("communeCode", <input {...attrs("communeCode")} inputMode="numeric" maxLength={5} required />)}
        {field("communeName", <input {...attrs("communeName")} maxLength={120} required />)}
        {field(
          "communeKind",
          <select {...attrs("communeKind")} required>
            {text.kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>,
        )}
        {field("adminUsername", <input {...attrs("adminUsername")} autoComplete="off" maxLength={100} required />)}
        {field("adminName", <input {...attrs("adminName")} maxLength={120} />)}
        {field(
          "adminPassword",
          <input {...attrs("adminPassword")} type="password" autoComplete="new-password" maxLength={200} />,
        )}
        <p>
          <button className="button button--primary" type="submit" disabled={pending}>
            {text.submit}
          </button>
        </p>
      </form>
    </section>
  );
}
